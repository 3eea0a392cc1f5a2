"""ELIG-1 (rules.md §1) [S1, S3, S7, S13, S24]."""

from __future__ import annotations

import datetime as dt

import pytest

from kokugai.rules.eligibility import eligibility

D = dt.date


def elig(**kw: object):  # type: ignore[no-untyped-def]
    args: dict[str, object] = {
        "as_of": D(2025, 10, 20),
        "nationalities": ["JP"],
        "resident_in_japan": False,
        "left_japan_on": D(2022, 4, 15),
        "honseki_known": True,
    }
    args.update(kw)
    return eligibility(**args)  # type: ignore[arg-type]


def test_s1_japanese_non_resident_registered_after_2015_with_known_honseki_is_eligible() -> None:
    e = elig()
    assert e.eligible and e.codes == ("eligible",)
    assert {"S1", "S3"} <= {s.id for s in e.sources}


def test_s1_dual_national_including_jp_is_eligible() -> None:
    assert elig(nationalities=["us", "JP"]).eligible


def test_s1_s20_foreign_national_refused_even_after_holding_a_card() -> None:
    e = elig(nationalities=["TW"])
    assert not e.eligible and e.codes == ("not_japanese",)
    assert "S20" in {s.id for s in e.sources}


def test_s1_s3_still_registered_in_japan_uses_the_domestic_procedure() -> None:
    e = elig(resident_in_japan=True)
    assert e.codes == ("resident_in_japan",)
    assert "住民票のある市区町村" in e.reasons[0].message.ja
    assert "domestic" in e.reasons[0].message.en


@pytest.mark.parametrize(
    ("left", "ok"),
    [(D(2015, 10, 4), False), (D(2015, 10, 5), True), (D(2010, 1, 1), False)],
)
def test_s1_registration_on_or_after_2015_10_05(left: dt.date, ok: bool) -> None:
    e = elig(left_japan_on=left)
    assert e.eligible is ok
    if not ok:
        assert e.codes == ("no_registration_since_2015_10_05",)


def test_s1_left_before_2015_but_registered_again_later_is_eligible() -> None:
    assert elig(left_japan_on=D(2012, 1, 1), registered_since_2015=True).eligible


def test_s1_s5_never_registered_born_abroad() -> None:
    assert elig(left_japan_on=None).codes == ("never_registered",)


def test_s7_s24_honseki_unknown_cannot_apply() -> None:
    e = elig(honseki_known=False)
    assert e.codes == ("honseki_unknown",)
    assert "S24" in {s.id for s in e.sources}


def test_all_failing_conditions_are_reported_together() -> None:
    e = elig(nationalities=["US"], left_japan_on=None, honseki_known=False)
    assert e.codes == ("not_japanese", "never_registered", "honseki_unknown")


def test_before_2024_05_27_the_overseas_card_did_not_exist() -> None:
    assert elig(as_of=D(2024, 5, 26)).codes == ("not_yet_in_force",)
    assert elig(as_of=D(2024, 5, 27)).eligible


def test_every_refusal_says_the_way_forward_in_both_languages() -> None:
    cases = [
        elig(nationalities=["TW"]),
        elig(resident_in_japan=True),
        elig(left_japan_on=D(2010, 1, 1)),
        elig(left_japan_on=None),
        elig(honseki_known=False),
    ]
    for e in cases:
        (r,) = e.reasons
        assert r.message.ja and r.message.en and r.sources
