"""The only write path for service types, slots, bookings and the waitlist.

Every function is keyword-only, runs in one transaction, and writes its audit row and its
queued notification in that same transaction (a rolled-back booking sends no mail).

Capacity: a place is taken by ``UPDATE slot SET booked = booked + 1 WHERE id = ? AND
booked < capacity`` and given back by the mirror UPDATE. Whichever process gets the row
lock first wins; the loser's UPDATE sees the new value and matches no row. The CHECK
constraint ``booked <= capacity`` and the partial UNIQUE index "one active booking per
case" are the backstops if any code path ever forgets this.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils.translation import gettext as _

from kokugai.appointments import ics, slots
from kokugai.appointments.access import (
    manage_token_make,
    site_url,
)
from kokugai.appointments.errors import (
    AfterHoldingPeriod,
    AlreadyBooked,
    AlreadyWaiting,
    BookingNotActive,
    CapacityBelowBooked,
    ContactInvalid,
    EmailNotVerified,
    NotReadyForPickup,
    SlotClosed,
    SlotFull,
    SlotInPast,
    StaffNotAllowed,
    TooShortNotice,
)
from kokugai.appointments.models import (
    ACTIVE_STATUSES,
    INTAKE_SERVICE_CODE,
    PICKUP_SERVICE_CODE,
    Booking,
    BookingStatus,
    ReminderStatus,
    ServiceKind,
    ServiceType,
    Slot,
    WaitlistEntry,
    WaitlistStatus,
)
from kokugai.cases import tokens
from kokugai.cases.models import Case
from kokugai.core import clock
from kokugai.core.audit import audit_record
from kokugai.core.errors import ApplicationError
from kokugai.core.models import User
from kokugai.registry.models import Counter, Office, StaffRole
from kokugai.registry.selectors import staff_office, staff_role
from kokugai.rules.calendars import Calendar, calendar_for_office, japan_calendar

if TYPE_CHECKING:
    from kokugai.notifications.models import Notification

log = logging.getLogger(__name__)

PICKUP_STATE = "ready_for_pickup"
#: The counter code registry setup gives the pickup counter (墨田区: 2F, not the 1F one).
PICKUP_COUNTER_CODE = "card-pickup"
PICKUP_NAME_JA = "国外転出者向けカード交付"
PICKUP_NAME_EN = "Card pickup for residents abroad (国外転出者向けカード交付)"
INTAKE_NAME_JA = "国外転出者向けカード申請受付"
INTAKE_NAME_EN = "Card application for residents abroad (申請受付)"
#: How many waiting cases one freed place is tried on before giving up (bounded work).
WAITLIST_TRIES = 20
#: A reminder goes out this long before the start. A booking made (or moved) closer to the
#: start than this gets none: its confirmation arrived moments ago and says the same.
REMINDER_LEAD = dt.timedelta(hours=36)


# --- service types ---------------------------------------------------------------------


def service_ensure_pickup(*, office: Office, counter: Counter | None = None) -> ServiceType:
    """The office's "国外転出者向けカード交付" service, created on first need.

    Called when a card arrives (and by the booking pages), so the ~2,000 offices need no
    rows up front. Without a counter, the office's ``card-pickup`` counter is used, created
    if missing: the service always exists, so no citizen is sent to book another one.
    """
    existing = ServiceType.objects.filter(office=office, code=PICKUP_SERVICE_CODE).first()
    if existing is not None:
        return existing
    if counter is None:
        counter, _created = Counter.objects.get_or_create(
            office=office,
            code=PICKUP_COUNTER_CODE,
            defaults={
                "name_ja": "マイナンバーカード交付窓口",
                "name_en": "My Number card pickup counter",
            },
        )
    try:
        with transaction.atomic():
            return ServiceType.objects.create(
                office=office,
                code=PICKUP_SERVICE_CODE,
                kind=ServiceKind.PICKUP,
                name_ja=PICKUP_NAME_JA,
                name_en=PICKUP_NAME_EN,
                counter=counter,
                case_states=[PICKUP_STATE],
                procedures=[],
            )
    except IntegrityError:
        # Another request created it a moment ago.
        return ServiceType.objects.get(office=office, code=PICKUP_SERVICE_CODE)


def service_ensure_intake(
    *, office: Office, counter: Counter, slot_minutes: int = 30, capacity_per_slot: int = 1
) -> ServiceType:
    """Intake by appointment, for counters that take applications that way."""
    service, _created = ServiceType.objects.get_or_create(
        office=office,
        code=INTAKE_SERVICE_CODE,
        defaults={
            "kind": ServiceKind.INTAKE,
            "name_ja": INTAKE_NAME_JA,
            "name_en": INTAKE_NAME_EN,
            "counter": counter,
            "slot_minutes": slot_minutes,
            "capacity_per_slot": capacity_per_slot,
            "case_states": [],
        },
    )
    return service


def service_for_case(case: Case) -> ServiceType:
    if case.pickup_office_id is None:
        raise NotReadyForPickup()
    return service_ensure_pickup(office=case.pickup_office)


# --- calendars and slots ---------------------------------------------------------------


def office_calendar(office: Office) -> Calendar:
    # A mission's calendar rests on two assumptions a deployment may override: take them
    # from the deployment (calendar_for_office would take the registry defaults).
    if office.kind == "mission":
        from kokugai.rules.offices import mission
        from kokugai.tracking.selectors import deployment_mission_calendar

        known = mission(office.code)
        country = office.country or (known.country if known else "")
        if country:
            return deployment_mission_calendar(country)
    try:
        return calendar_for_office(office.kind, office.code, office.country or None)
    except KeyError:
        return japan_calendar()


def office_blocks(office: Office) -> tuple[slots.OpeningBlock, ...]:
    rows = list(office.opening_hours.all())
    if not rows:
        return slots.DEFAULT_BLOCKS
    return tuple(slots.OpeningBlock(r.weekday, r.opens, r.closes) for r in rows)


@dataclass(frozen=True)
class OpenDays:
    """Whether an office-local date is open, from the calendar plus the office's closures."""

    calendar: Calendar
    closures: frozenset[dt.date]

    def __call__(self, day: dt.date) -> bool:
        return day not in self.closures and self.calendar.is_business_day(day)


