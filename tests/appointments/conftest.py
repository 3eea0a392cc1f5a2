"""Invented test data: 国外 太郎 (KOKUGAI Taro, born 1990-04-01) lives in Taipei, applied at
墨田区 during a visit and collects there; his 本籍地 is 八戸市."""

from __future__ import annotations

import datetime as dt
import itertools
from zoneinfo import ZoneInfo

import pytest
import time_machine

from kokugai.appointments import services
from kokugai.cases.models import Case
from kokugai.people.models import Person
from kokugai.registry.models import Counter, Office

JST = ZoneInfo("Asia/Tokyo")
#: The day the card arrived at 墨田区 in the seed story.
ARRIVED = dt.datetime(2025, 12, 5, 10, 0, tzinfo=JST)
LAST_DAY = dt.date(2026, 3, 5)
_receipts = itertools.count(1)


@pytest.fixture
def now_arrived():
    with time_machine.travel(ARRIVED, tick=False) as traveller:
        yield traveller


@pytest.fixture
def sumida(db):
    return Office.objects.create(
        code="131075", kind="municipality", name_ja="東京都墨田区", name_en="Sumida City, Tokyo"
    )


@pytest.fixture
def hachinohe(db):
    return Office.objects.create(
        code="022039", kind="municipality", name_ja="青森県八戸市", name_en="Hachinohe City"
    )


@pytest.fixture
def pickup_counter(sumida):
    return Counter.objects.create(
        office=sumida,
        code="card-pickup",
        name_ja="マイナンバーカード交付窓口",
        name_en="My Number card pickup counter",
        floor="2F",
    )


@pytest.fixture
def service(sumida, pickup_counter):
    return services.service_ensure_pickup(office=sumida)


@pytest.fixture
def make_case(sumida, hachinohe):
    def make(
        *,
        state: str = "ready_for_pickup",
        zone: str = "Asia/Taipei",
        email: str = "taro@example.com",
        pickup_office: Office | None = None,
        deadline: dt.date | None = LAST_DAY,
    ) -> Case:
        n = next(_receipts)
        person = Person.objects.create(
            family_name="国外",
            given_name="太郎",
            family_name_kana="コクガイ",
            given_name_kana="タロウ",
            family_name_romaji="KOKUGAI",
            given_name_romaji="Taro",
            birth_date=dt.date(1990, 4, 1),
            sex="male",
            nationalities=["JP"],
            honseki=hachinohe,
            email=email,
            email_verified_at=dt.datetime(2025, 10, 28, 12, 0, tzinfo=JST) if email else None,
            timezone=zone,
            language="ja",
            country="TW",
        )
        now = dt.datetime(2025, 10, 28, 10, 0, tzinfo=JST)
        return Case.objects.create(
            procedure="new_issuance",
            channel="municipality_visit",
            state=state,
            person=person,
            intake_office=sumida,
            honseki_office=hachinohe,
            pickup_office=pickup_office or sumida,
            holder_office=pickup_office or sumida,
            receipt_number=f"T-{n:06d}",
            opened_at=now,
            state_entered_at=now,
            pickup_deadline=deadline,
        )

    return make


def at_jst(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=JST).astimezone(dt.UTC)


def slot_at(service, when: dt.datetime):
    from kokugai.appointments.models import Slot

    day = when.astimezone(ZoneInfo(service.office.timezone)).date()
    services.slots_materialise(service=service, start=day, end=day)
    return Slot.objects.get(service=service, starts_at=when)
