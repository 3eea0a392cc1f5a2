"""Sources (rules.md S#) and the named assumptions for rules.md §9 UNCONFIRMED facts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kokugai.rules import assumptions as am
from kokugai.rules.assumptions import ASSUMPTIONS, AssumptionError, Assumptions
from kokugai.rules.sources import SOURCES, merge, sources

RULES_DIR = Path(am.__file__).parent


def test_every_source_cited_in_rules_code_exists() -> None:
    cited: set[str] = set()
    for path in RULES_DIR.glob("*.py"):
        cited |= set(re.findall(r'"(S\d+b?)"', path.read_text(encoding="utf-8")))
    assert cited - set(SOURCES) == set()
    assert {"S1", "S11", "S27", "S55", "S71"} <= cited


def test_sources_have_https_urls_titles_and_parsed_dates() -> None:
    for s in SOURCES.values():
        assert s.url.startswith(("https://", "http://")) and s.title
    s11 = SOURCES["S11"]
    assert s11.published is not None and s11.published.isoformat() == "2025-01-27"
    assert SOURCES["S8"].published is None


def test_every_source_has_the_day_it_was_seen_and_says_when_that_day_is_estimated() -> None:
    from kokugai.rules.calendars import GOVERNMENT_HOLIDAYS_ACT, LOCAL_AUTONOMY_ACT
    from kokugai.rules.checkdigits import LGCODE_SOURCE, MYNUMBER_SOURCE
    from kokugai.rules.sources import RESEARCH_DATE

    others = (GOVERNMENT_HOLIDAYS_ACT, LOCAL_AUTONOMY_ACT, LGCODE_SOURCE, MYNUMBER_SOURCE)
    for s in (*SOURCES.values(), *others):
        assert s.seen == RESEARCH_DATE and s.seen_estimated, s.id
        # A page cannot have been published after it was read.
        assert s.published is None or s.published <= s.seen, s.id
        d = s.as_dict()
        assert d["seen"] == "2026-11-27" and d["seen_estimated"] is True
    assert SOURCES["S11"].as_dict()["published"] == "2025-01-27"


def test_merge_deduplicates_and_orders_by_number() -> None:
    got = merge(sources("S11", "S2"), sources("S2", "S9b", "S9"))
    assert [s.id for s in got] == ["S2", "S9", "S9b", "S11"]


def test_assumption_defaults_cover_the_unconfirmed_facts() -> None:
    # rules.md §9: 90-day deadline after return (1), fee on return (1), 15-17 (4), photo (4),
    # reservation (5), 保険証 grace (7), 附票 by コンビニ (7), licence on overseas cards (7).
    a = Assumptions()
    assert a.int("return_switch_deadline_days") == 90
    assert a.int("return_switch_fee_yen") == 0
    assert a.bool("minor_15_17_applies_self") is True
    assert a.int("photo_max_age_months") == 6
    assert a.bool("pickup_needs_reservation") is True
    assert a.int("uncollected_holding_days") == 90
    assert a.bool("hokensho_grace_2026_03") is False
    assert a.bool("konbini_koseki_fuhyo") is False
    assert a.bool("overseas_card_holds_licence") is True


def test_used_lists_only_what_was_read_with_overridden_value_in_text() -> None:
    a = Assumptions({"return_switch_deadline_days": 60})
    assert a.used() == []
    assert a.int("return_switch_deadline_days") == 60
    (used,) = a.used()
    assert used.key == "return_switch_deadline_days" and used.value == 60
    assert "60" in used.text.ja and "60" in used.text.en
    d = used.as_dict("en")
    assert d["assumption"] is True and "assumption" in str(d["text"])


@pytest.mark.parametrize(
    ("overrides", "key"),
    [
        ({"no_such_thing": 1}, "no_such_thing"),
        ({"return_switch_deadline_days": "90"}, "return_switch_deadline_days"),
        ({"return_switch_deadline_days": True}, "return_switch_deadline_days"),
        ({"pickup_needs_reservation": 1}, "pickup_needs_reservation"),
        ({"stage_priors_scale": 0}, "stage_priors_scale"),
    ],
)
def test_bad_overrides_are_refused_naming_the_key(overrides: dict[str, object], key: str) -> None:
    with pytest.raises(AssumptionError) as e:
        Assumptions(overrides)
    assert e.value.key == key


def test_every_assumption_text_is_marked_as_assumption_in_both_languages() -> None:
    for a in ASSUMPTIONS.values():
        assert "想定" in a.text.ja or "推定" in a.text.ja
        assert "assumption" in a.text.en or "estimate" in a.text.en
