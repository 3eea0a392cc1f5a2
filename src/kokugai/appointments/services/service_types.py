"""The bookable services of an office (pickup, intake), created on first need."""

from __future__ import annotations

from django.db import IntegrityError, transaction

from kokugai.appointments.errors import NotReadyForPickup
from kokugai.appointments.models import (
    INTAKE_SERVICE_CODE,
    PICKUP_SERVICE_CODE,
    ServiceKind,
    ServiceType,
)
from kokugai.appointments.services.common import (
    INTAKE_NAME_EN,
    INTAKE_NAME_JA,
    PICKUP_COUNTER_CODE,
    PICKUP_NAME_EN,
    PICKUP_NAME_JA,
    PICKUP_STATE,
)
from kokugai.cases.models import Case
from kokugai.registry.models import Counter, Office


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
