"""Dates in what the plan says to people are written the way the language writes dates
(issue 16 §7): 2027年1月29日(金)（令和9年） / 29 January 2027, never ISO "2027-01-29".

A date *value* of the plan's JSON (``apply_on``, ``ready.likely``, ``as_of`` …) stays ISO:
it is data, and pages format it with the ``|day`` filter. Any other string (a reason, a
warning, a note, a deadline text, a document label) must not carry an ISO date.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kokugai.rules.planner import SituationError, plan_from_json
from kokugai.rules.situations import ROWS
from kokugai.rules.types import Text

GOLDEN = Path(__file__).parent / "golden"
SITUATIONS = sorted(GOLDEN.glob("*.situation.json"))
ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
TODAY = dt.date(2099, 1, 1)


def prose(value: Any, key: str = "") -> Iterator[tuple[str, str]]:
    """Every string of the plan that is not a date value or a link."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from prose(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from prose(v, key)
    elif isinstance(value, str) and key not in {"url"} and not ISO.fullmatch(value):
        yield key, value


def situations() -> Iterator[tuple[str, dict[str, Any]]]:
    for path in SITUATIONS:
        yield path.name.removesuffix(".situation.json"), json.loads(path.read_text("utf-8"))
    for i, row in enumerate(ROWS):
        yield f"row{i}", row.data


CASES = list(situations())


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(("name", "data"), CASES, ids=[n for n, _ in CASES])
def test_no_iso_date_in_the_plans_prose(name: str, data: dict[str, Any], lang: str) -> None:
    try:
        got = plan_from_json(data, today=TODAY, lang=lang)
    except SituationError:  # an invalid situation (its error is not prose about dates)
        pytest.skip("situation refused")
    bad = [(k, v) for k, v in prose(got) if ISO.search(v)]
    assert not bad, bad


def test_the_seed_recommendation_reason_carries_the_date_per_language() -> None:
    """The defect that was seen: "(2027-01-29)" in the recommendation reason."""
    seed = json.loads(
        (GOLDEN / "p04_renewal_and_changes_bangkok.situation.json").read_text("utf-8")
    )
    ja = plan_from_json(seed, today=TODAY, lang="ja")["recommended_reason"]
    en = plan_from_json(seed, today=TODAY, lang="en")["recommended_reason"]
    assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日\([月火水木金土日]\)（(令和|平成)", ja), ja
    assert re.search(
        r"\d{1,2} (January|February|March|April|May|June|July|August"
        r"|September|October|November|December) \d{4}",
        en,
    ), en
    assert not ISO.search(ja) and not ISO.search(en)


def test_text_format_writes_each_value_in_its_language() -> None:
    t = Text.dated(
        "{d}まで（{office}）",
        "by {d} ({office})",
        d=dt.date(2027, 1, 29),
        office=Text("八戸市", "Hachinohe"),
    )
    assert t.ja == "2027年1月29日(金)（令和9年）まで（八戸市）"
    assert t.en == "by 29 January 2027 (Hachinohe)"
