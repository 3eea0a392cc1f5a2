"""The VTIMEZONE of a calendar file is built once per zone, not inside every booking."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from kokugai.appointments import ics


def test_each_zone_is_built_once_and_is_the_zone_it_names():
    ics._vtimezone.cache_clear()
    tokyo = ics._vtimezone("Asia/Tokyo")
    assert ics._vtimezone("Asia/Tokyo") is tokyo
    taipei = ics._vtimezone("Asia/Taipei")
    assert taipei is not tokyo
    assert ics._vtimezone.cache_info().misses == 2
    assert tokyo["TZID"] == "Asia/Tokyo" and taipei["TZID"] == "Asia/Taipei"


def test_the_cached_zone_places_an_event_at_the_right_instant():
    """A calendar app resolving DTSTART;TZID through the cached VTIMEZONE gets the instant
    the office means (13:30 in Tokyo is 04:30 UTC; Berlin's summer offset is +2)."""
    for zone, local, utc in [
        ("Asia/Tokyo", dt.datetime(2026, 1, 16, 13, 30), dt.datetime(2026, 1, 16, 4, 30)),
        ("Europe/Berlin", dt.datetime(2026, 7, 1, 9, 0), dt.datetime(2026, 7, 1, 7, 0)),
    ]:
        cal = Calendar()
        cal.add_component(ics._vtimezone(zone))
        event = Event()
        event.add("dtstart", local.replace(tzinfo=ZoneInfo(zone)))
        cal.add_component(event)
        parsed = Calendar.from_ical(cal.to_ical())
        (vtz,) = parsed.walk("VTIMEZONE")
        offset = vtz.to_tz().utcoffset(local)
        assert local - offset == utc
