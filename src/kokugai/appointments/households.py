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
* Mail: the representative alone gets ONE mail with the family's booking link when the last
  card has arrived (per member: when each card arrives), ``household_arrived``; the link
  (``cases.tokens.HOUSEHOLD_BOOK``, bound to the household and its representative) opens
  the portal page that books through :func:`household_pickup_book`. Its confirmation and its
  reminder are ONE mail each to the representative naming every member.
"""

from __future__ import annotations

import datetime as dt
import math

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from kokugai.appointments import slots as slot_days
from kokugai.appointments.errors import AppointmentError, SlotClosed
from kokugai.appointments.models import ACTIVE_STATUSES, Booking, ServiceType, Slot
from kokugai.appointments.services import (
    COUNTER_ROLES,
    PICKUP_STATE,
    appointment_book,
    service_for_case,
    slots_materialise,
)
from kokugai.appointments.services.common import _require_staff
from kokugai.appointments.services.rendering import _notify_household, representative_address
from kokugai.cases import tokens
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


def household_waiting_refuse(waiting: list[Case]) -> None:
    """``household_not_all_arrived``, naming who is still waiting, if anyone is."""
    if waiting:
        raise Conflict(
            AppointmentError.HOUSEHOLD_NOT_ALL_ARRIVED,
            _("The family collects together: still waiting for the card of %(names)s.")
            % {"names": ", ".join(_name(c) for c in waiting)},
        )


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
        household_waiting_refuse(waiting)
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
            bookings.append(appointment_book(case=case, slot=slot, actor=actor, household=True))
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
        _notify_household("household_appointment_confirmed", household, bookings)
    return bookings


def household_unbooked(household: Household) -> tuple[list[Case], list[Case], list[Booking]]:
    """(arrived members without an active booking, members still waiting, active bookings)."""
    arrived, waiting = household_arrived(household)
    active = list(
        Booking.objects.select_related("slot__service__office", "case__person")
        .filter(case__in=[c.pk for c in arrived], status__in=ACTIVE_STATUSES)
        .order_by("slot__starts_at", "pk")
    )
    booked = {b.case_id for b in active}
    return [c for c in arrived if c.pk not in booked], waiting, active


def household_arrival_notify(case: Case) -> dict[str, object] | None:
    """On a member's card arriving: ONE mail to the representative with the family's booking
    link, when the last card is in (together) or for this card (per member). None when the
    case is in no household, the family still waits, or there is nobody to write to."""
    from kokugai.cases.households import HouseholdMember
    from kokugai.notifications.services import notification_queue

    member = HouseholdMember.objects.filter(case=case, active=True).first()
    if member is None:
        return None
    # Locked: two members' cards recorded at once send the mail exactly once.
    household = (
        Household.objects.select_for_update(of=("self",))
        .select_related("representative")
        .get(pk=member.household_id)
    )
    if household.representative_id is None:
        return None
    arrived, waiting = household_arrived(household)
    if household.pickup_together and waiting:
        return None
    named = arrived if household.pickup_together else [case]
    to, hold = representative_address(household)
    if not to and not hold:
        return {"template": "household_arrived", "queued": False, "why": "no_email"}
    deadlines = [c.pickup_deadline for c in named if c.pickup_deadline is not None]
    office = case.pickup_office
    notification_queue(
        template="household_arrived",
        to=to,
        language=household.representative.language or "ja",
        context={
            "household_reference": household.reference_display,
            "members": "\n".join(_name(c) for c in named),
            "pickup_office_ja": office.name_ja if office else "",
            "pickup_office_en": office.name("en") if office else "",
            "last_day": min(deadlines).isoformat() if deadlines else "",
            "booking_url": tokens.household_booking_url(household.pk, household.representative_id),
        },
        person=household.representative,
        hold=hold,
    )
    return {"template": "household_arrived", "queued": True, "household": household.pk}
