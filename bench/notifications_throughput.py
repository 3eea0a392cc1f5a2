"""Notification delivery throughput against bare smtplib, in the same run.

    .venv/bin/python bench/notifications_throughput.py [-n 300] [--rounds 3] [--json]

Starts an aiosmtpd sink on loopback and a throw-away PostgreSQL database (on
``BENCH_DATABASE_SERVER``, default the local server; dropped at the end; ``--sqlite`` for a
temporary SQLite file), then for each round:

  baseline   smtplib.SMTP, one connection, sendmail() of the very same wire bytes
  deliver    rows already queued -> deliver_pending() (claim, render, SMTP, log)
  end_to_end notification_queue() in its own transaction per message, then deliver_pending()

and prints smtplib's own messages per second beside ours, and the throughput ratios
(higher is better): ``ratio`` = delivered messages per second ÷ smtplib's, and the same for
end to end. Absolute times drift on shared machines; the ratios are the result.
"""

from __future__ import annotations

import argparse
import json
import os
import smtplib
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Sink:
    def __init__(self) -> None:
        self.count = 0

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.count += 1
        return "250 2.0.0 Ok"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=300, help="messages per round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--sqlite", action="store_true", help="a temporary SQLite file")
    parser.add_argument(
        "--wal",
        action="store_true",
        help="SQLite only: journal_mode=WAL, synchronous=NORMAL (what a deployment could set)",
    )
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    if args.sqlite:
        run(args, None)
        return
    from http_server import bench_database

    with bench_database("mail") as url:
        run(args, url)


def run(args: argparse.Namespace, database_url: str | None) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="kokugai-bench-"))
    from http_server import environment

    # Production settings (no DEBUG, which would keep every query), keys made up for the run.
    os.environ.update(environment(database_url or f"sqlite:///{tmp / 'bench.sqlite3'}"))
    os.environ["KOKUGAI_VAR_DIR"] = str(tmp)
    port = _free_port()
    os.environ["EMAIL_URL"] = f"smtp://127.0.0.1:{port}"
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

    import django

    django.setup()
    from aiosmtpd.controller import Controller
    from django.core.management import call_command
    from django.db import transaction
    from django_tasks_db.models import DBTaskResult

    from kokugai.notifications import delivery
    from kokugai.notifications.catalogue import CATALOGUE
    from kokugai.notifications.models import Notification
    from kokugai.notifications.samples import SAMPLE_CONTEXTS
    from kokugai.notifications.services import notification_queue

    call_command("migrate", verbosity=0)
    if args.wal:
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    names = sorted(CATALOGUE)

    def queue_all(n: int) -> list[Notification]:
        rows = []
        for i in range(n):
            name = names[i % len(names)]
            with transaction.atomic():
                rows.append(
                    notification_queue(
                        template=name,
                        to=f"bench{i}@example.com",
                        language="ja" if i % 3 else "en",
                        context=SAMPLE_CONTEXTS[name],
                    )
                )
        return rows

    results: dict[str, list[float]] = {"baseline": [], "deliver": [], "end_to_end": []}
    try:
        for _round in range(args.rounds):
            # Baseline: the same messages, already rendered, over one bare connection.
            rows = queue_all(args.n)
            wire = [(r.to, delivery._wire_bytes(delivery.build_message(r), "utf-8")) for r in rows]
            # Only the bytes were needed: drop the rows and their tasks before timing.
            Notification.objects.all().delete()
            DBTaskResult.objects.all().delete()
            start = time.perf_counter()
            with smtplib.SMTP("127.0.0.1", port) as smtp:
                for to, data in wire:
                    smtp.sendmail("no-reply@kokugai.example", [to], data)
            results["baseline"].append(time.perf_counter() - start)

            # Our path with the rows already queued (what the worker does).
            queue_all(args.n)
            start = time.perf_counter()
            stats = delivery.deliver_pending()
            results["deliver"].append(time.perf_counter() - start)
            assert stats.sent == args.n, stats

            # End to end: one transaction per queued message, then delivery.
            start = time.perf_counter()
            queue_all(args.n)
            stats = delivery.deliver_pending()
            results["end_to_end"].append(time.perf_counter() - start)
            assert stats.sent == args.n, stats
    finally:
        controller.stop()
        from django.db import connections

        connections.close_all()

    med = {k: statistics.median(v) for k, v in results.items()}
    report = {
        "messages_per_round": args.n,
        "rounds": args.rounds,
        "database": ("postgresql" if database_url else "sqlite (temporary)")
        + (", WAL" if args.wal else ""),
        "median_seconds": {k: round(v, 4) for k, v in med.items()},
        "messages_per_second": {k: round(args.n / v, 1) for k, v in med.items()},
        "ratio": round(med["baseline"] / med["deliver"], 3),
        "ratio_end_to_end": round(med["baseline"] / med["end_to_end"], 3),
        "received_by_sink": sink.count,
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"{args.n} messages x {args.rounds} rounds, {report['database']}")
    for key in ("baseline", "deliver", "end_to_end"):
        print(f"  {key:<11} {med[key]:8.3f} s  {args.n / med[key]:8.1f} msg/s")
    print(f"  ratio deliver    : {report['ratio']:.2f} of smtplib (higher is better)")
    print(f"  ratio end_to_end : {report['ratio_end_to_end']:.2f} of smtplib")


if __name__ == "__main__":
    main()
