"""Waiting for a freed place."""

from __future__ import annotations

import datetime as dt

from django.db import IntegrityError, transaction

from kokugai.appointments.errors import AlreadyWaiting, EmailNotVerified
from kokugai.appointments.models import WaitlistEntry
from kokugai.appointments.services.booking import _locked_case, booking_open_check
from kokugai.appointments.services.service_types import service_for_case
from kokugai.cases.models import Case
from kokugai.core import clock
from kokugai.core.audit import audit_record


def waitlist_join(
    *,
    case: Case,
    earliest: dt.date | None = None,
    latest: dt.date | None = None,
    applicant_timezone: str | None = None,
    language: str | None = None,
) -> WaitlistEntry:
    """Wait for a freed place between two office-local dates (a booked case: an earlier one)."""
    service = service_for_case(case)
    with transaction.atomic():
        case = _locked_case(case)
        booking_open_check(case, service)
        person = case.person
        if not (person.email and person.email_verified_at):
            # The place is booked without asking again; only a verified address may be told.
            raise EmailNotVerified()
        if case.pickup_deadline is not None:
            latest = min(latest or case.pickup_deadline, case.pickup_deadline)
        try:
            with transaction.atomic():
                entry = WaitlistEntry.objects.create(
                    service=service,
                    case=case,
                    earliest=earliest,
                    latest=latest,
                    applicant_timezone=applicant_timezone or case.person.timezone,
                    language=language or case.person.language or "ja",
                    created_at=clock.now(),
                )
        except IntegrityError as exc:
            raise AlreadyWaiting() from exc
        audit_record(
            actor=None,
            action="waitlist_join",
            object_type="appointments.WaitlistEntry",
            object_id=entry.pk,
            office_code=service.office.code,
            detail={"case": case.pk},
            actor_label="applicant",
        )
    return entry
