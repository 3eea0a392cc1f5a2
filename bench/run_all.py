"""Run every benchmark and print one table of throughput ratios (higher is better).

    .venv/bin/python bench/run_all.py [--quick]

Each ratio is Kokugai's throughput divided by its baseline's, both measured in the same run:
the tracker and the booking race against a minimal view that commits one row, served the
same way; mail delivery against bare smtplib over one connection (smtplib's own figure is
printed beside ours). PostgreSQL at ``BENCH_DATABASE_SERVER`` (default the local server).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
PY = sys.executable
SERVER = os.environ.get("BENCH_DATABASE_SERVER", "postgres://postgres@127.0.0.1:5432/postgres")


def _run(args: list[str], env: dict[str, str] | None = None) -> dict:
    out = subprocess.run(
        [PY, *args], capture_output=True, text=True, check=True, env=env or os.environ.copy()
    ).stdout
    # The report is the last JSON document that starts a line on its own ("{" alone, or a
    # one-line object); log lines before it are JSON objects too, so search from the end.
    lines = out.splitlines()
    for i in range(len(lines) - 1, -1, -1):
        if lines[i] == "{" or (lines[i].startswith("{") and i == len(lines) - 1):
            return json.loads("\n".join(lines[i:]))
    raise ValueError(f"no JSON report in the output of {args[0]}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    quick = p.parse_args().quick
    rows: list[tuple[str, str, str]] = []

    sizes = ["--small", "2000", "--big", "20000"] if quick else []
    t = _run([str(BENCH / "tracker_http.py"), "--json", *sizes])
    for key in ("small", "big"):
        r = t[key]
        rows.append(
            (f"tracker, {r['cases']:,} cases (HTTP, gunicorn)", f"{r['ratio']:.2f}",
             f"warm {r['warm_ms']:.0f} ms; cold first lookup {r['cold_over_warm']:.2f}× warm")
        )  # fmt: skip
    rows.append(("tracker latency growth", "", f"{t['growth']:.2f}× from small to big"))

    b = _run([str(BENCH / "booking_http.py"), "--json", "--rounds", "1" if quick else "3"])
    rows.append(
        ("booking, 50-client race (HTTP, gunicorn)", f"{b['throughput_ratio']:.2f}",
         f"{b['booking_per_s']:.0f}/s vs ping {b['baseline_per_s']:.0f}/s; booked "
         f"{b['booked']}, overbooked {b['overbooked']}")
    )  # fmt: skip

    lc = _run([str(BENCH / "lifecycle.py"), "--json", "--cases", "10" if quick else "40"])
    rows.append(
        ("case lifecycle vs the same rows in raw SQL", f"{lc['ratio']:.2f}",
         f"{lc['services_cases_per_s']:.1f} vs {lc['baseline_cases_per_s']:.1f} cases/s; "
         f"{lc['transactions_per_case']:.0f} transactions, {lc['writes_per_case']:.0f} writes, "
         f"{lc['queries_per_case']:.0f} statements per case")
    )  # fmt: skip

    n = _run(
        [str(BENCH / "notifications_throughput.py"), "--json", "-n", "100" if quick else "300"],
        {**os.environ, "BENCH_DATABASE_SERVER": SERVER},
    )
    rows.append(
        ("mail delivery vs bare smtplib (one connection)", f"{n['ratio']:.2f}",
         f"smtplib {n['messages_per_second']['baseline']}/s, ours "
         f"{n['messages_per_second']['deliver']}/s ({n['database']})")
    )  # fmt: skip

    width = max(len(r[0]) for r in rows)
    print(f"{'benchmark':<{width}}  ratio  notes")
    for name, ratio, note in rows:
        print(f"{name:<{width}}  {ratio:>5}  {note}")


if __name__ == "__main__":
    main()
