"""The household planner: golden family plans and the household's own refusals.

Regenerate the golden files after an intended change with
``KOKUGAI_UPDATE_GOLDEN=1 pytest tests/rules/test_household.py`` and review the diff.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from kokugai.rules.household import (
    household_plan_from_json,
    is_household,
    parse_household,
    render_household_text,
)
from kokugai.rules.planner import SituationError

GOLDEN = Path(__file__).parent / "golden_household"
HOUSEHOLDS = sorted(GOLDEN.glob("*.household.json"))
TODAY = dt.date(2099, 1, 1)


def _family() -> dict:
    return json.loads((GOLDEN / "family_taipei_sumida.household.json").read_text("utf-8"))


@pytest.mark.parametrize("path", HOUSEHOLDS, ids=lambda p: p.name.removesuffix(".household.json"))
def test_golden_household_plan(path: Path) -> None:
    name = path.name.removesuffix(".household.json")
    lang = "en" if name.endswith("_en") else "ja"
    got = household_plan_from_json(json.loads(path.read_text("utf-8")), today=TODAY, lang=lang)
    text = json.dumps(got, ensure_ascii=False, indent=2) + "\n"
    expected = GOLDEN / f"{name}.plan.json"
    if os.environ.get("KOKUGAI_UPDATE_GOLDEN") == "1":
        expected.write_text(text, encoding="utf-8")
    assert expected.exists(), f"no golden file {expected.name}: run with KOKUGAI_UPDATE_GOLDEN=1"
    assert json.loads(text) == json.loads(expected.read_text("utf-8"))


def test_family_of_four_answer() -> None:
    p = household_plan_from_json(_family(), today=TODAY)
    names = [m["name"] for m in p["members"]]
    assert names == ["父", "母", "長女", "次男"]
    assert all(m["eligible"] for m in p["members"]) and p["ineligible"] == []
    # Validity by age at issue: 10 birthdays for the adults, 5 for the children.
    years = {m["name"]: m["card_years"] for m in p["members"]}
    assert years == {"父": 10, "母": 10, "長女": 5, "次男": 5}
    expires = {m["name"]: m["card_expires_on"] for m in p["members"]}
    assert expires["長女"] == "2030-07-15" and expires["次男"] == "2030-07-20"
    for m in p["members"]:
        certs = dt.date.fromisoformat(m["certificates_expire_on"])
        assert certs <= dt.date.fromisoformat(m["card_expires_on"])
        assert certs.year - dt.date.fromisoformat(m["ready"]["likely"]).year <= 5
    # The recommended family route: the visit to 墨田区, free, two trips, everyone in time.
    best = p["routes"][p["recommended_route"]]
    assert best["channel"] == "municipality_visit"
    assert best["apply_at"]["code"] == best["pickup_at"]["code"] == "131075"
    assert p["trips"] == 2 and p["total_fee_yen"] == 0
    # The latest ready date is the family's: the slowest member's.
    likely = max(m["ready"]["likely"] for m in p["members"])
    assert p["ready"]["likely"] == likely == best["ready"]["likely"]
    assert p["departure"] == "2026-05-10" and p["ready_before_departure"] is True
    # Each route served lists every member with the index into their own plan.
    for r in p["routes"]:
        assert [x["name"] for x in r["members"]] == names
    # The mother's passport is listed once for both children; not in the children's lists.
    shared = p["shared_documents"]
    assert {(d["code"], d["representative"], tuple(d["members"])) for d in shared} == {
        ("legal_representative_id", "母", ("長女", "次男")),
        ("legal_representative_present", "母", ("長女", "次男")),
    }
    for m in p["members"]:
        codes = {d["code"] for d in m["documents"]}
        assert "legal_representative_id" not in codes
    baby = next(m for m in p["members"] if m["name"] == "次男")
    assert "photo" not in {d["code"] for d in baby["documents"]}
    child = next(m for m in p["members"] if m["name"] == "長女")
    assert "photo" in {d["code"] for d in child["documents"]}


def test_an_ineligible_member_is_reported_and_the_others_go_on() -> None:
    data = json.loads((GOLDEN / "family_baby_born_abroad.household.json").read_text("utf-8"))
    p = household_plan_from_json(data, today=TODAY)
    assert [x["name"] for x in p["ineligible"]] == ["次男"]
    assert [r["code"] for r in p["ineligible"][0]["reasons"]] == ["never_registered"]
    assert "member_not_eligible" in {w["code"] for w in p["warnings"]}
    eligible = [m for m in p["members"] if m["eligible"]]
    assert [m["name"] for m in eligible] == ["父", "母", "長女"]
    assert all(m["ready"] for m in eligible)
    assert p["routes"] and all(len(r["members"]) == 3 for r in p["routes"])
    assert p["shared_documents"][0]["members"] == ["長女"]


def test_a_slow_member_decides_the_family_ready_date_and_departure() -> None:
    data = _family()
    data["visit"]["depart"] = "2026-04-10"
    p = household_plan_from_json(data, today=TODAY)
    assert p["ready_before_departure"] is False
    # Not in time at 墨田区: the recommendation is no longer a pickup in Japan that nobody makes.
    best = p["routes"][p["recommended_route"]]
    assert best["pickup_at"]["code"] != "131075" or best["ready_before_departure"] is False


def test_a_member_with_nothing_to_do_does_not_constrain_the_family() -> None:
    data = _family()
    data["members"][0].update(
        card="continued_abroad", left_japan_on="2024-09-01", card_expires_on="2031-01-01"
    )
    p = household_plan_from_json(data, today=TODAY, lang="en")
    father = p["members"][0]
    assert father["eligible"] and father["route"] is None and father["plan"]["procedure"] is None
    assert p["routes"] and [x["name"] for x in p["routes"][0]["members"]] == ["母", "長女", "次男"]
    assert "父 (age 39): nothing to apply for now" in render_household_text(p, "en")


def test_text_rendering_names_every_member_and_the_shared_passport() -> None:
    p = household_plan_from_json(_family(), today=TODAY, lang="en")
    text = render_household_text(p, "en")
    for name in ("父", "母", "長女", "次男"):
        assert name in text
    assert "one serves 長女, 次男" in text and "Total fee: free" in text


def test_is_household() -> None:
    assert is_household({"members": []})
    assert not is_household({"birth_date": "2000-01-01"})
    assert not is_household([])


# --- bad input -----------------------------------------------------------------------------


def _error(data: object) -> SituationError:
    with pytest.raises(SituationError) as e:
        parse_household(data, today=TODAY)
    return e.value


def test_a_child_without_a_representative_is_refused_naming_the_member() -> None:
    data = _family()
    del data["members"][2]["representative"]
    e = _error(data)
    assert e.field == "members[2].representative"
    assert "長女" in e.message.ja and "under 15" in e.message.en


def test_a_representative_who_is_a_child_is_refused() -> None:
    data = _family()
    data["members"][3]["representative"] = "長女"
    e = _error(data)
    assert e.field == "members[3].representative"
    assert "not an adult" in e.message.en and "長女" in e.message.en


def test_a_representative_who_is_not_a_member_is_refused() -> None:
    data = _family()
    data["members"][2]["representative"] = "祖母"
    e = _error(data)
    assert e.field == "members[2].representative" and "not a member" in e.message.en


def test_oneself_as_representative_is_refused() -> None:
    data = _family()
    data["members"][0]["representative"] = "父"
    assert _error(data).field == "members[0].representative"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d["members"][1].pop("name"), "members[1].name"),
        (lambda d: d["members"][1].update(name="父"), "members[1].name"),
        (lambda d: d["members"][2].update(birth_date="2017-02-30"), "members[2].birth_date"),
        (lambda d: d["members"][0].update(honseki="131076"), "members[0].honseki"),
        (lambda d: d["members"][0].update(country="US"), "members[0].country"),
        (lambda d: d["members"][0].update(colour="red"), "members[0].colour"),
        (lambda d: d.update(members=[]), "members"),
        (lambda d: d.update(members="父"), "members"),
        (lambda d: d.update(birth_date="1980-01-01"), "birth_date"),
        (lambda d: d["visit"].update(depart="nope"), "visit.depart"),
        (lambda d: d.pop("country"), "country"),
    ],
)
def test_bad_household_fields_are_named(change, field) -> None:
    data = _family()
    change(data)
    assert _error(data).field == field


def test_not_an_object() -> None:
    assert _error([1]).field == "(household)"
