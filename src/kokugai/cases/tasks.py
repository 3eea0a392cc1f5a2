"""Background work of the case workflow (django-tasks, database backend)."""

from __future__ import annotations

from django_tasks import task

from kokugai.cases.reminders import reminders_send
from kokugai.cases.services import cases_expire_uncollected


@task()
def expire_uncollected() -> dict[str, int]:
    """Daily: remind before the holding period ends, expire cards left uncollected after it."""
    return cases_expire_uncollected()


@task()
def send_card_reminders() -> dict[str, int]:
    """Daily (hourly is harmless: each stage is recorded and sent once): card expiry,
    certificate renewal and return-switch reminders."""
    return reminders_send()
