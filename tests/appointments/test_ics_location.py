"""Issue 16 §2: the calendar file's LOCATION names the office's postal address."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from kokugai.appointments import ics, services

from .conftest import at_jst, slot_at

FRIDAY = dt.date(2026, 1, 16)


def test_location_carries_the_postal_address(now_arrived, service, make_case, sumida):
    sumida.postal_address = "〒130-0000\n東京都墨田区吾妻橋9丁目9番9号"
    sumida.phone = "03-0000-0130"
    sumida.save()
    booking = services.appointment_book(case=make_case(), slot=slot_at(service, at_jst(FRIDAY, 10)))
    event = next(iter(Calendar.from_ical(ics.booking_ics(booking)).walk("VEVENT")))
    location = str(event["location"])
    assert location.startswith("東京都墨田区 マイナンバーカード交付窓口 2F, ")
    assert location.endswith("〒130-0000 東京都墨田区吾妻橋9丁目9番9号")  # one line
    assert "電話: 03-0000-0130" in str(event["description"])


def test_location_without_an_address_is_the_counter(now_arrived, service, make_case):
    booking = services.appointment_book(case=make_case(), slot=slot_at(service, at_jst(FRIDAY, 10)))
    event = next(iter(Calendar.from_ical(ics.booking_ics(booking)).walk("VEVENT")))
    assert str(event["location"]) == "東京都墨田区 マイナンバーカード交付窓口 2F"


def test_the_booking_confirmation_page_gives_the_offices_contact(
    now_arrived, service, make_case, sumida, client
):
    from kokugai.appointments.services import manage_url

    sumida.postal_address = "〒130-0000 東京都墨田区吾妻橋9丁目9番9号"
    sumida.phone = "03-0000-0130"
    sumida.hours_text_en = "Weekdays 8:30–17:00"
    sumida.contact_is_demo = True
    sumida.save()
    booking = services.appointment_book(case=make_case(), slot=slot_at(service, at_jst(FRIDAY, 10)))
    page = client.get(manage_url(booking), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    block = page[page.index('class="k-office"') :]
    assert "03-0000-0130" in block and "Weekdays 8:30–17:00" in block
    assert "Demo data" in block