def office_open_days(office: Office, start: dt.date, end: dt.date) -> OpenDays:
    closures = frozenset(
        office.closures.filter(date__gte=start, date__lte=end).values_list("date", flat=True)
    )
    return OpenDays(office_calendar(office), closures)


def slots_materialise(*, service: ServiceType, start: dt.date, end: dt.date) -> int:
    """Create the missing Slot rows from ``start`` to ``end`` (office-local, inclusive).

    Idempotent: existing rows (with staff-adjusted capacity and their bookings) are kept.
    Returns how many rows were created.
    """
    office = service.office
    # Office closures are not baked in: they are checked when listing and booking, so a
    # closure entered or withdrawn later takes effect without touching the rows.
    specs = slots.generate_slots(
        start=start,
        end=end,
        zone=office.timezone,
        blocks=office_blocks(office),
        slot_minutes=service.slot_minutes,
        capacity=service.capacity_per_slot,
        is_business_day=office_calendar(office).is_business_day,
    )
    if not specs:
        return 0
    have = set(
        Slot.objects.filter(
            service=service, starts_at__gte=specs[0].starts_at, starts_at__lte=specs[-1].starts_at
        ).values_list("starts_at", flat=True)
    )
    new = [
        Slot(service=service, starts_at=s.starts_at, ends_at=s.ends_at, capacity=s.capacity)
        for s in specs
        if s.starts_at not in have
    ]
    Slot.objects.bulk_create(new, ignore_conflicts=True)
    return len(new)


def slots_extend(*, service: ServiceType, start: dt.date, end: dt.date) -> None:
    """Materialise up to ``end`` once; later page views only read (the hot path)."""
    done = service.materialised_until
    if done is not None and done >= end:
        return
    begin = start if done is None else max(start, done + dt.timedelta(days=1))
    slots_materialise(service=service, start=begin, end=end)
    # Only moves forward, whoever got here first.
    ServiceType.objects.filter(pk=service.pk).filter(
        Q(materialised_until__isnull=True) | Q(materialised_until__lt=end)
    ).update(materialised_until=end)
    service.materialised_until = end


def booking_window(service: ServiceType, case: Case | None = None) -> tuple[dt.date, dt.date]:
    """Office-local dates on which this case may book: today to the holding period's end."""
    today = slots.local_date(clock.now(), service.office.timezone)
    end = today + dt.timedelta(days=service.horizon_days)
    if case is not None and case.pickup_deadline is not None:
        end = min(end, case.pickup_deadline)
    return today, end


#: Who runs an office's appointment book (issue 12 §4): capacity by the counter clerk or the
#: office admin, the citizen at the counter (check-in, no-show) by the clerk.
CAPACITY_ROLES = frozenset({StaffRole.CLERK.value, StaffRole.ADMIN.value})
COUNTER_ROLES = frozenset({StaffRole.CLERK.value})


