"""``kokugai openapi [--check]``: write the committed OpenAPI document, or check it.

``--check`` exits 1 when ``src/kokugai/api/openapi.json`` differs from what the code
generates (CI runs the same comparison as a test).
"""

from __future__ import annotations

import difflib
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from kokugai.api import openapi


class Command(BaseCommand):
    help = "Write src/kokugai/api/openapi.json from the code, or --check that it is current."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--check", action="store_true", help="exit 1 if the committed document drifted"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["check"]:
            committed, current = openapi.openapi_committed(), openapi.openapi_document()
            if committed == current:
                self.stdout.write("openapi.json is current")
                return
            diff = difflib.unified_diff(
                committed.splitlines(keepends=True),
                current.splitlines(keepends=True),
                "openapi.json (committed)",
                "openapi.json (from the code)",
                n=2,
            )
            self.stderr.write("".join(list(diff)[:200]))
            self.stderr.write("openapi.json drifted: run `kokugai openapi` and commit it")
            sys.exit(1)
        changed = openapi.openapi_write()
        self.stdout.write("openapi.json written" if changed else "openapi.json unchanged")
