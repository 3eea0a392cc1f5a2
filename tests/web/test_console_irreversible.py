"""Irreversible steps take a confirmation step (issue 15 §2), built on the transitions'
contracts: withdraw, reject, hand-over (and the old card's invalidation), confirm_withdrawal.
Without JavaScript (plain forms, full pages) and with htmx (HX-Redirect)."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from factories import CaseFactory, case_open_for
from kokugai.cases import workflow as wf
from kokugai.cases.models import Case
from kokugai.people.models import CardStatus
from kokugai.rules.codes import Procedure

pytestmark = pytest.mark.django_db


def _client(user) -> Client:
    c = Client()
    c.force_login(user)
    return c


def _url(case, name):
    return reverse("console:case_action", args=[case.pk, name])


def test_reject_is_not_a_button_beside_accept_and_correction():
    case = CaseFactory(under_review=True)
    reviewer = CaseFactory.cast_of(case).staff["honseki"]
    html = _client(reviewer).get(reverse("console:case", args=[case.pk])).content.decode()
    assert 'class="k-action" data-action="accept"' in html
    assert 'class="k-action" data-action="request_correction"' in html
    # Reject is a link to its own page, in a separate group, not a form beside them.
    assert 'data-action="reject"' in html
    assert 'class="k-action" data-action="reject"' not in html
    group = html[html.index('id="irreversible-actions"') :]
    assert 'data-action="reject"' in group and 'data-action="accept"' not in group


def test_withdraw_asks_for_confirmation_and_a_reason():
    case = CaseFactory()
    clerk = CaseFactory.cast_of(case).staff["intake"]
    c = _client(clerk)
    page = c.get(_url(case, "withdraw"))
    html = page.content.decode()
    assert page.status_code == 200 and 'id="consequence"' in html
    assert wf.CONTRACTS["withdraw"].consequence.ja in html
    assert 'name="confirm" value="yes"' in html
    for code in wf.WITHDRAWAL_REASONS:
        assert f'value="{code}"' in html
    # One click from anywhere without the confirmation: the confirmation page, nothing done.
    r = c.post(_url(case, "withdraw"), {"expected_version": case.version, "reason": "other"})
    assert r.status_code == 200 and 'id="consequence"' in r.content.decode()
    # Confirmed but no reason: refused, field named, nothing done.
    r = c.post(_url(case, "withdraw"), {"expected_version": case.version, "confirm": "yes"})
    assert r.status_code == 422
    assert "k-field-error" in r.content.decode()
    # "Other" needs the free text.
    r = c.post(
        _url(case, "withdraw"),
        {"expected_version": case.version, "confirm": "yes", "reason": "other"},
    )
    assert r.status_code == 422
    assert Case.objects.get(pk=case.pk).state == "received"
    r = c.post(
        _url(case, "withdraw"),
        {
            "expected_version": case.version,
            "confirm": "yes",
            "reason": "other",
            "note": "本人が来庁して取消を申し出た",
        },
    )
    assert r.status_code == 302
    case = Case.objects.get(pk=case.pk)
    assert case.state == "withdrawn"
    event = case.events.get(seq=case.version)
    assert event.data["reason"] == "other" and event.note == "本人が来庁して取消を申し出た"


def test_withdraw_with_htmx_redirects_to_the_case():
    case = CaseFactory()
    c = _client(CaseFactory.cast_of(case).staff["intake"])
    r = c.post(
        _url(case, "withdraw"),
        {"expected_version": case.version, "confirm": "yes", "reason": "applicant_request"},
        HTTP_HX_REQUEST="true",
    )
    assert r.status_code == 204
    assert r["HX-Redirect"] == reverse("console:case", args=[case.pk])
    assert Case.objects.get(pk=case.pk).state == "withdrawn"


def test_reject_through_its_confirmation_page():
    case = CaseFactory(under_review=True)
    c = _client(CaseFactory.cast_of(case).staff["honseki"])
    page = c.get(_url(case, "reject")).content.decode()
    assert 'id="consequence"' in page and "k-button--danger" in page
    r = c.post(
        _url(case, "reject"),
        {"expected_version": case.version, "reason": "honseki_mismatch"},
    )
    assert r.status_code == 200  # the confirmation step, with the reason kept
    assert 'value="honseki_mismatch" selected' in r.content.decode()
    assert Case.objects.get(pk=case.pk).state == "under_review"
    r = c.post(
        _url(case, "reject"),
        {"expected_version": case.version, "reason": "honseki_mismatch", "confirm": "yes"},
    )
    assert r.status_code == 302
    case = Case.objects.get(pk=case.pk)
    assert (case.state, case.rejection_reason) == ("rejected", "honseki_mismatch")


def test_hand_over_old_card_is_not_pre_ticked_and_stays_valid_unless_ticked():
    case = CaseFactory(ready_for_pickup=True)
    clerk = CaseFactory.cast_of(case).staff["pickup"]
    old = case.person.cards.exclude(pk=case.card_id).get()
    c = _client(clerk)
    html = c.get(_url(case, "hand_over")).content.decode()
    box = html[
        html.index('name="old_card_collected"') - 200 : html.index('name="old_card_collected"') + 80
    ]
    assert "checked" not in box.split('name="old_card_collected"')[1].split(">")[0]
    assert wf.CONTRACTS["hand_over"].consequence.ja in html
    r = c.post(
        _url(case, "hand_over"),
        {
            "expected_version": case.version,
            "confirm": "yes",
            "identity_checked": "on",
            "identity_documents": ["passport", "driving_licence"],
            "receipt_signed": "on",
        },
    )
    assert r.status_code == 302
    old.refresh_from_db()
    assert old.status == CardStatus.ACTIVE  # not collected: not invalidated
    case = Case.objects.get(pk=case.pk)
    assert case.state == "issued"
    assert case.events.get(seq=case.version).data["identity_documents"] == [
        "passport",
        "driving_licence",
    ]


def test_hand_over_with_the_old_card_invalidates_it():
    case = CaseFactory(ready_for_pickup=True)
    c = _client(CaseFactory.cast_of(case).staff["pickup"])
    old = case.person.cards.exclude(pk=case.card_id).get()
    r = c.post(
        _url(case, "hand_over"),
        {
            "expected_version": case.version,
            "confirm": "yes",
            "identity_checked": "on",
            "old_card_collected": "on",
            "receipt_signed": "on",
        },
    )
    assert r.status_code == 302
    old.refresh_from_db()
    assert old.status == CardStatus.INVALIDATED


def test_confirm_withdrawal_from_the_console_no_longer_500():
    """The bug of issue 12 §1: the console never sent ``target``."""
    case = CaseFactory(procedure=Procedure.WITHDRAWAL, intake_is_honseki=True)
    cast = CaseFactory.cast_of(case)
    target = case_open_for(cast, Procedure.NEW_ISSUANCE, person=case.person)
    c = _client(cast.staff["honseki"])
    page = c.get(reverse("console:case", args=[case.pk])).content.decode()
    assert 'data-action="confirm_withdrawal"' in page
    form = c.get(_url(case, "confirm_withdrawal")).content.decode()
    assert 'name="target"' in form
    r = c.post(
        _url(case, "confirm_withdrawal"), {"expected_version": case.version, "confirm": "yes"}
    )
    assert r.status_code == 422  # the target is required, and named
    r = c.post(
        _url(case, "confirm_withdrawal"),
        {"expected_version": case.version, "confirm": "yes", "target": "R2099-999999-0"},
    )
    assert r.status_code == 422
    r = c.post(
        _url(case, "confirm_withdrawal"),
        {"expected_version": case.version, "confirm": "yes", "target": target.receipt_number},
    )
    assert r.status_code == 302
    assert Case.objects.get(pk=target.pk).state == "withdrawn"
    assert Case.objects.get(pk=case.pk).state == "completed"
