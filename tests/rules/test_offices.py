"""Reference data: MIC local-government codes (R6.1.1) and the 在外公館 list."""

from __future__ import annotations

import zoneinfo

import pytest

from kokugai.rules import offices


def test_stats_match_the_national_counts() -> None:
    # 1,741 = 1,718 cities/towns/villages + 23 special wards, without the six Northern
    # Territories villages; 171 wards after Hamamatsu's 2024 reorganisation.
    assert offices.stats() == {"municipalities": 1741, "wards": 171, "missions": 243}


def test_municipality_fields() -> None:
    sumida = offices.municipality("131075")
    assert sumida is not None
    assert sumida.display_name == "東京都墨田区"
    assert sumida.kind == "special_ward"
    assert sumida.name_kana == "スミダク"  # NFKC of MIC's half-width ｽﾐﾀﾞｸ
    assert sumida.timezone == "Asia/Tokyo"
    assert sumida.administered


def test_prefecture_and_ward_display_names() -> None:
    tokyo = offices.municipality("130001")
    assert tokyo is not None and tokyo.display_name == "東京都"
    chuo = offices.municipality("221384")  # 浜松市中央区, new in 2024
    assert chuo is not None
    assert chuo.display_name == "静岡県浜松市中央区"
    assert chuo.parent_code == "221309"
    assert offices.municipality("221317") is None  # the abolished 中区


def test_northern_territories_are_listed_but_not_administered() -> None:
    v = offices.municipality("016951")
    assert v is not None and not v.administered
    assert all(o.office_code != "016951" for o in offices.search("色丹"))


def test_mission_fields_and_timezones_are_real() -> None:
    m = offices.mission("jtea-tw-taipei")
    assert m is not None
    assert m.country == "TW" and m.timezone == "Asia/Taipei"
    for mi in offices.missions().values():
        zoneinfo.ZoneInfo(mi.timezone)  # raises if tzdata lacks the zone


def test_missions_in_puts_the_embassy_first() -> None:
    us = offices.missions_in("us")
    assert us[0].id == "emb-us-washington"
    assert len(us) == 16
    assert offices.missions_in("ZZ") == []


@pytest.mark.parametrize(
    ("country", "city", "expected"),
    [
        ("TW", "Taipei", "jtea-tw-taipei"),
        ("TW", "台北市", "jtea-tw-taipei"),
        ("TW", "臺北市", "jtea-tw-taipei"),
        ("TW", "New Taipei City", "jtea-tw-taipei"),
        ("TW", "Taichung", "jtea-tw-taipei"),
        ("TW", "Hualien County", "jtea-tw-taipei"),
        ("TW", "tainan", "jtea-tw-kaohsiung"),
        ("TW", "嘉義県", "jtea-tw-kaohsiung"),
        ("TW", "Kaohsiung", "jtea-tw-kaohsiung"),
        ("US", "Boston", "cg-us-boston"),
        ("US", "ニューヨーク", "cg-us-new-york"),
        ("FI", "Tampere", "emb-fi-helsinki"),  # one mission: it covers the country
        ("FI", None, "emb-fi-helsinki"),
    ],
)
def test_mission_for(country: str, city: str | None, expected: str) -> None:
    m = offices.mission_for(country, city)
    assert m is not None and m.id == expected


def test_mission_for_unknown_city_is_none() -> None:
    assert offices.mission_for("US", "Springfield") is None
    assert offices.mission_for("TW", None) is None
    assert offices.mission_for("ZZ", "x") is None


def test_area_table_ids_exist() -> None:
    assert len(offices._area_table()) >= 20


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("131075", "131075"),
        ("13107", "131075"),
        ("墨田区", "131075"),
        ("すみだ", "131075"),
        ("スミダ", "131075"),
        ("ｽﾐﾀﾞ", "131075"),
        ("八戸", "022039"),
        ("はちのへ", "022039"),
        ("台北", "jtea-tw-taipei"),
        ("Helsinki", "emb-fi-helsinki"),
        ("cg-us-chicago", "cg-us-chicago"),
        ("シカゴ", "cg-us-chicago"),
    ],
)
def test_search_finds(query: str, code: str) -> None:
    assert code in [o.office_code for o in offices.search(query)]


def test_search_ranks_exact_code_first_and_respects_limit() -> None:
    assert offices.search("022039")[0].office_code == "022039"
    assert len(offices.search("市", limit=5)) == 5
    assert offices.search("   ") == []
    assert offices.search("zzzzzz") == []


def test_as_dict_is_json_ready() -> None:
    import json

    out = [o.as_dict() for o in offices.search("八戸")] + [
        o.as_dict() for o in offices.search("Taipei")
    ]
    json.dumps(out, ensure_ascii=False)
    assert {"kind", "code", "name", "timezone"} <= set(out[0])
