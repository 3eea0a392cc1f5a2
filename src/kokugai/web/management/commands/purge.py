"""``kokugai purge``: delete what the retention schedule says is no longer needed.

The schedule is ``kokugai.rules.retention`` (overrides: ``KOKUGAI_RETENTION``), explained in
``docs/retention.md``. ``--dry-run`` prints how many rows of each kind are due and changes
nothing. A run works in batches, each one transaction with its own audit row, so it can be
stopped at any point and simply run again. The worker runs it daily.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from kokugai.rules.retention import RetentionError
from kokugai.web.retention import DEFAULT_BATCH, KINDS, purge, purge_task


class Command(BaseCommand):
    help = "Delete records past their retention period (docs/retention.md)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what is due; delete nothing"
        )
        parser.add_argument(
            "--batch",
            type=int,
            default=DEFAULT_BATCH,
            help=f"Rows per transaction (default {DEFAULT_BATCH})",
        )
        parser.add_argument(
            "--kind",
            action="append",
            choices=KINDS,
            help="Only this kind (repeatable); default: every kind in schedule order",
        )
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="Queue the purge as a background task instead of running it now",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["enqueue"]:
            result = purge_task.enqueue()
            self.stdout.write(f"queued task {result.id}")
            return
        if options["batch"] < 1:
            raise CommandError("--batch: must be at least 1")
        try:
            report = purge(
                dry_run=options["dry_run"],
                batch=options["batch"],
                kinds=options["kind"],
                progress=options["verbosity"] >= 1,
            )
        except RetentionError as exc:
            raise CommandError(f"KOKUGAI_RETENTION {exc}") from exc
        if options["dry_run"]:
            self.stdout.write("dry run: nothing deleted")
        for line in report.lines():
            self.stdout.write(line)
