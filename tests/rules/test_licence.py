"""マイナ免許証 options (rules.md §7.3) [S47, S50, S55, S65, S67, S68, S69, S70, S71, S73]."""

from __future__ import annotations

import datetime as dt

import pytest

from kokugai.rules.licence import (
    REGISTER_OUTSIDE_RENEWAL_YEN,
    licence_options,
    online_lecture_eligible,
)

D = dt.date
AFTER = D(2025, 10, 20)


def _by_option(**kw: object) -> dict[str, object]:
    args: dict[str, object] = {"as_of": AFTER, "resident_in_japan": False, "drives_abroad": True}
    args.update(kw)
    return {o.option: o for o in licence_options(**args)}  # type: ignore[arg-type]


def test_s65_renewal_fees_from_2025_03_24() -> None:
    opts = _by_option()
    assert {k: o.renewal_fee_yen for k, o in opts.items()} == {  # type: ignore[attr-defined]
        "licence_only": 2850,
        "myna_only": 2100,
        "both": 2950,
    }


def test_s65_before_2025_03_24_only_the_conventional_licence_at_the_old_fee() -> None:
    opts = _by_option(as_of=D(2025, 3, 23))
    assert list(opts) == ["licence_only"]
    assert opts["licence_only"].renewal_fee_yen == 2500  # type: ignore[attr-defined]


def test_s65_s55_registering_outside_renewal_costs_1500_and_lecture_200() -> None:
    opts = _by_option()
    assert REGISTER_OUTSIDE_RENEWAL_YEN == 1500
    assert opts["both"].register_fee_yen == 1500  # type: ignore[attr-defined]
    assert opts["both"].online_lecture_fee_yen == 200  # type: ignore[attr-defined]
    assert opts["licence_only"].register_fee_yen is None  # type: ignore[attr-defined]
    assert opts["licence_only"].online_lecture is False  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("option", "cls", "age", "ok"),
    [
        ("myna_only", "excellent", 40, True),
        ("both", "general", 69, True),
        ("both", "general", 70, False),
        ("both", "violator", 40, False),
        ("licence_only", "excellent", 40, False),
    ],
)
def test_s68_s69_online_lecture_for_myna_holders_excellent_or_general_under_70(
    option: str, cls: str, age: int, ok: bool
) -> None:
    assert online_lecture_eligible(option, driver_class=cls, age=age, as_of=AFTER) is ok  # type: ignore[arg-type]


def test_s71_driving_abroad_warns_against_myna_only() -> None:
    opts = _by_option(resident_in_japan=True, drives_abroad=True)
    codes = {w.code for w in opts["myna_only"].warnings}  # type: ignore[attr-defined]
    assert "drives_abroad_keep_conventional_licence" in codes
    assert opts["myna_only"].recommended is False  # type: ignore[attr-defined]


def test_s55_non_resident_merging_may_lose_the_licence_and_is_steered_to_both_or_licence_only() -> (
    None
):
    opts = _by_option(resident_in_japan=False, drives_abroad=False)
    codes = {w.code for w in opts["myna_only"].warnings}  # type: ignore[attr-defined]
    assert "non_resident_myna_only_may_lose_licence" in codes
    assert {k for k, o in opts.items() if o.recommended} == {"licence_only", "both"}  # type: ignore[attr-defined]
    assert "overseas_card_holds_licence" in opts["both"].assumptions  # type: ignore[attr-defined]


def test_resident_not_driving_abroad_has_no_such_warning() -> None:
    opts = _by_option(resident_in_japan=True, drives_abroad=False)
    assert all(o.recommended for o in opts.values())  # type: ignore[attr-defined]
    codes = {w.code for w in opts["myna_only"].warnings}  # type: ignore[attr-defined]
    assert "non_resident_myna_only_may_lose_licence" not in codes


def test_no_licence_no_options() -> None:
    assert (
        licence_options(
            as_of=AFTER, resident_in_japan=False, drives_abroad=False, holds_japanese_licence=False
        )
        == []
    )
