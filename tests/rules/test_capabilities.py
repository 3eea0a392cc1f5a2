"""What an overseas card can do (rules.md §7.1, §7.2) [S30, S40, S42, S43, S55, S59, S60]."""

from __future__ import annotations

import datetime as dt

import pytest

from kokugai.rules.capabilities import (
    KIOSK_REFUSAL,
    capabilities,
    convenience_store,
    health_insurance,
)

D = dt.date


def test_s59_s55_koseki_at_a_convenience_store_if_the_honseki_offers_it() -> None:
    ok = convenience_store("koseki", honseki_offers_konbini=True, has_user_certificate=True)
    assert ok.allowed and ok.kiosk_message is None
    no = convenience_store("koseki", honseki_offers_konbini=False, has_user_certificate=True)
    assert not no.allowed and no.reason.code == "honseki_no_konbini"


@pytest.mark.parametrize("cert", ["juminhyo", "juminhyo_joshohyo", "inkan", "kazei"])
def test_s59_s55_residence_seal_and_tax_certificates_refused_with_the_kiosk_message(
    cert: str,
) -> None:
    c = convenience_store(cert, honseki_offers_konbini=True, has_user_certificate=True)  # type: ignore[arg-type]
    assert not c.allowed
    assert c.kiosk_message == KIOSK_REFUSAL == "利用できないカードです"
    assert KIOSK_REFUSAL in c.reason.message.ja


def test_s59_no_user_certificate_no_konbini_and_s60_under_15() -> None:
    assert not convenience_store(
        "koseki", honseki_offers_konbini=True, has_user_certificate=False
    ).allowed
    assert not convenience_store(
        "koseki", honseki_offers_konbini=True, has_user_certificate=True, age=14
    ).allowed


def test_koseki_fuhyo_is_an_assumption() -> None:
    c = convenience_store("koseki_fuhyo", honseki_offers_konbini=True, has_user_certificate=True)
    assert c.assumptions == ("konbini_koseki_fuhyo",) and not c.allowed


@pytest.mark.parametrize(
    ("day", "code"),
    [
        (D(2024, 12, 1), "paper_hokensho_issued"),
        (D(2024, 12, 2), "paper_hokensho_phasing_out"),
        (D(2025, 12, 1), "paper_hokensho_phasing_out"),
        (D(2025, 12, 2), "paper_hokensho_abolished"),
    ],
)
def test_s40_s42_paper_hokensho_dates(day: dt.date, code: str) -> None:
    assert health_insurance(day, has_user_certificate=True)[0].code == code


def test_s43_myna_hokensho_needs_the_user_certificate() -> None:
    assert (
        health_insurance(D(2025, 10, 1), has_user_certificate=True)[1].code
        == "myna_hokensho_possible"
    )
    assert (
        health_insurance(D(2025, 10, 1), has_user_certificate=False)[1].code
        == "myna_hokensho_needs_certificate"
    )


def test_capabilities_summary() -> None:
    caps = {c.code: c.allowed for c in capabilities(as_of=D(2026, 1, 5), with_certificates=True)}
    assert caps["konbini_koseki"] and not caps["konbini_juminhyo"]
    assert caps["paper_hokensho_abolished"] is False and caps["myna_hokensho_possible"] is True
