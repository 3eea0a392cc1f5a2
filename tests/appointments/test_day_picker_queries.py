"""The day picker lists days from ONE grouped query, not every free slot of the window.

The days and free counts must be exactly those of grouping :func:`slot_list_free`'s slots by
office-local date (the old way), in any office zone; a refused booking (409) re-renders the
page with the same days and reads no slot list."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext

from kokugai.appointments import selectors, services, slots
from kokugai.appointments.access import book_token_make
from kokugai.appointments.models import Booking, Slot
from kokugai.registry.models import Closure

from .conftest import ARRIVED, at_jst, slot_at

pytestmark = pytest.mark.django_db
FRIDAY = dt.date(2026, 1, 16)


@pytest.fixture(autouse=True)
def _arrived():
    with time_machine.travel(ARRIVED, tick=False):
        yield


def _old_way(service, case, exclude=None):
    free = selectors.slot_list_free(service=service, case=case, exclude=exclude)
    days: dict[dt.date, int] = {}
    for s in free:
        day = slots.local_date(s.starts_at, service.office.timezone)
        days[day] = days.get(day, 0) + s.free
    return list(days.items())


def _uneven(service):
    """Some slots partly booked, one full, one closed, one day closed."""
    services.slots_extend(service=service, start=ARRIVED.date(), end=dt.date(2026, 3, 5))
    some = list(Slot.objects.filter(service=service).order_by("starts_at")[5:40])
    Slot.objects.filter(pk__in=[s.pk for s in some[::3]]).update(booked=1)
    Slot.objects.filter(pk=some[1].pk).update(booked=F("capacity"))
    Slot.objects.filter(pk=some[2].pk).update(capacity=0, booked=0)
    closed = slots.local_date(some[20].starts_at, service.office.timezone)
    Closure.objects.create(office=service.office, date=closed, reason="closed")
    return some, closed


@pytest.mark.parametrize("zone", ["Asia/Tokyo", "Pacific/Auckland", "America/Los_Angeles"])
def test_days_and_free_counts_match_the_slots_grouped_in_python(service, make_case, zone):
    # Auckland's mornings and Los Angeles' afternoons fall on another UTC date: the grouping
    # must be by the office's own date.
    service.office.timezone = zone
    service.office.save(update_fields=["timezone"])
    case = make_case()
    some, closed = _uneven(service)
    days = selectors.slot_days_free(service=service, case=case)
    assert days == _old_way(service, case)
    assert len(days) > 20 and closed not in dict(days)
    assert selectors.slot_days_free(service=service, case=case, exclude=some[0]) == _old_way(
        service, case, exclude=some[0]
    )
    # One day's slots are the same as that day's share of the whole list.
    day = days[3][0]
    whole = [
        s.pk
        for s in selectors.slot_list_free(service=service, case=case)
        if slots.local_date(s.starts_at, zone) == day
    ]
    one_day = selectors.slot_list_free(service=service, case=case, day=day)
    assert [s.pk for s in one_day] == whole and sum(s.free for s in one_day) == days[3][1]
    # A day outside the booking window has nothing.
    assert selectors.slot_list_free(service=service, case=case, day=dt.date(2026, 3, 6)) == []


def _slot_selects(queries):
    """The reads of the slots table itself (not of bookings joined to their slot)."""
    return [
        q["sql"]
        for q in queries
        if q["sql"].lstrip().upper().startswith("SELECT") and 'FROM "appointments_slot"' in q["sql"]
    ]


def test_refused_booking_lists_days_with_one_grouped_query(client, service, make_case):
    case = make_case()
    url = f"/appointments/book/{book_token_make(case)}/"
    full = slot_at(service, at_jst(FRIDAY, 10))
    Slot.objects.filter(pk=full.pk).update(capacity=1, booked=1)
    expected = [d.isoformat() for d, _n in _old_way(service, case)]
    with CaptureQueriesContext(connection) as ctx:
        response = client.post(url, {"action": "book", "slot": full.pk})
    html = response.content.decode()
    assert response.status_code == 409 and "slot_full" in html
    assert re.findall(r'href="\?day=(\d{4}-\d\d-\d\d)', html) == expected[:14]
    assert Booking.objects.count() == 0
    selects = _slot_selects(ctx.captured_queries)
    grouped = [q for q in selects if "GROUP BY" in q.upper()]
    assert len(grouped) == 1
    # Besides the grouped days, only the posted slot itself is read (by its id): no list
    # of the window's slots.
    assert all(f"{full.pk}" in q for q in selects if q not in grouped), selects


def test_day_page_reads_the_chosen_days_slots_only(client, service, make_case):
    case = make_case()
    url = f"/appointments/book/{book_token_make(case)}/"
    first = selectors.slot_days_free(service=service, case=case)[0]
    with CaptureQueriesContext(connection) as ctx:
        html = client.get(url, {"day": first[0].isoformat()}).content.decode()
    times = re.findall(r'name="slot" id="slot-(\d+)"', html)
    assert len(times) == len(selectors.slot_list_free(service=service, case=case, day=first[0]))
    assert times and 'aria-current="date"' in html
    selects = _slot_selects(ctx.captured_queries)
    assert len(selects) == 2  # the grouped days, then the chosen day's slots
    # A day with no free place typed into the address shows no times.
    html = client.get(url, {"day": "2025-12-06"}).content.decode()  # a Saturday
    assert 'name="slot"' not in html
