"""Business-day calendars: when an office is open, and counting working days on it.

- Municipalities (地方自治法 第4条の2): Saturdays, Sundays, 祝日法 holidays, the year-end
  break 12/29–1/3, plus the only two local days ever approved — 6/23 慰霊の日 (all of
  Okinawa) and 8/6 平和記念日 (Hiroshima City).
- Missions: the host country's weekend and public holidays, plus (an assumption) Japanese
  holidays and the year-end break.
- Production (J-LIS): Japanese holidays and 12/29–1/3.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

import holidays

from kokugai.rules.sources import RESEARCH_DATE
from kokugai.rules.types import Source, Text

LOCAL_AUTONOMY_ACT: Final = Source(
    id="calendar-lgact-4-2",
    url="https://elaws.e-gov.go.jp/document?lawid=322AC0000000067",
    title="地方自治法 第4条の2（地方公共団体の休日）",
    seen=RESEARCH_DATE,
    seen_estimated=True,
)
GOVERNMENT_HOLIDAYS_ACT: Final = Source(
    id="calendar-gov-holidays",
    url="https://elaws.e-gov.go.jp/document?lawid=363AC0000000091",
    title="行政機関の休日に関する法律 第1条",
    seen=RESEARCH_DATE,
    seen_estimated=True,
)

# Whether overseas missions also close on Japanese holidays and for the year-end break is
# an assumption of the registry (missions_observe_japanese_holidays, missions_observe_year_end
# in kokugai.rules.assumptions): callers pass the values in force, the defaults are the
# registry's. Counting both errs towards a later date, the safer mistake for "will it be
# ready before I fly?".

OKINAWA_PREFIX: Final = "47"
HIROSHIMA_CITY: Final = "341002"

HolidayFn = Callable[[dt.date], "str | None"]
_SAT_SUN: Final = frozenset({5, 6})


@functools.cache
def _jan1(year: int) -> int:
    return dt.date(year, 1, 1).toordinal()


@dataclass(frozen=True)
class Calendar:
    """When one kind of office is closed. ``holiday(d)`` names a closure day or returns None."""

    name: str
    holiday: HolidayFn = field(compare=False)
    weekend: frozenset[int] = _SAT_SUN  # date.weekday() values: 5 = Saturday
    notes: tuple[Text, ...] = ()
    # Per year, the running count of business days (index = day of year - 1). Estimating
    # over a long history counts millions of days; this makes each count O(years).
    _prefix: dict[int, tuple[int, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def _year(self, year: int) -> tuple[int, ...]:
        table = self._prefix.get(year)
        if table is None:
            running, counts = 0, []
            d = dt.date(year, 1, 1)
            while d.year == year:
                running += d.weekday() not in self.weekend and self.holiday(d) is None
                counts.append(running)
                d += dt.timedelta(days=1)
            table = self._prefix[year] = tuple(counts)
        return table

    def _count_to(self, d: dt.date) -> int:
        """Business days from 1 January of d's year up to and including d."""
        return self._year(d.year)[d.toordinal() - _jan1(d.year)]

    def closure_reason(self, d: dt.date) -> str | None:
        """Why the office is closed on ``d`` (holiday name or "weekend"), or None if open."""
        name = self.holiday(d)
        if name is not None:
            return name
        return "weekend" if d.weekday() in self.weekend else None

    def is_business_day(self, d: dt.date) -> bool:
        i = d.toordinal() - _jan1(d.year)
        t = self._year(d.year)
        return t[i] > (t[i - 1] if i else 0)

    def next_business_day(self, d: dt.date) -> dt.date:
        """``d`` itself if open, else the first open day after it."""
        while not self.is_business_day(d):
            d += dt.timedelta(days=1)
        return d

    def add_business_days(self, d: dt.date, n: int) -> dt.date:
        """The n-th business day after ``d``; n = 0 gives ``d`` or the next business day."""
        if n < 0:
            raise ValueError("n must be >= 0")
        if n == 0:
            return self.next_business_day(d)
        year, target = d.year, self._count_to(d) + n
        while True:
            table = self._year(year)
            if table[-1] >= target:
                # First day of the year whose running count reaches the target.
                return dt.date(year, 1, 1) + dt.timedelta(days=bisect.bisect_left(table, target))
            target -= table[-1]
            year += 1

    def business_days_between(self, a: dt.date, b: dt.date) -> int:
        """Business days in the half-open interval (a, b]; 0 when b <= a."""
        if b <= a:
            return 0
        count = self._count_to(b) - self._count_to(a)
        for year in range(a.year, b.year):
            count += self._year(year)[-1]
        return count

    def closures(self, year: int) -> dict[dt.date, str]:
        """Every non-weekend closure day of ``year`` with its name, in date order."""
        d = dt.date(year, 1, 1)
        out: dict[dt.date, str] = {}
        while d.year == year:
            name = self.holiday(d)
            if name is not None:
                out[d] = name
            d += dt.timedelta(days=1)
        return out


