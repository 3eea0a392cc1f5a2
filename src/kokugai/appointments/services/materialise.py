"""Slot rows made from an office's calendar and hours; the window a case may book in."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q

from kokugai.appointments import slots
from kokugai.appointments.models import ServiceType, Slot
from kokugai.appointments.services.calendars import office_blocks
from kokugai.cases.models import Case
from kokugai.core import clock
from kokugai.registry.selectors import office_calendar


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
