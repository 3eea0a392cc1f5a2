"""Fees (rules.md §5) [S3, S5, S8, S10, S11, S12, S46, S49, S56]."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kokugai.rules.codes import Channel, Procedure
from kokugai.rules.fees import FeeNotInForceError, fee, fee_rule

D = dt.date
AS_OF = D(2025, 10, 20)


def test_s3_s5_new_overseas_card_is_free() -> None:
    f = fee(Procedure.NEW_ISSUANCE, as_of=AS_OF, with_certificates=True, card_state="none")
    assert f.yen == 0 and {"S3", "S5"} <= {s.id for s in f.sources}


def test_s55_seed_card_returned_before_2024_is_a_free_new_card() -> None:
    f = fee(
        Procedure.NEW_ISSUANCE,
        as_of=AS_OF,
        with_certificates=True,
        departure_date=D(2022, 4, 15),
        card_state="returned",
    )
    assert f.yen == 0


@pytest.mark.parametrize(("certs", "yen"), [(True, 1000), (False, 800)])
def test_s49_s11_reissue_1000_or_800_without_certificates(certs: bool, yen: int) -> None:
    f = fee(Procedure.REISSUE, as_of=AS_OF, with_certificates=certs)
    assert f.yen == yen
    assert "S49" in {s.id for s in f.sources} or "S11" in {s.id for s in f.sources}


@pytest.mark.parametrize(
    ("day", "certs", "yen"),
    [(0, True, 0), (90, True, 0), (91, True, 1000), (91, False, 800), (400, True, 1000)],
)
def test_s11_missed_continuation_free_within_90_days_charged_from_day_91(
    day: int, certs: bool, yen: int
) -> None:
    departed = D(2025, 1, 10)
    f = fee(
        Procedure.NEW_ISSUANCE,
        as_of=departed + dt.timedelta(days=day),
        with_certificates=certs,
        departure_date=departed,
        card_state="returned",
    )
    assert f.yen == yen
    assert f.reasons[0].code == (
        "lapsed_within_90_days_free" if yen == 0 else "lapsed_after_90_days"
    )


def test_s11_applied_on_counts_not_as_of() -> None:
    departed = D(2025, 1, 10)
    f = fee(
        Procedure.NEW_ISSUANCE,
        as_of=departed,
        applied_on=departed + dt.timedelta(days=120),
        with_certificates=True,
        departure_date=departed,
        card_state="returned",
    )
    assert f.yen == 1000


def test_s8_name_change_via_mission_is_free_and_s46_cert_renewal_via_mission_is_free() -> None:
    for proc in (Procedure.CHANGE_DETAILS, Procedure.CERT_RENEWAL):
        for ch in (Channel.MISSION_COUNTER, Channel.MISSION_MAIL):
            f = fee(proc, as_of=AS_OF, with_certificates=True, channel=ch)
            assert f.yen == 0 and f.assumptions == ()


def test_unsourced_fees_are_marked_as_assumptions() -> None:
    f = fee(Procedure.RETURN_TO_JAPAN, as_of=AS_OF, with_certificates=True)
    assert f.assumptions == ("return_switch_fee_yen",)
    f = fee(
        Procedure.PIN_RESET,
        as_of=AS_OF,
        with_certificates=True,
        overrides={"other_procedure_fee_yen": 300},
    )
    assert f.yen == 300 and f.assumptions == ("other_procedure_fee_yen",)


def test_s56_holder_of_a_valid_card_may_be_charged() -> None:
    f = fee(Procedure.NEW_ISSUANCE, as_of=AS_OF, with_certificates=True, card_state="valid")
    assert f.yen == 1000 and f.reasons[0].code == "holds_valid_card"


def test_fee_table_is_effective_dated() -> None:
    with pytest.raises(FeeNotInForceError):
        fee_rule("new_card", D(2024, 5, 26))
    assert fee_rule("reissue_with_certificates", D(2024, 5, 27)).yen == 1000


@given(
    proc=st.sampled_from(list(Procedure)),
    channel=st.sampled_from([None, *Channel]),
    certs=st.booleans(),
    state=st.sampled_from(
        [None, "none", "valid", "continued_abroad", "returned", "lost", "expired"]
    ),
    as_of=st.dates(D(2024, 5, 27), D(2035, 12, 31)),
    departure=st.one_of(st.none(), st.dates(D(2015, 10, 5), D(2035, 12, 31))),
)
def test_property_fees_are_never_negative(
    proc: Procedure,
    channel: Channel | None,
    certs: bool,
    state: str | None,
    as_of: dt.date,
    departure: dt.date | None,
) -> None:
    f = fee(
        proc,
        as_of=as_of,
        with_certificates=certs,
        departure_date=departure,
        card_state=state,
        channel=channel,
    )
    assert f.yen >= 0
    assert f.yen in {0, 800, 1000}
    assert f.reasons


def test_valid_card_fee_is_a_marked_assumption() -> None:
    # S56: a fee MAY apply and the 本籍地 decides after the application.
    f = fee(Procedure.NEW_ISSUANCE, as_of=AS_OF, with_certificates=True, card_state="valid")
    assert f.assumptions == ("valid_card_new_issuance_charged",)
    assert "想定" in f.reasons[0].message.ja and "本籍地" in f.reasons[0].message.ja
    free = fee(
        Procedure.NEW_ISSUANCE,
        as_of=AS_OF,
        with_certificates=True,
        card_state="continued_abroad",
        overrides={"valid_card_new_issuance_charged": False},
    )
    assert free.yen == 0 and free.assumptions == ("valid_card_new_issuance_charged",)
