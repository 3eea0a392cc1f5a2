"""Background work about people and their cards (django-tasks, database backend)."""

from __future__ import annotations

from django_tasks import task

from kokugai.notifications.reminders import reminders_send


@task()
def send_card_reminders() -> dict[str, int]:
    """Daily (hourly is harmless: each stage is recorded and sent once): card expiry,
    certificate renewal and return-switch reminders."""
    return reminders_send()
