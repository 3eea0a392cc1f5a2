"""Tracker throughput over HTTP against the production server, at two sizes, warm and cold.

    .venv/bin/python bench/tracker_http.py [--small 10000] [--big 100000] [--requests 400]
        [--clients 4] [--rounds 3] [--json]

For each size: a new PostgreSQL database (on ``BENCH_DATABASE_SERVER``, default the local
server's ``postgres`` database, used only for CREATE/DROP DATABASE), ``kokugai setup
--no-demo``, ``kokugai generate --cases N``, ``kokugai learn_durations``; then ``kokugai
serve`` (gunicorn, 2 workers, production settings, persistent connections) and keep-alive
clients POSTing real lookups to ``/api/v1/track`` (check digit, atomic rate-limit counters,
the case, the birth-date check, the audit row, the ready-date estimate). The rate limits are
raised so that no request is refused; their counters still run on every lookup.

Baseline: ``/bench/ping/``, the same server and stack committing one row, measured in the
same run, in alternating blocks. Printed (higher is better for ratios):

- ``ratio``: tracker requests/s ÷ baseline requests/s (median of the rounds);
- ``growth``: the tracker's median latency at the big size ÷ at the small size;
- ``cold_over_warm``: a freshly started server's first lookup ÷ the warm median latency.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time

from http_server import (
    Server,
    bench_database,
    cpu_seconds,
    database_backends,
    environment,
    kokugai,
    log,
    median,
    process_tree,
    throughput,
)

LIMITS = json.dumps(
    {
        "per_client": 10**9,
        "failed_per_reference_client": 10**9,
        "failed_per_reference": 10**9,
        "failed_application_id_global": 10**9,
    }
)


def _references(env: dict[str, str], n: int) -> list[dict[str, str]]:
    import psycopg

    url = env["DATABASE_URL"].replace("postgres://", "postgresql://", 1)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS bench_ping (id bigserial, at timestamptz)")
        rows = conn.execute(
            "SELECT c.receipt_number, p.birth_date FROM cases_case c"
            " JOIN people_person p ON p.id = c.person_id"
            " WHERE c.closed_at IS NULL ORDER BY random() LIMIT %s",
            [n],
        ).fetchall()
    return [{"reference": r, "birth_date": b.isoformat()} for r, b in rows]


SESSION_CODE = """
from django.conf import settings
from django.db.models import Count
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
from kokugai.cases import selectors
from kokugai.cases.models import Case
from kokugai.core.models import User
from kokugai.registry.models import Office, StaffProfile, StaffRole
busiest = (Case.objects.filter(closed_at__isnull=True).values("intake_office")
           .annotate(n=Count("id")).order_by("-n").first())
office = Office.objects.get(pk=busiest["intake_office"])
user = User.objects.create(username="bench-clerk", password="!")
StaffProfile.objects.create(user=user, office=office, role=StaffRole.CLERK)
device = TOTPDevice.objects.create(user=user, name="bench", confirmed=True)
c = Client()
c.force_login(user)
session = c.session
session[DEVICE_ID_SESSION_KEY] = device.persistent_id
session.save()
counts = selectors.case_queue_counts(office)
queue = max(counts, key=counts.get)
print(settings.SESSION_COOKIE_NAME, c.cookies[settings.SESSION_COOKIE_NAME].value, queue,
      counts[queue], busiest["n"])
