"""An office's opening blocks and open days; its calendar is
``registry.selectors.office_calendar`` (re-exported here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kokugai.appointments import slots
from kokugai.registry.models import Office
from kokugai.registry.selectors import office_calendar
from kokugai.rules.calendars import Calendar

__all__ = ["office_calendar"]


def office_blocks(office: Office) -> tuple[slots.OpeningBlock, ...]:
    rows = list(office.opening_hours.all())
    if not rows:
        return slots.DEFAULT_BLOCKS
    return tuple(slots.OpeningBlock(r.weekday, r.opens, r.closes) for r in rows)


@dataclass(frozen=True)
class OpenDays:
    """Whether an office-local date is open, from the calendar plus the office's closures."""

    calendar: Calendar
    closures: frozenset[dt.date]

    def __call__(self, day: dt.date) -> bool:
        return day not in self.closures and self.calendar.is_business_day(day)


def office_open_days(office: Office, start: dt.date, end: dt.date) -> OpenDays:
    closures = frozenset(
        office.closures.filter(date__gte=start, date__lte=end).values_list("date", flat=True)
    )
    return OpenDays(office_calendar(office), closures)
