"""Slot generation and time rendering. PURE: standard library only, no Django.

Slots are laid out in the office's own zone (the counter opens at 09:00 local time whatever
the season) and returned as aware UTC datetimes, which is what the database stores. The
office zone is authoritative; the applicant's zone is only ever a second rendering of the
same instant, computed for the appointment's own date (so a DST change between booking and
appointment cannot shift anything: peers got this wrong, see domain/anchors.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

UTC = dt.UTC


@dataclass(frozen=True)
class OpeningBlock:
    """One weekly opening block in the office's local time (weekday 0 = Monday)."""

    weekday: int
    opens: dt.time
    closes: dt.time


@dataclass(frozen=True)
class SlotSpec:
    """One generated slot: aware UTC start and end, with its capacity."""

    starts_at: dt.datetime
    ends_at: dt.datetime
    capacity: int

    def local_date(self, zone: str) -> dt.date:
        return self.starts_at.astimezone(ZoneInfo(zone)).date()


# Assumed when an office has not entered its own hours yet: a municipal counter's usual
# weekday hours with a lunch break. Marked as an assumption; office admins override it.
DEFAULT_BLOCKS: tuple[OpeningBlock, ...] = tuple(
    block
    for weekday in range(5)
    for block in (
        OpeningBlock(weekday, dt.time(9, 0), dt.time(12, 0)),
        OpeningBlock(weekday, dt.time(13, 0), dt.time(17, 0)),
    )
)


def _local_to_utc(day: dt.date, at: dt.time, zone: ZoneInfo) -> dt.datetime | None:
    """The UTC instant of a local wall time, or None when that wall time does not exist.

    In a spring-forward gap (e.g. 02:30 in Europe/Berlin on the last Sunday of March) the
    wall time is skipped rather than silently moved; on an ambiguous fall-back hour the
    first occurrence (fold=0) is used.
    """
    local = dt.datetime.combine(day, at, tzinfo=zone)
    as_utc = local.astimezone(UTC)
    if as_utc.astimezone(zone).replace(tzinfo=None) != local.replace(tzinfo=None):
        return None
    return as_utc


def generate_slots(
    *,
    start: dt.date,
    end: dt.date,
    zone: str,
    blocks: Iterable[OpeningBlock],
    slot_minutes: int,
    capacity: int,
    closures: Collection[dt.date] = (),
    is_business_day: Callable[[dt.date], bool] | None = None,
) -> list[SlotSpec]:
    """Every slot from ``start`` to ``end`` (both inclusive, office-local dates).

    A slot must fit entirely inside an opening block; a block's remainder shorter than
    ``slot_minutes`` is left unused. Closed dates and non-business days get no slots.
    """
    if slot_minutes <= 0:
        raise ValueError("slot_minutes must be positive")
    if capacity < 0:
        raise ValueError("capacity must not be negative")
    tz = ZoneInfo(zone)
    by_weekday: dict[int, list[OpeningBlock]] = {}
    for block in blocks:
        if block.opens >= block.closes:
            raise ValueError(f"opening block ends before it starts: {block}")
        by_weekday.setdefault(block.weekday, []).append(block)
    length = dt.timedelta(minutes=slot_minutes)
    closed = set(closures)
    out: list[SlotSpec] = []
    day = start
    while day <= end:
        if day not in closed and (is_business_day is None or is_business_day(day)):
            for block in sorted(by_weekday.get(day.weekday(), ()), key=lambda b: b.opens):
                # Walk in naive local wall time, then convert each slot on its own.
                cursor = dt.datetime.combine(day, block.opens)
                stop = dt.datetime.combine(day, block.closes)
                while cursor + length <= stop:
                    begins = _local_to_utc(day, cursor.time(), tz)
                    if begins is not None:
                        # Real elapsed time, so a slot spanning a DST change still lasts
                        # exactly ``slot_minutes`` and never overlaps the next one.
                        out.append(SlotSpec(begins, begins + length, capacity))
                    cursor += length
        day += dt.timedelta(days=1)
    out.sort(key=lambda s: s.starts_at)
    return out


def local_date(instant: dt.datetime, zone: str) -> dt.date:
    """The calendar date of an instant in a zone."""
    return _aware(instant).astimezone(ZoneInfo(zone)).date()


def local_day_bounds(day: dt.date, zone: str) -> tuple[dt.datetime, dt.datetime]:
    """UTC start (inclusive) and end (exclusive) of a local calendar day."""
    tz = ZoneInfo(zone)
    begin = dt.datetime.combine(day, dt.time(0), tzinfo=tz).astimezone(UTC)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=tz).astimezone(UTC)
    return begin, end


def _aware(instant: dt.datetime) -> dt.datetime:
    if instant.tzinfo is None:
        raise ValueError("naive datetime: times are stored and passed as aware UTC")
    return instant


def format_office(instant: dt.datetime, zone: str) -> str:
    """``2026-01-16 10:00 JST``: the authoritative rendering, with the zone's abbreviation."""
    local = _aware(instant).astimezone(ZoneInfo(zone))
    abbrev = local.tzname() or zone
    # Zones without a letter abbreviation report "+08"; the IANA name is clearer then.
    if abbrev[:1] in "+-":
        abbrev = zone
    return f"{local:%Y-%m-%d %H:%M} {abbrev}"


def format_applicant(instant: dt.datetime, zone: str) -> str:
    """``2026-01-16 09:00 Asia/Taipei``: the applicant's rendering, with the IANA name."""
    local = _aware(instant).astimezone(ZoneInfo(zone))
    return f"{local:%Y-%m-%d %H:%M} {zone}"


def format_dual(instant: dt.datetime, office_zone: str, applicant_zone: str) -> str:
    """``2026-01-16 10:00 JST (09:00 Asia/Taipei)``; the date is repeated only if it differs."""
    office = format_office(instant, office_zone)
    if applicant_zone == office_zone:
        return office
    there = _aware(instant).astimezone(ZoneInfo(applicant_zone))
    here = instant.astimezone(ZoneInfo(office_zone))
    when = f"{there:%H:%M}" if there.date() == here.date() else f"{there:%Y-%m-%d %H:%M}"
    return f"{office} ({when} {applicant_zone})"


def format_time_dual(
    instant: dt.datetime, office_zone: str, applicant_zone: str, applicant_label: str = ""
) -> str:
    """``10:00 (09:00 Asia/Taipei)`` for a slot list already grouped by office-local day;
    ``applicant_label`` names the zone in words instead (``10:00 (台北時間 9:00)``)."""
    here = _aware(instant).astimezone(ZoneInfo(office_zone))
    if applicant_zone == office_zone:
        return f"{here:%H:%M}"
    there = instant.astimezone(ZoneInfo(applicant_zone))
    when = f"{there:%H:%M}" if there.date() == here.date() else f"{there:%m-%d %H:%M}"
    if applicant_label:
        return f"{here:%H:%M} ({applicant_label} {when})"
    return f"{here:%H:%M} ({when} {applicant_zone})"
