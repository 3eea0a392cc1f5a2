"""A 50-client race for one slot, over HTTP against the production server.

    .venv/bin/python bench/booking_http.py [--clients 50] [--capacity 5] [--rounds 3]
        [--workers 2] [--json]

A new PostgreSQL database (on ``BENCH_DATABASE_SERVER``, default the local server; dropped
at the end), N cases whose cards wait at one office (``booking_race._prepare``), and
``kokugai serve`` (gunicorn, production settings, persistent database connections) on it.
N client threads each open their case's booking page (``GET /appointments/book/<signed
link>/``: the CSRF cookie and form token, exactly what a browser gets), then, released
together by a barrier, ``POST`` the booking form for the same slot of capacity K.

Baseline: ``POST /bench/ping/`` (the same server and stack, committing one row), raced by
the same N clients, released by the same barrier, just before each booking race.

Per race: booked (the slot's counter, checked against the booking rows), overbooked (must
be 0), the responses (302 booked, 409 full), and ``throughput_ratio`` = requests per second
of the booking race ÷ those of the ping race (higher is better). Exits non-zero on any
overbooking or when a race does not sell exactly min(K, N) places.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import statistics
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

from http_server import Server, bench_database, environment, kokugai, log

ROOT = Path(__file__).resolve().parents[1]
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class Browser:
    """One client: a connection (reopened when gunicorn closes it) and its cookies."""

    def __init__(self, port: int) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, body: str = "", ctype: str = "") -> tuple[int, str]:
        headers: dict[str, str] = {}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if ctype:
            headers["Content-Type"] = ctype
        self.conn.request(method, path, body or None, headers)
        r = self.conn.getresponse()
        text = r.read().decode("utf-8", "replace")
        for header in r.msg.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        if r.will_close:
            self.conn.close()
        return r.status, text


def _span_rate(rows: list[tuple[float, float]]) -> float:
    span = max(e for _, e in rows) - min(s for s, _ in rows)
    return len(rows) / span if span > 0 else float("inf")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--clients", type=int, default=50)
    p.add_argument("--capacity", type=int, default=5)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--workers", type=int, default=2, help="gunicorn processes")
    p.add_argument("--json", action="store_true")
    args = p.parse_args()

    with bench_database("booking") as url:
        env = environment(url)
        kokugai(env, "migrate", "--no-input", "-v0")
        os.environ.update(env)
        sys.path.insert(0, str(ROOT / "src"))
        import django

        django.setup()
        from booking_race import _count, _prepare
        from django.db import connection, connections

        slot_ids, tokens = _prepare(args.clients, args.capacity, args.rounds)
        with connection.cursor() as cursor:
            cursor.execute("CREATE TABLE IF NOT EXISTS bench_ping (id bigserial, at timestamptz)")
        connections.close_all()

        barrier = threading.Barrier(args.clients)
        results: list[tuple[str, int, float, float, int]] = []
        errors: list[BaseException] = []
        lock = threading.Lock()

        def client(i: int, port: int) -> None:
            try:
                b = Browser(port)
                for rnd in range(args.rounds):
                    path = f"/appointments/book/{tokens[i][rnd]}/"
                    status, page = b.request("GET", path)  # the page, as a citizen opens it
                    token = CSRF_INPUT.search(page)
                    if status != 200 or token is None:
                        raise RuntimeError(f"booking page answered {status}")
                    form = urlencode({"csrfmiddlewaretoken": token.group(1), "slot": slot_ids[rnd]})
                    barrier.wait()
                    t0 = time.perf_counter()
                    status, _ = b.request("POST", "/bench/ping/", "{}", "application/json")
                    t1 = time.perf_counter()
                    barrier.wait()
                    t2 = time.perf_counter()
                    booked, _ = b.request("POST", path, form, "application/x-www-form-urlencoded")
                    t3 = time.perf_counter()
                    with lock:
                        results.append(("ping", rnd, t0, t1, status))
                        results.append(("book", rnd, t2, t3, booked))
            except BaseException as exc:
                errors.append(exc)
                barrier.abort()

        with Server(env, workers=args.workers) as server:
            threads = [
                threading.Thread(target=client, args=(i, server.port)) for i in range(args.clients)
            ]
            for t in threads:
                t.start()
            for t in threads:
                t.join(600)
        if errors:
            raise errors[0]

        report = []
        for rnd, (booked, capacity) in enumerate(_count(slot_ids)):
            book = [(s, e) for k, r, s, e, _ in results if k == "book" and r == rnd]
            ping = [(s, e) for k, r, s, e, _ in results if k == "ping" and r == rnd]
            statuses: dict[str, int] = {}
            for k, r, _, _, st in results:
                if k == "book" and r == rnd:
                    statuses[str(st)] = statuses.get(str(st), 0) + 1
            ratio = _span_rate(book) / _span_rate(ping)
            report.append(
                {
                    "booked": booked,
                    "capacity": capacity,
                    "overbooked": max(booked - capacity, 0),
                    "responses": statuses,
                    "booking_per_s": round(_span_rate(book), 1),
                    "baseline_per_s": round(_span_rate(ping), 1),
                    "throughput_ratio": round(ratio, 3),
                }
            )
            log(f"race {rnd + 1}: {report[-1]}")
        connections.close_all()

    summary = {
        "bench": "booking",
        "clients": args.clients,
        "capacity": args.capacity,
        "database": "postgresql",
        "server": f"kokugai serve, {args.workers} workers",
        "booked": [r["booked"] for r in report],
        "overbooked": sum(r["overbooked"] for r in report),
        "throughput_ratio": statistics.median(r["throughput_ratio"] for r in report),
        "booking_per_s": statistics.median(r["booking_per_s"] for r in report),
        "baseline_per_s": statistics.median(r["baseline_per_s"] for r in report),
        "rounds": report,
    }
    if args.json:
        print(json.dumps(summary))
    else:
        for r in report:
            print(
                f"{args.clients} clients over HTTP, capacity {r['capacity']}: booked "
                f"{r['booked']}, overbooked {r['overbooked']}, responses {r['responses']}, "
                f"{r['booking_per_s']}/s against the committing ping's {r['baseline_per_s']}/s:"
                f" ratio {r['throughput_ratio']:.2f} (higher is better)"
            )
    wanted = min(args.capacity, args.clients)
    if summary["overbooked"] or any(r["booked"] != wanted for r in report):
        sys.exit(1)


if __name__ == "__main__":
    main()
