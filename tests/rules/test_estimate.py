"""Chaining stage durations across calendars into a ready-date range."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kokugai.rules.calendars import japan_calendar, mission_calendar, municipal_calendar
from kokugai.rules.estimate import Ready, StageEstimate, estimate, whole_days

D = dt.date


def test_chain_crosses_calendars() -> None:
    # Review at 八戸市 (3/5/10 bd), production on the national calendar (10/15/20),
    # shipping to Taipei and handling there (5/7/10 bd on Taiwan's calendar).
    stages = [
        StageEstimate("review", 5, 3, 10, municipal_calendar("022039")),
        StageEstimate("production", 15, 10, 20, japan_calendar()),
        StageEstimate("shipping", 7, 5, 10, mission_calendar("TW")),
    ]
    start = D(2026, 9, 18)  # Friday before the 2026 silver week
    r = estimate(stages, start)
    assert r.earliest <= r.likely <= r.latest
    # The review's 3 business days skip 9/21–23 (all closed) and the weekend.
    review_low = municipal_calendar().add_business_days(start, 3)
    assert review_low == D(2026, 9, 28)
    prod_low = japan_calendar().add_business_days(review_low, 10)
    assert r.earliest == mission_calendar("TW").add_business_days(prod_low, 5)


def test_fractional_days_round_up() -> None:
    c = japan_calendar()
    r = estimate([StageEstimate("s", 1.2, 0.5, 2.01, c)], D(2026, 11, 4))  # Wednesday
    assert r == Ready(D(2026, 11, 5), D(2026, 11, 6), D(2026, 11, 9))
    assert whole_days(0) == 0 and whole_days(3.0) == 3 and whole_days(3.0000000001) == 3


def test_no_stages_is_ready_at_start() -> None:
    assert estimate([], D(2026, 1, 1)) == Ready(D(2026, 1, 1), D(2026, 1, 1), D(2026, 1, 1))


def test_bad_ranges_are_rejected() -> None:
    with pytest.raises(ValueError):
        StageEstimate("s", 5, 6, 10, japan_calendar())
    with pytest.raises(ValueError):
        StageEstimate("s", 5, -1, 10, japan_calendar())


def test_ready_before() -> None:
    r = Ready(D(2026, 3, 1), D(2026, 3, 5), D(2026, 3, 10))
    assert r.before(D(2026, 3, 11)) is True
    assert r.before(D(2026, 3, 1)) is False
    assert r.before(D(2026, 3, 6)) is None
    assert r.as_dict()["likely"] == "2026-03-05"


stage = st.tuples(
    st.floats(0, 30, allow_nan=False), st.floats(0, 30, allow_nan=False), st.floats(0, 30)
).map(sorted)


@given(st.lists(stage, max_size=5), st.dates(D(2024, 1, 1), D(2028, 12, 31)))
def test_range_is_ordered_and_not_before_start(
    durations: list[list[float]], start: dt.date
) -> None:
    stages = [
        StageEstimate(f"s{i}", m, lo, hi, japan_calendar())
        for i, (lo, m, hi) in enumerate(durations)
    ]
    r = estimate(stages, start)
    assert start <= r.earliest <= r.likely <= r.latest
