"""``kokugai plan [FILE|-] [--json] [--lang ja|en]``: a plan for a citizen's situation, or
for a household (a document with a ``members`` key: ``kokugai.rules.household``).

All rules and validation live in ``kokugai.rules.planner``; the wiring (assumptions, learned
durations) is ``kokugai.tracking.planning.plan_for``, shared with the portal and the API, so
the three give the same plan. This command reads, prints and maps errors to exit codes: 0 plan printed, 2 bad input (the message names the field), 1 an
internal error. The command prints one line for every error. The traceback of an internal
error is logged at DEBUG only: the root logger's console handler writes to the same stderr, so
at the default level a user sees the one line, and ``LOG_LEVEL=DEBUG`` shows the traceback.
"""

from __future__ import annotations

import json
import logging
import sys
from typing import Any, NoReturn

from django.core.management.base import BaseCommand, CommandParser

from kokugai.rules.assumptions import AssumptionError
from kokugai.rules.household import is_household, render_household_text
from kokugai.rules.planner import SituationError, decode_situation, render_text
from kokugai.tracking.planning import household_plan_for, plan_for

logger = logging.getLogger(__name__)

USAGE = "kokugai plan [FILE|-] [--json] [--lang ja|en]"


class Command(BaseCommand):
    help = (
        "Plan the overseas My Number card for a situation, or a household (with 'members'), "
        "given as JSON (file or stdin)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.usage = USAGE
        parser.add_argument(
            "file", nargs="?", default=None, help="situation JSON file, or - for stdin"
        )
        parser.add_argument("--json", action="store_true", help="print the plan as JSON")
        parser.add_argument("--lang", choices=["ja", "en"], default="ja")

    def fail(self, message: str, code: int) -> NoReturn:
        # Not CommandError: Django would put an English "CommandError: " before a Japanese
        # message.
        self.stderr.write(message)
        sys.exit(code)

    def handle(self, *args: Any, **opts: Any) -> None:
        lang = opts["lang"]
        en = lang == "en"
        path = opts["file"]
        if path is None and sys.stdin.isatty():
            # Reading a terminal would wait silently for input nobody knows to type.
            self.fail(
                f"usage: {USAGE}\n"
                + (
                    "give a situation JSON file, or pipe it in with -"
                    if en
                    else "状況の JSON ファイルを指定するか、- で標準入力から渡してください"
                ),
                2,
            )
        try:
            if path in (None, "-"):
                stdin = getattr(sys.stdin, "buffer", None)  # bytes, so a BOM is seen as one
                raw = stdin.read() if stdin is not None else sys.stdin.read()
            else:
                with open(path, "rb") as f:
                    raw = f.read()
        except OSError as e:
            self.fail(f"{'cannot read' if en else '読めません'}: {path} ({e.strerror})", 2)
        try:
            # Decoding is the planner's, like the API's: a BOM or bad JSON is the same error.
            data = decode_situation(raw)
            family = is_household(data)
            result = household_plan_for(data, lang=lang) if family else plan_for(data, lang=lang)
        except SituationError as e:
            self.fail(f"{e.field}: {e.message.get(lang)}", 2)
        except AssumptionError as e:
            self.fail(f"KOKUGAI_ASSUMPTIONS: {e}", 2)
        except Exception as e:
            logger.debug("kokugai plan failed on a situation", exc_info=True)
            self.fail(
                f"internal error ({type(e).__name__}); please report this situation"
                if en
                else f"内部エラー（{type(e).__name__}）。この状況を報告してください",
                1,
            )
        if opts["json"]:
            self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))
        elif family:
            self.stdout.write(render_household_text(result, lang), ending="")
        else:
            self.stdout.write(render_text(result, lang), ending="")