# --- the building blocks -------------------------------------------------------------


@functools.cache
def _jp_holidays() -> Any:
    # One shared, lazily expanding table: holidays.JP fills in years on first lookup.
    return holidays.country_holidays("JP", language="ja")


def japanese_holiday(d: dt.date) -> str | None:
    """The 祝日法 holiday on ``d`` (incl. 振替休日 and 国民の休日), or None."""
    name = _jp_holidays().get(d)
    return str(name) if name is not None else None


def year_end_closure(d: dt.date) -> str | None:
    """12/29–1/3: 年末年始 under 行政機関の休日に関する法律 and every municipality's 休日条例."""
    if (d.month == 12 and d.day >= 29) or (d.month == 1 and d.day <= 3):
        return "年末年始"
    return None


def _first(*fns: HolidayFn) -> HolidayFn:
    def holiday(d: dt.date) -> str | None:
        for fn in fns:
            name = fn(d)
            if name is not None:
                return name
        return None

    return holiday


def _fixed_day(month: int, day: int, name: str) -> HolidayFn:
    def holiday(d: dt.date) -> str | None:
        return name if (d.month, d.day) == (month, day) else None

    return holiday


# --- the calendars -------------------------------------------------------------------


@functools.cache
def japan_calendar() -> Calendar:
    """Central government and card production: 祝日 and 12/29–1/3."""
    return Calendar("jp", _first(japanese_holiday, year_end_closure))


@functools.cache
def _municipal(variant: str) -> Calendar:
    fns: list[HolidayFn] = [japanese_holiday, year_end_closure]
    if variant == "okinawa":
        fns.append(_fixed_day(6, 23, "慰霊の日"))
    elif variant == "hiroshima":
        fns.append(_fixed_day(8, 6, "平和記念日"))
    name = "jp-municipal" if variant == "" else f"jp-municipal-{variant}"
    return Calendar(name, _first(*fns))


def municipal_calendar(lg_code: str | None = None) -> Calendar:
    """The closure calendar of a municipality (any code: unknown ones get the common one).

    Hiroshima's wards follow the city: the 8/6 closure is in the city's 休日条例, and the
    ward offices are the city's offices.
    """
    if lg_code:
        if lg_code.startswith(OKINAWA_PREFIX):
            return _municipal("okinawa")
        if lg_code == HIROSHIMA_CITY:
            return _municipal("hiroshima")
        from kokugai.rules.offices import municipality

        m = municipality(lg_code)
        if m is not None and m.parent_code == HIROSHIMA_CITY:
            return _municipal("hiroshima")
    return _municipal("")


