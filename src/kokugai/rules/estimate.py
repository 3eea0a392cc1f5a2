"""Ready-date estimates: chain stages of business days, each on its office's calendar.

A stage (review at the 本籍地, production, shipping, ...) takes a number of business days
of the office doing the work; the card is ready when the last stage ends. Three chains are
run side by side — low, median, high durations — giving earliest, likely and latest.

The durations of a stage come from :func:`durations_for`: what was learned for the office
doing it, else what was learned over all offices (key ``(stage, ANY_OFFICE)``), else the
prior. The planner and the tracker (``kokugai.tracking.eta``) both use it, so a plan and a
running case are estimated the same way.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final, Protocol

from kokugai.rules.calendars import Calendar

#: Office key of durations learned over every office (the fallback before the prior).
ANY_OFFICE: Final = "*"


class Durations(Protocol):
    """Business-day durations of a stage: learned from history, or a prior."""

    @property
    def median_bd(self) -> float: ...
    @property
    def low_bd(self) -> float: ...
    @property
    def high_bd(self) -> float: ...


class Prior(Durations, Protocol):
    """What rules.procedures.stage_priors gives per stage (only these fields are read)."""

    @property
    def stage(self) -> str: ...


def durations_for(
    stage: str,
    office_code: str,
    learned: Mapping[tuple[str, str], Durations],
    priors: Iterable[Prior],
) -> Durations:
    """Learned for this office, else learned over all offices, else the prior."""
    for key in ((stage, office_code), (stage, ANY_OFFICE)):
        if key in learned:
            return learned[key]
    for p in priors:
        if p.stage == stage:
            return p
    raise KeyError(f"no history and no prior for stage {stage!r}")


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
