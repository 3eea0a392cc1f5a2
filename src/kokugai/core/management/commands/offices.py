"""``kokugai offices search TEXT [--json]`` and ``kokugai offices stats [--json]``.

Reads the reference data shipped in ``kokugai.rules.data``; needs no database.
"""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from kokugai.rules import offices


class Command(BaseCommand):
    help = "Find municipalities and overseas missions, or count them."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        search = sub.add_parser("search", help="by name, kana, code, city or mission id")
        search.add_argument("text", nargs="+")
        search.add_argument("--json", action="store_true")
        search.add_argument("--limit", type=int, default=20)
        stats = sub.add_parser("stats", help="municipalities, wards, missions")
        stats.add_argument("--json", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "stats":
            counts = offices.stats()
            if options["json"]:
                self.stdout.write(json.dumps(counts))
            else:
                self.stdout.write(
                    f"市区町村 municipalities: {counts['municipalities']}\n"
                    f"政令指定都市の区 wards: {counts['wards']}\n"
                    f"在外公館 missions: {counts['missions']}"
                )
            return
        found = offices.search(" ".join(options["text"]), limit=options["limit"])
        if options["json"]:
            self.stdout.write(json.dumps([o.as_dict() for o in found], ensure_ascii=False))
            return
        if not found:
            self.stdout.write("該当なし / no match")
            return
        for o in found:
            name = o.display_name
            if isinstance(o, offices.Mission):
                name += f" / {o.name_en}"
            self.stdout.write(f"{o.office_kind:<12} {o.office_code:<22} {name}  [{o.timezone}]")
