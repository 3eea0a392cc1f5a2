"""Business-day calendars: 祝日法 (via holidays.JP), 地方自治法 第4条の2 (12/29–1/3 and the
two approved local days), and mission calendars from the host country's holidays."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kokugai.rules import calendars as cal

D = dt.date


def test_kokumin_no_kyujitsu_2026_09_22_is_closed() -> None:
    c = cal.municipal_calendar()
    assert not c.is_business_day(D(2026, 9, 22))
    assert c.closure_reason(D(2026, 9, 22)) == "国民の休日"
    # Monday 9/21 敬老の日, Tuesday 9/22, Wednesday 9/23 秋分の日: a five-day closure.
    assert c.add_business_days(D(2026, 9, 18), 1) == D(2026, 9, 24)


def test_substitute_holiday_2027_03_22() -> None:
    c = cal.japan_calendar()
    assert c.closure_reason(D(2027, 3, 22)) == "振替休日"
    assert not c.is_business_day(D(2027, 3, 22))
    assert c.is_business_day(D(2027, 3, 23))


@pytest.mark.parametrize("day", [D(2026, 12, 29), D(2026, 12, 30), D(2026, 12, 31), D(2027, 1, 2)])
def test_year_end_closure(day: dt.date) -> None:
    assert not cal.municipal_calendar("131075").is_business_day(day)
    assert not cal.japan_calendar().is_business_day(day)


def test_year_end_ends_on_jan_3() -> None:
    c = cal.municipal_calendar()
    assert c.is_business_day(D(2028, 1, 4))  # Tuesday
    assert c.is_business_day(D(2026, 12, 28))  # Monday
    # Friday 12/25/2026 + 1 business day skips the weekend and 12/29–1/3 ... to Monday 12/28
    assert c.add_business_days(D(2026, 12, 25), 1) == D(2026, 12, 28)
    assert c.add_business_days(D(2026, 12, 28), 1) == D(2027, 1, 4)


def test_okinawa_irei_no_hi_only_in_okinawa() -> None:
    naha = cal.municipal_calendar("472018")  # 那覇市
    assert naha.closure_reason(D(2026, 6, 23)) == "慰霊の日"  # a Tuesday
    assert cal.municipal_calendar("131075").is_business_day(D(2026, 6, 23))
    assert cal.municipal_calendar("470007").closure_reason(D(2026, 6, 23)) == "慰霊の日"


def test_hiroshima_city_and_its_wards_close_on_8_6() -> None:
    aug6 = D(2026, 8, 6)  # Thursday
    assert not cal.municipal_calendar("341002").is_business_day(aug6)
    assert not cal.municipal_calendar("341011").is_business_day(aug6)  # 中区
    assert cal.municipal_calendar("342025").is_business_day(aug6)  # 呉市: not Hiroshima City
    assert cal.municipal_calendar("340006").is_business_day(aug6)  # 広島県


def test_taiwan_mission_closes_on_taiwan_and_japanese_holidays() -> None:
    tw = cal.mission_calendar("TW")
    assert not tw.is_business_day(D(2026, 10, 9))  # National Day (observed), a Friday
    assert not tw.is_business_day(D(2026, 2, 17))  # Lunar New Year
    assert not tw.is_business_day(D(2026, 11, 3))  # 文化の日 (assumption: JP holidays too)
    assert cal.municipal_calendar().is_business_day(D(2026, 10, 9))
    assert any("Assumption" in n.en for n in tw.notes)


def test_host_weekend_comes_from_holidays() -> None:
    sa = cal.mission_calendar("SA")  # Friday–Saturday weekend
    assert sa.weekend == frozenset({4, 5})
    assert sa.is_business_day(D(2026, 11, 1))  # a Sunday, open in Riyadh
    assert not sa.is_business_day(D(2026, 11, 6))  # a Friday


def test_unknown_country_falls_back_and_says_so() -> None:
    xx = cal.mission_calendar("XX")
    assert xx.weekend == frozenset({5, 6})
    assert not xx.is_business_day(D(2026, 11, 3))  # still Japanese holidays
    assert any("XX" in n.en for n in xx.notes)


def test_closures_lists_named_days_of_the_year() -> None:
    cl = cal.municipal_calendar().closures(2026)
    assert cl[D(2026, 9, 22)] == "国民の休日"
    assert cl[D(2026, 12, 31)] == "年末年始"
    assert all(d.year == 2026 for d in cl)
    assert D(2026, 9, 19) not in cl  # weekends are not listed


def test_add_zero_business_days() -> None:
    c = cal.municipal_calendar()
    assert c.add_business_days(D(2026, 11, 4), 0) == D(2026, 11, 4)  # Wednesday
    assert c.add_business_days(D(2026, 11, 7), 0) == D(2026, 11, 9)  # Saturday -> Monday
    with pytest.raises(ValueError):
        c.add_business_days(D(2026, 11, 4), -1)


dates = st.dates(D(2024, 1, 1), D(2028, 12, 31))
CALS = [cal.municipal_calendar(), cal.mission_calendar("TW"), cal.mission_calendar("AE")]


@given(st.sampled_from(CALS), dates, st.integers(0, 60))
def test_add_and_between_are_inverse(c: cal.Calendar, start: dt.date, n: int) -> None:
    end = c.add_business_days(start, n)
    assert c.is_business_day(end)
    assert end >= start
    if n > 0:
        assert c.business_days_between(start, end) == n
        # and end is the first day that reaches n
        assert c.business_days_between(start, end - dt.timedelta(days=1)) == n - 1


@given(st.sampled_from(CALS), dates, dates)
def test_between_is_zero_backwards_and_additive(c: cal.Calendar, a: dt.date, b: dt.date) -> None:
    a, b = min(a, b), max(a, b)
    assert c.business_days_between(b, a) == 0
    mid = a + (b - a) // 2
    assert c.business_days_between(a, b) == c.business_days_between(
        a, mid
    ) + c.business_days_between(mid, b)


def test_calendar_for_office() -> None:
    assert cal.calendar_for_office("municipality", "472018").name == "jp-municipal-okinawa"
    assert cal.calendar_for_office("mission", "jtea-tw-taipei").name == "mission-tw"
    assert cal.calendar_for_office("production", "jlis").name == "jp"


@given(st.sampled_from(CALS), dates, st.integers(0, 800))
def test_counting_matches_a_day_by_day_walk(c: cal.Calendar, a: dt.date, span: int) -> None:
    b = a + dt.timedelta(days=span)
    walk = sum(1 for i in range(1, span + 1) if c.closure_reason(a + dt.timedelta(days=i)) is None)
    assert c.business_days_between(a, b) == walk
    assert c.is_business_day(b) == (c.closure_reason(b) is None)