"""


def _console(env: dict[str, str], port: int, n: int) -> dict[str, object]:
    """Median latency of the console's home and busiest queue page, signed in as a
    clerk of the office that took in the most open cases (an embassy, at scale)."""
    from http_server import Client

    name, key, queue, in_queue, open_cases = kokugai(env, "shell", "-c", SESSION_CODE).split()[-5:]
    headers = {"Cookie": f"{name}={key}"}
    out: dict[str, object] = {
        "queue": queue,
        "in_queue": int(in_queue),
        "open_cases": int(open_cases),
    }
    c = Client(port)
    for label, path in (("home", "/console/"), ("queue", f"/console/queues/{queue}/")):
        times = []
        for i in range(n + 3):
            t = time.perf_counter()
            c.conn.request("GET", path, headers=headers)
            r = c.conn.getresponse()
            r.read()
            if r.status != 200:
                raise RuntimeError(f"{path} answered {r.status}")
            if i >= 3:  # the first few warm the process
                times.append(time.perf_counter() - t)
        out[f"{label}_ms"] = median(times) * 1000
    return out


def measure(size: int, args: argparse.Namespace) -> dict[str, float]:
    with bench_database(str(size)) as url:
        # Citizens come from many addresses through the proxy: each request names its own
        # client (X-Forwarded-For from the trusted loopback proxy), so the per-client
        # counter is a row per citizen, as in production, not one row every request queues on.
        env = environment(url, KOKUGAI_TRACKER_LIMITS=LIMITS, KOKUGAI_TRUSTED_PROXIES="127.0.0.1")
        log(f"[{size}] migrate, offices, generate …")
        kokugai(env, "migrate", "--no-input", "-v0")
        kokugai(env, "setup", "--no-demo", "-v0")
        started = time.perf_counter()
        said = kokugai(env, "generate", "--cases", str(size), "-v0")
        # The command's own figure (the load itself); else the whole command's, start-up too.
        rate = re.search(r"\(([\d,]+) cases/s\)", said)
        generate_rate = (
            float(rate.group(1).replace(",", ""))
            if rate
            else size / (time.perf_counter() - started)
        )
        log(f"[{size}] generate: {generate_rate:,.0f} cases/s")
        kokugai(env, "learn_durations", "--force")
        refs = _references(env, 500)
        rng = random.Random(size)

        def citizen(i: int) -> dict[str, str]:
            return {"X-Forwarded-For": f"10.{i // 65536 % 256}.{i // 256 % 256}.{i % 256}"}

        def lookup(client, i):
            status, _ = client.post_json("/api/v1/track", rng.choice(refs), citizen(i))
            return status

        def ping(client, i):
            status, _ = client.post_json("/bench/ping/", {}, citizen(i))
            return status

        with Server(env) as server:
            throughput(server.port, 40, args.clients, lookup)  # warm-up
            throughput(server.port, 40, args.clients, ping)
            ratios, latencies = [], []
            cpu: dict[str, list[float]] = {"lookup_web": [], "lookup_db": [], "ping_web": [],
                                           "ping_db": []}  # fmt: skip

            def timed(call):
                web, db = process_tree(server.proc.pid), database_backends(url)
                w0, d0 = cpu_seconds(web), cpu_seconds(db)
                rate, lat = throughput(server.port, args.requests, args.clients, call)
                n = len(lat)
                return rate, lat, (cpu_seconds(web) - w0) / n, (cpu_seconds(db) - d0) / n

            for r in range(args.rounds):
                base, _, pw, pd = timed(ping)
                rate, lat, lw, ld = timed(lookup)
                for key, value in zip(cpu, (lw, ld, pw, pd), strict=True):
                    cpu[key].append(value * 1000)
                ratios.append(rate / base)
                latencies += lat
                log(f"[{size}] round {r + 1}: tracker {rate:.0f}/s, baseline {base:.0f}/s")
            warm = median(latencies)
            console = _console(env, server.port, args.console_requests)
            log(f"[{size}] console: {console}")
            cold = []
            for _ in range(3):
                server.restart()
                _, first = throughput(server.port, 1, 1, lookup)
                cold.append(first[0])
        return {
            "cases": size,
            "ratio": median(ratios),
            "warm_ms": warm * 1000,
            "cold_over_warm": median(cold) / warm,
            "generate_cases_per_s": generate_rate,
            # CPU time per request (user + system, ms), independent of the machine's load.
            "cpu_ms": {key: median(values) for key, values in cpu.items()},
            "console": console,
        }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--small", type=int, default=10_000)
    p.add_argument("--big", type=int, default=100_000)
    p.add_argument("--requests", type=int, default=400)
    p.add_argument("--clients", type=int, default=4)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--console-requests", type=int, default=20)
    p.add_argument("--json", action="store_true")
    args = p.parse_args()
    small, big = measure(args.small, args), measure(args.big, args)
    result = {
        "bench": "tracker",
        "small": small,
        "big": big,
        "growth": big["warm_ms"] / small["warm_ms"],
        "console_growth": {
            page: big["console"][f"{page}_ms"] / small["console"][f"{page}_ms"]
            for page in ("home", "queue")
        },
    }
    if args.json:
        print(json.dumps(result))
        return
    for row in (small, big):
        print(
            f"tracker at {row['cases']:>9,} cases: {row['ratio']:.2f} of the committing baseline"
            f" (higher is better), warm {row['warm_ms']:.1f} ms,"
            f" cold first lookup {row['cold_over_warm']:.2f}× warm; CPU per lookup"
            f" {row['cpu_ms']['lookup_web']:.1f} ms web + {row['cpu_ms']['lookup_db']:.1f} ms"
            f" PostgreSQL (ping {row['cpu_ms']['ping_web']:.1f} + {row['cpu_ms']['ping_db']:.1f})"
        )
    print(f"latency growth {args.small:,} → {args.big:,} cases: {result['growth']:.2f}×")
    for row in (small, big):
        c = row["console"]
        print(
            f"console at {row['cases']:>9,} cases ({c['open_cases']:,} open at the busiest office,"
            f" {c['in_queue']:,} in {c['queue']}): home {c['home_ms']:.0f} ms,"
            f" queue {c['queue_ms']:.0f} ms; generate {row['generate_cases_per_s']:,.0f} cases/s"
        )
    g = result["console_growth"]
    print(f"console growth: home {g['home']:.2f}×, queue {g['queue']:.2f}×")


if __name__ == "__main__":
    main()
