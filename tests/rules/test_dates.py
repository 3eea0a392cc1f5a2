"""Dates: 和暦 beside 西暦 for display, and a parser for what people type (issue 16.7)."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kokugai.rules.dates import ERAS, DateParseError, format_date, parse_date, wareki_year

SHOWA_ON = st.dates(min_value=dt.date(1926, 12, 25), max_value=dt.date(2099, 12, 31))


def _full_width(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def _wareki_parts(day: dt.date) -> tuple[str, str, int]:
    for era in ERAS:
        if day >= era.start and (era.end is None or day <= era.end):
            return era.kanji, era.letter, day.year - era.start.year + 1
    raise AssertionError(day)


def test_display_in_each_language():
    day = dt.date(2027, 2, 27)
    assert format_date(day, "ja") == "2027年2月27日(土)（令和9年）"
    assert format_date(day, "en") == "27 February 2027"
    assert format_date(dt.date(2019, 5, 1), "ja") == "2019年5月1日(水)（令和元年）"
    assert format_date(dt.date(2019, 4, 30), "ja").endswith("（平成31年）")
    assert wareki_year(dt.date(1989, 1, 7)) == "昭和64年"
    assert wareki_year(dt.date(1989, 1, 8)) == "平成元年"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2025-10-28", dt.date(2025, 10, 28)),
        ("2025/10/28", dt.date(2025, 10, 28)),
        ("2025.10.28", dt.date(2025, 10, 28)),
        ("2025年10月28日", dt.date(2025, 10, 28)),
        ("20251028", dt.date(2025, 10, 28)),
        ("２０２５年１０月２８日", dt.date(2025, 10, 28)),
        ("令和7年10月28日", dt.date(2025, 10, 28)),
        ("令和７年１０月２８日", dt.date(2025, 10, 28)),
        ("R7.10.28", dt.date(2025, 10, 28)),
        ("r07/10/28", dt.date(2025, 10, 28)),
        ("Ｒ７．１０．２８", dt.date(2025, 10, 28)),
        ("令和元年5月1日", dt.date(2019, 5, 1)),
        ("平成2年4月1日", dt.date(1990, 4, 1)),
        ("H2.4.1", dt.date(1990, 4, 1)),
        ("昭和64年1月7日", dt.date(1989, 1, 7)),
        ("S60-1-15", dt.date(1985, 1, 15)),
        ("2027年2月27日(土)（令和9年）", dt.date(2027, 2, 27)),  # what we display
    ],
)
def test_typed_forms(typed, expected):
    assert parse_date(typed) == expected


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "invalid"),
        ("yesterday", "invalid"),
        ("2025-02-30", "invalid"),
        ("令和0年1月1日", "invalid"),
        ("令和元年4月30日", "era_range"),  # still 平成
        ("平成32年1月1日", "era_range"),  # 平成 ended in its 31st year
        ("昭和64年1月8日", "era_range"),
        ("X7.10.28", "invalid"),
    ],
)
def test_refused(typed, code):
    with pytest.raises(DateParseError) as exc:
        parse_date(typed)
    assert exc.value.code == code


@given(SHOWA_ON, st.sampled_from(["-", "/", "."]), st.booleans())
def test_seireki_round_trip(day, sep, wide):
    typed = f"{day.year}{sep}{day.month}{sep}{day.day}"
    assert parse_date(_full_width(typed) if wide else typed) == day


@given(SHOWA_ON, st.booleans(), st.booleans())
def test_wareki_round_trip(day, letter, wide):
    kanji, initial, n = _wareki_parts(day)
    if letter:
        typed = f"{initial}{n}.{day.month}.{day.day}"
    else:
        typed = f"{kanji}{'元' if n == 1 else n}年{day.month}月{day.day}日"
    assert parse_date(_full_width(typed) if wide else typed) == day


@given(SHOWA_ON)
def test_display_parses_back(day):
    assert parse_date(format_date(day, "ja")) == day
    assert unicodedata.is_normalized("NFC", format_date(day, "ja"))


@given(st.text(max_size=20))
def test_never_crashes_on_anything_typed(text):
    try:
        parse_date(text)
    except DateParseError:
        pass
