"""English names and romaji matching for municipalities (issue 16.8)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kokugai.rules import offices
from kokugai.rules.romaji import kana_to_romaji


@pytest.mark.parametrize(
    ("kana", "latin"),
    [
        ("ハチノヘ", "hachinohe"),
        ("トウキョウ", "tokyo"),
        ("オオサカ", "osaka"),
        ("サッポロ", "sapporo"),
        ("ホッカイドウ", "hokkaido"),
        ("シンジュク", "shinjuku"),
        ("ｽﾐﾀﾞ", "sumida"),
        ("はっちょう", "hatcho"),
    ],
)
def test_hepburn_without_macrons(kana, latin):
    assert kana_to_romaji(kana) == latin


@pytest.mark.parametrize(
    ("code", "english"),
    [
        ("131075", "Sumida City, Tokyo"),
        ("022039", "Hachinohe City, Aomori"),
        ("271004", "Osaka City, Osaka"),
        ("011011", "Chuo Ward (Sapporo), Hokkaido"),
    ],
)
def test_english_names(code, english):
    mu = offices.municipality(code)
    assert mu.english_name == english
    assert mu.label_en == f"{english} ({mu.display_name})"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Hachinohe", "022039"),
        ("Sumida City", "131075"),
        ("sumida", "131075"),
        ("HACHINOHE", "022039"),
    ],
)
def test_search_matches_romaji_and_english_names(typed, code):
    assert offices.search(typed, limit=3)[0].office_code == code


def test_search_still_matches_english_mission_names():
    assert offices.search("Taipei", limit=5)[0].office_code == "jtea-tw-taipei"


@given(
    st.text(
        alphabet="アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワンガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポャュョッー",
        max_size=12,
    )
)
def test_every_katakana_reading_becomes_ascii_letters(kana):
    latin = kana_to_romaji(kana)
    assert latin.isascii() and (latin == "" or latin.isalpha())


def test_zones_are_named_in_words():
    from kokugai.rules.timezones import zone_name

    assert zone_name("Asia/Taipei", "ja") == "台北時間"
    assert zone_name("Asia/Taipei", "en") == "Taipei time"
    assert zone_name("Asia/Tokyo", "ja") == "日本時間"
    assert zone_name("America/New_York", "en") == "New York time"
    assert zone_name("Europe/Berlin", "ja") == "ベルリン時間"
