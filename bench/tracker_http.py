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

from http_server import (
    Server,
    bench_database,
    environment,
    kokugai,
    log,
    median,
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


def measure(size: int, args: argparse.Namespace) -> dict[str, float]:
    with bench_database(str(size)) as url:
        env = environment(url, KOKUGAI_TRACKER_LIMITS=LIMITS)
        log(f"[{size}] migrate, offices, generate …")
        kokugai(env, "migrate", "--no-input", "-v0")
        kokugai(env, "setup", "--no-demo", "-v0")
        kokugai(env, "generate", "--cases", str(size), "-v0")
        kokugai(env, "learn_durations", "--force")
        refs = _references(env, 500)
        rng = random.Random(size)

        def lookup(client, i):
            status, _ = client.post_json("/api/v1/track", rng.choice(refs))
            return status

        def ping(client, i):
            status, _ = client.post_json("/bench/ping/", {})
            return status

        with Server(env) as server:
            throughput(server.port, 40, args.clients, lookup)  # warm-up
            throughput(server.port, 40, args.clients, ping)
            ratios, latencies = [], []
            for r in range(args.rounds):
                base, _ = throughput(server.port, args.requests, args.clients, ping)
                rate, lat = throughput(server.port, args.requests, args.clients, lookup)
                ratios.append(rate / base)
                latencies += lat
                log(f"[{size}] round {r + 1}: tracker {rate:.0f}/s, baseline {base:.0f}/s")
            warm = median(latencies)
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
        }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--small", type=int, default=10_000)
    p.add_argument("--big", type=int, default=100_000)
    p.add_argument("--requests", type=int, default=400)
    p.add_argument("--clients", type=int, default=4)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--json", action="store_true")
    args = p.parse_args()
    small, big = measure(args.small, args), measure(args.big, args)
    result = {
        "bench": "tracker",
        "small": small,
        "big": big,
        "growth": big["warm_ms"] / small["warm_ms"],
    }
    if args.json:
        print(json.dumps(result))
        return
    for row in (small, big):
        print(
            f"tracker at {row['cases']:>9,} cases: {row['ratio']:.2f} of the committing baseline"
            f" (higher is better), warm {row['warm_ms']:.1f} ms,"
            f" cold first lookup {row['cold_over_warm']:.2f}× warm"
        )
    print(f"latency growth {args.small:,} → {args.big:,} cases: {result['growth']:.2f}×")


if __name__ == "__main__":
    main()
