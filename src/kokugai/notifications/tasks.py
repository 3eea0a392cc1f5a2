"""The django-tasks tasks of notifications: deliver one notification (queue "email"), and the
daily card-expiry, certificate-renewal and return-switch reminders.

The delivery task carries only the row id: the row is the source of truth, so a lost or duplicated
task changes nothing (the claim in ``delivery.deliver_one`` is atomic).
"""

from __future__ import annotations

from typing import Any

from django_tasks import task

from kokugai.notifications.delivery import deliver_for_task
from kokugai.notifications.reminders import reminders_send


@task(queue_name="email")
def deliver_notification(notification_id: int) -> dict[str, Any]:
    """Deliver this row (and, in the same SMTP session, any other due rows)."""
    return deliver_for_task(notification_id)


@task()
def send_card_reminders() -> dict[str, int]:
    """Daily (hourly is harmless: each stage is recorded and sent once): card expiry,
    certificate renewal and return-switch reminders."""
    return reminders_send()
