"""``kokugai send_reminders``: queue appointment reminders that are due (run it hourly)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from kokugai.appointments.services import appointment_reminders_send


class Command(BaseCommand):
    help = "Queue a reminder for every booking that starts within --lead-hours (default 36)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--lead-hours", type=float, default=36.0)

    def handle(self, *args: Any, **options: Any) -> None:
        sent = appointment_reminders_send(lead=dt.timedelta(hours=options["lead_hours"]))
        self.stdout.write(f"reminders={sent}")
