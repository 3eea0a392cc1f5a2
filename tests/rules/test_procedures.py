"""The procedures catalogue and the intake checklist (rules.md §2, §3, §4)."""

from __future__ import annotations

import datetime as dt

import pytest

from kokugai.rules.codes import Actor, Channel, OfficeKind, OfficeRole, Procedure
from kokugai.rules.procedures import (
    CARD_STAGES,
    ChannelNotAvailableError,
    catalogue,
    checklist,
    continue_deadline,
    pickup_checklist,
    procedure,
    stage_priors,
)

D = dt.date
AS_OF = D(2025, 10, 20)


def codes(items) -> list[str]:  # type: ignore[no-untyped-def]
    return [i.code for i in items]


def test_every_procedure_code_is_in_the_catalogue_with_sources() -> None:
    cat = catalogue(AS_OF)
    assert {p.code for p in cat} == set(Procedure)
    for p in cat:
        assert p.channels and p.sources and p.name.ja and p.name.en
        for c in p.channels:
            assert c.sources, (p.code, c.channel)


def test_catalogue_is_empty_before_2024_05_27() -> None:
    assert catalogue(D(2024, 5, 26)) == []


def test_s2_s7_s24_new_issuance_channels_and_no_online() -> None:
    chans = {c.channel for c in procedure(Procedure.NEW_ISSUANCE).channels}
    assert {
        Channel.MISSION_COUNTER,
        Channel.MISSION_MAIL,
        Channel.HONSEKI_MAIL,
        Channel.MUNICIPALITY_VISIT,
    } <= chans
    assert Channel.ONLINE not in chans  # S7: no online application
    with pytest.raises(ChannelNotAvailableError):
        checklist(Procedure.NEW_ISSUANCE, Channel.ONLINE, as_of=AS_OF)


def test_s3_s25_new_issuance_forms_photo_and_passport() -> None:
    items = checklist(Procedure.NEW_ISSUANCE, Channel.MISSION_COUNTER, as_of=AS_OF, age=35)
    labels = {i.code: i.label.ja for i in items}
    assert (
        labels["application_form"]
        == "個人番号カード交付申請書 兼 電子証明書発行/更新申請書【国外転出者用】"
    )
    assert labels["pin_setting_request"].startswith("個人番号カード・電子証明書 暗証番号設定依頼書")
    assert "縦4.5cm×横3.5cm" in labels["photo"]
    assert "passport" in labels
    assert all(i.sources for i in items if i.assumption is None)
    kinds = {i.kind for i in items}
    assert {"form", "photo", "identity", "check", "fee"} <= kinds


def test_s3_s5_no_photo_under_age_1() -> None:
    items = checklist(Procedure.NEW_ISSUANCE, Channel.MISSION_COUNTER, as_of=AS_OF, age=0)
    assert "photo" not in codes(items) and "photo_not_needed" in codes(items)


def test_s26_s10_under_15_legal_representative_and_15_to_17_is_an_assumption() -> None:
    c14 = codes(checklist(Procedure.NEW_ISSUANCE, Channel.MISSION_COUNTER, as_of=AS_OF, age=14))
    assert "legal_representative_applies" in c14 and "legal_representative_id" in c14
    items16 = checklist(Procedure.NEW_ISSUANCE, Channel.MISSION_COUNTER, as_of=AS_OF, age=16)
    (minor,) = [i for i in items16 if i.code == "minor_applies_self"]
    assert minor.assumption == "minor_15_17_applies_self"


def test_s7_s2_mail_channels_never_take_the_passport_and_advise_tracking() -> None:
    c = codes(checklist(Procedure.NEW_ISSUANCE, Channel.HONSEKI_MAIL, as_of=AS_OF))
    assert "passport" not in c and "passport_not_mailed" in c and "tracked_mail" in c


def test_s24_s25_visit_application_is_forwarded_to_the_honseki() -> None:
    c = codes(checklist(Procedure.NEW_ISSUANCE, Channel.MUNICIPALITY_VISIT, as_of=AS_OF))
    assert "forward_to_honseki" in c


def test_checklist_carries_the_fee() -> None:
    (f,) = [
        i
        for i in checklist(
            Procedure.NEW_ISSUANCE,
            Channel.MISSION_COUNTER,
            as_of=D(2025, 6, 1),
            departure_date=D(2025, 1, 10),
            card_state="returned",
            with_certificates=False,
        )
        if i.kind == "fee"
    ]
    assert "800円" in f.label.ja and f.required


def test_s9b_reissue_suspend_first() -> None:
    c = codes(checklist(Procedure.REISSUE, Channel.MISSION_COUNTER, as_of=AS_OF))
    assert c[0] == "card_suspended" and "lost_in_mission_area" in c
    assert "+81-3-6734-0170" in procedure(Procedure.REISSUE).notes[0].message.ja


