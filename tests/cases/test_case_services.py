"""The services' effects: IDs, checklist, fee, notifications, guards, hand-over, expiry."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command

from factories import CaseFactory, Cast, OfficeFactory, advance, case_open_for
from kokugai.cases import services, tokens
from kokugai.cases.models import Case
from kokugai.core import clock
from kokugai.core.errors import ApplicationError
from kokugai.core.models import AuditEntry
from kokugai.notifications.catalogue import CATALOGUE
from kokugai.notifications.models import Notification, Status
from kokugai.notifications.services import email_change_verify
from kokugai.people.models import CardStatus, Person
from kokugai.rules.checkdigits import validate_application_id, validate_receipt_number
from kokugai.rules.codes import Procedure

pytestmark = pytest.mark.django_db


def test_open_gives_a_valid_receipt_number_checklist_fee_and_received_mail():
    cast = Cast.make()
    case = case_open_for(cast, Procedure.NEW_ISSUANCE, check_all=False)
    assert validate_receipt_number(case.receipt_number) == case.receipt_number
    codes = list(case.checklist.values_list("code", flat=True))
    assert {"application_form", "photo", "passport", "forward_to_honseki"} <= set(codes)
    # The person still holds a valid card: the 本籍地 may charge the reissue fee (rules S56).
    assert case.fee_yen == 1000
    assert "holds_valid_card" in case.events.get().data["fee_reasons"]
    assert (case.state, case.version, case.events.get().transition) == ("received", 1, "open")
    mail = Notification.objects.get(case=case)
    assert mail.template == "received" and mail.to == case.person.email
    assert mail.context["intake_office_ja"] == cast.offices["intake"].name_ja
    assert AuditEntry.objects.filter(action="case.open", object_id=str(case.pk)).exists()


def _digits(receipt: str) -> int:
    return int(receipt[6:].replace("-", "")[:-1])


def test_receipt_numbers_are_random_not_a_sequence():
    cast = Cast.make()
    numbers = [
        case_open_for(cast, Procedure.NEW_ISSUANCE, check_all=False).receipt_number
        for _ in range(4)
    ]
    assert len(set(numbers)) == 4
    assert all(validate_receipt_number(n) == n for n in numbers)
    # Knowing one number tells nothing of the next: no two are neighbours.
    values = sorted(_digits(n) for n in numbers)
    assert all(b - a > 1 for a, b in zip(values, values[1:], strict=False))


def test_the_millionth_case_of_a_year_gets_a_number():
    """Issue 13 point 5: the per-year sequence capped at 999,999 (a 500 for the next case)."""
    from kokugai.cases.models import IdSequence

    cast = Cast.make()
    year = clock.today().year
    IdSequence.objects.update_or_create(name=f"receipt-{year}", defaults={"value": 999_999})
    case = case_open_for(cast, Procedure.NEW_ISSUANCE, check_all=False)
    assert validate_receipt_number(case.receipt_number) == case.receipt_number


def test_channel_the_rules_do_not_offer_is_refused():
    cast = Cast.make()
    with pytest.raises(ApplicationError) as exc:
        services.case_open(
            person=case_open_for(cast, Procedure.NEW_ISSUANCE).person,
            procedure=Procedure.SURRENDER,
            channel="online",
            intake_office=cast.offices["intake"],
            actor=cast.staff["intake"],
        )
    assert exc.value.code == "channel_not_available"


def test_clerk_cannot_open_for_another_office():
    cast = Cast.make()
    with pytest.raises(ApplicationError) as exc:
        services.case_open(
            person=case_open_for(cast, Procedure.NEW_ISSUANCE).person,
            procedure=Procedure.NEW_ISSUANCE,
            channel="municipality_visit",
            intake_office=cast.offices["intake"],
            actor=cast.staff["other"],
        )
    assert exc.value.code == "office_not_allowed"


def test_forward_needs_the_checklist_and_records_who_checked():
    cast = Cast.make()
    case = case_open_for(cast, Procedure.NEW_ISSUANCE, check_all=False)
    with pytest.raises(ApplicationError) as exc:
        services.case_forward(case=case, actor=cast.staff["intake"])
    assert exc.value.code == "checklist_incomplete" and exc.value.status == 409
    clerk = cast.staff["intake"]
    for entry in case.checklist.filter(required=True):
        services.checklist_check(case=case, code=entry.code, actor=clerk, note="ok")
    entry = case.checklist.get(code="passport")
    assert entry.checked_by == clerk and entry.checked_at is not None
    case = services.case_forward(case=case, actor=clerk)
    assert case.state == "at_honseki" and case.holder_office == cast.offices["honseki"]


def test_intake_at_the_honseki_skips_forward():
    case = CaseFactory(intake_is_honseki=True)
    cast = CaseFactory.cast_of(case)
    with pytest.raises(ApplicationError) as exc:
        services.case_forward(case=case, actor=cast.staff["intake"])
    assert exc.value.code == "intake_is_honseki"
    case = services.case_start_review(case=case, actor=cast.staff["honseki"])
    assert case.state == "under_review"


def test_stale_version_changes_nothing():
    case = CaseFactory(under_review=True)
    cast = CaseFactory.cast_of(case)
    seen = case.version
    services.case_accept(case=case, actor=cast.staff["honseki"], expected_version=seen)
    with pytest.raises(ApplicationError) as exc:
        services.case_reject(
            case=case, actor=cast.staff["honseki"], reason="no_reply", expected_version=seen
        )
    assert exc.value.code == "stale_version" and exc.value.status == 409
    case.refresh_from_db()
    assert (case.state, case.version, case.rejection_reason) == ("accepted", seen + 1, "")


def test_correction_round_trip_mails_a_signed_reply_link():
    case = CaseFactory(under_review=True)
    cast = CaseFactory.cast_of(case)
    case = services.case_request_correction(
        case=case, actor=cast.staff["honseki"], text="写真の規格が違います。"
    )
    mail = Notification.objects.get(case=case, template="correction_requested")
    assert mail.context["correction_text"] == "写真の規格が違います。"
    token = mail.context["reply_url"].rstrip("/").rsplit("/", 1)[1]
    assert tokens.case_id_from_token(token, tokens.REPLY) == case.pk
    with pytest.raises(ApplicationError):
        tokens.case_id_from_token(token, tokens.BOOK)  # a reply link books nothing
    case = services.case_applicant_replied(case=case, actor=None, text="撮り直しました")
    assert case.state == "under_review"
    assert case.events.get(seq=case.version).actor_label == "applicant"


def test_reject_needs_a_known_reason_and_mails_it():
    case = CaseFactory(under_review=True)
    cast = CaseFactory.cast_of(case)
    with pytest.raises(ApplicationError) as exc:
        services.case_reject(case=case, actor=cast.staff["honseki"], reason="because")
    assert exc.value.code == "rejection_reason_unknown"
    case = services.case_reject(
        case=case, actor=cast.staff["honseki"], reason="not_japanese_national"
    )
    assert case.state == "rejected" and case.closed_at is not None
    mail = Notification.objects.get(case=case, template="rejected")
    assert mail.context["reason_en"] == "Only Japanese nationals are eligible."


def test_order_assigns_application_id_and_pending_card_and_shows_case_to_production():
    case = CaseFactory(accepted=True)
    cast = CaseFactory.cast_of(case)
    case = services.case_order(case=case, actor=cast.staff["production"])
    assert validate_application_id(case.application_id) == case.application_id
    assert case.card.status == CardStatus.PENDING
    assert case.card.application_id == case.application_id
    assert case.production_office == cast.offices["production"]
    mail = Notification.objects.get(case=case, template="application_id_issued")
    assert mail.context["application_id"] == case.application_id


def test_arrival_sets_deadline_and_mails_counter_floor_and_booking_link(settings):
    settings.KOKUGAI_HOLDING_DAYS = 30
    case = CaseFactory(shipped=True)
    cast = CaseFactory.cast_of(case)
    at = dt.datetime(2025, 12, 5, 2, 0, tzinfo=dt.UTC)  # 11:00 in Tokyo
    with clock.frozen(at):
        case = services.case_receive(case=case, actor=cast.staff["pickup"])
    assert case.pickup_deadline == dt.date(2026, 1, 4)
    mail = Notification.objects.get(case=case, template="arrived")
    assert mail.context["last_day"] == "2026-01-04"
    assert (mail.context["counter_ja"], mail.context["floor"]) == (
        "マイナンバーカード受取窓口",
        "2F",
    )
    assert "/book/" in mail.context["booking_url"]


def test_every_queued_mail_has_the_keys_its_template_needs():
    case = CaseFactory(issued=True)
    mails = list(Notification.objects.filter(case=case).order_by("id"))
    assert [m.template for m in mails] == [
        "received",
        "forwarded",
        "accepted",
        "application_id_issued",
        "shipped",
        "arrived",
        "collected",
    ]
    for m in mails:
        missing = set(CATALOGUE[m.template].required_keys) - set(m.context)
        assert not missing, (m.template, missing)


def test_hand_over_needs_identity_then_activates_card_and_invalidates_old_one():
    case = CaseFactory(ready_for_pickup=True)
    cast = CaseFactory.cast_of(case)
    old = case.person.cards.exclude(pk=case.card_id).get()
    with pytest.raises(ApplicationError) as exc:
        services.case_hand_over(case=case, actor=cast.staff["pickup"], identity_checked=False)
    assert exc.value.code == "identity_not_checked"
    with clock.frozen(dt.datetime(2026, 1, 16, 5, 0, tzinfo=dt.UTC)):
        case = services.case_hand_over(
            case=case,
            actor=cast.staff["pickup"],
            identity_checked=True,
            identity_documents=["passport", "driving_licence"],
            old_card_collected=True,
        )
    card = case.card
    card.refresh_from_db()
    old.refresh_from_db()
    assert (card.status, card.issued_on) == (CardStatus.ACTIVE, dt.date(2026, 1, 16))
    assert card.expires_on == dt.date(2035, 4, 1)  # 10th birthday after issue (born 04-01)
    assert card.signing_cert_expires_on == dt.date(2030, 4, 1)
    assert card.endorsement == "国外転出 2022年4月1日"
    assert old.status == CardStatus.INVALIDATED
    event = case.events.get(seq=case.version)
    assert event.data["receipt_signed"] and event.data["old_cards_invalidated"] == [old.pk]


def test_change_pickup_after_arrival_sends_the_card_again():
    case = CaseFactory(ready_for_pickup=True)
    cast = CaseFactory.cast_of(case)
    new_office = OfficeFactory(mission=True)
    case = services.case_change_pickup(case=case, actor=None, pickup_office=new_office)
    assert (case.state, case.pickup_office, case.pickup_deadline) == ("shipped", new_office, None)
    with pytest.raises(ApplicationError) as exc:  # the old pickup office no longer plays a role
        services.case_receive(case=case, actor=cast.staff["pickup"])
    assert exc.value.code == "office_not_allowed"


def test_expire_uncollected_warns_then_expires(settings):
    settings.KOKUGAI_HOLDING_DAYS = 20
    case = CaseFactory(shipped=True)
    cast = CaseFactory.cast_of(case)
    day0 = dt.datetime(2025, 12, 5, 2, 0, tzinfo=dt.UTC)
    with clock.frozen(day0):
        services.case_receive(case=case, actor=cast.staff["pickup"])
        assert services.cases_expire_uncollected() == {"warned": 0, "expired": 0}
    with clock.frozen(day0 + dt.timedelta(days=10)):
        assert services.cases_expire_uncollected() == {"warned": 1, "expired": 0}
        assert services.cases_expire_uncollected() == {"warned": 0, "expired": 0}
        with pytest.raises(ApplicationError) as exc:
            services.case_expire(case=case)
        assert exc.value.code == "holding_period_not_over"
    with clock.frozen(day0 + dt.timedelta(days=21)):
        call_command("expire_uncollected", verbosity=0)
    case.refresh_from_db()
    assert case.state == "uncollected"
    assert Notification.objects.filter(case=case, template="uncollected_warning").count() == 1
    assert case.events.get(seq=case.version).actor_label == "system"


def test_withdraw_cancels_the_pending_card():
    case = CaseFactory(in_production=True)
    case = services.case_withdraw(case=case, actor=None, note="申請取消申出")
    case.card.refresh_from_db()
    assert case.state == "withdrawn" and case.card.status == CardStatus.INVALIDATED


def test_continue_abroad_endorses_the_card_with_the_departure_date():
    cast = Cast.make()
    case = case_open_for(cast, Procedure.CONTINUE_ABROAD)
    case = services.case_endorse(case=case, actor=cast.staff["intake"])
    card = case.card
    assert card.endorsement.startswith("国外転出 ") and case.state == "completed"
    assert case.person.left_japan_on == case.departure_date


def test_surrender_returns_the_card():
    cast = Cast.make()
    case = case_open_for(cast, Procedure.SURRENDER)
    case = services.case_accept_surrender(case=case, actor=cast.staff["intake"])
    assert case.card.status == CardStatus.RETURNED


def test_confirm_withdrawal_withdraws_the_target_case():
    cast = Cast.make()
    request = case_open_for(cast, Procedure.WITHDRAWAL)
    target = advance(
        case_open_for(cast, Procedure.NEW_ISSUANCE, person=request.person), cast, "under_review"
    )
    request = services.case_forward(case=request, actor=cast.staff["intake"])
    services.case_confirm_withdrawal(case=request, actor=cast.staff["honseki"], target=target)
    target.refresh_from_db()
    assert target.state == "withdrawn"
    assert Case.objects.get(pk=request.pk).state == "completed"


def test_notifications_wait_for_an_unverified_address_and_the_event_says_so():
    cast = Cast.make()
    case = case_open_for(cast, Procedure.NEW_ISSUANCE, check_all=False)
    case.person.email_verified_at = None
    case.person.save()
    for entry in case.checklist.filter(required=True):
        services.checklist_check(case=case, code=entry.code, actor=cast.staff["intake"])
    case = services.case_forward(case=case, actor=cast.staff["intake"])
    mail = Notification.objects.get(case=case, template="forwarded")
    assert mail.status == Status.HELD
    assert case.events.get(seq=2).data["notifications"] == [
        {"template": "forwarded", "queued": True, "held": True, "why": "email_not_verified"}
    ]


def test_notifications_without_any_address_are_skipped_and_recorded():
    cast = Cast.make()
    case = case_open_for(cast, Procedure.NEW_ISSUANCE)
    case.person.email = ""
    case.person.email_verified_at = None
    case.person.save()
    case = services.case_forward(case=case, actor=cast.staff["intake"])
    assert not Notification.objects.filter(case=case, template="forwarded").exists()
    assert case.events.get(seq=2).data["notifications"] == [
        {"template": "forwarded", "queued": False, "why": "no_email"}
    ]


def test_update_email_keeps_the_old_address_until_the_new_one_is_verified():
    cast = Cast.make()
    case = case_open_for(cast, Procedure.EMAIL_CHANGE)
    old = case.person.email
    case = services.case_forward(case=case, actor=cast.staff["intake"])
    case = services.case_update_email(
        case=case, actor=cast.staff["honseki"], email="new-address@example.com"
    )
    person = Person.objects.get(pk=case.person_id)
    assert (person.email, person.email_verified_at is not None) == (old, True)
    link = Notification.objects.get(template="email_change_verify")
    assert link.to == "new-address@example.com"
    done = Notification.objects.get(case=case, template="completed")
    assert (done.to, done.status) == (old, Status.QUEUED)
    assert case.events.get(transition="update_email").data["email_change_requested"] is True
    token = link.context["verify_url"].rstrip("/").rsplit("/", 1)[1]
    email_change_verify(token=token)
    assert Person.objects.get(pk=case.person_id).email == "new-address@example.com"


def test_checklist_of_a_closed_case_cannot_change():
    case = CaseFactory(withdrawn=True)
    clerk = CaseFactory.cast_of(case).staff["intake"]
    entry = case.checklist.filter(required=True).first()
    before = (entry.checked_at, entry.checked_by_id)
    with pytest.raises(ApplicationError) as exc:
        services.checklist_check(case=case, code=entry.code, actor=clerk, checked=False)
    assert (exc.value.code, exc.value.status) == ("case_closed", 409)
    entry.refresh_from_db()
    assert (entry.checked_at, entry.checked_by_id) == before
    assert not AuditEntry.objects.filter(action="case.checklist_uncheck").exists()


def test_errors_speak_the_request_language_with_labels_not_codes():
    from django.utils import translation

    case = CaseFactory()
    cast = CaseFactory.cast_of(case)
    with translation.override("en"):
        with pytest.raises(ApplicationError) as en:
            services.case_accept(case=case, actor=cast.staff["intake"])
    with translation.override("ja"):
        with pytest.raises(ApplicationError) as ja:
            services.case_accept(case=case, actor=cast.staff["intake"])
    assert en.value.code == ja.value.code == "transition_not_allowed"
    assert en.value.fields == ja.value.fields == {"transition": "accept", "state": "received"}
    assert "accept" in en.value.message and "received" in en.value.message
    assert "_" not in en.value.message
    assert "受理" in ja.value.message and "accept" not in ja.value.message


def test_guard_error_names_the_reason_in_words():
    from django.utils import translation

    cast = Cast.make()
    case = case_open_for(cast, Procedure.NEW_ISSUANCE, check_all=False)
    with translation.override("en"), pytest.raises(ApplicationError) as exc:
        services.case_forward(case=case, actor=cast.staff["intake"])
    assert exc.value.code == "checklist_incomplete"
    assert "tick every required checklist item first" in exc.value.message
    assert "checklist_incomplete" not in exc.value.message


def test_errors_are_translated_by_the_catalogue():
    from django.utils import translation

    case = CaseFactory()
    cast = CaseFactory.cast_of(case)
    with translation.override("ja"), pytest.raises(ApplicationError) as exc:
        services.case_accept(case=case, actor=cast.staff["intake"])
    assert exc.value.message == "案件が「受付済」の状態では「受理」はできません。"


@pytest.mark.django_db
def test_a_reply_link_whose_case_is_gone_is_refused_like_a_forged_one():
    """A genuine link for a case no longer there (purged) answers as a forged one does
    (404 link_invalid): it does not tell its holder that it was once real."""
    from kokugai.cases import tokens
    from kokugai.cases.replies import case_for_reply

    with pytest.raises(ApplicationError) as gone:
        case_for_reply(tokens.make_token(987654, tokens.REPLY))
    with pytest.raises(ApplicationError) as forged:
        case_for_reply("forged-token")
    assert gone.value.code == forged.value.code == "link_invalid"
    assert gone.value.status == forged.value.status == 404
