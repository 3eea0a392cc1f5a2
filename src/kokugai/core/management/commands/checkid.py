"""``kokugai check mynumber|lgcode VALUE``: validate a 個人番号 or local-government code.

Exit 0 and print ``valid`` (a code also with its name); exit 1 with the fault named
(length, a non-digit, the check digit, or a code not in the list). Needs no database.
"""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from kokugai.rules import checkdigits
from kokugai.rules.offices import municipality


class Command(BaseCommand):
    help = "Check a My Number (個人番号) or a local government code (地方公共団体コード)."
    # Reads only the shipped data: no system checks, no database.
    requires_system_checks: list[str] = []

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> CommandParser:
        # Users type "kokugai check mynumber X" (cli.py routes it here): say that, not checkid.
        parser = super().create_parser(prog_name, "check", **kwargs)
        parser.usage = "kokugai check mynumber|lgcode VALUE [--lang ja|en]"
        return parser

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("kind", choices=["mynumber", "lgcode"])
        # Several words are joined, so "1234 5678 9018" works unquoted too.
        parser.add_argument("value", nargs="+")
        parser.add_argument("--lang", choices=["ja", "en"], default="ja")

    def handle(self, *args: Any, **options: Any) -> None:
        text = " ".join(options["value"])
        lang = options["lang"]
        try:
            if options["kind"] == "mynumber":
                checkdigits.validate_mynumber(text)
                self.stdout.write("valid")
                return
            code = checkdigits.validate_lgcode(text)
        except checkdigits.CheckDigitError as e:
            label = "無効" if lang == "ja" else "invalid"
            self.stderr.write(f"{label} ({e.code}): {e.message.get(lang)}")
            sys.exit(1)
        m = municipality(code)
        assert m is not None  # validate_lgcode checked membership
        line = f"valid {code} {m.display_name}"
        if not m.administered:
            line += " （日本の施政が及ばない）" if lang == "ja" else " (not administered by Japan)"
        self.stdout.write(line)