def test_s13_pin_reset_at_a_mission_is_reset_only_and_not_by_mail() -> None:
    spec = procedure(Procedure.PIN_RESET)
    assert spec.channel(Channel.MISSION_MAIL) is None
    assert "再設定のみ" in spec.channel(Channel.MISSION_COUNTER).conditions[0].ja  # type: ignore[union-attr]
    with pytest.raises(ChannelNotAvailableError):
        checklist(Procedure.PIN_RESET, Channel.MISSION_MAIL, as_of=AS_OF)
    honseki = codes(checklist(Procedure.PIN_RESET, Channel.HONSEKI_COUNTER, as_of=AS_OF))
    assert "pin_reset_form" in honseki


def test_s8_change_of_details_differs_at_honseki_and_at_a_mission() -> None:
    at_honseki = checklist(Procedure.CHANGE_DETAILS, Channel.HONSEKI_COUNTER, as_of=AS_OF)
    assert "個人番号カード券面記載事項変更届" in [i.label.ja for i in at_honseki]
    at_mission = checklist(Procedure.CHANGE_DETAILS, Channel.MISSION_COUNTER, as_of=AS_OF)
    c = codes(at_mission)
    assert "application_form" in c and "old_card_returned_at_pickup" in c
    (f,) = [i for i in at_mission if i.kind == "fee"]
    assert "無料" in f.label.ja


def test_s26_s13_cert_renewal_at_a_mission_is_a_new_card_once_under_a_year_remains() -> None:
    items = checklist(Procedure.CERT_RENEWAL, Channel.MISSION_COUNTER, as_of=AS_OF)
    assert items[0].code == "under_one_year_left" and "1年未満" in items[0].label.ja
    assert "application_form" in codes(items)
    assert procedure(Procedure.CERT_RENEWAL).channel(Channel.HONSEKI_COUNTER).confirmed is False  # type: ignore[union-attr]


def test_s19_continue_abroad_form_and_s28_pins() -> None:
    items = checklist(
        Procedure.CONTINUE_ABROAD,
        Channel.DEPARTURE_MUNICIPALITY,
        as_of=AS_OF,
        departure_date=D(2025, 12, 1),
    )
    labels = {i.code: i.label.ja for i in items}
    assert labels["continue_form"].startswith("【国外様式10】個人番号カード国外継続利用申請書")
    assert "6〜16文字" in labels["signing_pin"] and "4桁" in labels["resident_pin"]
    assert continue_deadline(D(2025, 4, 1)) == D(2025, 3, 31)


def test_s28_continue_abroad_on_the_last_day_is_still_possible() -> None:
    c = codes(
        checklist(
            Procedure.CONTINUE_ABROAD,
            Channel.DEPARTURE_MUNICIPALITY,
            as_of=D(2025, 3, 31),
            departure_date=D(2025, 4, 1),
        )
    )
    assert "before_departure" in c
    c = codes(
        checklist(
            Procedure.CONTINUE_ABROAD,
            Channel.DEPARTURE_MUNICIPALITY,
            as_of=D(2025, 4, 1),
            departure_date=D(2025, 4, 1),
        )
    )
    assert "deadline_passed" in c


def test_s16_s33_who_may_act_for_continue_abroad() -> None:
    spec = procedure(Procedure.CONTINUE_ABROAD)
    assert set(spec.actors) == {
        Actor.SELF,
        Actor.LEGAL_REPRESENTATIVE,
        Actor.HOUSEHOLD,
        Actor.PROXY,
    }
    assert spec.deadline is not None and "前日" in spec.deadline.ja


def test_s24_s4_pickup_in_person_only_and_with_legal_representative_under_15() -> None:
    assert procedure(Procedure.NEW_ISSUANCE).pickup_actors == (Actor.SELF,)
    adult = codes(pickup_checklist(Procedure.NEW_ISSUANCE, age=30))
    assert adult[0] == "holder_in_person" and "legal_representative_present" not in adult
    assert "receipt_form" in adult
    child = codes(pickup_checklist(Procedure.NEW_ISSUANCE, age=10))
    assert "legal_representative_present" in child
    ward = codes(pickup_checklist(Procedure.NEW_ISSUANCE, age=40, under_guardianship=True))
    assert "legal_representative_present" in ward
    reissue = [i for i in pickup_checklist(Procedure.REISSUE) if i.code == "old_card"]
    assert reissue[0].required


def test_return_to_japan_deadline_is_an_overridable_assumption() -> None:
    items = checklist(
        Procedure.RETURN_TO_JAPAN,
        Channel.RETURN_MUNICIPALITY,
        as_of=AS_OF,
        overrides={"return_switch_deadline_days": 30},
    )
    (d,) = [i for i in items if i.code == "return_deadline"]
    assert d.assumption == "return_switch_deadline_days" and "30日" in d.label.ja