def _host_table(cc: str) -> Any | None:
    try:
        table = holidays.country_holidays(cc)
    except NotImplementedError:
        return None
    # Prefer Japanese, then English names: staff and citizens read one of the two.
    for lang in ("ja", "en_US", "en_GB", "en"):
        if lang in getattr(table, "supported_languages", ()):
            return holidays.country_holidays(cc, language=lang)
    return table


def mission_calendar(
    country_iso2: str,
    *,
    observe_japanese_holidays: bool | None = None,
    observe_year_end: bool | None = None,
) -> Calendar:
    """A mission's calendar: host weekend and holidays, plus Japanese ones (assumption).

    ``observe_japanese_holidays`` / ``observe_year_end`` are the assumptions
    ``missions_observe_japanese_holidays`` / ``missions_observe_year_end``; None takes the
    registry's default. Countries the ``holidays`` package does not know get Japanese
    holidays and a Saturday–Sunday weekend only, and say so in ``notes``.
    """
    from kokugai.rules.assumptions import ASSUMPTIONS

    def default(key: str) -> bool:
        return bool(ASSUMPTIONS[key].value)

    return _mission_calendar(
        country_iso2.strip().upper(),
        default("missions_observe_japanese_holidays")
        if observe_japanese_holidays is None
        else observe_japanese_holidays,
        default("missions_observe_year_end") if observe_year_end is None else observe_year_end,
    )


@functools.cache
def _mission_calendar(cc: str, observe_japanese_holidays: bool, observe_year_end: bool) -> Calendar:
    notes: list[Text] = []
    host = _host_table(cc)
    fns: list[HolidayFn] = []
    weekend = _SAT_SUN
    if host is None:
        notes.append(
            Text(
                f"{cc} の祝日データがないため、日本の祝日と土日のみで計算しています。",
                f"No holiday data for {cc}: counted with Japanese holidays and "
                "Saturday–Sunday weekends only.",
            )
        )
    else:
        weekend = frozenset(getattr(host, "weekend", _SAT_SUN)) or _SAT_SUN

        def host_holiday(d: dt.date) -> str | None:
            name = host.get(d)
            return str(name) if name is not None else None

        fns.append(host_holiday)
    if observe_japanese_holidays:
        fns.append(japanese_holiday)
        notes.append(
            Text(
                "想定：在外公館は日本の祝日も閉館するものとして計算しています。",
                "Assumption: the mission is taken to close on Japanese holidays too.",
            )
        )
    if observe_year_end:
        fns.append(year_end_closure)
    name = f"mission-{cc.lower()}"
    if not (observe_japanese_holidays and observe_year_end):
        # A different closure set is a different calendar (Calendar equality is by name).
        name += f"-jp{int(observe_japanese_holidays)}-ye{int(observe_year_end)}"
    return Calendar(name, _first(*fns), weekend, tuple(notes))


def calendar_for_office(
    office_kind: str | None,
    code: str,
    country_iso2: str | None = None,
    *,
    observe_japanese_holidays: bool | None = None,
    observe_year_end: bool | None = None,
) -> Calendar:
    """The calendar of an office by kind ("municipality" | "mission" | "production"; None:
    found from the code in the reference data, Japan's for an unknown one). A mission's
    rests on two assumptions (None: the registry's default); KeyError for a mission with
    no country. The one rule: ``registry.selectors.office_calendar`` adds the deployment's
    assumptions for the tracker, the booking slots and the planner."""
    from kokugai.rules.offices import mission, municipality

    if office_kind is None:
        office_kind = (
            "municipality"
            if municipality(code) is not None
            else "mission"
            if mission(code) is not None
            else "production"
        )
    if office_kind == "municipality":
        return municipal_calendar(code)
    if office_kind == "mission":
        if not country_iso2:
            m = mission(code)
            if m is None:
                raise KeyError(code)
            country_iso2 = m.country
        return mission_calendar(
            country_iso2,
            observe_japanese_holidays=observe_japanese_holidays,
            observe_year_end=observe_year_end,
        )
    return japan_calendar()
