"""Ready-date estimates: chain stages of business days, each on its office's calendar.

A stage (review at the 本籍地, production, shipping, ...) takes a number of business days
of the office doing the work; the card is ready when the last stage ends. Three chains are
run side by side — low, median, high durations — giving earliest, likely and latest.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass

from kokugai.rules.calendars import Calendar


@dataclass(frozen=True)
class StageEstimate:
    """Duration of one stage in business days of ``calendar`` (low ≤ median ≤ high)."""

    stage: str
    median_bd: float
    low_bd: float
    high_bd: float
    calendar: Calendar

    def __post_init__(self) -> None:
        if not 0 <= self.low_bd <= self.median_bd <= self.high_bd:
            raise ValueError(
                f"stage {self.stage!r}: need 0 <= low <= median <= high, got "
                f"{self.low_bd}, {self.median_bd}, {self.high_bd}"
            )


@dataclass(frozen=True)
class Ready:
    """When the card is expected to be ready: a range and its most likely day."""

    earliest: dt.date
    likely: dt.date
    latest: dt.date

    def as_dict(self) -> dict[str, str]:
        return {
            "earliest": self.earliest.isoformat(),
            "likely": self.likely.isoformat(),
            "latest": self.latest.isoformat(),
        }

    def before(self, day: dt.date) -> bool | None:
        """True if even the latest date is before ``day``, False if even the earliest is
        not, None when ``day`` falls inside the range (it may or may not be ready)."""
        if self.latest < day:
            return True
        if self.earliest >= day:
            return False
        return None


def whole_days(bd: float) -> int:
    """Business days are counted whole: half a day of work still takes the day."""
    return math.ceil(bd - 1e-9) if bd > 0 else 0


def estimate(stages: Iterable[StageEstimate], start: dt.date) -> Ready:
    """Chain ``stages`` from ``start``: each adds its (rounded-up) business days on its own
    calendar, starting where the previous stage ended. No stages: ready on ``start``."""
    earliest = likely = latest = start
    for s in stages:
        earliest = s.calendar.add_business_days(earliest, whole_days(s.low_bd))
        likely = s.calendar.add_business_days(likely, whole_days(s.median_bd))
        latest = s.calendar.add_business_days(latest, whole_days(s.high_bd))
    return Ready(earliest, likely, latest)
