"""The pure slot generator and time rendering (no database)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kokugai.appointments import slots
from kokugai.appointments.slots import OpeningBlock, generate_slots

UTC = dt.UTC
MORNING_AFTERNOON = [OpeningBlock(wd, dt.time(9), dt.time(12)) for wd in range(5)] + [
    OpeningBlock(wd, dt.time(13), dt.time(17)) for wd in range(5)
]


def test_a_friday_in_tokyo_has_fourteen_half_hour_slots_in_utc():
    day = dt.date(2026, 1, 16)  # Friday
    out = generate_slots(
        start=day, end=day, zone="Asia/Tokyo", blocks=MORNING_AFTERNOON, slot_minutes=30, capacity=2
    )
    assert len(out) == 14
    assert out[0].starts_at == dt.datetime(2026, 1, 16, 0, 0, tzinfo=UTC)  # 09:00 JST
    assert out[-1].ends_at == dt.datetime(2026, 1, 16, 8, 0, tzinfo=UTC)  # 17:00 JST
    assert all(s.starts_at.tzinfo is UTC and s.capacity == 2 for s in out)
    # Nothing is offered over lunch.
    lunch = dt.datetime(2026, 1, 16, 3, 0, tzinfo=UTC)  # 12:00 JST
    assert lunch not in {s.starts_at for s in out}


def test_weekends_closures_and_non_business_days_get_no_slots():
    start, end = dt.date(2026, 1, 12), dt.date(2026, 1, 18)  # Mon 12 (成人の日) .. Sun 18
    out = generate_slots(
        start=start,
        end=end,
        zone="Asia/Tokyo",
        blocks=MORNING_AFTERNOON,
        slot_minutes=60,
        capacity=1,
        closures={dt.date(2026, 1, 14)},
        is_business_day=lambda d: d != dt.date(2026, 1, 12),
    )
    days = sorted({s.local_date("Asia/Tokyo") for s in out})
    assert days == [dt.date(2026, 1, 13), dt.date(2026, 1, 15), dt.date(2026, 1, 16)]


def test_a_remainder_shorter_than_a_slot_is_not_offered():
    day = dt.date(2026, 1, 16)
    out = generate_slots(
        start=day,
        end=day,
        zone="Asia/Tokyo",
        blocks=[OpeningBlock(4, dt.time(9), dt.time(10, 45))],
        slot_minutes=30,
        capacity=1,
    )
    assert [s.starts_at.astimezone(ZoneInfo("Asia/Tokyo")).time() for s in out] == [
        dt.time(9),
        dt.time(9, 30),
        dt.time(10),
    ]


def test_office_hours_stay_local_across_a_dst_change_in_berlin():
    # A mission in Berlin opens at 09:00 local time before and after the 2026-03-29 change.
    blocks = [OpeningBlock(wd, dt.time(9), dt.time(10)) for wd in range(5)]
    before = generate_slots(
        start=dt.date(2026, 3, 27),
        end=dt.date(2026, 3, 27),
        zone="Europe/Berlin",
        blocks=blocks,
        slot_minutes=60,
        capacity=1,
    )
    after = generate_slots(
        start=dt.date(2026, 3, 30),
        end=dt.date(2026, 3, 30),
        zone="Europe/Berlin",
        blocks=blocks,
        slot_minutes=60,
        capacity=1,
    )
    assert before[0].starts_at.time() == dt.time(8, 0)  # 09:00 CET = 08:00 UTC
    assert after[0].starts_at.time() == dt.time(7, 0)  # 09:00 CEST = 07:00 UTC


def test_wall_times_in_a_spring_forward_gap_are_skipped_not_moved():
    # 2026-03-08 in New York: 02:00-03:00 does not exist.
    out = generate_slots(
        start=dt.date(2026, 3, 8),
        end=dt.date(2026, 3, 8),
        zone="America/New_York",
        blocks=[OpeningBlock(6, dt.time(1), dt.time(4))],
        slot_minutes=60,
        capacity=1,
    )
    local = [s.starts_at.astimezone(ZoneInfo("America/New_York")).strftime("%H:%M") for s in out]
    assert local == ["01:00", "03:00"]


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError):
        generate_slots(
            start=dt.date(2026, 1, 1),
            end=dt.date(2026, 1, 1),
            zone="Asia/Tokyo",
            blocks=[],
            slot_minutes=0,
            capacity=1,
        )
    with pytest.raises(ValueError):
        generate_slots(
            start=dt.date(2026, 1, 1),
            end=dt.date(2026, 1, 1),
            zone="Asia/Tokyo",
            blocks=[OpeningBlock(0, dt.time(10), dt.time(9))],
            slot_minutes=30,
            capacity=1,
        )


def test_rendering_office_first_applicant_beside():
    at = dt.datetime(2026, 1, 16, 1, 0, tzinfo=UTC)
    assert slots.format_office(at, "Asia/Tokyo") == "2026-01-16 10:00 JST"
    assert slots.format_applicant(at, "Asia/Taipei") == "2026-01-16 09:00 Asia/Taipei"
    assert (
        slots.format_dual(at, "Asia/Tokyo", "Asia/Taipei")
        == "2026-01-16 10:00 JST (09:00 Asia/Taipei)"
    )
    # Another date over there is spelled out.
    assert slots.format_dual(at, "Asia/Tokyo", "America/New_York") == (
        "2026-01-16 10:00 JST (2026-01-15 20:00 America/New_York)"
    )
    assert slots.format_dual(at, "Asia/Tokyo", "Asia/Tokyo") == "2026-01-16 10:00 JST"
    assert slots.format_time_dual(at, "Asia/Tokyo", "Asia/Taipei") == "10:00 (09:00 Asia/Taipei)"
    with pytest.raises(ValueError):
        slots.format_office(dt.datetime(2026, 1, 16, 1, 0), "Asia/Tokyo")


def test_local_day_bounds_cover_exactly_one_local_day():
    begin, end = slots.local_day_bounds(dt.date(2026, 3, 29), "Europe/Berlin")
    assert end - begin == dt.timedelta(hours=23)  # the short day of the spring change
    assert begin == dt.datetime(2026, 3, 28, 23, 0, tzinfo=UTC)


ZONES = ["Asia/Tokyo", "Europe/Berlin", "America/New_York", "Asia/Taipei", "Australia/Sydney"]


@settings(max_examples=60, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    start=st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2027, 12, 31)),
    days=st.integers(min_value=0, max_value=20),
    minutes=st.sampled_from([15, 20, 30, 45, 60]),
)
def test_every_slot_starts_and_ends_inside_an_opening_block_in_local_time(
    zone, start, days, minutes
):
    out = generate_slots(
        start=start,
        end=start + dt.timedelta(days=days),
        zone=zone,
        blocks=MORNING_AFTERNOON,
        slot_minutes=minutes,
        capacity=3,
    )
    tz = ZoneInfo(zone)
    starts = [s.starts_at for s in out]
    assert starts == sorted(set(starts))
    for s in out:
        a, b = s.starts_at.astimezone(tz), s.ends_at.astimezone(tz)
        assert a.weekday() < 5 and a.date() == b.date()
        assert b - a == dt.timedelta(minutes=minutes)
        assert any(
            blk.weekday == a.weekday() and blk.opens <= a.time() and b.time() <= blk.closes
            for blk in MORNING_AFTERNOON
        )
