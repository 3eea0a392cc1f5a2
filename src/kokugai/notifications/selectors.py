"""Read paths for the case page and the portal banner."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from kokugai.notifications.models import Notification, Status


def notifications_for_case(case: Any) -> QuerySet[Notification]:
    """Every notification of a case, newest first, with its delivery log prefetched."""
    return (
        Notification.objects.filter(case=case)
        .prefetch_related("log")
        .order_by("-created_at", "-id")
    )


def failed_notifications_for_case(case: Any) -> QuerySet[Notification]:
    return notifications_for_case(case).filter(status=Status.FAILED)
