"""``kokugai learn_durations [--force]``: relearn the ready-date durations now.

The worker does this every 10 minutes when events were written; this is the same run by
hand (after an import of history, say).
"""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand

from kokugai.tracking.learning import learned_compute


class Command(BaseCommand):
    help = "Relearn the ready-date stage durations from the last year of case events."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--force", action="store_true", help="Relearn even if no event was written"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        run = learned_compute(force=options["force"])
        if not run.ran:
            self.stdout.write(f"skipped: {run.reason}")
            return
        self.stdout.write(
            f"learned {run.rows} stage durations from {run.samples} stages "
            f"({run.groups} groups) in {run.seconds:.2f} s"
        )
