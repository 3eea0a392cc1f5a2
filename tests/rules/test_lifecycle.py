"""Issue 9: the planner answers for a card's whole life (leaving, lapsed cards, renewals,
later procedures, moving back), recommends by fee, readiness and trips, and refuses bad
input naming the field. Each golden plan of a point must cite that point's sources."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kokugai.rules.codes import Procedure
from kokugai.rules.planner import (
    SituationError,
    decode_situation,
    parse_situation,
    plan_from_json,
)

GOLDEN = Path(__file__).parent / "golden"
D = dt.date
TODAY = D(2099, 1, 1)

#: golden name -> the sources the point rests on (rules.md), all cited by the plan.
POINT_SOURCES: dict[str, set[str]] = {
    "p01_leaving_with_card": {"S19", "S23", "S28", "S32", "S11", "S18"},
    "p01_leaving_too_late": {"S28", "S32", "S11"},
    "p03_lapsed_left_2023": {"S3", "S7"},
    "p03_lapsed_left_2025_not_continued": {"S11", "S12", "S28", "S32"},
    "p05_free_counter_beats_paid_mail": {"S11", "S12"},
    "p12_departure_date_unknown": {"S1", "S3", "S11"},
    "p02_moved_back_with_continued_card": {"S50b", "S51", "S52", "S53"},
    "p02_moving_back_planned": {"S50b", "S51", "S53"},
    "p04_renewal_and_changes_bangkok": {"S26", "S13", "S46", "S8", "S45", "S43"},
    "p04_renewal_not_yet_en": {"S26", "S13", "S46"},
    "p07_honseki_northern_territories": {"S75", "S76"},
    "p08_turning_18_during_processing": {"S46", "S57", "S56"},
    "p08_child_leaving_with_card": {"S77", "S18"},
    "p06_san_marino_covered_by_rome": {"S78"},
    "p06_unknown_city_no_recommendation_en": {"S78"},
}


def golden(name: str) -> dict[str, Any]:
    return json.loads((GOLDEN / f"{name}.plan.json").read_text(encoding="utf-8"))


def situation(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (GOLDEN / f"{name}.situation.json").read_text(encoding="utf-8")
    )
    return data


@pytest.mark.parametrize("name", sorted(POINT_SOURCES))
def test_each_points_golden_plan_names_its_sources(name: str) -> None:
    cited = {s["id"] for s in golden(name)["sources"]}
    assert POINT_SOURCES[name] <= cited


# --- point 1: leaving Japan with a card -----------------------------------------------------


def test_leaving_with_a_valid_card_is_continued_use_by_the_day_before_departure() -> None:
    p = golden("p01_leaving_with_card")
    assert p["eligible"] is True and p["procedure"] == "continue_abroad"
    (step,) = p["steps"]
    assert step["deadline"] == "2026-03-30"  # the day before 2026-03-31
    assert [c["channel"] for c in step["channels"]] == ["departure_municipality"]
    docs = {d["code"] for d in step["documents"]}
    assert {"continue_form", "email_address", "honseki_name", "resident_pin"} <= docs
    form = next(d for d in step["documents"] if d["code"] == "continue_form")
    assert "国外様式10" in form["label"]
    pin = next(d for d in step["documents"] if d["code"] == "resident_pin")
    assert "4桁" in pin["label"]
    codes = [w["code"] for w in p["warnings"]]
    assert "signing_certificate_lapses" in codes and "if_continue_missed" in codes
    missed = next(w for w in p["warnings"] if w["code"] == "if_continue_missed")
    assert "2026年6月29日(月)" in missed["message"] and "1,000円" in missed["message"]
    assert "800円" in missed["message"]


def test_a_departure_today_is_too_late_and_says_the_free_window() -> None:
    p = golden("p01_leaving_too_late")
    assert [r["code"] for r in p["reasons"]] == ["continue_deadline_passed"]
    assert p["steps"][0]["procedure"] == "new_issuance"
    assert p["steps"][0]["deadline"] == "2026-06-29"


def test_leaving_without_a_card_is_told_to_apply_after_departure() -> None:
    data = situation("p01_leaving_with_card") | {"card": "none"}
    p = plan_from_json(data, today=TODAY)
    assert p["eligible"] is False
    assert [r["code"] for r in p["reasons"]] == ["resident_in_japan", "apply_after_departure"]


def test_a_resident_with_a_card_and_no_departure_date_is_asked_for_it() -> None:
    data = situation("p01_leaving_with_card")
    del data["planned_departure"]
    p = plan_from_json(data, today=TODAY)
    assert "planning_to_leave" in [r["code"] for r in p["reasons"]]


def test_a_child_leaving_gets_no_signing_pin_and_the_representative_sets_pins() -> None:
    data = situation("p01_leaving_with_card") | {"birth_date": "2015-01-01"}
    p = plan_from_json(data, today=TODAY)
    docs = {d["code"] for d in p["steps"][0]["documents"]}
    assert "signing_pin" not in docs and "auth_pin" in docs
    assert "children_certificates_domestic_rule" in {a["key"] for a in p["assumptions"]}


# --- point 3: "valid" cards of people abroad --------------------------------------------------


def test_a_card_kept_by_someone_who_left_in_2023_lapsed() -> None:
    p = golden("p03_lapsed_left_2023")
    assert p["procedure"] == "new_issuance"
    assert "card_lapsed_on_departure" in [r["code"] for r in p["reasons"]]
    assert "card_still_valid" not in json.dumps(p)
    assert all(r["fee_yen"] == 0 for r in p["routes"])


def test_a_card_not_continued_in_2025_is_apply_now_free_until_day_90() -> None:
    p = golden("p03_lapsed_left_2025_not_continued")
    assert "card_lapsed_not_continued" in [r["code"] for r in p["reasons"]]
    assert p["steps"][0]["deadline"] == "2025-11-30"  # 2025-09-01 + 90 days
    assert p["routes"][p["recommended_route"]]["fee_yen"] == 0


# --- point 5: the recommendation -----------------------------------------------------------


def test_on_day_85_the_free_counter_beats_the_paid_mail() -> None:
    p = golden("p05_free_counter_beats_paid_mail")
    fees = [r["fee_yen"] for r in p["routes"]]
    assert 0 in fees and any(f > 0 for f in fees)
    best = p["routes"][p["recommended_route"]]
    assert best["fee_yen"] == 0 and best["channel"] == "mission_counter"
    assert "無料" in p["recommended_reason"]


def test_with_no_deadline_the_fewest_trips_win_and_the_reason_says_so() -> None:
    p = golden("p03_lapsed_left_2023")
    best = p["routes"][p["recommended_route"]]
    assert best["channel"] in {"mission_mail", "honseki_mail"}
    assert "1回" in p["recommended_reason"]


# --- point 12: a missing optional answer never decides ----------------------------------------


def test_no_departure_date_does_not_refuse_someone_who_returned_a_card() -> None:
    p = golden("p12_departure_date_unknown")
    assert p["eligible"] is True
    assert "fee_depends_on_departure" in [r["code"] for r in p["reasons"]]


def test_registration_unknown_is_an_answer_and_false_refuses() -> None:
    base = situation("p12_departure_date_unknown") | {"card": "none"}
    unknown = plan_from_json(base, today=TODAY)
    assert unknown["eligible"] is True
    assert "registration_unknown" in [r["code"] for r in unknown["reasons"]]
    never = plan_from_json(base | {"registered_in_japan": False}, today=TODAY)
    assert [r["code"] for r in never["reasons"]] == ["never_registered"]


# --- bad input ------------------------------------------------------------------------------


BASE = situation("p03_lapsed_left_2025_not_continued")


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"country": "JP"}, "country", "resident_in_japan"),
        (
            {"visit": {"arrive": "2025-11-01", "depart": "2026-11-01", "municipality": "131075"}},
            "visit.depart",
            "return_to_japan_on",
        ),
        (
            {"resident_in_japan": True, "planned_departure": "2025-10-19", "card": "valid"},
            "planned_departure",
            "past",
        ),
        ({"planned_departure": "2025-12-01"}, "planned_departure", "left_japan_on"),
        ({"registered_in_japan": "maybe"}, "registered_in_japan", "null"),
        ({"name_changed": "yes"}, "name_changed", "true"),
        ({"return_to_japan_on": "2025-01-01"}, "return_to_japan_on", "resident_in_japan"),
    ],
)
def test_bad_input_names_the_field_in_both_languages(
    change: dict[str, Any], field: str, words: str
) -> None:
    with pytest.raises(SituationError) as e:
        parse_situation(BASE | change, today=TODAY)
    assert e.value.field == field
    assert words in e.value.message.en
    assert re.search(r"[ぁ-んァ-ン一-龥]", e.value.message.ja)


def test_a_byte_order_mark_is_refused_naming_the_input() -> None:
    raw = "\ufeff" + json.dumps(BASE)
    for doc in (raw, raw.encode("utf-8")):
        with pytest.raises(SituationError) as e:
            decode_situation(doc)
        assert e.value.field == "input" and "BOM" in e.value.message.ja
    assert decode_situation(json.dumps(BASE).encode()) == BASE


def test_country_jp_is_fine_for_a_resident() -> None:
    s = parse_situation(situation("p01_leaving_with_card") | {"country": "JP"}, today=TODAY)
    assert s.country == "JP"


# --- properties -----------------------------------------------------------------------------


_DATE_KEYS = re.compile(r"(^as_of$|_on$|^deadline$|^earliest$|^likely$|^latest$)")


def _dates(node: object, key: str = "") -> list[str]:
    if isinstance(node, dict):
        return [d for k, v in node.items() for d in _dates(v, k)]
    if isinstance(node, list):
        return [d for v in node for d in _dates(v, key)]
    if isinstance(node, str) and _DATE_KEYS.search(key) and re.fullmatch(r"\d{4}-\d\d-\d\d", node):
        return [node]
    return []


AS_OF = D(2025, 10, 20)


@st.composite
def situations(draw: st.DrawFn) -> dict[str, Any]:
    resident = draw(st.booleans())
    s: dict[str, Any] = {
        "as_of": AS_OF.isoformat(),
        "nationalities": ["JP"],
        "birth_date": (birth := draw(st.dates(D(1940, 1, 1), D(2025, 1, 1)))).isoformat(),
        "resident_in_japan": resident,
        "honseki": draw(st.sampled_from(["131016", "022039", "271021", "016951"])),
        "card": draw(
            st.sampled_from(["none", "valid", "continued_abroad", "returned", "lost", "expired"])
        ),
        "wants_certificates": draw(st.booleans()),
    }
    if resident:
        if draw(st.booleans()):
            s["planned_departure"] = draw(st.dates(AS_OF, D(2026, 12, 31))).isoformat()
        if s["card"] == "continued_abroad" and draw(st.booleans()):
            s["return_to_japan_on"] = draw(st.dates(D(2025, 1, 1), AS_OF)).isoformat()
    else:
        s["country"] = draw(st.sampled_from(["TW", "PH", "FI", "TH", "US", "SG"]))
        left = draw(st.one_of(st.none(), st.dates(max(birth, D(2016, 1, 1)), AS_OF)))
        if left is not None:
            s["left_japan_on"] = left.isoformat()
        if s["card"] == "continued_abroad" and left is not None and left < D(2024, 5, 27):
            s["card"] = "returned"
        for key in ("card_expires_on", "certificates_expire_on"):
            if draw(st.booleans()):
                s[key] = draw(st.dates(D(2025, 1, 1), D(2032, 1, 1))).isoformat()
        for key in ("name_changed", "pin_forgotten", "email_changed"):
            s[key] = draw(st.booleans())
        if draw(st.booleans()):
            s["visit"] = {
                "arrive": draw(st.dates(AS_OF, D(2026, 3, 1))).isoformat(),
                "depart": "2026-03-20",
                "municipality": "131075",
            }
    return s


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(situations())
def test_free_first_and_no_date_before_as_of(data: dict[str, Any]) -> None:
    p = plan_from_json(data, today=TODAY)
    if p["routes"]:
        assert p["recommended_reason"]
        if p["recommended_route"] is None:
            # Only when the city did not tell which of several missions covers it.
            assert len(p["missions"]) > 1
        else:
            best = p["routes"][p["recommended_route"]]
            if any(r["fee_yen"] == 0 for r in p["routes"]):
                assert best["fee_yen"] == 0
    for d in _dates(p):
        assert d >= data["as_of"], (d, p)


# Situations that reach each procedure of the catalogue (kept with the rules' growth).
REACHING: dict[Procedure, dict[str, Any]] = {
    Procedure.CONTINUE_ABROAD: situation("p01_leaving_with_card"),
    Procedure.NEW_ISSUANCE: situation("p03_lapsed_left_2023"),
    Procedure.REISSUE: situation("lost_card_child_helsinki"),
    Procedure.CERT_RENEWAL: situation("continued_card_bangkok")
    | {"certificates_expire_on": "2026-06-30"},
    Procedure.CHANGE_DETAILS: situation("continued_card_bangkok") | {"name_changed": True},
    Procedure.PIN_RESET: situation("continued_card_bangkok") | {"pin_forgotten": True},
    Procedure.EMAIL_CHANGE: situation("continued_card_bangkok") | {"email_changed": True},
    Procedure.RETURN_TO_JAPAN: situation("continued_card_bangkok")
    | {"resident_in_japan": True, "return_to_japan_on": "2026-01-05"},
}


def test_every_procedure_of_the_catalogue_is_reachable_or_known_unreachable() -> None:
    from kokugai.rules.procedures import catalogue

    # Asked for after an application, not from a situation: the tracker's and console's.
    after_application = {Procedure.WITHDRAWAL, Procedure.SURRENDER}
    # Taken at a counter only: no situation field asks for a new signing certificate yet.
    counter_only = {Procedure.CERT_ISSUE}
    for spec in catalogue(D(2026, 1, 10)):
        if spec.code in after_application | counter_only:
            continue
        data = REACHING[spec.code]
        p = plan_from_json(data, today=TODAY)
        assert spec.code.value in [s["procedure"] for s in p["steps"]], spec.code


# --- point 2: moving back ------------------------------------------------------------------


def test_moved_back_with_a_continued_card_is_the_switch_at_the_new_municipality() -> None:
    p = golden("p02_moved_back_with_continued_card")
    assert p["eligible"] is True and p["procedure"] == "return_to_japan"
    (step,) = p["steps"]
    assert step["deadline"] == "2026-06-30"  # 2026-04-01 + 90 days, an assumption
    assert [c["channel"] for c in step["channels"]] == ["return_municipality"]
    assert "return_switch_deadline_days" in {a["key"] for a in p["assumptions"]}
    assert "signing_certificate_lapses_on_return" in [w["code"] for w in p["warnings"]]


def test_a_planned_move_back_adds_the_switch_step_with_its_deadline() -> None:
    p = golden("p02_moving_back_planned")
    assert [(st["procedure"], st["deadline"]) for st in p["steps"]] == [
        ("return_to_japan", "2026-09-29")
    ]


# --- point 4: renewals and later procedures, several at once ---------------------------------


def test_expiring_certificates_and_changes_give_every_procedure_with_deadlines() -> None:
    p = golden("p04_renewal_and_changes_bangkok")
    assert p["procedure"] == "cert_renewal"
    assert [st["procedure"] for st in p["steps"]] == [
        "cert_renewal",
        "change_details",
        "pin_reset",
        "email_change",
    ]
    assert p["steps"][0]["deadline"] == "2026-12-24"
    assert all(r["fee_yen"] == 0 for r in p["routes"])
    assert {r["channel"] for r in p["routes"]} == {"mission_counter", "mission_mail"}
    best = p["routes"][p["recommended_route"]]
    assert best["ready"]["likely"] <= "2026-12-24"
    assert "2026年12月24日(木)" in p["recommended_reason"]  # the language's date, not ISO


def test_renewal_opens_a_year_before_the_expiry() -> None:
    p = golden("p04_renewal_not_yet_en")
    assert p["procedure"] is None and p["steps"] == []
    (opens,) = [r for r in p["reasons"] if r["code"] == "renewal_opens_on"]
    assert "24 December 2027" in opens["message"]


def test_an_expired_card_abroad_is_a_new_card() -> None:
    data = situation("p04_renewal_not_yet_en") | {"card_expires_on": "2025-12-31"}
    p = plan_from_json(data, today=TODAY)
    assert p["procedure"] == "new_issuance"
    assert "card_expired" in [r["code"] for r in p["reasons"]]


# --- point 7: 本籍 in the Northern Territories ----------------------------------------------


def test_a_northern_territories_honseki_is_routed_to_nemuro() -> None:
    p = golden("p07_honseki_northern_territories")
    assert p["eligible"] is True
    assert p["reasons"][0]["code"] == "honseki_northern_territories"
    assert "第11条" in p["reasons"][0]["message"]
    mailed = [r for r in p["routes"] if r["channel"] == "honseki_mail"]
    assert mailed and all(r["apply_at"]["code"] == "012238" for r in mailed)


def test_a_northern_territories_village_is_still_no_place_to_visit() -> None:
    data = situation("p03_lapsed_left_2023") | {
        "visit": {"arrive": "2025-11-01", "depart": "2025-11-20", "municipality": "016951"}
    }
    with pytest.raises(SituationError) as e:
        parse_situation(data, today=TODAY)
    assert e.value.field == "visit.municipality"


# --- point 8: children ---------------------------------------------------------------------


def test_turning_18_during_processing_is_one_sentence_and_the_expiry_follows() -> None:
    p = golden("p08_turning_18_during_processing")
    (w,) = [w for w in p["warnings"] if w["code"] == "turns_18_during_processing"]
    assert "2025年12月1日(月)" in w["message"] and "5年" in w["message"] and "10年" in w["message"]
    assert "2025-12-01" not in w["message"]  # the language's date, never ISO in prose
    expiries = {r["card_expires_on"] for r in p["routes"]}
    assert {"2029-12-01", "2035-12-01"} <= expiries  # before 18: 5 years; from 18: 10


def test_a_child_gets_no_signing_certificate() -> None:
    p = golden("p08_child_leaving_with_card")
    assert "under_15_certificates" in [w["code"] for w in p["warnings"]]
    docs = {d["code"] for d in p["steps"][0]["documents"]}
    assert "signing_pin" not in docs


# --- point 9: マイナ保険証 only for the insured; コンビニ only in Japan ---------------------------


def test_health_insurance_advice_follows_the_answer() -> None:
    insured = {w["code"] for w in golden("p04_renewal_and_changes_bangkok")["warnings"]}
    assert {"myna_hokensho_possible", "expired_certificate_stops_hokensho"} <= insured
    not_insured = {w["code"] for w in golden("p04_renewal_not_yet_en")["warnings"]}
    assert not {c for c in not_insured if "hokensho" in c}
    unknown = {w["code"] for w in golden("p03_lapsed_left_2023")["warnings"]}
    assert {c for c in unknown if "hokensho" in c} == {"hokensho_if_insured"}
    assert "konbini_in_japan_only" in unknown


# --- points 10, 11: pickup, and how a fee is paid at a mission ------------------------------


def test_the_pickup_checklist_is_in_every_card_plan() -> None:
    p = golden("p04_renewal_and_changes_bangkok")
    codes = [d["code"] for d in p["pickup"]]
    assert {"holder_in_person", "passport", "issue_notice", "pins_known", "old_card"} <= set(codes)
    assert "reservation" in codes  # booking the pickup: a marked assumption
    old = next(d for d in p["pickup"] if d["code"] == "old_card")
    assert old["required"] and "交換" in old["label"]


def test_a_fee_at_a_mission_says_how_it_is_paid_as_an_assumption() -> None:
    p = golden("p08_turning_18_during_processing")
    assert "mission_fee_payment" in [w["code"] for w in p["warnings"]]
    assert "mission_fee_payment" in {a["key"] for a in p["assumptions"]}
    free = golden("p03_lapsed_left_2023")
    assert "mission_fee_payment" not in [w["code"] for w in free["warnings"]]


# --- point 6: cities, districts, 兼轄 --------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "mission"),
    [
        ("p06_sao_paulo_without_accent", "cg-br-sao-paulo"),
        ("p06_austin_texas_houston", "cg-us-houston"),
        ("p06_halfwidth_kana_frankfurt", "cg-de-frankfurt"),
        ("p06_san_marino_covered_by_rome", "emb-it-rome"),
    ],
)
def test_the_city_finds_the_one_mission_that_covers_it(name: str, mission: str) -> None:
    p = golden(name)
    assert [m["code"] for m in p["missions"]] == [mission]
    assert p["recommended_route"] is not None
    assert p["routes"][p["recommended_route"]]["pickup_at"]["code"] == mission


def test_districts_and_coverage_are_marked_assumptions() -> None:
    for name in ("p06_austin_texas_houston", "p06_san_marino_covered_by_rome"):
        assert "mission_areas_table" in {a["key"] for a in golden(name)["assumptions"]}
    # An exact match of the mission's own city (accents folded) rests on no assumption.
    assert "mission_areas_table" not in {
        a["key"] for a in golden("p06_sao_paulo_without_accent")["assumptions"]
    }


def test_an_unmatched_city_recommends_no_mission_and_asks_for_the_state() -> None:
    p = golden("p06_unknown_city_no_recommendation_en")
    assert len(p["missions"]) > 1 and p["recommended_route"] is None
    assert "state" in p["recommended_reason"]


@pytest.mark.parametrize(
    ("country", "city", "mission"),
    [
        ("BR", "São Paulo", "cg-br-sao-paulo"),
        ("BR", "sao paulo", "cg-br-sao-paulo"),
        ("BR", "ｻﾝﾊﾟｳﾛ", "cg-br-sao-paulo"),
        ("BR", "さんぱうろ", "cg-br-sao-paulo"),
        ("DE", "Frankfurt", "cg-de-frankfurt"),
        ("DE", "Munchen", "cg-de-munich"),
        ("DE", "Leipzig, Sachsen", "emb-de-berlin"),
        ("US", "Austin, Texas", "cg-us-houston"),
        ("US", "Round Rock, TX", "cg-us-houston"),
        ("US", "テキサス州ラウンドロック", "cg-us-houston"),
        ("US", "Baton Rouge, LA", "cg-us-nashville"),
        ("US", "LA", "cg-us-los-angeles"),
        ("US", "Spokane, WA", "cg-us-seattle"),
        ("CA", "Halifax, Nova Scotia", "cg-ca-montreal"),
        ("AU", "Hobart, Tasmania", "cg-au-melbourne"),
        ("US", "Springfield", None),
    ],
)
def test_city_matching(country: str, city: str, mission: str | None) -> None:
    from kokugai.rules import offices

    found = offices.mission_for(country, city)
    assert (found.id if found else None) == mission


def test_every_district_and_coverage_row_names_a_real_mission() -> None:
    from kokugai.rules import offices

    assert offices._district_table() and offices._coverage_table()
    for country, mid in offices._coverage_table().items():
        m = offices.mission(mid)
        assert m is not None and m.country != country
        assert not offices.missions_in(country)  # only countries without their own mission