def test_checklist_for_every_procedure_and_channel_has_a_fee_item() -> None:
    for spec in catalogue(AS_OF):
        for c in spec.channels:
            items = checklist(spec.code, c.channel, as_of=AS_OF, age=30)
            assert [i.kind for i in items].count("fee") == 1


def test_s55_s3_priors_sum_to_the_quoted_totals() -> None:
    visit = stage_priors(Procedure.NEW_ISSUANCE, Channel.MUNICIPALITY_VISIT)
    assert [p.stage for p in visit] == list(CARD_STAGES)
    to_production = sum(
        p.median_bd for p in visit if p.stage != "shipping" and p.stage != "pickup_ready"
    )
    total = sum(p.median_bd for p in visit)
    assert 12 <= to_production <= 20  # about 3 weeks (S55)
    assert 24 <= total <= 32  # about 5.5 weeks to arrival (S55)
    mission = stage_priors(Procedure.NEW_ISSUANCE, Channel.MISSION_COUNTER)
    assert 40 <= sum(p.median_bd for p in mission) <= 63  # 2-3 months (S3, S6)
    assert all(p.low_bd <= p.median_bd <= p.high_bd for p in visit + mission)
    roles = {p.stage: p.office_role for p in mission}
    assert roles["review"] is OfficeRole.HONSEKI and roles["pickup_ready"] is OfficeRole.PICKUP


def test_priors_depend_on_the_pickup_office_and_scale_by_assumption() -> None:
    to_mission = stage_priors(
        Procedure.NEW_ISSUANCE, Channel.MUNICIPALITY_VISIT, pickup_kind=OfficeKind.MISSION
    )
    to_city = stage_priors(Procedure.NEW_ISSUANCE, Channel.MUNICIPALITY_VISIT)
    assert sum(p.median_bd for p in to_mission) > sum(p.median_bd for p in to_city)
    doubled = stage_priors(
        Procedure.NEW_ISSUANCE, Channel.MISSION_COUNTER, overrides={"stage_priors_scale": 2.0}
    )
    base = stage_priors(Procedure.NEW_ISSUANCE, Channel.MISSION_COUNTER)
    assert [d.median_bd for d in doubled] == [2 * b.median_bd for b in base]


def test_every_procedure_has_a_checklist_table() -> None:
    # The checklist is data (issue 12 point 7): one table of rows per procedure.
    from kokugai.rules.procedures import _CHECKLISTS

    assert set(_CHECKLISTS) == set(Procedure)
    for proc, rows in _CHECKLISTS.items():
        assert rows, proc


def test_s30_s18_new_signing_certificate_abroad_is_listed_unconfirmed_with_an_assumed_fee() -> None:
    """rules.md §6: the 署名用 certificate lapses on departure and a new 国外転出者向け one can
    be issued (S30, S18, S28); where, how and at what fee is unconfirmed."""
    from kokugai.rules.fees import fee

    spec = procedure(Procedure.CERT_ISSUE)
    assert spec.name.ja == "署名用電子証明書の新規発行（国外転出者向け）"
    assert {c.channel for c in spec.channels} == {
        Channel.DEPARTURE_MUNICIPALITY,
        Channel.HONSEKI_COUNTER,
    }
    assert not any(c.confirmed for c in spec.channels)
    with pytest.raises(ChannelNotAvailableError):
        checklist(Procedure.CERT_ISSUE, Channel.MISSION_COUNTER, as_of=AS_OF)
    items = codes(checklist(Procedure.CERT_ISSUE, Channel.HONSEKI_COUNTER, as_of=AS_OF))
    assert {"current_card", "signing_pin", "steps_unconfirmed"} <= set(items)
    f = fee(
        Procedure.CERT_ISSUE,
        as_of=AS_OF,
        with_certificates=True,
        overrides={"cert_issue_fee_yen": 200},
    )
    assert f.yen == 200 and f.assumptions == ("cert_issue_fee_yen",)


def test_typical_channel_is_one_the_catalogue_lists_for_every_procedure() -> None:
    """Generated and test data take a procedure's channel from its catalogue entry when no
    map names one, so adding a procedure needs no channel map."""
    from kokugai.rules.procedures import typical_channel

    at_honseki = (Channel.HONSEKI_COUNTER, Channel.HONSEKI_MAIL)
    for code in Procedure:
        listed = [c.channel for c in procedure(code).channels]
        away = typical_channel(code, at_honseki=False)
        home = typical_channel(code, at_honseki=True)
        assert away in listed and home in listed, code
        if any(c not in at_honseki for c in listed):
            assert away not in at_honseki, code
        if any(c in at_honseki for c in listed):
            assert home in at_honseki, code
    assert typical_channel(Procedure.CERT_ISSUE, at_honseki=True) is Channel.HONSEKI_COUNTER
    assert typical_channel(Procedure.CERT_ISSUE, at_honseki=False) is (
        Channel.DEPARTURE_MUNICIPALITY
    )
