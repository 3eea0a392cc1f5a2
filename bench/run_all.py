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
import time
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


def _tracker_rows(t: dict) -> list[tuple[str, str, str]]:
    rows = []
    for key in ("small", "big"):
        r = t[key]
        rows.append(
            (f"tracker, {r['cases']:,} cases (HTTP, gunicorn)", f"{r['ratio']:.2f}",
             f"warm {r['warm_ms']:.0f} ms; cold first lookup {r['cold_over_warm']:.2f}× warm; "
             f"CPU/lookup {r['cpu_ms']['lookup_web']:.1f} ms web + "
             f"{r['cpu_ms']['lookup_db']:.1f} ms db")
        )  # fmt: skip
    rows.append(("tracker latency growth", "", f"{t['growth']:.2f}× from small to big"))
    for key in ("small", "big"):
        r = t[key]
        c = r["console"]
        rows.append(
            (f"console, {r['cases']:,} cases", "",
             f"home {c['home_ms']:.0f} ms, queue {c['queue']} ({c['in_queue']:,} cases) "
             f"{c['queue_ms']:.0f} ms; {c['open_cases']:,} open at the office")
        )  # fmt: skip
    g = t["console_growth"]
    rows.append(("console latency growth", "", f"home {g['home']:.2f}×, queue {g['queue']:.2f}×"))
    rows.append(
        (f"kokugai generate --cases {t['big']['cases']:,}", "",
         f"{t['big']['generate_cases_per_s']:,.0f} cases/s")
    )  # fmt: skip
    return rows


def _booking_rows(b: dict) -> list[tuple[str, str, str]]:
    return [
        ("booking, 50-client race (HTTP, gunicorn)", f"{b['throughput_ratio']:.2f}",
         f"{b['booking_per_s']:.0f}/s vs ping {b['baseline_per_s']:.0f}/s; booked "
         f"{b['booked']}, overbooked {b['overbooked']}")
    ]  # fmt: skip


def _lifecycle_rows(lc: dict) -> list[tuple[str, str, str]]:
    return [
        ("case lifecycle vs the same rows in raw SQL", f"{lc['ratio']:.2f}",
         f"{lc['services_cases_per_s']:.1f} vs {lc['baseline_cases_per_s']:.1f} cases/s; "
         f"{lc['transactions_per_case']:.0f} transactions, {lc['writes_per_case']:.0f} writes, "
         f"{lc['queries_per_case']:.0f} statements per case")
    ]  # fmt: skip


def _mail_rows(n: dict) -> list[tuple[str, str, str]]:
    return [
        ("mail delivery vs bare smtplib (one connection)", f"{n['ratio']:.2f}",
         f"smtplib {n['messages_per_second']['baseline']}/s, ours "
         f"{n['messages_per_second']['deliver']}/s ({n['database']})")
    ]  # fmt: skip


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    p.add_argument("--small", type=int, help="tracker/console small size (default 10,000)")
    p.add_argument("--big", type=int, help="tracker/console big size (default 100,000)")
    p.add_argument("--save", help="write every bench's JSON report to this file")
    args = p.parse_args()
    quick = args.quick
    sizes = ["--small", "2000", "--big", "20000"] if quick else []
    if args.small:
        sizes += ["--small", str(args.small)]
    if args.big:
        sizes += ["--big", str(args.big)]
    benches = [
        ("tracker", [str(BENCH / "tracker_http.py"), "--json", *sizes], _tracker_rows),
        ("booking", [str(BENCH / "booking_http.py"), "--json", "--rounds", "1" if quick else "3"],
         _booking_rows),
        ("lifecycle", [str(BENCH / "lifecycle.py"), "--json", "--cases", "10" if quick else "40"],
         _lifecycle_rows),
        ("mail", [str(BENCH / "notifications_throughput.py"), "--json", "-n",
                  "100" if quick else "300"], _mail_rows),
    ]  # fmt: skip
    rows: list[tuple[str, str, str]] = []
    reports: dict[str, object] = {}
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    loads = [os.getloadavg()[0]]
    for name, command, table in benches:
        try:
            reports[name] = report = _run(command)
            rows += table(report)
        except (subprocess.CalledProcessError, ValueError, KeyError) as exc:
            tail = getattr(exc, "stderr", "") or ""
            rows.append((name, "n/a", f"FAILED: {str(exc)[:80]} {tail[-300:]}"))
        loads.append(os.getloadavg()[0])
    if args.save:
        Path(args.save).write_text(json.dumps(reports, indent=2))
    width = max(len(r[0]) for r in rows)
    print(
        f"{started}, {os.cpu_count()} cores, load average (1 min) during the run "
        f"{min(loads):.1f}–{max(loads):.1f}; ratios: higher is better"
    )
    print(f"{'benchmark':<{width}}  ratio  notes")
    for name, ratio, note in rows:
        print(f"{name:<{width}}  {ratio:>5}  {note}")


if __name__ == "__main__":
    main()
