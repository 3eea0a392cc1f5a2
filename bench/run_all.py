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
    out = subprocess.run(  # noqa: S603 - our own scripts
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

    env = {**os.environ, "DATABASE_URL": SERVER, "KOKUGAI_SSL_REDIRECT": "0"}
    b = _run([str(BENCH / "booking_race.py"), "--json", "--rounds", "1" if quick else "3"], env)
    rows.append(
        ("booking, 50-client race", f"{b['throughput_ratio']:.3f}",
         f"booked {b['booked']}, overbooked {b['overbooked']} ({b['database']})")
    )  # fmt: skip

    n = _run(
        [str(BENCH / "notifications_throughput.py"), "--json", "-n", "100" if quick else "300"]
    )
    med = n["median_seconds"]
    rows.append(
        ("mail delivery vs bare smtplib", f"{med['baseline'] / med['deliver']:.2f}",
         f"smtplib {n['messages_per_second']['baseline']}/s, ours "
         f"{n['messages_per_second']['deliver']}/s ({n['database']})")
    )  # fmt: skip

    width = max(len(r[0]) for r in rows)
    print(f"{'benchmark':<{width}}  ratio  notes")
    for name, ratio, note in rows:
        print(f"{name:<{width}}  {ratio:>5}  {note}")


if __name__ == "__main__":
    main()
