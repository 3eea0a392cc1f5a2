"""Background work of appointments (django-tasks, database backend)."""

from __future__ import annotations

import datetime as dt

from django_tasks import task

from kokugai.appointments.services import appointment_reminders_send


@task()
def send_reminders(lead_hours: float = 36) -> int:
    """Run hourly (or more often): one reminder per booking, the day before the appointment."""
    return appointment_reminders_send(lead=dt.timedelta(hours=lead_hours))
