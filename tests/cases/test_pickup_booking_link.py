"""The case workflow and the pickup booking move together (issue 5 §3).

Arrival opens booking at the pickup office; leaving pickup (another office, expiry,
withdrawal) gives the booked place back and tells the citizen.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factories import CaseFactory
from kokugai.appointments import services as appointments
from kokugai.appointments.models import Booking, BookingStatus, ServiceType, Slot
from kokugai.cases import services
from kokugai.notifications.models import Notification

pytestmark = pytest.mark.django_db


def _book_next_free_slot(case):
    service = ServiceType.objects.get(office=case.pickup_office, code="overseas_card_pickup")
    start = dt.date.today() + dt.timedelta(days=3)
    appointments.slots_materialise(service=service, start=start, end=start + dt.timedelta(days=14))
    slot = Slot.objects.filter(service=service, booked=0).order_by("starts_at").first()
    assert slot is not None, "an arrived card must find bookable places"
    return appointments.appointment_book(case=case, slot=slot)


def test_arrival_opens_booking_at_the_pickup_office():
    case = CaseFactory(shipped=True)
    cast = CaseFactory.cast_of(case)
    assert not ServiceType.objects.filter(office=case.pickup_office).exists()
    services.case_receive(case=case, actor=cast.staff["pickup"])
    assert ServiceType.objects.filter(
        office=case.pickup_office, code="overseas_card_pickup"
    ).exists()


@pytest.mark.parametrize("leave", ["change_pickup", "withdraw"])
def test_leaving_pickup_gives_the_place_back(leave):
    case = CaseFactory(ready_for_pickup=True)
    cast = CaseFactory.cast_of(case)
    booking = _book_next_free_slot(case)
    assert Slot.objects.get(pk=booking.slot_id).booked == 1

    if leave == "change_pickup":
        services.case_change_pickup(case=case, actor=None, pickup_office=cast.offices["other"])
    else:
        services.case_withdraw(case=case, actor=None)

    booking.refresh_from_db()
    assert booking.status == BookingStatus.CANCELLED
    assert Slot.objects.get(pk=booking.slot_id).booked == 0
    assert Notification.objects.filter(case=case, template="appointment_cancelled").count() == 1
    assert case.events.first().data["booking_cancelled"] == booking.pk


def test_a_case_without_booking_leaves_pickup_cleanly():
    case = CaseFactory(ready_for_pickup=True)
    cast = CaseFactory.cast_of(case)
    services.case_change_pickup(case=case, actor=None, pickup_office=cast.offices["other"])
    assert "booking_cancelled" not in case.events.first().data
    assert not Booking.objects.filter(case=case).exists()


def test_hand_over_completes_the_booking_and_releases_a_future_place():
    case = CaseFactory(ready_for_pickup=True)
    cast = CaseFactory.cast_of(case)
    booking = _book_next_free_slot(case)  # the citizen comes in before the booked day

    services.case_hand_over(case=case, actor=cast.staff["pickup"], identity_checked=True)

    booking.refresh_from_db()
    assert booking.status == BookingStatus.COMPLETED
    assert Slot.objects.get(pk=booking.slot_id).booked == 0
    assert case.events.first().data["booking_completed"] == booking.pk
    assert not Notification.objects.filter(case=case, template="appointment_cancelled").exists()
