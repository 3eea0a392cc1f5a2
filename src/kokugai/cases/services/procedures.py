"""The procedures on an existing card: endorsement, updates, certificates, PIN, surrender,
email, conversion, and the withdrawal request received as its own case."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from kokugai.cases.errors import CaseError, case_error
from kokugai.cases.models import Case
from kokugai.cases.services.common import local_today
from kokugai.cases.services.engine import Apply, _Acting, _fire, transition_service
from kokugai.cases.services.issuance import case_withdraw
from kokugai.cases.workflow import Transition
from kokugai.core.models import User
from kokugai.people.models import Card
from kokugai.people.selectors import person_current_card
from kokugai.people.services import (
    card_certificates_renew,
    card_convert_domestic,
    card_endorse_abroad,
    card_return,
)
from kokugai.registry.models import Office


def _current_card(c: Case) -> Card:
    card = person_current_card(c.person)
    if card is None:
        raise case_error(CaseError.NO_CARD, _("This person has no card on record."))
    return card


def _endorse(c: Case, t: Transition, a: _Acting) -> dict[str, Any]:
    card = _current_card(c)
    assert c.departure_date is not None  # the guard required it
    card_endorse_abroad(card=card, person=c.person, departure_date=c.departure_date)
    c.card = card
    return {"card": card.pk, "endorsement": card.endorsement}


def _update_card(c: Case, t: Transition, a: _Acting) -> dict[str, Any]:
    c.card = _current_card(c)
    return {"card": c.card.pk}


def _renew_certificates(c: Case, t: Transition, a: _Acting) -> dict[str, Any]:
    from kokugai.rules.validity import certificate_expiry

    card = _current_card(c)
    if card.expires_on is None:
        raise case_error(CaseError.CARD_EXPIRY_UNKNOWN, _("Card expiry unknown."))
    until = certificate_expiry(
        c.person.birth_date, local_today(a.office), card_expires_on=card.expires_on
    )
    card_certificates_renew(card=card, until=until)
    c.card = card
    return {"card": card.pk, "certificates_expire_on": until.isoformat()}


def _on_current_card(change: Callable[..., Any]) -> Apply:
    """An ``apply`` that makes ``change(card=…)`` to the person's current card and links it."""

    def apply(c: Case, t: Transition, a: _Acting) -> dict[str, Any]:
        card = _current_card(c)
        change(card=card)
        c.card = card
        return {"card": card.pk}

    return apply


case_endorse = transition_service(
    "endorse",
    _endorse,
    "国外継続利用: print 国外転出 <planned departure> in the 追記欄 and give the card back.",
)
case_update_card = transition_service(
    "update_card",
    _update_card,
    "記載事項変更 at the 本籍地: the card is updated (details in the note) and returned.",
)
case_renew_certificates = transition_service("renew_certificates", _renew_certificates)
# The PIN itself is set by the holder on the office's terminal and never stored here.
case_reset_pin = transition_service("reset_pin")
# issue_signing_cert (cert_issue) has no service here: the chip is written by J-LIS at the
# counter and the card record keeps no per-certificate state, so the standard service
# (``inputs.service_for``) fires it.
case_accept_surrender = transition_service("accept_surrender", _on_current_card(card_return))


@transaction.atomic
def case_update_email(
    *,
    case: Case,
    actor: User | None,
    email: str,
    office: Office | None = None,
    expected_version: int | None = None,
    note: str = "",
) -> Case:
    """The 本籍地 records the new address; it is used only after the applicant verifies it."""

    def apply(c: Case, t: Transition, a: _Acting) -> dict[str, Any]:
        from kokugai.notifications.services import (
            email_change_request,
            email_verification_start,
        )
        from kokugai.people.selectors import mask_email

        # The old address stays in use (and gets the remaining mails) until the applicant
        # opens the link sent to the new one; only an unverified one is simply replaced.
        if c.person.email_verified_at is not None:
            request = email_change_request(person=c.person, new_email=email, actor=actor)
        else:
            request = email_verification_start(person=c.person, email=email, actor=actor)
        return {
            "email_change_requested": True,
            "new_email": mask_email(email),
            "request": request.pk,
        }

    return _fire(
        case=case,
        name="update_email",
        actor=actor,
        office=office,
        expected_version=expected_version,
        note=note,
        apply=apply,
    )


case_convert = transition_service(
    "convert",
    _on_current_card(card_convert_domestic),
    "After moving back to Japan: the card becomes a domestic card (継続利用 at the new town).",
)


@transaction.atomic
def case_confirm_withdrawal(
    *,
    case: Case,
    actor: User | None,
    target: Case,
    office: Office | None = None,
    expected_version: int | None = None,
    note: str = "",
) -> Case:
    """申請取消申出 received as its own case: withdraw the target case in the same step."""
    if target.person_id != case.person_id or target.pk == case.pk:
        raise case_error(
            CaseError.WITHDRAWAL_TARGET_INVALID,
            _("The target must be another case of this person."),
            target=target.receipt_number,
        )

    def apply(c: Case, t: Transition, a: _Acting) -> dict[str, Any]:
        case_withdraw(
            case=target,
            actor=actor,
            reason="applicant_request",
            office=a.office if actor else None,
            note=note,
        )
        return {"target": target.receipt_number}

    return _fire(
        case=case,
        name="confirm_withdrawal",
        actor=actor,
        office=office,
        expected_version=expected_version,
        note=note,
        apply=apply,
    )
