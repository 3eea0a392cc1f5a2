"""``kokugai plan [FILE|-] [--json] [--lang ja|en]``: a plan for a citizen's situation.

All rules and validation live in ``kokugai.rules.planner``; this command reads, prints and
maps errors to exit codes: 0 plan printed, 2 bad input (the message names the field).
No traceback ever reaches the user.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from kokugai.core import clock
from kokugai.rules.assumptions import AssumptionError
from kokugai.rules.planner import SituationError, plan_from_json, render_text


class Command(BaseCommand):
    help = "Plan the overseas My Number card for a situation given as JSON (file or stdin)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "file", nargs="?", default="-", help="situation JSON file, or - for stdin"
        )
        parser.add_argument("--json", action="store_true", help="print the plan as JSON")
        parser.add_argument("--lang", choices=["ja", "en"], default="ja")

    def handle(self, *args: Any, **opts: Any) -> None:
        lang = opts["lang"]
        en = lang == "en"
        try:
            if opts["file"] == "-":
                text = sys.stdin.read()
            else:
                with open(opts["file"], encoding="utf-8") as f:
                    text = f.read()
        except OSError as e:
            raise CommandError(
                f"{'cannot read' if en else '読めません'}: {opts['file']} ({e.strerror})",
                returncode=2,
            ) from None
        except UnicodeDecodeError:
            raise CommandError(
                "input: not UTF-8 text" if en else "input: UTF-8 のテキストではありません",
                returncode=2,
            ) from None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise CommandError(
                f"input: not valid JSON (line {e.lineno}, column {e.colno})"
                if en
                else f"input: JSON として読めません（{e.lineno}行 {e.colno}桁）",
                returncode=2,
            ) from None
        overrides = getattr(settings, "KOKUGAI_ASSUMPTIONS", None) or {}
        try:
            result = plan_from_json(data, today=clock.today(), overrides=overrides, lang=lang)
        except SituationError as e:
            raise CommandError(f"{e.field}: {e.message.get(lang)}", returncode=2) from None
        except AssumptionError as e:
            raise CommandError(f"KOKUGAI_ASSUMPTIONS: {e}", returncode=2) from None
        except Exception as e:  # noqa: BLE001 - the no-traceback guarantee
            raise CommandError(
                f"internal error ({type(e).__name__}); please report this situation",
                returncode=1,
            ) from None
        if opts["json"]:
            self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))
        else:
            self.stdout.write(render_text(result, lang), ending="")
