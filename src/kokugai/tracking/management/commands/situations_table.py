"""``kokugai situations_table [--check]``: docs/situations.md, "situation → procedures",
generated from the rules (``kokugai.rules.situations``); ``--check`` exits 1 on drift."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from kokugai.rules.situations import table_markdown


class Command(BaseCommand):
    help = "Write docs/situations.md (situation -> procedures) from the rules, or --check it."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--check", action="store_true", help="exit 1 if the page drifted")
        parser.add_argument(
            "--path", default=str(Path(settings.BASE_DIR) / "docs" / "situations.md")
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["path"])
        current = table_markdown()
        committed = path.read_text(encoding="utf-8") if path.exists() else ""
        if options["check"]:
            if committed != current:
                self.stderr.write(
                    f"{path.name} drifted: run `kokugai situations_table` and commit it"
                )
                sys.exit(1)
            self.stdout.write(f"{path.name} is current")
            return
        if committed != current:
            path.write_text(current, encoding="utf-8")
        self.stdout.write(f"{path.name} {'written' if committed != current else 'unchanged'}")
