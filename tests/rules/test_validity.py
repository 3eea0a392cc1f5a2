"""Card and certificate validity, card face (rules.md §6) [S27, S35, S37, S46, S57, S58]."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kokugai.rules.validity import (
    address_field,
    age_on,
    card_expiry,
    card_face,
    certificate_expiry,
    nth_birthday_after,
    validity,
)

D = dt.date
BIRTH = D(1990, 4, 1)  # 国外 太郎


def test_s46_s57_adult_card_runs_to_the_10th_birthday_after_issue() -> None:
    assert card_expiry(BIRTH, D(2025, 11, 21)) == D(2035, 4, 1)


def test_birthday_on_the_issue_day_does_not_count() -> None:
    assert nth_birthday_after(BIRTH, D(2025, 4, 1), 1) == D(2026, 4, 1)
    assert card_expiry(BIRTH, D(2025, 4, 1)) == D(2035, 4, 1)
    assert card_expiry(BIRTH, D(2025, 3, 31)) == D(2034, 4, 1)


def test_s46_under_18_at_issue_gets_5_birthdays() -> None:
    child = D(2010, 6, 15)
    assert card_expiry(child, D(2025, 11, 1)) == D(2030, 6, 15)
    # 18 exactly on the issue day: 10 years.
    assert card_expiry(child, D(2028, 6, 15)) == D(2038, 6, 15)


def test_s57_applications_before_2022_04_01_used_age_20() -> None:
    eighteen = D(2003, 6, 1)  # 18 on the issue day
    issued = D(2022, 5, 1)
    assert card_expiry(eighteen, issued, applied_on=D(2022, 3, 31)) == D(2026, 6, 1)
    assert card_expiry(eighteen, issued, applied_on=D(2022, 4, 1)) == D(2031, 6, 1)


def test_s58_certificates_to_5th_birthday_or_card_expiry_if_earlier() -> None:
    issued = D(2025, 11, 21)
    card = card_expiry(BIRTH, issued)
    assert certificate_expiry(BIRTH, issued, card_expires_on=card) == D(2030, 4, 1)
    child = D(2012, 1, 10)
    card = card_expiry(child, issued)  # 5 birthdays: 2030-01-10
    assert certificate_expiry(child, issued, card_expires_on=card) == card


def test_feb_29_birthday_counts_feb_28_in_common_years_by_default_assumption() -> None:
    leap = D(2000, 2, 29)
    assert card_expiry(leap, D(2025, 6, 1)) == D(2035, 2, 28)
    assert card_expiry(leap, D(2025, 6, 1), overrides={"leap_day_birthday": "mar1"}) == D(
        2035, 3, 1
    )
    assert nth_birthday_after(leap, D(2025, 6, 1), 3) == D(2028, 2, 29)
    v = validity(leap, D(2025, 6, 1))
    assert v.certificates_expire_on == D(2030, 2, 28)


def test_age_on() -> None:
    assert age_on(BIRTH, D(2025, 3, 31)) == 34
    assert age_on(BIRTH, D(2025, 4, 1)) == 35
    assert age_on(D(2000, 2, 29), D(2001, 2, 28)) == 0
    assert age_on(D(2000, 2, 29), D(2001, 3, 1)) == 1


def test_validity_without_certificates_has_none() -> None:
    v = validity(BIRTH, D(2025, 11, 21), with_certificates=False)
    assert v.certificates_expire_on is None and v.card_expires_on == D(2035, 4, 1)


def test_s27_card_face_of_a_non_resident() -> None:
    assert address_field(D(2025, 11, 8)) == "国外転出 2025年11月8日"
    face = card_face(D(2024, 6, 1), continued=True)
    assert face.address == "国外転出 2024年6月1日"
    assert face.shows_former_surname is False
    assert face.printed_in_endorsement_area is True  # S35, S37: the 追記欄
    assert "S27" in {s.id for s in face.sources}


@given(
    birth=st.dates(D(1920, 1, 1), D(2030, 12, 31)),
    offset=st.integers(0, 110 * 366),
    applied_before=st.integers(0, 400),
    certs=st.booleans(),
)
def test_property_validity_dates_fall_after_the_issue_date(
    birth: dt.date, offset: int, applied_before: int, certs: bool
) -> None:
    issued = birth + dt.timedelta(days=offset)
    if issued.year > 9980:
        return
    v = validity(
        birth,
        issued,
        applied_on=issued - dt.timedelta(days=applied_before),
        with_certificates=certs,
    )
    assert v.card_expires_on > issued
    assert (v.card_expires_on - issued).days <= 10 * 366 + 1
    if certs:
        assert v.certificates_expire_on is not None
        assert issued < v.certificates_expire_on <= v.card_expires_on


def test_issue_before_birth_is_refused() -> None:
    with pytest.raises(ValueError):
        card_expiry(BIRTH, D(1989, 1, 1))
