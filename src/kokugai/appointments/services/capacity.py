"""Staff change the capacity of one slot or of a whole day."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.db.models import F

from kokugai.appointments import slots
from kokugai.appointments.errors import CapacityBelowBooked
from kokugai.appointments.models import ServiceType, Slot
from kokugai.appointments.services.booking import _offer_freed_place
from kokugai.appointments.services.common import CAPACITY_ROLES, _require_staff
from kokugai.appointments.services.materialise import slots_materialise
from kokugai.core.audit import audit_record
from kokugai.core.models import User


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
