"""Signed, expiring links: the only way a citizen reaches a booking (no account needed).

A link carries only an id, signed by ``kokugai.core.tokens`` under a salt per kind, so a
booking link cannot be replayed as a manage link. Errors never say whether the record exists.
"""

from __future__ import annotations

import datetime as dt

from kokugai.appointments.errors import StaffNotAllowed, TokenExpired, TokenInvalid
from kokugai.appointments.models import Booking
from kokugai.appointments.services.common import COUNTER_ROLES, _require_staff
from kokugai.cases import tokens
from kokugai.cases.households import Household
from kokugai.cases.models import Case
from kokugai.core.audit import audit_record
from kokugai.core.errors import CoreError
from kokugai.core.tokens import LinkExpired, LinkInvalid, LinkKind, link_make, link_read

# Longer than any holding period: the booking rules, not the link, decide what is allowed.
MANAGE = LinkKind("manage", "kokugai.appointments.manage", dt.timedelta(days=180))


def book_token_make(case: Case) -> str:
    # One format for the "arrived" mail (cases) and the portal: kokugai.cases.tokens.
    return tokens.make_token(case.pk, tokens.BOOK)


def manage_token_make(booking: Booking) -> str:
    return link_make(MANAGE, {"booking": booking.pk, "case": booking.case_id})


def access_case_by_book_token(token: str) -> Case:
    try:
        case_id = tokens.case_id_from_token(token, tokens.BOOK)
    except LinkExpired as exc:
        raise TokenExpired() from exc
    except LinkInvalid as exc:
        raise TokenInvalid() from exc
    case = Case.objects.select_related("person", "pickup_office").filter(pk=case_id).first()
    if case is None:
        raise TokenInvalid()
    return case


def access_household_by_book_token(token: str) -> Household:
    """The household of a family booking link, while its representative is the one it was
    mailed to; else ``TokenInvalid`` (``TokenExpired`` past its age)."""
    try:
        household_id, representative_id = tokens.household_from_token(token)
    except LinkExpired as exc:
        raise TokenExpired() from exc
    except LinkInvalid as exc:
        raise TokenInvalid() from exc
    household = (
        Household.objects.select_related("representative")
        .filter(pk=household_id, representative_id=representative_id)
        .first()
    )
    if household is None:
        raise TokenInvalid()
    return household


def access_booking_by_manage_token(token: str) -> Booking:
    try:
        data = link_read(MANAGE, token)
    except LinkExpired as exc:
        raise TokenExpired() from exc
    except LinkInvalid as exc:
        raise TokenInvalid() from exc
    booking = (
        Booking.objects.select_related(
            "slot__service__office", "slot__service__counter", "case", "person"
        )
        .filter(pk=data.get("booking"), case_id=data.get("case"))
        .first()
    )
    if booking is None:
        raise TokenInvalid()
    return booking


def day_names_reveal(*, actor: object, counter: object, bookings: list[Booking]) -> dict[int, str]:
    """The names of a day's appointments at one counter, for its own office's staff only,
    with one audit row ``appointment.reveal_names`` (which bookings, which cases).

    The day view lists receipt numbers; a clerk who needs the names (calling the next
    applicant) asks for them and the read is recorded. Names are returned for this response
    only, never stored in the session or the URL.
    """
    office = counter.office  # type: ignore[attr-defined]
    # The counter's own staff who call applicants (as for check-in), no other role.
    _require_staff(actor, office, COUNTER_ROLES)  # type: ignore[arg-type]
    ids = {b.pk for b in bookings}
    if Booking.objects.filter(pk__in=ids, slot__service__office=office).count() != len(ids):
        raise StaffNotAllowed(CoreError.OFFICE_NOT_ALLOWED, fields={"office": office.code})
    names: dict[int, str] = {}
    for b in bookings:
        person = b.person or (b.case.person if b.case is not None else None)
        if person is not None:
            names[b.pk] = (
                f"{person.family_name} {person.given_name}"
                f"（{person.family_name_kana} {person.given_name_kana}）"
            )
        else:
            names[b.pk] = b.contact_name
    audit_record(
        actor=actor,  # type: ignore[arg-type]
        action="appointment.reveal_names",
        object_type="counter",
        object_id=counter.pk,  # type: ignore[attr-defined]
        office_code=office.code,
        detail={
            "bookings": [b.pk for b in bookings],
            "cases": sorted({b.case_id for b in bookings if b.case_id}),
        },
    )
    return names
