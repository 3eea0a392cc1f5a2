"""Intake by appointment: a citizen books an application intake at a counter that takes
applications that way, before any case exists (name, email, language, time zone)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.db import IntegrityError, transaction

from kokugai.appointments import services
from kokugai.appointments.errors import AlreadyBooked, ContactInvalid, SlotClosed, SlotFull
from kokugai.appointments.models import Booking, BookingStatus, Slot
from kokugai.notifications.models import Notification
from kokugai.registry.models import Counter

from .conftest import at_jst, slot_at

pytestmark = pytest.mark.django_db
FRIDAY = dt.date(2026, 1, 16)


@pytest.fixture
def intake(sumida):
    counter = Counter.objects.create(
        office=sumida, code="intake", name_ja="申請窓口", name_en="Application counter", floor="1F"
    )
    return services.service_ensure_intake(office=sumida, counter=counter)


def _book(intake, when=None, **kw):
    args = {
        "name": "国外 花子",
        "email": "hanako@EXAMPLE.com",
        "language": "en",
        "applicant_timezone": "America/Los_Angeles",
    }
    args.update(kw)
    return services.appointment_book_intake(
        service=intake, slot=slot_at(intake, when or at_jst(FRIDAY, 10)), **args
    )


def test_intake_without_a_case_takes_a_place_and_mails_the_contact(now_arrived, intake):
    booking = _book(intake)
    assert booking.case is None and booking.person is None
    assert booking.contact_name == "国外 花子"
    assert booking.contact_email == "hanako@example.com"  # domain normalised
    assert Slot.objects.get(pk=booking.slot_id).booked == 1
    mail = Notification.objects.get(template="appointment_confirmed")
    assert mail.to == "hanako@example.com" and mail.language == "en"
    assert mail.context["starts_at_applicant"] == "2026-01-15 17:00 America/Los_Angeles"
    assert mail.context["service_ja"] == "国外転出者向けカード申請受付"
    assert mail.context["receipt_number"] == ""


def test_intake_follows_the_same_capacity_rules(now_arrived, intake):
    slot = slot_at(intake, at_jst(FRIDAY, 10))
    assert slot.capacity == 1
    _book(intake)
    with pytest.raises(SlotFull):
        _book(intake, email="someone-else@example.com")
    with pytest.raises(AlreadyBooked):
        _book(intake, when=at_jst(FRIDAY, 11), email="Hanako@example.com")
    assert Booking.objects.count() == 1


def test_intake_refuses_bad_contacts_and_names_the_fields(now_arrived, intake):
    with pytest.raises(ContactInvalid) as err:
        _book(intake, name="  ", email="not-an-address", applicant_timezone="Mars/Olympus")
    assert err.value.code == "contact_invalid"
    assert set(err.value.fields) == {"name", "email", "timezone"}
    assert Booking.objects.count() == 0 and Slot.objects.filter(booked__gt=0).count() == 0


def test_pickup_cannot_be_booked_through_intake(now_arrived, service):
    with pytest.raises(SlotClosed):
        _book(service)


def test_the_database_still_wants_someone_to_contact(now_arrived, intake):
    slot = slot_at(intake, at_jst(FRIDAY, 10))
    with pytest.raises(IntegrityError), transaction.atomic():
        Booking.objects.create(
            slot=slot, applicant_timezone="Asia/Tokyo", created_at=slot.starts_at
        )


def test_intake_booking_can_be_moved_and_cancelled(now_arrived, intake):
    booking = _book(intake)
    booking = services.appointment_reschedule(
        booking=booking, slot=slot_at(intake, at_jst(FRIDAY, 14))
    )
    assert booking.slot.starts_at == at_jst(FRIDAY, 14)
    booking = services.appointment_cancel(booking=booking)
    assert booking.status == BookingStatus.CANCELLED
    assert not Slot.objects.filter(booked__gt=0).exists()
    templates = list(Notification.objects.order_by("pk").values_list("template", flat=True))
    assert templates == ["appointment_confirmed", "appointment_confirmed", "appointment_cancelled"]


# --- pages --------------------------------------------------------------------------------


def test_intake_pages_book_then_manage(client, now_arrived, intake):
    listing = client.get("/appointments/intake/").content.decode()
    assert f"/appointments/intake/{intake.pk}/" in listing
    page = client.get(f"/appointments/intake/{intake.pk}/")
    assert page.status_code == 200
    # A day first (a plain link), then that day's times.
    assert 'name="slot"' not in page.content.decode()
    day = re.search(r'href="\?day=(\d{4}-\d\d-\d\d)', page.content.decode()).group(1)
    page = client.get(f"/appointments/intake/{intake.pk}/", {"day": day})
    slot_id = re.search(r'name="slot" id="slot-\d+" value="(\d+)"', page.content.decode()).group(1)
    response = client.post(
        f"/appointments/intake/{intake.pk}/",
        {
            "name": "国外 花子",
            "email": "hanako@example.com",
            "timezone": "Europe/Berlin",
            "slot": slot_id,
        },
    )
    assert response.status_code == 302 and "/appointments/manage/" in response["Location"]
    booking = Booking.objects.get()
    assert booking.applicant_timezone == "Europe/Berlin" and booking.case is None
    manage = client.get(response["Location"]).content.decode()
    assert "Europe/Berlin" in manage and "ベルリン時間" in manage
    # Rescheduling: a day first, then that day's times.
    day = re.search(r'href="\?day=(\d{4}-\d\d-\d\d)', manage).group(1)
    manage = client.get(response["Location"], {"day": day}).content.decode()
    assert 'value="reschedule"' in manage
    client.post(response["Location"], {"action": "cancel"})
    cancelled = client.get(response["Location"]).content.decode()
    assert f"/appointments/intake/{intake.pk}/" in cancelled  # book again


def test_intake_page_shows_what_is_wrong(client, now_arrived, intake):
    slot = slot_at(intake, at_jst(FRIDAY, 10))
    response = client.post(
        f"/appointments/intake/{intake.pk}/",
        {"name": "", "email": "x", "timezone": "Asia/Tokyo", "slot": slot.pk},
    )
    assert response.status_code == 400 and b"contact_invalid" in response.content
    assert Booking.objects.count() == 0


def test_the_pickup_service_has_no_intake_page(client, now_arrived, service):
    assert client.get(f"/appointments/intake/{service.pk}/").status_code == 404
