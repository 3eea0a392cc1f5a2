"""Golden plans: the planner's JSON for known situations, compared with committed files.

Regenerate after an intended change with ``KOKUGAI_UPDATE_GOLDEN=1 pytest tests/rules``
and review the diff: every change in a golden file is a change in what citizens are told.
A name ending in ``_en`` is rendered in English.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from kokugai.rules.planner import plan_from_json

GOLDEN = Path(__file__).parent / "golden"
SITUATIONS = sorted(GOLDEN.glob("*.situation.json"))
# Every situation sets as_of; "today" must never leak into a golden plan.
TODAY = dt.date(2099, 1, 1)


@pytest.mark.parametrize("path", SITUATIONS, ids=lambda p: p.name.removesuffix(".situation.json"))
def test_golden_plan(path: Path) -> None:
    name = path.name.removesuffix(".situation.json")
    lang = "en" if name.endswith("_en") else "ja"
    got = plan_from_json(json.loads(path.read_text(encoding="utf-8")), today=TODAY, lang=lang)
    text = json.dumps(got, ensure_ascii=False, indent=2) + "\n"
    expected = GOLDEN / f"{name}.plan.json"
    if os.environ.get("KOKUGAI_UPDATE_GOLDEN") == "1" or not expected.exists():
        if os.environ.get("KOKUGAI_UPDATE_GOLDEN") != "1":
            pytest.fail(f"no golden file {expected.name}: run with KOKUGAI_UPDATE_GOLDEN=1")
        expected.write_text(text, encoding="utf-8")
    assert json.loads(text) == json.loads(expected.read_text(encoding="utf-8"))


def test_there_is_a_golden_plan_for_the_seed_and_every_refusal_reason() -> None:
    names = {p.name.removesuffix(".situation.json") for p in SITUATIONS}
    assert "seed" in names
    for code in (
        "not_japanese",
        "resident_in_japan",
        "no_registration_since_2015_10_05",
        "never_registered",
        "honseki_unknown",
        "not_yet_in_force",
    ):
        assert f"refused_{code}" in names
        plan = json.loads((GOLDEN / f"refused_{code}.plan.json").read_text(encoding="utf-8"))
        assert plan["eligible"] is False
        assert [r["code"] for r in plan["reasons"]] == [code]
