"""``kokugai worker``: run django-tasks-db tasks and sweep the notification outbox.

The task loop is django_tasks_db's own (its ``Worker.run_task`` and claim), with one addition:
every ``--sweep-interval`` seconds the worker delivers notifications that are due but whose
task is gone (lost enqueue, crashed worker holding a ``sending`` lease).
"""

from __future__ import annotations

import time
from argparse import ArgumentParser
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django.utils.module_loading import import_string

from kokugai.notifications import delivery


class Command(BaseCommand):
    help = "Run background tasks and deliver notifications (Ctrl+C to stop)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--queue-name",
            default="*",
            help="Queues to process, comma-separated; '*' for all (default)",
        )
        parser.add_argument(
            "--interval", type=float, default=1.0, help="Seconds to sleep when idle"
        )
        parser.add_argument(
            "--sweep-interval",
            type=float,
            default=30.0,
            help="Seconds between sweeps of the notification outbox",
        )
        parser.add_argument(
            "--lease-seconds",
            type=float,
            default=None,
            help="How long a 'sending' claim lasts before another worker may retry it",
        )
        parser.add_argument("--once", action="store_true", help="One pass, then exit")
        parser.add_argument(
            "--until-idle", action="store_true", help="Run until nothing is due, then exit"
        )
        parser.add_argument("--backend", default="default", dest="backend_name")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["lease_seconds"] is not None:
            delivery.lease_override = options["lease_seconds"]
        worker = delivery.make_worker(
            options["queue_name"].split(","), backend_name=options["backend_name"]
        )
        worker.configure_signals()
        verbose = options["verbosity"] >= 1
        once, until_idle = options["once"], options["until_idle"]
        last_sweep = float("-inf")
        # Housekeeping (settings.KOKUGAI_PERIODIC_TASKS) runs only in a long-lived worker: the
        # one-shot modes serve tests and the demo, which want exactly the work already queued.
        periodic = (
            []
            if (once or until_idle)
            else [(import_string(path), every) for path, every in settings.KOKUGAI_PERIODIC_TASKS]
        )
        next_due = [0.0] * len(periodic)
        total = delivery.DeliveryStats()
        try:
            while worker.running:
                close_old_connections()
                for i, (periodic_task, every) in enumerate(periodic):
                    if time.monotonic() >= next_due[i]:
                        periodic_task.enqueue()
                        next_due[i] = time.monotonic() + every
                stats = delivery.DeliveryStats()
                delivery.run_ready_tasks(worker, stats)
                if once or until_idle or time.monotonic() - last_sweep >= options["sweep_interval"]:
                    # A signal during a sweep must wait for the send to finish, as for a task.
                    worker.running_task = True
                    try:
                        delivery.sweep(stats)
                    finally:
                        worker.running_task = False
                    last_sweep = time.monotonic()
                for field in ("sent", "failed", "retrying", "skipped", "tasks_run"):
                    setattr(total, field, getattr(total, field) + getattr(stats, field))
                busy = stats.tasks_run or stats.sent or stats.failed or stats.retrying
                if once or (until_idle and not busy):
                    break
                if not busy:
                    delivery.close_connection()
                    time.sleep(options["interval"])
        finally:
            delivery.close_connection()
        total.pending = delivery.pending_count()
        if verbose:
            self.stdout.write(
                f"tasks {total.tasks_run}, sent {total.sent}, retrying {total.retrying}, "
                f"failed {total.failed}, still pending {total.pending}"
            )
