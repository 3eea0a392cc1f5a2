"""The django-tasks task of notifications: deliver one notification (queue "email"). The
daily card-expiry, certificate-renewal and return-switch reminders are ``cases.tasks``.

The delivery task carries only the row id: the row is the source of truth, so a lost or duplicated
task changes nothing (the claim in ``delivery.deliver_for_task`` is atomic).
"""

from __future__ import annotations

from typing import Any

from django_tasks import task

from kokugai.notifications.delivery import deliver_for_task


@task(queue_name="email")
def deliver_notification(notification_id: int) -> dict[str, Any]:
    """Deliver this row (and, in the same SMTP session, any other due rows)."""
    return deliver_for_task(notification_id)
