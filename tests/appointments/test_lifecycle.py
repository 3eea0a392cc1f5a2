"""Review findings (issue 5): waitlist needs a verified address, collection ends the booking,
cancelling needs no notice, reminders are skipped or withdrawn, the ICS is an invitation."""

from __future__ import annotations

import base64
import datetime as dt

import pytest
import time_machine
from icalendar import Calendar

from kokugai.appointments import ics, services
from kokugai.appointments.errors import EmailNotVerified, TooShortNotice
from kokugai.appointments.models import (
    Booking,
    BookingStatus,
    ReminderStatus,
    Slot,
    WaitlistEntry,
    WaitlistStatus,
)
from kokugai.core.models import User
from kokugai.notifications.models import Notification
from kokugai.registry.models import StaffProfile, StaffRole

from .conftest import at_jst, slot_at

pytestmark = pytest.mark.django_db
FRIDAY = dt.date(2026, 1, 16)
EARLY = dt.date(2026, 1, 5)


@pytest.fixture
def clerk(sumida):
    # A counter clerk of the office whose appointment book it is (the services check).
    user = User.objects.create_user(username="clerk-sumida-2", password="x-Unused-123")
    StaffProfile.objects.create(user=user, office=sumida, role=StaffRole.CLERK)
    return user


def _ics(notification: Notification):
    (attachment,) = notification.attachments
    return Calendar.from_ical(base64.b64decode(attachment["content_b64"]))


# --- 1. the waitlist never books someone it cannot tell ---------------------------------


def test_waitlist_refuses_a_case_without_a_verified_email(now_arrived, service, make_case):
    with pytest.raises(EmailNotVerified) as err:
        services.waitlist_join(case=make_case(email=""))
    assert err.value.code == "email_not_verified"
    unverified = make_case()
    type(unverified.person).objects.filter(pk=unverified.person_id).update(email_verified_at=None)
    unverified.refresh_from_db()
    with pytest.raises(EmailNotVerified):
        services.waitlist_join(case=unverified)
    assert WaitlistEntry.objects.count() == 0


def test_a_freed_place_skips_waiting_cases_whose_address_is_no_longer_verified(
    now_arrived, service, make_case, clerk
):
    slot = slot_at(service, at_jst(FRIDAY, 10))
    services.slot_capacity_set(slot=slot, capacity=1, actor=clerk)
    first = services.appointment_book(case=make_case(), slot=slot)
    silent = make_case()
    services.waitlist_join(case=silent)
    # The address was withdrawn after joining (an older entry, or an email change).
    type(silent.person).objects.filter(pk=silent.person_id).update(email_verified_at=None)
    told = make_case()
    services.waitlist_join(case=told)

    services.appointment_cancel(booking=first)

    assert not Booking.objects.filter(case=silent).exists()
    assert WaitlistEntry.objects.get(case=silent).status == WaitlistStatus.WAITING
    assert Booking.objects.get(case=told).slot_id == slot.pk


# --- 2. handing the card over ends the booking --------------------------------------------


def test_collection_before_the_slot_releases_the_place_without_a_mail(service, make_case, clerk):
    with time_machine.travel(at_jst(EARLY, 9), tick=False):
        case = make_case()
        slot = slot_at(service, at_jst(FRIDAY, 10))
        services.appointment_book(case=case, slot=slot)
        waiting = make_case()
        services.waitlist_join(case=waiting, earliest=FRIDAY, latest=FRIDAY)  # slot not full
    with time_machine.travel(at_jst(dt.date(2026, 1, 8), 11), tick=False):
        mails = Notification.objects.count()
        booking = services.appointment_complete_for_case(case=case, actor=clerk)
    assert booking is not None
    booking.refresh_from_db()
    assert booking.status == BookingStatus.COMPLETED and booking.end_reason == "collected"
    assert not booking.is_active
    # The freed place went to the waiting case; the collector got no cancellation mail.
    assert Booking.objects.get(case=waiting).slot_id == slot.pk
    assert Slot.objects.get(pk=slot.pk).booked == 1
    assert not Notification.objects.filter(case=case, template="appointment_cancelled").exists()
    assert Notification.objects.filter(case=case).count() == 1  # the confirmation only
    assert Notification.objects.count() == mails + 1  # the waiting case's confirmation
    assert services.appointment_complete_for_case(case=case) is None


def test_collection_after_check_in_keeps_the_used_place(service, make_case, clerk):
    with time_machine.travel(at_jst(EARLY, 9), tick=False):
        case = make_case()
        slot = slot_at(service, at_jst(FRIDAY, 10))
        booking = services.appointment_book(case=case, slot=slot)
    with time_machine.travel(at_jst(FRIDAY, 10, 5), tick=False):
        services.appointment_check_in(booking=booking, actor=clerk)
        done = services.appointment_complete_for_case(case=case, actor=clerk)
    assert done is not None and done.status == BookingStatus.COMPLETED
    assert Booking.objects.get(pk=booking.pk).checked_in_at is not None
    assert Slot.objects.get(pk=slot.pk).booked == 1


