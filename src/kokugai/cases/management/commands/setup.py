"""``kokugai setup [--no-demo] [--demo]``: migrate, load every office, demo staff and story.

Idempotent: offices already present (and what their admins edited) are kept; the demo story
is replayed only on a database with no case yet (``kokugai demo`` adds more).
"""

from __future__ import annotations

import os
from typing import Any

import segno
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from kokugai.core.errors import ApplicationError
from kokugai.core.staffauth.services import demo_totp_ensure
from kokugai.registry import services as registry
from kokugai.rules import offices as reference


class Command(BaseCommand):
    help = "Set up the database: migrations, offices from the reference data, demo data."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--no-demo", action="store_true", help="offices only")
        parser.add_argument("--demo", action="store_true", help="allow the default demo password")

    def handle(self, *args: Any, **options: Any) -> None:
        quiet = options["verbosity"] < 1
        call_command("migrate", verbosity=0, interactive=False)
        total = (
            sum(
                1
                for m in reference.municipalities().values()
                if m.kind != "prefecture" and m.administered
            )
            + len(reference.missions())
            + 1
        )
        with tqdm(total=total, desc="offices", unit="office", disable=quiet) as bar:
            result = registry.offices_load(progress=bar.update)
            bar.update(total - bar.n)
        self.stdout.write(
            f"offices: {result.offices_created} new, hours: {result.hours_created} new, "
            f"counters: {result.counters_created} new"
        )
        if options["no_demo"]:
            return
        try:
            password = registry.demo_password(allow_default=settings.DEBUG or options["demo"])
        except ApplicationError as exc:
            raise CommandError(exc.message) from exc
        users = registry.demo_staff_ensure(password=password)
        self.stdout.write(f"demo staff: {', '.join(users)}")
        totp = demo_totp_ensure(
            list(users.values()), secret=os.environ.get("KOKUGAI_DEMO_TOTP_SECRET", "")
        )
        self.stdout.write(
            "demo second factor (TOTP, the same for every demo account): "
            f"secret {totp.secret}\n  otpauth URI: {totp.uri}\n"
            "  add it to an authenticator app (scan the QR below), or run "
            "`kokugai demo_code` for the current code"
        )
        if not quiet:
            segno.make(totp.uri, error="m").terminal(out=self.stdout, compact=True)
        from kokugai.cases.models import Case

        if not Case.objects.exists():
            call_command("demo", stdout=self.stdout, verbosity=options["verbosity"])
