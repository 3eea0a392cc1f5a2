"""The calendar file attached to every confirmation (RFC 5545, via ``icalendar``).

DTSTART carries the office's zone as TZID with its VTIMEZONE, so a calendar app shows the
appointment at the right instant wherever the citizen is, and the office time stays the
authority (a UTC-only invite sent people two hours early at a peer, see anchors.md).

It is an invitation (METHOD:REQUEST) from the office, with a no-reply ORGANIZER and the
citizen as ATTENDEE: calendar apps only apply a later update or a cancellation (same UID,
higher SEQUENCE, METHOD:CANCEL) to an event that came as such an invitation.
"""

from __future__ import annotations

import datetime as dt
from email.utils import parseaddr
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from icalendar import Calendar, Event, Timezone, vCalAddress

from kokugai.core import clock

if TYPE_CHECKING:
    from kokugai.appointments.models import Booking


def noreply_address() -> str:
    explicit = settings.KOKUGAI_NOREPLY_EMAIL
    return explicit or parseaddr(settings.DEFAULT_FROM_EMAIL)[1] or "no-reply@kokugai.invalid"


def booking_uid(booking: Booking) -> str:
    # Stable for the booking's whole life, so every update replaces the same calendar entry.
    host = urlsplit(settings.KOKUGAI_SITE_URL).hostname or "kokugai"
    return f"booking-{booking.pk}@{host}"


@lru_cache(maxsize=64)
def _vtimezone(zone: str) -> Timezone:
    """The VTIMEZONE of an office's zone, built once per process: computing it
    (``add_missing_timezones``) took 40–300 ms per booking, inside the booking's
    transaction while the slot row was locked. It is only read after this."""
    return Timezone.from_tzinfo(ZoneInfo(zone))


def booking_location(booking: Booking) -> str:
    """LOCATION: the counter and floor, then the office's postal address (what a calendar
    app hands to a map), e.g. ``墨田区役所 受取窓口 2F, 〒130-… 東京都墨田区…``."""
    service = booking.slot.service
    office, counter = service.office, service.counter
    where = " ".join(p for p in (office.name_ja, counter.name_ja, counter.floor) if p)
    address = " ".join(office.postal_address.split())
    return f"{where}, {address}" if address else where


def booking_ics(booking: Booking) -> bytes:
    from kokugai.appointments.models import BookingStatus

    service = booking.slot.service
    office, counter = service.office, service.counter
    zone = ZoneInfo(office.timezone)
    cancelled = booking.status == BookingStatus.CANCELLED

    cal = Calendar()
    cal.add("prodid", "-//Kokugai//appointments//JA")
    cal.add("version", "2.0")
    cal.add("method", "CANCEL" if cancelled else "REQUEST")
    event = Event()
    event.add("uid", booking_uid(booking))
    event.add("dtstamp", clock.now().astimezone(dt.UTC))
    event.add("dtstart", booking.slot.starts_at.astimezone(zone))
    event.add("dtend", booking.slot.ends_at.astimezone(zone))
    # Raised on every change: the citizen's calendar replaces the previous invite.
    event.add("sequence", booking.sequence)
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    organizer = vCalAddress(f"mailto:{noreply_address()}")
    organizer.params["CN"] = office.name_ja
    event.add("organizer", organizer)
    if booking.email:
        attendee = vCalAddress(f"mailto:{booking.email}")
        attendee.params["ROLE"] = "REQ-PARTICIPANT"
        attendee.params["PARTSTAT"] = "DECLINED" if cancelled else "ACCEPTED"
        attendee.params["RSVP"] = "FALSE"
        event.add("attendee", attendee)
    event.add("summary", f"{service.name_ja} / {service.name_en}")
    event.add("location", booking_location(booking))
    contact = office.contact("ja")
    lines = [
        f"{office.name_ja} / {office.name_en or office.name_ja}",
        f"{counter.name_ja} / {counter.name_en or counter.name_ja} ({counter.floor})",
        *contact.lines("ja"),
    ]
    if booking.case is not None:
        lines.append(f"受付番号 / Receipt number: {booking.case.receipt_number}")
    event.add("description", "\n".join(lines))
    cal.add_component(_vtimezone(office.timezone))
    cal.add_component(event)
    return cal.to_ical()
