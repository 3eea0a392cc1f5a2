"""kokugai purge_preregistrations: delete pre-registrations past their retention period."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from kokugai.web.portal.prereg import preregistration_purge, retention


class Command(BaseCommand):
    help = "Delete pre-registrations not used within KOKUGAI_PREREGISTRATION_DAYS, and used ones."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="Queue the purge as a background task instead of running it now",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["enqueue"]:
            from kokugai.web.portal.tasks import purge_preregistrations

            result = purge_preregistrations.enqueue()
            self.stdout.write(f"queued task {result.id}")
            return
        n = preregistration_purge()
        self.stdout.write(f"deleted {n} pre-registration(s) (retention {retention().days} days)")