def test_no_reminder_once_the_case_has_left_pickup(service, make_case):
    with time_machine.travel(at_jst(EARLY, 9), tick=False):
        case = make_case()
        booking = services.appointment_book(case=case, slot=slot_at(service, at_jst(FRIDAY, 10)))
    type(case).objects.filter(pk=case.pk).update(state="issued")
    with time_machine.travel(at_jst(dt.date(2026, 1, 15), 9), tick=False):
        assert services.appointment_reminders_send() == 0
    assert not Notification.objects.filter(template="appointment_reminder").exists()
    assert Booking.objects.get(pk=booking.pk).reminder_status == ReminderStatus.NOT_NEEDED


# --- 3. cancelling needs no notice; booking and rescheduling do ---------------------------


def test_citizen_may_cancel_within_the_minimum_notice(service, make_case):
    with time_machine.travel(at_jst(EARLY, 9), tick=False):
        case = make_case()
        slot = slot_at(service, at_jst(FRIDAY, 10))
        other = slot_at(service, at_jst(FRIDAY, 15))
        booking = services.appointment_book(case=case, slot=slot)
    with time_machine.travel(at_jst(FRIDAY, 9, 30), tick=False):
        with pytest.raises(TooShortNotice):
            services.appointment_reschedule(booking=booking, slot=other)
        cancelled = services.appointment_cancel(booking=booking)
    assert cancelled.status == BookingStatus.CANCELLED
    assert Slot.objects.get(pk=slot.pk).booked == 0


# --- 4. reminders: not for short-notice bookings, withdrawn on cancellation ---------------


def test_a_booking_made_within_the_lead_time_gets_no_separate_reminder(service, make_case):
    with time_machine.travel(at_jst(dt.date(2026, 1, 15), 9), tick=False):
        booking = services.appointment_book(
            case=make_case(), slot=slot_at(service, at_jst(FRIDAY, 10))
        )
        assert booking.reminder_status == ReminderStatus.NOT_NEEDED
        assert services.appointment_reminders_send() == 0
    assert Notification.objects.filter(template="appointment_reminder").count() == 0
    assert Notification.objects.filter(template="appointment_confirmed").count() == 1


def test_a_reschedule_far_ahead_needs_a_reminder_again(service, make_case):
    with time_machine.travel(at_jst(dt.date(2026, 1, 15), 9), tick=False):
        booking = services.appointment_book(
            case=make_case(), slot=slot_at(service, at_jst(FRIDAY, 10))
        )
        later = slot_at(service, at_jst(dt.date(2026, 1, 23), 10))
        booking = services.appointment_reschedule(booking=booking, slot=later)
    assert booking.reminder_status == ReminderStatus.PENDING
    with time_machine.travel(at_jst(dt.date(2026, 1, 22), 9), tick=False):
        assert services.appointment_reminders_send() == 1


def test_cancelling_withdraws_a_reminder_that_has_not_gone_out(service, make_case):
    with time_machine.travel(at_jst(EARLY, 9), tick=False):
        booking = services.appointment_book(
            case=make_case(), slot=slot_at(service, at_jst(FRIDAY, 10))
        )
    with time_machine.travel(at_jst(dt.date(2026, 1, 15), 9), tick=False):
        assert services.appointment_reminders_send() == 1
        reminder = Notification.objects.get(template="appointment_reminder")
        assert reminder.status == "queued"
        services.appointment_cancel(booking=booking)
    reminder.refresh_from_db()
    assert reminder.status == "cancelled"
    assert Booking.objects.get(pk=booking.pk).reminder_status == ReminderStatus.WITHDRAWN


# --- 5. the calendar file is an invitation that can be updated and cancelled --------------


def test_ics_is_a_request_with_organizer_attendee_and_a_rising_sequence(service, make_case):
    with time_machine.travel(at_jst(EARLY, 9), tick=False):
        booking = services.appointment_book(
            case=make_case(), slot=slot_at(service, at_jst(FRIDAY, 10))
        )
        booking = services.appointment_reschedule(
            booking=booking, slot=slot_at(service, at_jst(FRIDAY, 11))
        )
        services.appointment_cancel(booking=booking)
    mails = list(Notification.objects.order_by("pk"))
    assert [m.template for m in mails] == [
        "appointment_confirmed",
        "appointment_confirmed",
        "appointment_cancelled",
    ]
    cals = [_ics(m) for m in mails]
    events = [next(iter(c.walk("VEVENT"))) for c in cals]
    assert [str(c["method"]) for c in cals] == ["REQUEST", "REQUEST", "CANCEL"]
    assert len({str(e["uid"]) for e in events}) == 1
    sequences = [int(e["sequence"]) for e in events]
    assert sequences == sorted(sequences) and len(set(sequences)) == 3
    assert str(events[2]["status"]) == "CANCELLED"
    for event in events:
        assert str(event["organizer"]).startswith("mailto:no-reply@")
        assert event["organizer"].params["CN"] == "東京都墨田区"
        assert str(event["attendee"]) == "mailto:taro@example.com"


def test_ics_of_a_booking_without_an_address_has_no_attendee(now_arrived, service, make_case):
    booking = services.appointment_book(
        case=make_case(email=""), slot=slot_at(service, at_jst(FRIDAY, 10))
    )
    event = next(iter(Calendar.from_ical(ics.booking_ics(booking)).walk("VEVENT")))
    assert "attendee" not in event and str(event["organizer"]).startswith("mailto:")
