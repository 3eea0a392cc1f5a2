"""Places, checks and the life of a booking: book, reschedule, cancel, complete. A freed
place goes first to the waitlist (``_offer_freed_place``)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.translation import gettext as _

from kokugai.appointments import slots
from kokugai.appointments.errors import (
    AfterHoldingPeriod,
    AlreadyBooked,
    BookingNotActive,
    ContactInvalid,
    NotReadyForPickup,
    SlotClosed,
    SlotFull,
    SlotInPast,
    TooShortNotice,
)
from kokugai.appointments.models import (
    ACTIVE_STATUSES,
    Booking,
    BookingStatus,
    ReminderStatus,
    ServiceKind,
    ServiceType,
    Slot,
    WaitlistEntry,
    WaitlistStatus,
)
from kokugai.appointments.services.calendars import office_open_days
from kokugai.appointments.services.common import PICKUP_STATE, REMINDER_LEAD, WAITLIST_TRIES, log
from kokugai.appointments.services.materialise import slots_materialise
from kokugai.appointments.services.rendering import _audit, _notify
from kokugai.appointments.services.service_types import service_for_case
from kokugai.cases.models import Case
from kokugai.core import clock
from kokugai.core.errors import ApplicationError
from kokugai.core.i18n import lang_of
from kokugai.core.models import User


def _take_place(slot: Slot) -> None:
    taken = Slot.objects.filter(pk=slot.pk, booked__lt=F("capacity")).update(booked=F("booked") + 1)
    if not taken:
        slot.refresh_from_db()
        if slot.capacity == 0:
            raise SlotClosed(fields={"slot": slot.pk})
        raise SlotFull(fields={"slot": slot.pk})


def _release_place(slot_id: int) -> None:
    Slot.objects.filter(pk=slot_id, booked__gt=0).update(booked=F("booked") - 1)


def _family_waiting(case: Case) -> list[str]:
    """Members of the case's household still waiting for their card, when the family
    chose to collect together (``kokugai.appointments.households``)."""
    from kokugai.cases.households import HouseholdMember

    member = HouseholdMember.objects.filter(case=case, household__pickup_together=True).first()
    if member is None:
        return []
    return [
        f"{c.person.family_name} {c.person.given_name}"
        for c in Case.objects.filter(household_member__household_id=member.household_id)
        .exclude(state=PICKUP_STATE)
        .filter(closed_at__isnull=True)
        .select_related("person")
    ]


def family_together_refuse(case: Case, service: ServiceType) -> None:
    from kokugai.cases.households import HouseholdMember

    if (
        service.kind == ServiceKind.PICKUP
        and HouseholdMember.objects.filter(
            case=case, active=True, household__pickup_together=True
        ).exists()
    ):
        raise NotReadyForPickup(
            _(
                "Your family collects together: the representative books one visit for "
                "everyone with the link mailed to them."
            ),
            fields={"household": "together"},
        )


def booking_open_check(case: Case, service: ServiceType) -> None:
    if service.case_states and case.state not in service.case_states:
        raise NotReadyForPickup(fields={"state": case.state})
    waiting = _family_waiting(case) if service.kind == ServiceKind.PICKUP else []
    if waiting:
        # The family collects together: the pickup opens once the last card has arrived.
        raise NotReadyForPickup(
            _("The family collects together: still waiting for the card of %(names)s.")
            % {"names": ", ".join(waiting)},
            fields={"household": "waiting"},
        )
    if service.kind == ServiceKind.PICKUP and case.pickup_office_id != service.office_id:
        raise NotReadyForPickup(fields={"office": service.office.code})
    if service.procedures and case.procedure not in service.procedures:
        raise NotReadyForPickup(fields={"procedure": case.procedure})
    today = slots.local_date(clock.now(), service.office.timezone)
    if case.pickup_deadline is not None and today > case.pickup_deadline:
        raise AfterHoldingPeriod(fields={"last_day": case.pickup_deadline.isoformat()})


def _check_slot(case: Case | None, service: ServiceType, slot: Slot, *, staff: bool) -> None:
    if slot.service_id != service.pk:
        raise SlotClosed(fields={"slot": slot.pk})
    now = clock.now()
    if slot.starts_at <= now:
        raise SlotInPast(fields={"slot": slot.pk})
    if not staff and slot.starts_at < now + dt.timedelta(minutes=service.min_notice_minutes):
        raise TooShortNotice(
            fields={"slot": slot.pk, "min_notice_minutes": service.min_notice_minutes}
        )
    zone = service.office.timezone
    day = slots.local_date(slot.starts_at, zone)
    if case is not None and case.pickup_deadline is not None and day > case.pickup_deadline:
        raise AfterHoldingPeriod(
            fields={"slot": slot.pk, "last_day": case.pickup_deadline.isoformat()}
        )
    if slot.capacity == 0 or not office_open_days(service.office, day, day)(day):
        raise SlotClosed(fields={"slot": slot.pk})


def _locked_case(case: Case) -> Case:
    # Serialises every booking change of one case (and its hand-over, which locks it too).
    return (
        Case.objects.select_for_update(of=("self",))
        .select_related("person", "pickup_office")
        .get(pk=case.pk)
    )


def _locked_booking(booking: Booking) -> Booking:
    return (
        Booking.objects.select_for_update(of=("self",))
        .select_related("slot__service__office", "slot__service__counter", "case", "person")
        .get(pk=booking.pk)
    )


def appointment_book(
    *,
    case: Case,
    slot: Slot,
    actor: User | None = None,
    applicant_timezone: str | None = None,
    language: str | None = None,
    from_waitlist: bool = False,
    household: bool = False,
) -> Booking:
    """Book a place for a case (the citizen when ``actor`` is None, else staff for them).

    ``household`` True: one member of the family's one booking
    (``appointments.households``), which sends the family's one confirmation. A citizen
    may not book one member of a family that collects together on their own (the
    representative books everyone with the family's link)."""
    with transaction.atomic():
        case = _locked_case(case)
        slot = Slot.objects.select_related("service__office", "service__counter").get(pk=slot.pk)
        service = slot.service
        if actor is None and not service.citizen_bookable:
            raise SlotClosed(fields={"service": service.code})
        booking_open_check(case, service)
        if actor is None and not household:
            family_together_refuse(case, service)
        _check_slot(case, service, slot, staff=actor is not None)
        if Booking.objects.filter(case=case, status__in=ACTIVE_STATUSES).exists():
            raise AlreadyBooked()
        _take_place(slot)
        person = case.person
        try:
            with transaction.atomic():
                booking = Booking.objects.create(
                    slot=slot,
                    case=case,
                    person=person,
                    applicant_timezone=applicant_timezone or person.timezone,
                    language=language or person.language or "ja",
                    from_waitlist=from_waitlist,
                    created_at=clock.now(),
                    created_by=actor,
                )
        except IntegrityError as exc:
            raise AlreadyBooked() from exc
        booking.slot = slot
        _confirmed(booking)
        booking.save(update_fields=list(_CONFIRM_FIELDS))
        # A case that got its booking no longer waits.
        WaitlistEntry.objects.filter(case=case, status=WaitlistStatus.WAITING).update(
            status=WaitlistStatus.BOOKED, booking=booking
        )
        _audit(booking, actor, "appointment_book", {"slot": slot.pk, "waitlist": from_waitlist})
        if not household:
            _notify("appointment_confirmed", booking)
    return booking


def appointment_book_at(
    *,
    case: Case,
    starts_at: dt.datetime,
    actor: User | None = None,
    applicant_timezone: str | None = None,
    language: str | None = None,
) -> Booking:
    """Book the case's pickup at an exact instant (the demo, staff by phone)."""
    service = service_for_case(case)
    day = slots.local_date(starts_at, service.office.timezone)
    slots_materialise(service=service, start=day, end=day)
    slot = Slot.objects.filter(service=service, starts_at=starts_at).first()
    if slot is None:
        booking_open_check(case, service)
        if starts_at <= clock.now():
            raise SlotInPast()
        raise SlotClosed(fields={"starts_at": starts_at.isoformat()})
    return appointment_book(
        case=case,
        slot=slot,
        actor=actor,
        applicant_timezone=applicant_timezone,
        language=language,
    )


def intake_contact_clean(*, name: str, email: str, applicant_timezone: str) -> tuple[str, str]:
    """Normalised (name, email) of an intake booking, or ContactInvalid naming the fields."""
    name = " ".join(name.split())
    email = email.strip()
    problems: dict[str, Any] = {}
    if not name or len(name) > 200:
        problems["name"] = "required"
    try:
        validate_email(email)
    except ValidationError:
        problems["email"] = "invalid"
    try:
        ZoneInfo(applicant_timezone)
    except (ZoneInfoNotFoundError, ValueError):
        problems["timezone"] = "unknown"
    if problems:
        raise ContactInvalid(fields=problems)
    local, _at, domain = email.rpartition("@")
    return name, f"{local}@{domain.lower()}"


def appointment_book_intake(
    *,
    service: ServiceType,
    slot: Slot,
    name: str,
    email: str,
    language: str = "ja",
    applicant_timezone: str = "Asia/Tokyo",
    actor: User | None = None,
) -> Booking:
    """Book an application intake at a counter that takes applications by appointment.

    There is no case yet (it is opened at the counter), so the booking holds a contact
    instead. The rule for the address: it is used only for this booking's own mails
    (confirmation with the manage link, reminder, cancellation) and is never copied to a
    person record; the confirmation mail carrying the manage link is what proves it, since
    nobody else can change or cancel the booking. One active intake booking per address
    and service, so one address cannot hoard the counter's places.
    """
    name, email = intake_contact_clean(
        name=name, email=email, applicant_timezone=applicant_timezone
    )
    with transaction.atomic():
        # Serialises intake bookings of this service, so the one-per-address check holds.
        service = (
            ServiceType.objects.select_for_update(of=("self",))
            .select_related("office", "counter")
            .get(pk=service.pk)
        )
        if service.kind != ServiceKind.INTAKE or not service.is_active:
            raise SlotClosed(fields={"service": service.code})
        if actor is None and not service.citizen_bookable:
            raise SlotClosed(fields={"service": service.code})
        slot = Slot.objects.select_related("service__office", "service__counter").get(pk=slot.pk)
        _check_slot(None, service, slot, staff=actor is not None)
        if Booking.objects.filter(
            slot__service=service, contact_email__iexact=email, status__in=ACTIVE_STATUSES
        ).exists():
            raise AlreadyBooked(
                _("This email address already has an appointment here. Change or cancel it.")
            )
        _take_place(slot)
        booking = Booking.objects.create(
            slot=slot,
            contact_name=name,
            contact_email=email,
            applicant_timezone=applicant_timezone,
            language=lang_of(language),
            created_at=clock.now(),
            created_by=actor,
        )
        booking.slot = slot
        _confirmed(booking)
        booking.save(update_fields=list(_CONFIRM_FIELDS))
        _audit(booking, actor, "appointment_book_intake", {"slot": slot.pk})
        _notify("appointment_confirmed", booking)
    return booking


def _check_change_allowed(booking: Booking, actor: User | None, *, needs_notice: bool) -> None:
    """Rescheduling needs the notice (the new place must be prepared); cancelling does not:
    until the start, a citizen who cannot come should free the place, not be kept from it."""
    if booking.status != BookingStatus.BOOKED:
        raise BookingNotActive(fields={"status": booking.status})
    service = booking.slot.service
    now = clock.now()
    if booking.slot.starts_at <= now:
        raise SlotInPast(fields={"booking": booking.pk})
    notice = dt.timedelta(minutes=service.min_notice_minutes)
    if needs_notice and actor is None and booking.slot.starts_at < now + notice:
        raise TooShortNotice(fields={"min_notice_minutes": service.min_notice_minutes})


def appointment_reschedule(
    *, booking: Booking, slot: Slot, actor: User | None = None, from_waitlist: bool = False
) -> Booking:
    """Move a booking to another slot of the same service; the old place goes back on sale."""
    with transaction.atomic():
        if booking.case_id is not None:
            _locked_case(booking.case)
        booking = _locked_booking(booking)
        _check_change_allowed(booking, actor, needs_notice=True)
        new_slot = Slot.objects.select_related("service__office", "service__counter").get(
            pk=slot.pk
        )
        service = booking.slot.service
        if booking.case is not None:
            booking_open_check(booking.case, service)
        _check_slot(booking.case, service, new_slot, staff=actor is not None)
        if new_slot.pk == booking.slot_id:
            return booking
        _take_place(new_slot)
        old_slot = booking.slot
        _release_place(old_slot.pk)
        _reminder_withdraw(booking)
        booking.slot = new_slot
        booking.rescheduled_count += 1
        booking.sequence += 1
        booking.from_waitlist = booking.from_waitlist or from_waitlist
        _confirmed(booking)
        booking.save(
            update_fields=[
                "slot",
                "rescheduled_count",
                "sequence",
                "from_waitlist",
                *_CONFIRM_FIELDS,
            ]
        )
        _audit(
            booking,
            actor,
            "appointment_reschedule",
            {"from_slot": old_slot.pk, "to_slot": new_slot.pk, "waitlist": from_waitlist},
        )
        _notify("appointment_confirmed", booking)
        old_slot.refresh_from_db()
        _offer_freed_place(old_slot)
    return booking


def appointment_cancel(*, booking: Booking, actor: User | None = None, reason: str = "") -> Booking:
    """Cancel a booking; its place goes back on sale (first to the waitlist)."""
    with transaction.atomic():
        if booking.case_id is not None:
            _locked_case(booking.case)
        booking = _locked_booking(booking)
        _check_change_allowed(booking, actor, needs_notice=False)
        _end(booking, BookingStatus.CANCELLED, reason or "cancelled")
        _release_place(booking.slot_id)
        _audit(booking, actor, "appointment_cancel", {"reason": reason})
        _notify("appointment_cancelled", booking)
        slot = Slot.objects.select_related("service__office").get(pk=booking.slot_id)
        _offer_freed_place(slot)
    return booking


def appointment_cancel_for_case(
    *, case: Case, actor: User | None = None, reason: str = ""
) -> Booking | None:
    """Cancel the case's future booking when the case leaves pickup another way.

    Subscribed to the case transitions ``change_pickup``, ``expire`` and ``withdraw``
    (``appointments/subscriptions.py``), inside their transaction, so the place goes back on
    sale and the citizen is told.
    Past or checked-in bookings are left as they are (they are history now).
    """
    booking = Booking.objects.filter(case=case, status=BookingStatus.BOOKED).first()
    if booking is None or booking.slot.starts_at <= clock.now():
        return None
    with transaction.atomic():
        booking = _locked_booking(booking)
        if booking.status != BookingStatus.BOOKED:
            return None
        _end(booking, BookingStatus.CANCELLED, reason or "case_left_pickup")
        _release_place(booking.slot_id)
        _audit(booking, actor, "appointment_cancel", {"reason": reason or "case_left_pickup"})
        _notify("appointment_cancelled", booking)
        WaitlistEntry.objects.filter(case=case, status=WaitlistStatus.WAITING).update(
            status=WaitlistStatus.LEFT
        )
        slot = Slot.objects.select_related("service__office").get(pk=booking.slot_id)
        _offer_freed_place(slot)
    return booking


def appointment_complete_for_case(*, case: Case, actor: User | None = None) -> Booking | None:
    """The card was handed over: the case's active booking is done, whatever its state.

    Subscribed to ``hand_over`` (``appointments/subscriptions.py``), inside its transaction.
    A checked-in or already started booking keeps its place (it was used); a booking still in
    the future (the card was collected early, e.g. at a walk-in) gives its place back and
    withdraws its reminder. Either way it ends as ``completed`` with reason ``collected`` and no mail: the
    citizen has the card and the hand-over sends its own notice. Waiting entries are closed.
    """
    with transaction.atomic():
        WaitlistEntry.objects.filter(case=case, status=WaitlistStatus.WAITING).update(
            status=WaitlistStatus.LEFT
        )
        found = Booking.objects.filter(case=case, status__in=ACTIVE_STATUSES).first()
        if found is None:
            return None
        booking = _locked_booking(found)
        if booking.status not in ACTIVE_STATUSES:
            return None
        release = booking.status == BookingStatus.BOOKED and booking.slot.starts_at > clock.now()
        _end(booking, BookingStatus.COMPLETED, "collected")
        if release:
            _release_place(booking.slot_id)
        _audit(booking, actor, "appointment_complete", {"reason": "collected", "released": release})
        if release:
            slot = Slot.objects.select_related("service__office").get(pk=booking.slot_id)
            _offer_freed_place(slot)
    return booking


def _end(booking: Booking, status: BookingStatus, reason: str) -> None:
    """Close a booking: it stops counting as active and its reminder is withdrawn."""
    now = clock.now()
    booking.status = status
    booking.end_reason = reason[:64]
    booking.sequence += 1
    fields = ["status", "end_reason", "sequence", "reminder_status"]
    if status == BookingStatus.CANCELLED:
        booking.cancelled_at = now
        fields.append("cancelled_at")
    else:
        booking.completed_at = now
        fields.append("completed_at")
    _reminder_withdraw(booking)
    booking.save(update_fields=fields)


_CONFIRM_FIELDS = ("confirmed_at", "reminder_status", "reminder_sent_at", "reminder")


def _confirmed(booking: Booking) -> None:
    """A confirmation is about to go out: decide whether a separate reminder will be needed."""
    now = clock.now()
    booking.confirmed_at = now
    booking.reminder_sent_at = None
    booking.reminder = None
    close = booking.slot.starts_at <= now + REMINDER_LEAD
    booking.reminder_status = ReminderStatus.NOT_NEEDED if close else ReminderStatus.PENDING


def _reminder_withdraw(booking: Booking) -> None:
    """Take back a queued reminder that has not gone out (the caller saves the booking)."""
    from kokugai.notifications.services import notification_cancel

    if booking.reminder_status == ReminderStatus.PENDING:
        booking.reminder_status = ReminderStatus.NOT_NEEDED
    elif booking.reminder_status == ReminderStatus.SENT and booking.reminder is not None:
        if notification_cancel(notification=booking.reminder):
            booking.reminder_status = ReminderStatus.WITHDRAWN


def _offer_freed_place(slot: Slot) -> bool:
    """Give one free place of ``slot`` to the longest-waiting case whose window fits.

    The citizen asked for any place in their window, so the place is booked for them at
    once and the confirmation (with its cancel link) is their notice; nobody has to race
    for a refresh. Returns True when a waiting case got the place.
    """
    now = clock.now()
    service = slot.service
    if slot.starts_at <= now + dt.timedelta(minutes=service.min_notice_minutes):
        return False
    day = slots.local_date(slot.starts_at, service.office.timezone)
    waiting = (
        WaitlistEntry.objects.filter(service=service, status=WaitlistStatus.WAITING)
        # Entries from before the join check, or whose address was since withdrawn: a place
        # booked for them would be booked silently.
        .filter(case__person__email_verified_at__isnull=False)
        .exclude(case__person__email="")
        .select_related("case")
        .order_by("created_at", "id")
    )
    for entry in waiting[:WAITLIST_TRIES]:
        if entry.earliest is not None and day < entry.earliest:
            continue
        if entry.latest is not None and day > entry.latest:
            continue
        current = (
            Booking.objects.filter(case=entry.case, status__in=ACTIVE_STATUSES)
            .select_related("slot")
            .first()
        )
        try:
            with transaction.atomic():
                if current is None:
                    booking = appointment_book(
                        case=entry.case,
                        slot=slot,
                        applicant_timezone=entry.applicant_timezone,
                        language=entry.language,
                        from_waitlist=True,
                    )
                elif current.slot.starts_at > slot.starts_at:
                    booking = appointment_reschedule(booking=current, slot=slot, from_waitlist=True)
                else:
                    continue
                WaitlistEntry.objects.filter(pk=entry.pk).update(
                    status=WaitlistStatus.BOOKED, booking=booking
                )
        except ApplicationError as exc:
            log.info("waitlist entry %s skipped: %s", entry.pk, exc.code)
            continue
        return True
    return False
