"""Reads for the booking pages, the staff day view and other apps. No writes here."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass, field
from functools import cache

from django.db.models import F, QuerySet, Sum
from django.db.models.functions import TruncDate

from kokugai.appointments import services, slots
from kokugai.appointments.models import (
    ACTIVE_STATUSES,
    Booking,
    ServiceKind,
    ServiceType,
    Slot,
)
from kokugai.cases.models import Case
from kokugai.core import clock
from kokugai.rules.timezones import zone_name

WEEKDAYS_JA = "月火水木金土日"
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_label(day: dt.date, lang: str) -> str:
    if lang == "en":
        return f"{WEEKDAYS_EN[day.weekday()]} {day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    return f"{day.year}年{day.month}月{day.day}日({WEEKDAYS_JA[day.weekday()]})"


@dataclass
class SlotChoice:
    slot: Slot
    label: str  # "10:00 (09:00 Asia/Taipei)"
    office_time: str
    applicant_time: str


@dataclass
class DayGroup:
    day: dt.date
    label: str
    choices: list[SlotChoice] = field(default_factory=list)


def booking_get_active(case: Case) -> Booking | None:
    return (
        Booking.objects.select_related("slot__service__office", "slot__service__counter")
        .filter(case=case, status__in=ACTIVE_STATUSES)
        .first()
    )


def _free_slots(
    *, service: ServiceType, case: Case | None, exclude: Slot | None, day: dt.date | None = None
) -> tuple[QuerySet[Slot], services.OpenDays] | None:
    """The free slots' query (open, not full, after the notice, before the last day) and the
    office's open-day test, or ``None`` when the case has no day left to book."""
    start, end = services.booking_window(service, case)
    if end < start or (day is not None and not start <= day <= end):
        return None
    services.slots_extend(service=service, start=start, end=end)
    zone = service.office.timezone
    _begin, until = slots.local_day_bounds(end, zone)
    earliest = clock.now() + dt.timedelta(minutes=service.min_notice_minutes)
    if day is not None:
        # One office-local day only (the day the citizen chose): not all 90 days' slots.
        day_begin, day_end = slots.local_day_bounds(day, zone)
        earliest, until = max(earliest, day_begin), min(until, day_end)
    rows = Slot.objects.filter(
        service=service,
        starts_at__gte=earliest,
        starts_at__lt=until,
        capacity__gt=0,
        booked__lt=F("capacity"),
    )
    if exclude is not None:
        rows = rows.exclude(pk=exclude.pk)
    return rows, services.office_open_days(service.office, start, end)


def slot_list_free(
    *,
    service: ServiceType,
    case: Case | None = None,
    exclude: Slot | None = None,
    day: dt.date | None = None,
) -> list[Slot]:
    """Slots this case could book now: open, not full, after the notice, before the last day
    (only those of the office-local ``day`` when given)."""
    found = _free_slots(service=service, case=case, exclude=exclude, day=day)
    if found is None:
        return []
    rows, open_day = found
    rows = rows.only("id", "service_id", "starts_at", "ends_at", "capacity", "booked").order_by(
        "starts_at"
    )
    zone = service.office.timezone
    return [s for s in rows if open_day(slots.local_date(s.starts_at, zone))]


def slot_days_free(
    *, service: ServiceType, case: Case | None = None, exclude: Slot | None = None
) -> list[tuple[dt.date, int]]:
    """The office-local days with a free place and how many places each has, in order: the
    same slots as :func:`slot_list_free`, grouped by the database in ONE query (the day
    picker and every refused booking list days, not the 90 days' slots)."""
    found = _free_slots(service=service, case=case, exclude=exclude)
    if found is None:
        return []
    rows, open_day = found
    grouped = (
        rows.annotate(day=TruncDate("starts_at", tzinfo=zoneinfo.ZoneInfo(service.office.timezone)))
        .values("day")
        .annotate(free=Sum(F("capacity") - F("booked")))
        .order_by("day")
    )
    return [(row["day"], row["free"]) for row in grouped if open_day(row["day"])]


def slots_group_by_day(free: list[Slot], office_zone: str) -> list[tuple[dt.date, list[Slot]]]:
    groups: dict[dt.date, list[Slot]] = {}
    for s in free:
        groups.setdefault(slots.local_date(s.starts_at, office_zone), []).append(s)
    return list(groups.items())


def day_groups_render(
    groups: list[tuple[dt.date, list[Slot]]], *, office_zone: str, applicant_zone: str, lang: str
) -> list[DayGroup]:
    """Labels for the days actually shown (formatting every slot of 90 days is wasted work)."""
    out = []
    for day, day_slots in groups:
        group = DayGroup(day, day_label(day, lang))
        for s in day_slots:
            group.choices.append(
                SlotChoice(
                    slot=s,
                    label=slots.format_time_dual(
                        s.starts_at, office_zone, applicant_zone, zone_name(applicant_zone, lang)
                    ),
                    office_time=slots.format_office(s.starts_at, office_zone),
                    applicant_time=slots.format_applicant(s.starts_at, applicant_zone),
                )
            )
        out.append(group)
    return out


def booking_list_for_day(*, service: ServiceType, day: dt.date) -> list[Booking]:
    begin, end = slots.local_day_bounds(day, service.office.timezone)
    return list(
        Booking.objects.select_related("slot", "case", "person")
        .filter(slot__service=service, slot__starts_at__gte=begin, slot__starts_at__lt=end)
        # Completed early (card collected before the slot) gave its place back: not expected.
        .exclude(
            status="completed", checked_in_at__isnull=True, completed_at__lt=F("slot__starts_at")
        )
        .exclude(status="cancelled")
        .order_by("slot__starts_at", "id")
    )


def slot_list_for_day(*, service: ServiceType, day: dt.date) -> list[Slot]:
    begin, end = slots.local_day_bounds(day, service.office.timezone)
    return list(
        Slot.objects.filter(service=service, starts_at__gte=begin, starts_at__lt=end).order_by(
            "starts_at"
        )
    )


def service_list_for_office(office_id: int) -> list[ServiceType]:
    return list(
        ServiceType.objects.select_related("counter")
        .filter(office_id=office_id, is_active=True)
        .order_by("code")
    )


def service_list_for_counter(counter: object) -> list[ServiceType]:
    return list(
        ServiceType.objects.select_related("office", "counter")
        .filter(counter=counter, is_active=True)
        .order_by("kind", "code")
    )


def intake_service_list() -> list[ServiceType]:
    """Intake services citizens may book, for the public list of offices."""
    return list(
        ServiceType.objects.select_related("office", "counter")
        .filter(kind=ServiceKind.INTAKE, is_active=True, citizen_bookable=True)
        .order_by("office__code")
    )


@cache
def timezone_choices() -> tuple[str, ...]:
    """IANA zones for the intake form (the citizen's own time is shown beside the office's)."""
    return tuple(sorted(z for z in zoneinfo.available_timezones() if "/" in z))