def _require_staff(actor: User | None, office: Office, roles: frozenset[str]) -> None:
    """The service checks, not its caller: staff of ``office`` in one of ``roles``."""
    own = staff_office(actor)
    if own is None or own.pk != office.pk:
        raise StaffNotAllowed("office_not_allowed", fields={"office": office.code})
    if staff_role(actor) not in roles:
        raise StaffNotAllowed("role_not_allowed", fields={"role": staff_role(actor) or ""})


def slot_capacity_set(*, slot: Slot, capacity: int, actor: User) -> Slot:
    """Staff set one slot's capacity; never below what is booked (the database agrees)."""
    _require_staff(actor, slot.service.office, CAPACITY_ROLES)
    if capacity < 0:
        raise CapacityBelowBooked(fields={"capacity": capacity})
    with transaction.atomic():
        changed = Slot.objects.filter(pk=slot.pk, booked__lte=capacity).update(capacity=capacity)
        slot.refresh_from_db()
        if not changed:
            raise CapacityBelowBooked(fields={"capacity": capacity, "booked": slot.booked})
        audit_record(
            actor=actor,
            action="slot_capacity_set",
            object_type="appointments.Slot",
            object_id=slot.pk,
            office_code=slot.service.office.code,
            detail={"capacity": capacity},
        )
        if slot.free:
            _offer_freed_place(slot)
    return slot


def day_capacity_adjust(
    *, service: ServiceType, day: dt.date, delta: int, actor: User
) -> list[Slot]:
    """Add (delta > 0) or remove (delta < 0) places in every slot of an office-local day.

    Removing never goes below what is already booked in a slot: that slot stops at its
    booked count (the citizens already booked keep their places).
    """
    _require_staff(actor, service.office, CAPACITY_ROLES)
    begin, end = slots.local_day_bounds(day, service.office.timezone)
    with transaction.atomic():
        slots_materialise(service=service, start=day, end=day)
        day_slots = list(
            Slot.objects.select_for_update(of=("self",))
            .filter(service=service, starts_at__gte=begin, starts_at__lt=end)
            .order_by("starts_at")
        )
        for s in day_slots:
            target = max(s.capacity + delta, 0)
            # Conditional, so a booking committed meanwhile is never squeezed out.
            Slot.objects.filter(pk=s.pk, booked__lte=target).update(capacity=target)
            Slot.objects.filter(pk=s.pk, booked__gt=target).update(capacity=F("booked"))
            s.refresh_from_db()
        audit_record(
            actor=actor,
            action="day_capacity_adjust",
            object_type="appointments.ServiceType",
            object_id=service.pk,
            office_code=service.office.code,
            detail={"day": day.isoformat(), "delta": delta},
        )
        if delta > 0:
            for s in day_slots:
                for _place in range(s.free):
                    if not _offer_freed_place(s):
                        break
                    s.refresh_from_db()
    return day_slots


# --- places ------------------------------------------------------------------------------


def _take_place(slot: Slot) -> None:
    taken = Slot.objects.filter(pk=slot.pk, booked__lt=F("capacity")).update(booked=F("booked") + 1)
    if not taken:
        slot.refresh_from_db()
        if slot.capacity == 0:
            raise SlotClosed(fields={"slot": slot.pk})
        raise SlotFull(fields={"slot": slot.pk})


def _release_place(slot_id: int) -> None:
    Slot.objects.filter(pk=slot_id, booked__gt=0).update(booked=F("booked") - 1)


# --- checks ------------------------------------------------------------------------------


def booking_open_check(case: Case, service: ServiceType) -> None:
    if service.case_states and case.state not in service.case_states:
        raise NotReadyForPickup(fields={"state": case.state})
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


# --- bookings ----------------------------------------------------------------------------


def appointment_book(
    *,
    case: Case,
    slot: Slot,
    actor: User | None = None,
    applicant_timezone: str | None = None,
    language: str | None = None,
    from_waitlist: bool = False,
) -> Booking:
    """Book a place for a case (the citizen when ``actor`` is None, else staff for them)."""
    with transaction.atomic():
        case = _locked_case(case)
        slot = Slot.objects.select_related("service__office", "service__counter").get(pk=slot.pk)
        service = slot.service
        if actor is None and not service.citizen_bookable:
            raise SlotClosed(fields={"service": service.code})
        booking_open_check(case, service)
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
            language="en" if language.startswith("en") else "ja",
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

    For kokugai.cases: call it in the same transaction as ``case_change_pickup``,
    ``case_expire`` or a withdrawal, so the place goes back on sale and the citizen is told.
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

    For kokugai.cases: call it in the same transaction as ``case_hand_over``. A checked-in
    or already started booking keeps its place (it was used); a booking still in the future
    (the card was collected early, e.g. at a walk-in) gives its place back and withdraws its
    reminder. Either way it ends as ``completed`` with reason ``collected`` and no mail: the
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


