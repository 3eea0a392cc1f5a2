"""Review findings on the rules and the planner (issue 2 review): one test per finding."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from kokugai.rules.planner import SituationError, plan_from_json

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


def _fee_line(route: dict[str, Any]) -> dict[str, Any]:
    (line,) = [d for d in route["documents"] if d["code"] == "fee"]
    return line


# --- 1. the fee line agrees with fee_yen ---------------------------------------------------


def _lapsed_in_august(**changes: Any) -> dict[str, Any]:
    visit = {"arrive": "2025-11-05", "depart": "2025-11-20", "municipality": "131075"}
    return situation(left_japan_on="2025-08-01", visit=visit, **changes)


def test_fee_line_counts_from_the_same_day_as_the_fee() -> None:
    p = run(_lapsed_in_august())
    for r in p["routes"]:
        line = _fee_line(r)
        if r["fee_yen"] == 0:
            assert line["label"].startswith("手数料: 無料"), r["channel"]
            assert line["required"] is False
        else:
            assert f"{r['fee_yen']:,}円" in line["label"], (r["channel"], line["label"])
            assert line["required"] is True
    visit = [r for r in p["routes"] if r["channel"] == "municipality_visit"]
    # Day 96 after departure: past the free window.
    assert visit and all(r["fee_yen"] == 1000 for r in visit)
    counter = [r for r in p["routes"] if r["channel"] == "mission_counter"]
    assert counter and all(r["fee_yen"] == 0 for r in counter)  # day 80


def test_mail_counts_from_arrival_and_warns_when_the_window_ends_in_transit() -> None:
    p = run(_lapsed_in_august())
    mail = [r for r in p["routes"] if r["channel"] in {"mission_mail", "honseki_mail"}]
    assert mail
    for r in mail:
        # Posted 2025-10-20 (day 80), received 14 days later (day 94): not free.
        assert r["received_on"] == "2025-11-03"
        assert r["fee_yen"] == 1000 and "1,000円" in _fee_line(r)["label"]
    codes = [w["code"] for w in p["warnings"]]
    assert "free_window_ends_in_transit" in codes
    assert "mail_transit_days" in [a["key"] for a in p["assumptions"]]


def test_a_shorter_assumed_transit_keeps_mail_free() -> None:
    p = run(_lapsed_in_august(), overrides={"mail_transit_days": 5})
    mail = [r for r in p["routes"] if r["channel"] in {"mission_mail", "honseki_mail"}]
    assert mail and all(r["fee_yen"] == 0 for r in mail)
    assert all(r["received_on"] == "2025-10-25" for r in mail)
    assert "free_window_ends_in_transit" not in [w["code"] for w in p["warnings"]]


# --- 2. who may take the online lecture ----------------------------------------------------


def _options(p: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {o["option"]: o for o in p["licence_options"]}


def test_online_lecture_closed_at_70() -> None:
    p = run(situation(birth_date="1955-01-01"))  # 70 on 2025-10-20
    opts = _options(p)
    for name in ("myna_only", "both"):
        assert opts[name]["online_lecture"] is False
        assert opts[name]["online_lecture_fee_yen"] is None
        assert "70歳以上" in opts[name]["online_lecture_note"]
    assert opts["licence_only"]["online_lecture_note"] is None


def test_online_lecture_by_driver_class() -> None:
    lic = {"holds_japanese_licence": True, "drives_abroad": True}
    other = _options(run(situation(licence={**lic, "driver_class": "other"})))
    assert other["both"]["online_lecture"] is False
    general = _options(run(situation(licence={**lic, "driver_class": "general"}), lang="en"))
    assert general["both"]["online_lecture"] is True
    assert general["both"]["online_lecture_fee_yen"] == 200
    assert "general driver" in general["both"]["online_lecture_note"]
    unknown = _options(run(situation(licence=lic), lang="en"))
    assert unknown["both"]["online_lecture"] is True
    assert "under 70" in unknown["both"]["online_lecture_note"]
    assert "Check" in unknown["both"]["online_lecture_note"]


def test_bad_driver_class_names_the_field() -> None:
    lic = {"holds_japanese_licence": True, "drives_abroad": True, "driver_class": "gold"}
    with pytest.raises(SituationError) as e:
        run(situation(licence=lic))
    assert e.value.field == "licence.driver_class"


# --- 3. every date of the situation is bounded ----------------------------------------------


@pytest.mark.parametrize(
    ("field", "changes"),
    [
        ("as_of", {"as_of": "9999-06-01", "visit": None}),
        ("as_of", {"as_of": "9990-06-01", "visit": None}),
        ("birth_date", {"birth_date": "1899-12-31"}),
        ("left_japan_on", {"left_japan_on": "0001-01-01"}),
        (
            "visit.depart",
            {"visit": {"arrive": "2025-10-25", "depart": "2101-01-01", "municipality": "131075"}},
        ),
    ],
)
def test_far_dates_name_their_field(field: str, changes: dict[str, Any]) -> None:
    with pytest.raises(SituationError) as e:
        run(situation(**changes))
    assert e.value.field == field


def test_the_edges_of_the_range_plan() -> None:
    p = run(situation(as_of="2100-12-31", birth_date="1900-01-01", visit=None))
    assert p["eligible"] is True and p["routes"]


# --- 13. designated cities and staff-only items ---------------------------------------------


def test_a_designated_city_is_not_a_visit_municipality() -> None:
    visit = {"arrive": "2025-10-25", "depart": "2025-11-08", "municipality": "011002"}
    with pytest.raises(SituationError) as e:
        run(situation(visit=visit))
    assert e.value.field == "visit.municipality"
    assert "区" in e.value.message.ja and "ward" in e.value.message.en


def test_what_to_bring_has_no_staff_steps() -> None:
    from kokugai.rules.codes import Channel, Procedure
    from kokugai.rules.procedures import checklist

    p = run(SEED)
    codes = {d["code"] for r in p["routes"] for d in r["documents"]}
    assert "forward_to_honseki" not in codes
    assert all(d["audience"] == "applicant" for r in p["routes"] for d in r["documents"])
    # The clerk's checklist keeps it.
    staff = checklist(Procedure.NEW_ISSUANCE, Channel.MUNICIPALITY_VISIT, as_of=TODAY)
    assert any(i.code == "forward_to_honseki" and i.audience == "staff" for i in staff)


# --- 5. every certificate the kiosk refuses -------------------------------------------------


def test_each_refused_certificate_is_listed_with_the_kiosk_message() -> None:
    p = run(SEED)
    refused = [w["message"] for w in p["warnings"] if w["code"] == "konbini_not_for_non_residents"]
    for name in ("住民票の写し", "住民票除票の写し", "印鑑登録証明書", "課税証明書"):
        (line,) = [m for m in refused if m.startswith(name)]
        assert "利用できないカードです" in line
    assert any(w["code"] == "konbini_koseki" for w in p["warnings"])


# --- 8. ready_before_departure whenever there is a visit ------------------------------------


def test_every_route_of_a_plan_with_a_visit_says_whether_it_is_ready_before_departure() -> None:
    p = run(SEED)
    for r in p["routes"]:
        assert r["ready_before_departure"] is not None, r["channel"]
        if r["pickup_at"]["kind"] == "mission":
            assert r["ready_before_departure"] is False
    without = run(situation(visit=None))
    assert all(r["ready_before_departure"] is None for r in without["routes"])


def test_a_pickup_in_japan_is_judged_by_the_estimate() -> None:
    # No mission (country without one on record): mail to the 本籍地, collect there.
    long_visit = {"arrive": "2025-10-25", "depart": "2026-06-30", "municipality": "131075"}
    p = run(situation(country="AQ", city=None, visit=long_visit))
    home = [r for r in p["routes"] if r["pickup_at"]["kind"] == "municipality"]
    assert home
    for r in home:
        assert r["ready_before_departure"] is (r["ready"]["likely"] <= "2026-06-30")


# --- 6. the planner and the tracker share the learned-durations lookup ---------------------


def test_learned_durations_replace_the_priors_per_stage_and_office() -> None:
    from kokugai.rules.estimate import ANY_OFFICE
    from kokugai.tracking.eta import Learned

    base = run(SEED)
    slow_review = {("review", "022039"): Learned(median_bd=60, low_bd=50, high_bd=70, n=9)}
    slow = run(SEED, learned=slow_review)
    for before, after in zip(base["routes"], slow["routes"], strict=True):
        assert after["ready"]["likely"] > before["ready"]["likely"]
    # Another office's history does not apply; history over all offices does.
    elsewhere = run(SEED, learned={("review", "131075"): slow_review[("review", "022039")]})
    assert elsewhere["routes"] == base["routes"]
    pooled = run(SEED, learned={("review", ANY_OFFICE): slow_review[("review", "022039")]})
    assert pooled["routes"] == slow["routes"]


def test_tracker_and_planner_use_one_lookup() -> None:
    from kokugai.rules import estimate
    from kokugai.tracking import eta

    assert eta.durations_for is estimate.durations_for
    assert eta.ANY_OFFICE == estimate.ANY_OFFICE


# --- 7. mission calendars and areas are registry assumptions --------------------------------


def _keys(p: dict[str, Any]) -> list[str]:
    return [a["key"] for a in p["assumptions"]]


def test_mission_calendar_assumptions_are_named_and_overridable() -> None:
    from kokugai.rules.calendars import mission_calendar

    p = run(SEED)
    assert {"missions_observe_japanese_holidays", "missions_observe_year_end"} <= set(_keys(p))
    culture_day = D(2025, 11, 3)  # 文化の日, a working Monday in Taiwan
    assert not mission_calendar("TW").is_business_day(culture_day)
    assert mission_calendar("TW", observe_japanese_holidays=False).is_business_day(culture_day)
    new_year_eve_jp = D(2025, 12, 30)  # Tuesday: closed only by the Japanese year-end break
    assert not mission_calendar("TW").is_business_day(new_year_eve_jp)
    assert mission_calendar("TW", observe_year_end=False).is_business_day(new_year_eve_jp)
    # The override reaches the plan: a mission counter route over 文化の日 and the year end.
    visit = None
    base = run(situation(visit=visit))
    off = run(
        situation(visit=visit),
        overrides={"missions_observe_japanese_holidays": False, "missions_observe_year_end": False},
    )
    (a,) = [x for x in off["assumptions"] if x["key"] == "missions_observe_japanese_holidays"]
    assert a["value"] is False
    counter = lambda p: [r for r in p["routes"] if r["channel"] == "mission_counter"][0]  # noqa: E731
    assert counter(off)["ready"]["latest"] < counter(base)["ready"]["latest"]


def test_a_mission_found_only_by_the_area_table_names_the_assumption() -> None:
    p = run(situation(city="Tainan", visit=None))
    assert [m["code"] for m in p["missions"]] == ["jtea-tw-kaohsiung"]
    assert "mission_areas_table" in _keys(p)
    # A mission's own city needs no table.
    assert "mission_areas_table" not in _keys(run(SEED))
    # Without the table: every mission of the country, and the plan says why.
    off = run(situation(city="Tainan", visit=None), overrides={"mission_areas_table": False})
    assert len(off["missions"]) > 1
    assert "city_not_matched" in [w["code"] for w in off["warnings"]]
