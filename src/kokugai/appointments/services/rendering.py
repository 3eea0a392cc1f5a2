"""A booking rendered for mails, pages and the demo; its audit row and its mail."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from kokugai.appointments import ics, slots
from kokugai.appointments.access import manage_token_make
from kokugai.appointments.models import Booking
from kokugai.cases import tokens
from kokugai.core.audit import audit_record
from kokugai.core.links import absolute_url
from kokugai.core.models import User

if TYPE_CHECKING:
    from kokugai.notifications.models import Notification


def manage_url(booking: Booking) -> str:
    return absolute_url("appointments:manage", manage_token_make(booking))


def appointment_times(booking: Booking) -> dict[str, str]:
    office_zone = booking.slot.service.office.timezone
    start = booking.slot.starts_at
    return {
        "starts_at_office": slots.format_office(start, office_zone),
        "starts_at_applicant": slots.format_applicant(start, booking.applicant_timezone),
        "starts_at_dual": slots.format_dual(start, office_zone, booking.applicant_timezone),
    }


def appointment_context(booking: Booking) -> dict[str, Any]:
    """Context keys of the appointment_* notification templates."""
    service = booking.slot.service
    office, counter = service.office, service.counter
    case = booking.case
    ctx: dict[str, Any] = {
        "receipt_number": case.receipt_number if case else "",
        "application_id": (case.application_id or "") if case else "",
        "procedure": case.procedure if case else "",
        "tracking_url": tokens.tracking_url(),
        "service_ja": service.name_ja,
        "service_en": service.name_en,
        "office_ja": office.name_ja,
        "office_en": office.name_en or office.name_ja,
        "office_contact_ja": office.contact("ja").text("ja"),
        "office_contact_en": office.contact("en").text("en"),
        "counter_ja": counter.name_ja,
        "counter_en": counter.name_en or counter.name_ja,
        "floor": counter.floor,
        "office_timezone": office.timezone,
        "applicant_timezone": booking.applicant_timezone,
        "manage_url": manage_url(booking),
        "from_waitlist": booking.from_waitlist,
        "status": booking.status,
    }
    ctx.update(appointment_times(booking))
    return ctx


def appointment_summary(booking: Booking) -> dict[str, Any]:
    """The ``"appointment"`` object of ``kokugai demo --json``."""
    service = booking.slot.service
    office_zone = service.office.timezone
    start = booking.slot.starts_at
    office, counter = service.office, service.counter
    return {
        "service": service.name_ja,
        "service_en": service.name_en,
        "service_code": service.code,
        "office": office.name_ja,
        "office_en": office.name_en or office.name_ja,
        "counter": counter.name_ja,
        "counter_en": counter.name_en or counter.name_ja,
        "floor": service.counter.floor,
        "starts_at": slots.format_office(start, office_zone),
        "applicant_timezone": booking.applicant_timezone,
        "starts_at_applicant": slots.format_applicant(start, booking.applicant_timezone),
        "starts_at_utc": start.astimezone(dt.UTC).isoformat(),
        "status": booking.status,
    }


def _audit(booking: Booking, actor: User | None, action: str, detail: dict[str, Any]) -> None:
    audit_record(
        actor=actor,
        action=action,
        object_type="appointments.Booking",
        object_id=booking.pk,
        office_code=booking.slot.service.office.code,
        detail={"case": booking.case_id, **detail},
        actor_label="" if actor is not None else "applicant",
    )


def _notify(template: str, booking: Booking) -> Notification | None:
    from kokugai.notifications.services import notification_queue

    to = booking.email
    if not to:
        # Only a verified address is written to (design §6); staff who booked for someone
        # without one tell them in person.
        return None
    attachments: list[tuple[str, str | bytes, str]] = [
        ("appointment.ics", ics.booking_ics(booking), "text/calendar")
    ]
    return notification_queue(
        template=template,
        to=to,
        language=booking.language,
        context=appointment_context(booking),
        case=booking.case,
        person=booking.person,
        attachments=attachments,
    )


def household_of_booking(booking: Booking) -> Any:
    """The active household of the booking's case when it has a representative, else None."""
    from kokugai.cases.households import HouseholdMember

    member = (
        HouseholdMember.objects.select_related("household__representative")
        .filter(case_id=booking.case_id, active=True, household__representative__isnull=False)
        .first()
    )
    return member.household if member is not None else None


def representative_address(household: Any) -> tuple[str, bool]:
    """(address, hold): the representative's verified address; an address not verified yet
    holds the mail until it is (like a single case's mails); ("", False) without one."""
    rep = household.representative
    if rep is None or not rep.email:
        return "", False
    if rep.email_verified_at:
        return rep.email, False
    return "", True


def _notify_household(
    template: str, household: Any, bookings: list[Booking]
) -> Notification | None:
    """One mail to the household's representative naming every member booked, with each
    member's time (a family's members may be spread over consecutive slots)."""
    from kokugai.notifications.services import notification_queue

    to, hold = representative_address(household)
    if not bookings or (not to and not hold):
        return None
    bookings = sorted(bookings, key=lambda b: (b.slot.starts_at, b.pk))
    first = bookings[0]
    zone = first.slot.service.office.timezone
    context = appointment_context(first)
    for key in ("receipt_number", "application_id", "procedure"):
        context.pop(key, None)
    context |= {
        "household_reference": household.reference_display,
        "members": "\n".join(
            f"{b.case.person.family_name} {b.case.person.given_name} — "
            f"{slots.format_office(b.slot.starts_at, zone)}"
            for b in bookings
        ),
        "manage_url": tokens.household_booking_url(household.pk, household.representative_id),
    }
    return notification_queue(
        template=template,
        to=to,
        language=household.representative.language or first.language,
        context=context,
        person=household.representative,
        attachments=[("appointment.ics", ics.booking_ics(first), "text/calendar")],
        hold=hold,
    )
