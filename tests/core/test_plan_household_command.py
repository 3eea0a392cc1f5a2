"""``kokugai plan`` given a household (a document with ``members``): the family plan, exit 2
naming the member's field on bad input. Run as a user runs it, no database."""

from __future__ import annotations

import json
from pathlib import Path

from tests.core.test_plan_command import ENV, assert_no_traceback, kokugai

GOLDEN = Path(__file__).resolve().parents[1] / "rules" / "golden_household"
FAMILY = GOLDEN / "family_taipei_sumida.household.json"


def test_household_json_matches_the_golden_family_plan() -> None:
    p = kokugai(str(FAMILY), "--json")
    assert p.returncode == 0, p.stderr
    got = json.loads(p.stdout)
    assert got == json.loads((GOLDEN / "family_taipei_sumida.plan.json").read_text("utf-8"))


def test_household_text_from_stdin_in_english() -> None:
    p = kokugai("-", "--lang", "en", stdin=FAMILY.read_text("utf-8"))
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("Family plan for the overseas My Number card")
    assert "長女 (age 8, represented by 母)" in p.stdout


def test_child_without_representative_exits_2_naming_the_member() -> None:
    data = json.loads(FAMILY.read_text("utf-8"))
    del data["members"][3]["representative"]
    p = kokugai("-", "--lang", "en", stdin=json.dumps(data), env=ENV)
    assert p.returncode == 2
    assert_no_traceback(p)
    assert p.stderr.startswith("members[3].representative: 次男 (age 0) is under 15")


def test_representative_not_an_adult_exits_2() -> None:
    data = json.loads(FAMILY.read_text("utf-8"))
    data["members"][2]["representative"] = "次男"
    p = kokugai("-", stdin=json.dumps(data))
    assert p.returncode == 2
    assert_no_traceback(p)
    assert p.stderr.startswith("members[2].representative: ")
    assert "成人" in p.stderr
