"""Family pickup: one booking for the household.

* Together (``Household.pickup_together``, the default): bookable only once the last
  member's card has arrived (every case ``ready_for_pickup``); otherwise each member's card
  is booked on its own when it arrives (the family's choice).
* Capacity is counted per person: every member takes a place (one ``Booking`` per case,
  through ``appointment_book`` with all its checks, confirmation and reminder mails).
* The visit is long enough for all: ``members × minutes per person``, a setting per service
  type (``KOKUGAI_FAMILY_PICKUP_MINUTES``, ``{service code: minutes}``, default
  :data:`MINUTES_PER_PERSON`). When that is longer than one slot, the family's members are
  spread over the consecutive slots from the chosen start, so the counter's time is held
  for them; every slot must be open and have the places.
* All or nothing: one transaction; a full slot for one member books nobody.
* Mail: each member's booking mails go to the member's address, which for a family
  pre-registration is the representative's (a child's mail goes to the representative).
"""

from __future__ import annotations

import datetime as dt
import math

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from kokugai.appointments import slots as slot_days
from kokugai.appointments.errors import AppointmentError, SlotClosed
from kokugai.appointments.models import Booking, ServiceType, Slot
from kokugai.appointments.services import (
    COUNTER_ROLES,
    PICKUP_STATE,
    appointment_book,
    service_for_case,
    slots_materialise,
)
from kokugai.appointments.services.common import _require_staff
from kokugai.cases.household_services import household_cases
from kokugai.cases.households import Household
from kokugai.cases.models import Case
from kokugai.core.audit import audit_record
from kokugai.core.errors import Conflict
from kokugai.core.models import User

#: Minutes at the counter per member when a deployment sets nothing for the service.
MINUTES_PER_PERSON = 10


def minutes_per_person(service: ServiceType) -> int:
    return int(settings.KOKUGAI_FAMILY_PICKUP_MINUTES.get(service.code, MINUTES_PER_PERSON))


def family_visit_minutes(service: ServiceType, members: int) -> int:
    return members * minutes_per_person(service)


def household_arrived(household: Household) -> tuple[list[Case], list[Case]]:
    """(cases whose card has arrived, cases still waiting), in member order."""
    cases = household_cases(household)
    return (
        [c for c in cases if c.state == PICKUP_STATE],
        # A member whose case closed (withdrawn, collected) waits for nothing.
        [c for c in cases if c.state != PICKUP_STATE and c.closed_at is None],
    )


def _name(case: Case) -> str:
    return f"{case.person.family_name} {case.person.given_name}"


def household_pickup_book(
    *,
    household: Household,
    starts_at: dt.datetime,
    actor: User | None = None,
    cases: list[Case] | None = None,
) -> list[Booking]:
    """Book the family's pickup from ``starts_at``; returns one booking per member booked.

    Together: every member, and only once every card has arrived
    (``household_not_all_arrived`` names who is still waiting). Per member: ``cases`` (by
    default every member whose card has arrived).
    """
    arrived, waiting = household_arrived(household)
    if household.pickup_together:
        if waiting:
            raise Conflict(
                AppointmentError.HOUSEHOLD_NOT_ALL_ARRIVED,
                _("The family collects together: still waiting for the card of %(names)s.")
                % {"names": ", ".join(_name(c) for c in waiting)},
            )
        chosen = arrived
    else:
        chosen = cases if cases is not None else arrived
    if not chosen:
        raise Conflict(
            AppointmentError.HOUSEHOLD_NOTHING_TO_BOOK, _("No member's card has arrived yet.")
        )
    members = {m.case_id for m in household.members.all()}
    if any(c.pk not in members for c in chosen):
        raise Conflict(
            AppointmentError.HOUSEHOLD_NOT_MEMBER,
            _("Only the household's own cases can be booked."),
        )
    if len({c.pickup_office_id for c in chosen}) != 1:
        raise Conflict(
            AppointmentError.HOUSEHOLD_PICKUP_OFFICES,
            _("The members collect at different offices: book each member on their own."),
        )
    service = service_for_case(chosen[0])
    if actor is not None:
        # Staff book for the family (by phone, at the counter) only at their own office.
        _require_staff(actor, service.office, COUNTER_ROLES)
    length = family_visit_minutes(service, len(chosen))
    k = max(1, math.ceil(length / service.slot_minutes))
    day = slot_days.local_date(starts_at, service.office.timezone)
    slots_materialise(service=service, start=day, end=day)
    end = starts_at + dt.timedelta(minutes=k * service.slot_minutes)
    run = list(
        Slot.objects.filter(service=service, starts_at__gte=starts_at, starts_at__lt=end).order_by(
            "starts_at"
        )
    )
    contiguous = len(run) == k and all(
        s.starts_at == starts_at + dt.timedelta(minutes=i * service.slot_minutes)
        for i, s in enumerate(run)
    )
    if not contiguous:
        raise SlotClosed(fields={"starts_at": starts_at.isoformat(), "minutes": length, "slots": k})
    bookings: list[Booking] = []
    with transaction.atomic():
        for i, case in enumerate(chosen):
            slot = run[i * k // len(chosen)]
            bookings.append(appointment_book(case=case, slot=slot, actor=actor))
        audit_record(
            actor=actor,
            actor_label="" if actor is not None else "citizen",
            action="household.pickup_book",
            object_type="household",
            object_id=household.pk,
            office_code=service.office.code,
            detail={
                "bookings": [b.pk for b in bookings],
                "minutes": length,
                "slots": [s.pk for s in run],
                "together": household.pickup_together,
            },
        )
    return bookings
