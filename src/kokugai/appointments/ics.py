"""The calendar file attached to every confirmation (RFC 5545, via ``icalendar``).

DTSTART carries the office's zone as TZID with its VTIMEZONE, so a calendar app shows the
appointment at the right instant wherever the citizen is, and the office time stays the
authority (a UTC-only invite sent people two hours early at a peer, see anchors.md).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from kokugai.core import clock

if TYPE_CHECKING:
    from kokugai.appointments.models import Booking


def booking_ics(booking: Booking) -> bytes:
    from kokugai.appointments.models import BookingStatus

    service = booking.slot.service
    office, counter = service.office, service.counter
    zone = ZoneInfo(office.timezone)
    cancelled = booking.status == BookingStatus.CANCELLED

    cal = Calendar()
    cal.add("prodid", "-//Kokugai//appointments//JA")
    cal.add("version", "2.0")
    cal.add("method", "CANCEL" if cancelled else "PUBLISH")
    event = Event()
    event.add("uid", f"booking-{booking.pk}@kokugai")
    event.add("dtstamp", clock.now().astimezone(dt.UTC))
    event.add("dtstart", booking.slot.starts_at.astimezone(zone))
    event.add("dtend", booking.slot.ends_at.astimezone(zone))
    # Each change supersedes the previous invite in the citizen's calendar.
    event.add("sequence", booking.rescheduled_count + (1 if cancelled else 0))
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("summary", f"{service.name_ja} / {service.name_en}")
    where = f"{office.name_ja} {counter.name_ja} {counter.floor}".strip()
    event.add("location", where)
    lines = [
        f"{office.name_ja} / {office.name_en or office.name_ja}",
        f"{counter.name_ja} / {counter.name_en or counter.name_ja} ({counter.floor})",
    ]
    if booking.case is not None:
        lines.append(f"受付番号 / Receipt number: {booking.case.receipt_number}")
    event.add("description", "\n".join(lines))
    cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()
