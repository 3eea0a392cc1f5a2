"""Dates as people in Japan write them: display with 和暦 beside 西暦, and a tolerant parser.

One display function for pages and mails alike (``format_date``):
ja ``2027年2月27日(土)（令和9年）``, en ``27 February 2027``.

``parse_date`` accepts what people type into a date field: 西暦 (``2025-10-28``,
``2025/10/28``, ``2025.10.28``, ``2025年10月28日``, ``20251028``), 和暦 with the era in
kanji or as a letter (``令和7年10月28日``, ``令和元年5月1日``, ``R7.10.28``, ``H2/4/1``,
``昭和64年1月7日``), in full-width digits and punctuation too (NFKC). A 和暦 date outside
its era (``平成32年``, ``令和元年4月30日``) is refused, not silently moved.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Era:
    kanji: str
    letter: str
    romaji: str
    start: dt.date  # first day of the era
    end: dt.date | None  # last day, None for the current era


ERAS: tuple[Era, ...] = (
    Era("令和", "R", "Reiwa", dt.date(2019, 5, 1), None),
    Era("平成", "H", "Heisei", dt.date(1989, 1, 8), dt.date(2019, 4, 30)),
    Era("昭和", "S", "Showa", dt.date(1926, 12, 25), dt.date(1989, 1, 7)),
    Era("大正", "T", "Taisho", dt.date(1912, 7, 30), dt.date(1926, 12, 24)),
    Era("明治", "M", "Meiji", dt.date(1868, 10, 23), dt.date(1912, 7, 29)),
)

WEEKDAYS_JA = "月火水木金土日"
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class DateParseError(ValueError):
    """``code``: ``invalid`` (not a date at all), ``era_range`` (outside its era)."""

    def __init__(self, code: str, text: str) -> None:
        super().__init__(f"{code}: {text!r}")
        self.code = code


def era_of(day: dt.date) -> Era | None:
    for era in ERAS:
        if day >= era.start and (era.end is None or day <= era.end):
            return era
    return None


def wareki_year(day: dt.date) -> str:
    """``令和9年``, ``令和元年``; empty before Meiji."""
    era = era_of(day)
    if era is None:
        return ""
    n = day.year - era.start.year + 1
    return f"{era.kanji}{'元' if n == 1 else n}年"


def format_date(day: dt.date, lang: str = "ja", *, era: bool = True, weekday: bool = True) -> str:
    """``2027年2月27日(土)（令和9年）`` in Japanese, ``27 February 2027`` in English."""
    if lang.startswith("en"):
        return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    text = f"{day.year}年{day.month}月{day.day}日"
    if weekday:
        text += f"({WEEKDAYS_JA[day.weekday()]})"
    if era and (w := wareki_year(day)):
        text += f"（{w}）"
    return text


_ERA_BY_NAME = {e.kanji: e for e in ERAS} | {e.letter: e for e in ERAS}
_SEP = r"\s*[-/.．・年\s]\s*"
_WAREKI = re.compile(
    r"^(?P<era>令和|平成|昭和|大正|明治|[RHSTM])\s*(?P<y>元|\d{1,2})"
    rf"{_SEP}(?P<m>\d{{1,2}}){_SEP.replace('年', '月')}(?P<d>\d{{1,2}})\s*日?$"
)
_SEIREKI = re.compile(
    rf"^(?P<y>\d{{4}}){_SEP}(?P<m>\d{{1,2}}){_SEP.replace('年', '月')}(?P<d>\d{{1,2}})\s*日?$"
)
_COMPACT = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$")
_WEEKDAY_NOTE = re.compile(
    r"[(（][月火水木金土日](曜日?)?[)）]|[(（](令和|平成|昭和|大正|明治)[^)）]*[)）]"
)


def normalise(text: str) -> str:
    """NFKC (full-width digits and punctuation to ASCII), upper-case era letters, no
    weekday or era note in brackets (what ``format_date`` writes can be typed back)."""
    text = unicodedata.normalize("NFKC", text).strip().upper()
    text = text.replace("ー", "-").replace("−", "-")
    return _WEEKDAY_NOTE.sub("", text).strip()


def parse_date(text: str) -> dt.date:
    """The date ``text`` stands for, or :class:`DateParseError`."""
    s = normalise(text)
    m = _WAREKI.match(s)
    if m:
        era = _ERA_BY_NAME[m["era"]]
        n = 1 if m["y"] == "元" else int(m["y"])
        if n < 1:
            raise DateParseError("invalid", text)
        try:
            day = dt.date(era.start.year + n - 1, int(m["m"]), int(m["d"]))
        except ValueError:
            raise DateParseError("invalid", text) from None
        if day < era.start or (era.end is not None and day > era.end):
            raise DateParseError("era_range", text)
        return day
    m = _SEIREKI.match(s) or _COMPACT.match(s)
    if m:
        try:
            return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            raise DateParseError("invalid", text) from None
    raise DateParseError("invalid", text)
