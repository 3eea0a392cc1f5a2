"""The office time never moves; the citizen's own rendering is right for the appointment date.

Peers shifted appointments by the applicant's offset (Open Forms #3332: 11:50 became 9:50)
or mailed UTC (Easy!Appointments #1504). Here the citizen books while their zone is on one
side of a daylight-saving change and the appointment falls on the other side.
"""

from __future__ import annotations

import base64
import datetime as dt

import pytest
import time_machine
from icalendar import Calendar

from kokugai.appointments import services
from kokugai.appointments.models import Slot
from kokugai.notifications.models import Notification

from .conftest import at_jst, slot_at

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("zone", "booked_on", "appointment", "expected_there", "wrong_there"),
    [
        # Berlin, booked in winter time (UTC+1) for a day in summer time (UTC+2).
        ("Europe/Berlin", dt.date(2026, 3, 20), dt.date(2026, 4, 3), "2026-04-03 03:00", "02:00"),
        # Berlin, booked in summer time for a day after the return to winter time.
        ("Europe/Berlin", dt.date(2026, 10, 20), dt.date(2026, 11, 6), "2026-11-06 02:00", "03:00"),
        # New York, booked in daylight time (UTC-4) for a day in standard time (UTC-5).
        (
            "America/New_York",
            dt.date(2026, 10, 20),
            dt.date(2026, 11, 6),
            "2026-11-05 20:00",
            "21:00",
        ),
        # New York, booked in standard time for a day after the spring change.
        (
            "America/New_York",
            dt.date(2026, 2, 20),
            dt.date(2026, 3, 13),
            "2026-03-12 21:00",
            "20:00",
        ),
    ],
)
def test_dst_change_between_booking_and_appointment(
    service, make_case, zone, booked_on, appointment, expected_there, wrong_there
):
    case = make_case(zone=zone, deadline=appointment + dt.timedelta(days=30))
    with time_machine.travel(at_jst(booked_on, 9), tick=False):
        booking = services.appointment_book(
            case=case, slot=slot_at(service, at_jst(appointment, 10))
        )
    with time_machine.travel(at_jst(appointment, 8), tick=False):
        # The day before the appointment the reminder must say the same thing.
        assert services.appointment_reminders_send() == 1

    slot = Slot.objects.get(pk=booking.slot_id)
    assert slot.starts_at == at_jst(appointment, 10)  # stored UTC: 01:00Z
    mails = list(Notification.objects.filter(case=case).order_by("pk"))
    # An empty loop would pass silently: the confirmation and the reminder must both exist.
    assert [m.template for m in mails] == ["appointment_confirmed", "appointment_reminder"]
    for mail in mails:
        ctx = mail.context
        assert ctx["starts_at_office"] == f"{appointment:%Y-%m-%d} 10:00 JST"
        assert ctx["starts_at_applicant"] == f"{expected_there} {zone}"
        assert f"{wrong_there} {zone}" not in ctx["starts_at_dual"]
        ics = Calendar.from_ical(base64.b64decode(mail.attachments[0]["content_b64"]))
        (event,) = ics.walk("VEVENT")
        start = event.decoded("dtstart")
        assert str(start.tzinfo) == "Asia/Tokyo" and start.hour == 10
        assert start.astimezone(dt.UTC) == slot.starts_at


def test_a_mission_in_a_dst_zone_keeps_its_local_opening_time(make_case, db):
    from kokugai.registry.models import Counter, Office

    berlin = Office.objects.create(
        code="emb-de-berlin",
        kind="mission",
        name_ja="在ドイツ日本国大使館",
        country="DE",
        timezone="Europe/Berlin",
    )
    Counter.objects.create(office=berlin, code="card-pickup", name_ja="領事窓口", floor="1F")
    service = services.service_ensure_pickup(office=berlin)
    case = make_case(pickup_office=berlin, zone="Europe/Berlin", deadline=dt.date(2026, 5, 1))
    with time_machine.travel(dt.datetime(2026, 3, 20, 9, tzinfo=dt.UTC), tick=False):
        services.slots_materialise(
            service=service, start=dt.date(2026, 3, 27), end=dt.date(2026, 3, 30)
        )
        first = {
            s.starts_at.date(): s.starts_at.time()
            for s in Slot.objects.filter(service=service).order_by("-starts_at")
        }
        booking = services.appointment_book(
            case=case, slot=Slot.objects.filter(service=service).order_by("-starts_at").last()
        )
    assert first[dt.date(2026, 3, 27)] == dt.time(8, 0)  # 09:00 CET
    assert first[dt.date(2026, 3, 30)] == dt.time(7, 0)  # 09:00 CEST
    assert services.appointment_context(booking)["starts_at_office"] == "2026-03-27 09:00 CET"
    # Same zone for office and citizen: one rendering, no duplicate in brackets.
    assert services.appointment_context(booking)["starts_at_dual"] == "2026-03-27 09:00 CET"
