"""System jobs on cases: warn before the holding period ends, expire uncollected cards."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from django.db import transaction

from kokugai.cases.models import Case
from kokugai.cases.services.common import local_today
from kokugai.cases.services.issuance import case_expire
from kokugai.cases.services.notify import _queue
from kokugai.core import clock
from kokugai.core.audit import audit_record
from kokugai.core.errors import Conflict, Forbidden

UNCOLLECTED_WARNING_DAYS = 14


def cases_expire_uncollected(*, progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """Warn before the holding period ends, expire cases after it. Safe to run repeatedly."""
    warned = expired = 0
    today = local_today(None)
    soon = today + dt.timedelta(days=UNCOLLECTED_WARNING_DAYS)
    due = Case.objects.filter(state="ready_for_pickup", pickup_deadline__isnull=False)
    for pk in due.filter(pickup_deadline__lt=today).values_list("pk", flat=True):
        try:
            case_expire(case=Case(pk=pk))
            expired += 1
        except (Conflict, Forbidden):
            continue  # someone handed it over meanwhile, or the guard disagrees: skip
        if progress:
            progress(1)
    to_warn = due.filter(
        pickup_deadline__gte=today, pickup_deadline__lte=soon, uncollected_warning_sent_at=None
    )
    for pk in to_warn.values_list("pk", flat=True):
        with transaction.atomic():
            case = (
                Case.objects.select_for_update(of=("self",))
                .select_related("person", "pickup_office")
                .get(pk=pk)
            )
            if case.uncollected_warning_sent_at is not None or case.state != "ready_for_pickup":
                continue
            sent = _queue(case, ["uncollected_warning"])
            case.uncollected_warning_sent_at = clock.now()
            case.save(update_fields=["uncollected_warning_sent_at"])
            audit_record(
                actor=None,
                action="case.uncollected_warning",
                object_type="case",
                object_id=case.pk,
                detail={"notifications": sent},
            )
            warned += 1
        if progress:
            progress(1)
    return {"warned": warned, "expired": expired}
