"""Ready-date prediction learned from history: a pure function of samples and calendars.

No Django here (like ``rules``): the caller turns finished ``CaseEvent`` pairs into
:class:`StageSample` rows and passes the calendars of the offices involved.

How it learns: per (stage, office), the business-day duration of every finished stage,
counted on that office's calendar, gives a median and a spread (10th/90th percentiles).
With at least ``min_samples`` samples those are used; else the stage's samples pooled over
all offices (key ``(stage, ANY_OFFICE)``); else the prior from ``rules``.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final, NamedTuple

from kokugai.rules.calendars import Calendar, japan_calendar

# The lookup (office -> any office -> prior) lives in rules so the planner uses the same one;
# these names stay importable from here.
from kokugai.rules.estimate import ANY_OFFICE, Prior, Ready, durations_for, whole_days

DEFAULT_MIN_SAMPLES: Final = 5
LOW_QUANTILE: Final = 0.10
HIGH_QUANTILE: Final = 0.90


@dataclass(frozen=True)
class StageSample:
    """One finished stage of one case: entered on ``started``, left on ``ended``."""

    stage: str
    office_code: str
    started: dt.date
    ended: dt.date


@dataclass(frozen=True)
class Learned:
    median_bd: float
    low_bd: float
    high_bd: float
    n: int


class RemainingStage(NamedTuple):
    stage: str
    office_code: str
    calendar: Calendar


Durations = Learned | Prior
Calendars = Mapping[str, Calendar] | Callable[[str], Calendar]


def _calendar(calendars: Calendars, office: str) -> Calendar:
    if callable(calendars):
        return calendars(office)
    # An office we have no calendar for still works on Japanese business days at least.
    return calendars.get(office) or japan_calendar()


def learn(
    samples: Iterable[StageSample],
    calendars: Calendars,
    *,
    min_samples: int = DEFAULT_MIN_SAMPLES,
) -> dict[tuple[str, str], Learned]:
    """Business-day durations per (stage, office) and per (stage, ANY_OFFICE).

    Only groups with at least ``min_samples`` samples are returned: a thin history is
    worse than the prior. Samples that end before they start are ignored (bad data).
    """
    return learn_counted(((s, 1) for s in samples), calendars, min_samples=min_samples)


def learn_counted(
    groups: Iterable[tuple[StageSample, int]],
    calendars: Calendars,
    *,
    min_samples: int = DEFAULT_MIN_SAMPLES,
) -> dict[tuple[str, str], Learned]:
    """:func:`learn` over samples that come counted: ``(sample, how many such samples)``.

    The database groups a year of stages by (stage, office, start day, end day), so a
    million cases arrive as a few thousand groups; each group's business days are counted
    once and its weight carried into the quantiles. The result equals :func:`learn` over the
    samples written out one by one.
    """
    if min_samples < 1:
        raise ValueError("min_samples must be >= 1")
    by_office: dict[tuple[str, str], dict[int, int]] = {}
    by_stage: dict[str, dict[int, int]] = {}
    for s, count in groups:
        if s.ended < s.started or count <= 0:
            continue
        bd = _calendar(calendars, s.office_code).business_days_between(s.started, s.ended)
        office_counts = by_office.setdefault((s.stage, s.office_code), {})
        office_counts[bd] = office_counts.get(bd, 0) + count
        stage_counts = by_stage.setdefault(s.stage, {})
        stage_counts[bd] = stage_counts.get(bd, 0) + count
    out = {k: _summarize_counted(v) for k, v in by_office.items() if sum(v.values()) >= min_samples}
    for stage, v in by_stage.items():
        if sum(v.values()) >= min_samples:
            out[(stage, ANY_OFFICE)] = _summarize_counted(v)
    return out


def _summarize_counted(counts: Mapping[int, int]) -> Learned:
    values = sorted(counts)
    cumulative: list[int] = []
    total = 0
    for v in values:
        total += counts[v]
        cumulative.append(total)

    def at_rank(rank: int) -> int:
        # The value at 0-based position ``rank`` of the sorted, written-out samples.
        return values[bisect.bisect_right(cumulative, rank)]

    def quantile(q: float) -> float:
        if total == 1:
            return float(values[0])
        pos = q * (total - 1)
        lo = int(pos)
        hi = min(lo + 1, total - 1)
        a, b = at_rank(lo), at_rank(hi)
        return a + (b - a) * (pos - lo)

    median = quantile(0.5)
    low = min(quantile(LOW_QUANTILE), median)
    high = max(quantile(HIGH_QUANTILE), median)
    return Learned(median_bd=median, low_bd=low, high_bd=high, n=total)


def predict(
    current_stage: str | None,
    entered_on: dt.date | None,
    remaining_stages: Sequence[tuple[str, str, Calendar]],
    learned: Mapping[tuple[str, str], Learned],
    priors: Iterable[Prior],
    today: dt.date,
) -> Ready:
    """When the card will be ready, from ``today``.

    ``remaining_stages`` lists (stage, office, calendar) from the current stage (first, if
    ``current_stage`` is given) to the last one. The business days already spent in the
    current stage are subtracted from its duration; a stage running longer than a
    duration is taken to end today for that bound (it cannot end in the past).
    """
    priors = list(priors)
    stages = [RemainingStage(*s) for s in remaining_stages]
    earliest = likely = latest = today
    if current_stage is not None:
        if not stages or stages[0].stage != current_stage:
            raise ValueError("remaining_stages must start with the current stage")
        if entered_on is None:
            raise ValueError("entered_on is required with current_stage")
        first = stages.pop(0)
        d = durations_for(first.stage, first.office_code, learned, priors)
        spent = first.calendar.business_days_between(entered_on, today)
        c = first.calendar
        earliest = c.add_business_days(today, max(whole_days(d.low_bd) - spent, 0))
        likely = c.add_business_days(today, max(whole_days(d.median_bd) - spent, 0))
        latest = c.add_business_days(today, max(whole_days(d.high_bd) - spent, 0))
    for s in stages:
        d = durations_for(s.stage, s.office_code, learned, priors)
        earliest = s.calendar.add_business_days(earliest, whole_days(d.low_bd))
        likely = s.calendar.add_business_days(likely, whole_days(d.median_bd))
        latest = s.calendar.add_business_days(latest, whole_days(d.high_bd))
    return Ready(earliest, likely, latest)
