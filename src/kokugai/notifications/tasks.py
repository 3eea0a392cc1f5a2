"""The django-tasks task that delivers one notification (queue "email").

The task carries only the row id: the row is the source of truth, so a lost or duplicated
task changes nothing (the claim in ``delivery.deliver_one`` is atomic).
"""

from __future__ import annotations

from django_tasks import task

from kokugai.notifications.delivery import deliver_one


@task(queue_name="email")
def deliver_notification(notification_id: int) -> str:
    return deliver_one(notification_id)
