"""``kokugai expire_uncollected``: remind, then expire cards not collected in time."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from tqdm import tqdm

from kokugai.cases.services import cases_expire_uncollected


class Command(BaseCommand):
    help = "Send reminders before the holding period ends; expire cases after it (daily)."

    def handle(self, *args: Any, **options: Any) -> None:
        with tqdm(desc="cases", unit="case", disable=options["verbosity"] < 1) as bar:
            result = cases_expire_uncollected(progress=bar.update)
        self.stdout.write(f"warned={result['warned']} expired={result['expired']}")