def appointment_check_in(*, booking: Booking, actor: User) -> Booking:
    """The citizen is at the counter. The hand-over itself is recorded on the case page."""
    _require_staff(actor, booking.slot.service.office, COUNTER_ROLES)
    with transaction.atomic():
        booking = _locked_booking(booking)
        if booking.status != BookingStatus.BOOKED:
            raise BookingNotActive(fields={"status": booking.status})
        booking.status = BookingStatus.CHECKED_IN
        booking.checked_in_at = clock.now()
        booking.save(update_fields=["status", "checked_in_at"])
        _audit(booking, actor, "appointment_check_in", {})
    return booking


def appointment_no_show(*, booking: Booking, actor: User) -> Booking:
    """Mark a booking not attended; the case may book again (it is no longer active)."""
    _require_staff(actor, booking.slot.service.office, COUNTER_ROLES)
    with transaction.atomic():
        booking = _locked_booking(booking)
        if booking.status != BookingStatus.BOOKED:
            raise BookingNotActive(fields={"status": booking.status})
        if booking.slot.starts_at > clock.now():
            raise BookingNotActive(
                _("The appointment has not started yet."), fields={"status": booking.status}
            )
        booking.status = BookingStatus.NO_SHOW
        booking.no_show_at = clock.now()
        booking.save(update_fields=["status", "no_show_at"])
        _audit(booking, actor, "appointment_no_show", {})
    return booking


# --- waitlist ----------------------------------------------------------------------------


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


def waitlist_leave(*, entry: WaitlistEntry) -> WaitlistEntry:
    WaitlistEntry.objects.filter(pk=entry.pk, status=WaitlistStatus.WAITING).update(
        status=WaitlistStatus.LEFT
    )
    entry.refresh_from_db()
    return entry


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


# --- reminders ---------------------------------------------------------------------------


def appointment_reminders_send(*, lead: dt.timedelta = REMINDER_LEAD) -> int:
    """Queue one reminder per booking starting within ``lead``; safe to run as often as wanted.

    Not reminded, and recorded as not needed: bookings confirmed less than ``lead`` before
    their start (the confirmation is the reminder) and pickups whose case has left
    ``ready_for_pickup`` (collected, moved, expired: the appointment is moot).
    """
    now = clock.now()
    pending = Booking.objects.filter(
        status=BookingStatus.BOOKED,
        reminder_status=ReminderStatus.PENDING,
        slot__starts_at__gt=now,
        slot__starts_at__lte=now + lead,
    )
    moot = Q(slot__service__kind=ServiceKind.PICKUP) & ~Q(case__state=PICKUP_STATE)
    fresh = Q(confirmed_at__isnull=False, slot__starts_at__lte=F("confirmed_at") + lead)
    pending.filter(moot | fresh).update(reminder_status=ReminderStatus.NOT_NEEDED)
    sent = 0
    for pk in list(pending.values_list("pk", flat=True)):
        with transaction.atomic():
            # Claimed by a conditional update, so two workers never remind twice.
            if not Booking.objects.filter(pk=pk, reminder_status=ReminderStatus.PENDING).update(
                reminder_status=ReminderStatus.SENT, reminder_sent_at=now
            ):
                continue
            booking = Booking.objects.select_related(
                "slot__service__office", "slot__service__counter", "case", "person"
            ).get(pk=pk)
            notification = _notify("appointment_reminder", booking)
            if notification is None:
                booking.reminder_status = ReminderStatus.NOT_NEEDED
            booking.reminder = notification
            booking.save(update_fields=["reminder", "reminder_status"])
            sent += notification is not None
    return sent


# --- rendering for mails, pages, the demo -------------------------------------------------


def manage_url(booking: Booking) -> str:
    return site_url(f"/appointments/manage/{manage_token_make(booking)}/")


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
    attachments = [("appointment.ics", ics.booking_ics(booking), "text/calendar")]
    return notification_queue(
        template=template,
        to=to,
        language=booking.language,
        context=appointment_context(booking),
        case=booking.case,
        person=booking.person,
        attachments=attachments,
    )
