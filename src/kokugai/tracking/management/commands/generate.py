"""``kokugai generate --cases N``: fill the database with N invented cases and their history."""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from kokugai.tracking.generate import generate


class Command(BaseCommand):
    help = (
        "Write N invented cases (every procedure and state, a year of events, audit rows) "
        "set-based, for benchmarks. Needs the offices: run 'kokugai setup --no-demo' first."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--cases", type=int, required=True, help="How many cases")
        parser.add_argument("--seed", type=int, default=0, help="Random seed (default 0)")
        parser.add_argument(
            "--batch", type=int, default=50_000, help="Cases per transaction step (50,000)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["cases"] < 1:
            raise CommandError("--cases must be at least 1")
        if options["batch"] < 1:
            raise CommandError("--batch must be at least 1")
        with tqdm(total=options["cases"], unit="case", disable=options["verbosity"] < 1) as bar:
            try:
                result = generate(
                    options["cases"],
                    seed=options["seed"],
                    batch=options["batch"],
                    progress=bar.update,
                )
            except RuntimeError as exc:
                raise CommandError(str(exc)) from exc
        rate = result.cases / result.seconds if result.seconds else 0.0
        self.stdout.write(
            f"{result.cases} cases, {result.events} events, {result.audit_rows} audit rows "
            f"in {result.seconds:.1f} s ({rate:,.0f} cases/s)"
        )
