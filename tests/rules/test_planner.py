"""The planner: situation parsing and the plan (issue 2, part A)."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kokugai.rules.dates import format_date
from kokugai.rules.planner import (
    SITUATION_FIELDS,
    SituationError,
    parse_situation,
    plan,
    plan_from_json,
    render_text,
)

D = dt.date
SEED: dict[str, Any] = json.loads(
    (Path(__file__).parent / "golden" / "seed.situation.json").read_text(encoding="utf-8")
)
TODAY = D(2025, 10, 20)


def situation(**changes: Any) -> dict[str, Any]:
    s = copy.deepcopy(SEED)
    for k, v in changes.items():
        if v is ...:
            s.pop(k, None)
        else:
            s[k] = v
    return s


def run(data: dict[str, Any], lang: str = "ja", **kw: Any) -> dict[str, Any]:
    return plan_from_json(data, today=TODAY, lang=lang, **kw)


# --- the seed's story (S55): done-when of issue 2 -------------------------------------------


def test_seed_is_eligible_free_municipality_route_not_ready_and_taipei_alternative() -> None:
    p = run(SEED)
    assert p["eligible"] is True and p["procedure"] == "new_issuance"
    visit = [
        r
        for r in p["routes"]
        if r["channel"] == "municipality_visit" and r["pickup_at"]["code"] == "131075"
    ]
    assert len(visit) == 1
    (v,) = visit
    assert v["fee_yen"] == 0
    assert v["apply_at"] == {
        "kind": "municipality",
        "code": "131075",
        "name": "東京都墨田区",
        "timezone": "Asia/Tokyo",
    }
    assert v["ready_before_departure"] is False
    assert v["ready"]["likely"] > "2025-11-08"
    alt = [
        r
        for r in p["routes"]
        if r["channel"] == "municipality_visit" and r["pickup_at"]["code"] == "jtea-tw-taipei"
    ]
    assert len(alt) == 1 and alt[0]["apply_at"]["code"] == "131075"
    assert alt[0]["pickup_at"]["name"] == "日本台湾交流協会台北事務所"
    assert alt[0]["pickup_at"]["timezone"] == "Asia/Taipei"
    (w,) = [w for w in p["warnings"] if w["code"] == "not_ready_before_departure"]
    likely = format_date(dt.date.fromisoformat(alt[0]["ready"]["likely"]), "ja")
    assert "日本台湾交流協会台北事務所" in w["message"] and likely in w["message"]
    assert "次の一時帰国" in w["message"]
    assert p["routes"][p["recommended_route"]]["pickup_at"]["code"] == "jtea-tw-taipei"
    # The seed: applied 2025-10-28, arrival notice 2025-12-05 (about 5.5 weeks).
    assert "2025-11-25" <= v["ready"]["likely"] <= "2025-12-19"
    assert v["card_expires_on"] == "2035-04-01" and v["certificates_expire_on"] == "2030-04-01"
    # Mission routes too, with the Taipei office.
    chans = {(r["channel"], r["apply_at"]["code"]) for r in p["routes"]}
    assert ("mission_counter", "jtea-tw-taipei") in chans
    assert ("honseki_mail", "022039") in chans


def test_seed_plan_lists_assumptions_and_sources() -> None:
    p = run(SEED)
    keys = {a["key"] for a in p["assumptions"]}
    assert {"stage_priors_scale", "return_switch_deadline_days"} <= keys
    assert all(a["assumption"] is True for a in p["assumptions"])
    ids = {s["id"] for s in p["sources"]}
    assert {"S1", "S3", "S55", "S71"} <= ids


def test_seed_licence_options_recommend_both_or_licence_only() -> None:
    p = run(SEED)
    opts = {o["option"]: o for o in p["licence_options"]}
    assert {k for k, o in opts.items() if o["recommended"]} == {"licence_only", "both"}
    assert opts["myna_only"]["renewal_fee_yen"] == 2100
    codes = {w["code"] for w in opts["myna_only"]["warnings"]}
    assert {
        "drives_abroad_keep_conventional_licence",
        "non_resident_myna_only_may_lose_licence",
    } <= codes


def test_long_visit_is_ready_before_departure_and_recommended() -> None:
    p = run(
        situation(visit={"arrive": "2025-10-25", "depart": "2026-01-31", "municipality": "131075"})
    )
    first = p["routes"][0]
    assert first["channel"] == "municipality_visit" and first["ready_before_departure"] is True
    assert p["recommended_route"] == 0
    assert "not_ready_before_departure" not in {w["code"] for w in p["warnings"]}


def test_visit_to_the_honseki_itself_skips_forwarding_and_is_faster() -> None:
    other = run(
        situation(visit={"arrive": "2025-10-27", "depart": "2025-11-08", "municipality": "131075"})
    )
    home = run(
        situation(visit={"arrive": "2025-10-27", "depart": "2025-11-08", "municipality": "022039"})
    )
    assert home["routes"][0]["ready"]["likely"] < other["routes"][0]["ready"]["likely"]
    # Forwarding is the office's step, not something the applicant brings.
    assert "forward_to_honseki" not in {d["code"] for d in home["routes"][0]["documents"]}


def test_application_starts_on_the_first_open_day_of_the_visit() -> None:
    p = run(SEED)  # arrives Saturday 2025-10-25
    assert p["routes"][0]["apply_on"] == "2025-10-27"


def test_english_output() -> None:
    p = run(SEED, lang="en")
    # English names the municipality in English with the kanji beside it (issue 16 §8).
    assert p["routes"][0]["apply_at"]["name"] == "Sumida City, Tokyo (東京都墨田区)"
    (w,) = [w for w in p["warnings"] if w["code"] == "not_ready_before_departure"]
    assert "Taipei Office" in w["message"]
    assert "Sumida City, Tokyo (東京都墨田区)" in w["message"]
    assert "131075" not in w["message"]
    # Dates in English prose: "8 November 2025", never ISO.
    assert "8 November 2025" in w["message"]
    assert not re.search(r"\d{4}-\d{2}-\d{2}", w["message"])


def test_without_city_all_missions_of_the_country_are_listed() -> None:
    p = run(situation(country="US", city=..., visit=None))
    assert len(p["missions"]) > 5
    assert {r["apply_at"]["code"] for r in p["routes"] if r["channel"] == "mission_counter"} == {
        m["code"] for m in p["missions"]
    }


def test_s4_philippines_has_no_mail_route() -> None:
    p = run(situation(country="PH", city="Manila", visit=None))
    assert "mission_mail" not in {r["channel"] for r in p["routes"]}
    assert "mission_no_mail" in {w["code"] for w in p["warnings"]}


def test_s11_fee_from_day_91_after_a_missed_continuation() -> None:
    p = run(situation(left_japan_on="2025-07-01", visit=None, wants_certificates=False))
    assert {r["fee_yen"] for r in p["routes"]} == {800}
    p = run(situation(left_japan_on="2025-09-01", visit=None))
    assert {r["fee_yen"] for r in p["routes"]} == {0}


def test_lost_card_is_a_reissue_unless_it_lapsed_before_2024() -> None:
    p = run(situation(card="lost", left_japan_on="2024-08-01", visit=None))
    assert p["procedure"] == "reissue" and {r["fee_yen"] for r in p["routes"]} == {1000}
    assert p["warnings"][0]["code"] == "suspend_first"
    p = run(situation(card="lost", visit=None))
    assert p["procedure"] == "new_issuance"
    assert "lapsed_before_2024_is_new_issuance" in {a["key"] for a in p["assumptions"]}
    p = run(
        situation(card="lost", visit=None),
        overrides={"lapsed_before_2024_is_new_issuance": False},
    )
    assert p["procedure"] == "reissue"


def test_valid_card_needs_no_new_card() -> None:
    p = run(situation(card="continued_abroad", left_japan_on="2024-09-01", visit=None))
    assert p["eligible"] and p["procedure"] is None and p["routes"] == []
    assert "card_still_valid" in {r["code"] for r in p["reasons"]}


def test_refusal_has_no_routes() -> None:
    p = run(situation(nationalities=["TW"]))
    assert p["eligible"] is False and p["routes"] == [] and p["recommended_route"] is None


def test_assumption_overrides_change_the_plan() -> None:
    slow = run(SEED, overrides={"stage_priors_scale": 2.0})
    fast = run(SEED)
    assert slow["routes"][0]["ready"]["likely"] > fast["routes"][0]["ready"]["likely"]
    (a,) = [a for a in slow["assumptions"] if a["key"] == "stage_priors_scale"]
    assert a["value"] == 2.0


def test_as_of_defaults_to_today() -> None:
    p = plan_from_json(situation(as_of=..., visit=None), today=D(2025, 12, 1))
    assert p["as_of"] == "2025-12-01"


def test_render_text_in_both_languages() -> None:
    ja = render_text(run(SEED), "ja")
    assert "対象: はい" in ja and "日本台湾交流協会台北事務所" in ja and "おすすめ" in ja
    assert "滞在中の受取: できない見込み" in ja and "前提" in ja
    en = render_text(run(SEED, lang="en"), "en")
    assert "Eligible: yes" in en and "recommended" in en and "Assumptions" in en


# --- bad input ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (situation(favourite_colour="blue"), "favourite_colour"),
        (situation(as_of="2025-02-30"), "as_of"),
        (situation(as_of=20251020), "as_of"),
        (situation(birth_date="yesterday"), "birth_date"),
        (situation(birth_date=...), "birth_date"),
        (situation(birth_date="2030-01-01"), "birth_date"),
        (situation(nationalities="JP"), "nationalities"),
        (situation(nationalities=["XX"]), "nationalities[0]"),
        (situation(resident_in_japan="no"), "resident_in_japan"),
        (situation(left_japan_on="2026-01-01"), "left_japan_on"),
        (situation(honseki="022038"), "honseki"),  # wrong check digit
        (situation(honseki="221317"), "honseki"),  # abolished Hamamatsu ward
        (situation(honseki="271004"), "honseki"),  # designated city without the ward
        (situation(honseki="020001"), "honseki"),  # a prefecture
        (situation(country="ZZ"), "country"),
        (situation(country=...), "country"),
        (situation(city=5), "city"),
        (situation(card="stolen"), "card"),
        (situation(card="continued_abroad"), "card"),  # left in 2022: no continuation then
        (situation(wants_certificates="yes"), "wants_certificates"),
        (
            situation(
                visit={"arrive": "2025-11-08", "depart": "2025-10-25", "municipality": "131075"}
            ),
            "visit.depart",
        ),
        (
            situation(
                visit={"arrive": "2025-10-25", "depart": "2025-11-08", "municipality": "999999"}
            ),
            "visit.municipality",
        ),
        (situation(visit={"arrive": "2025-10-25", "depart": "2025-11-08"}), "visit.municipality"),
        (
            situation(
                visit={
                    "arrive": "2025-10-25",
                    "depart": "2025-11-08",
                    "municipality": "131075",
                    "x": 1,
                }
            ),
            "visit.x",
        ),
        (
            situation(
                visit={"arrive": "2025-10-25", "depart": "not a date", "municipality": "131075"}
            ),
            "visit.depart",
        ),
        (
            situation(
                visit={"arrive": "2025-09-01", "depart": "2025-09-08", "municipality": "131075"}
            ),
            "visit.depart",
        ),
        (situation(visit="soon"), "visit"),
        (situation(licence={"holds_japanese_licence": "yes"}), "licence.holds_japanese_licence"),
        (situation(licence={"holds_japanese_licence": True, "colour": "gold"}), "licence.colour"),
        ([1, 2], "(situation)"),
    ],
)
def test_bad_input_names_the_field(data: Any, field: str) -> None:
    with pytest.raises(SituationError) as e:
        parse_situation(data, today=TODAY)
    assert e.value.field == field
    assert e.value.message.ja and e.value.message.en
    assert not e.value.message.en.startswith(field + ":")  # the caller prefixes the field


def test_full_width_codes_are_accepted() -> None:
    s = parse_situation(situation(honseki="０２２０３９"), today=TODAY)
    assert s.honseki is not None and s.honseki.code == "022039"


def test_plan_object_round_trip() -> None:
    p = plan(parse_situation(SEED, today=TODAY))
    assert p.eligible and p.recommended_route is not None
    assert p.as_dict("ja")["routes"][0]["channel"] == "municipality_visit"


# --- properties ---------------------------------------------------------------------------

_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=12)
    | st.sampled_from(
        ["2025-10-20", "2025-13-01", "JP", "TW", "022039", "131075", "returned", "lost"]
    ),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None)
@given(
    base=st.dictionaries(st.sampled_from(sorted(SITUATION_FIELDS)), _json, max_size=12),
    keep_seed=st.booleans(),
)
def test_property_any_json_gives_a_situation_or_a_situation_error(
    base: dict[str, Any], keep_seed: bool
) -> None:
    data = {**SEED, **base} if keep_seed else base
    try:
        parse_situation(data, today=TODAY)
    except SituationError as e:
        assert e.field and e.message.ja and e.message.en


@settings(max_examples=60, deadline=None)
@given(
    as_of=st.dates(D(2024, 5, 27), D(2030, 12, 31)),
    age_days=st.integers(0, 90 * 365),
    left_offset=st.one_of(st.none(), st.integers(0, 12 * 365)),
    card=st.sampled_from(["none", "returned", "lost", "expired"]),
    country=st.sampled_from(["TW", "PH", "FI", "SG", "KR"]),
    certs=st.booleans(),
    visit_len=st.one_of(st.none(), st.integers(0, 120)),
)
def test_property_every_valid_situation_plans_with_sane_routes(
    as_of: dt.date,
    age_days: int,
    left_offset: int | None,
    card: str,
    country: str,
    certs: bool,
    visit_len: int | None,
) -> None:
    birth = as_of - dt.timedelta(days=age_days)
    left = None if left_offset is None else max(birth, as_of - dt.timedelta(days=left_offset))
    data: dict[str, Any] = {
        "as_of": as_of.isoformat(),
        "nationalities": ["JP"],
        "birth_date": birth.isoformat(),
        "resident_in_japan": False,
        "left_japan_on": left.isoformat() if left else None,
        "honseki": "022039",
        "country": country,
        "card": card,
        "wants_certificates": certs,
        "visit": None
        if visit_len is None
        else {
            "arrive": as_of.isoformat(),
            "depart": (as_of + dt.timedelta(days=visit_len)).isoformat(),
            "municipality": "131075",
        },
    }
    p = run(data)
    if not p["eligible"]:
        assert p["routes"] == [] and p["reasons"]
        return
    assert p["routes"]
    if len(p["missions"]) > 1:
        # The city did not tell which mission covers it: none is recommended (issue 9).
        assert p["recommended_route"] is None
    else:
        assert 0 <= p["recommended_route"] < len(p["routes"])
    for r in p["routes"]:
        assert r["fee_yen"] >= 0
        assert r["apply_on"] >= p["as_of"]
        assert (
            r["apply_on"] <= r["ready"]["earliest"] <= r["ready"]["likely"] <= r["ready"]["latest"]
        )
        assert r["card_expires_on"] > r["apply_on"]
        assert (r["certificates_expire_on"] is None) is (not certs)
        assert (r["ready_before_departure"] is None) or visit_len is not None


def test_visit_likely_but_not_surely_long_enough_keeps_the_mission_fallback() -> None:
    base = run(
        situation(visit={"arrive": "2025-10-27", "depart": "2026-03-31", "municipality": "131075"})
    )
    likely = D.fromisoformat(base["routes"][0]["ready"]["likely"])
    latest = D.fromisoformat(base["routes"][0]["ready"]["latest"])
    assert likely < latest
    depart = likely + (latest - likely) / 2
    p = run(
        situation(
            visit={"arrive": "2025-10-27", "depart": depart.isoformat(), "municipality": "131075"}
        )
    )
    assert p["routes"][0]["ready_before_departure"] is True and p["recommended_route"] == 0
    assert "may_not_be_ready_before_departure" in {w["code"] for w in p["warnings"]}
    assert p["routes"][1]["pickup_at"]["code"] == "jtea-tw-taipei"
