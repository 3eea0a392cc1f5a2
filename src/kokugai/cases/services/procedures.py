"""The procedures on an existing card: endorsement, updates, certificates, PIN, surrender,
email, conversion, and the withdrawal request received as its own case."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from kokugai.cases.errors import CaseError, case_error
from kokugai.cases.models import Case
from kokugai.cases.services.common import local_today
from kokugai.cases.services.engine import _Acting, _fire
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


@transaction.atomic
def case_endorse(
    *,
    case: Case,
    actor: User | None,
    office: Office | None = None,
    expected_version: int | None = None,
    note: str = "",
) -> Case:
    """国外継続利用: print 国外転出 <planned departure> in the 追記欄 and give the card back."""

    def apply(c: Case, t: Transition, a: _Acting) -> dict[str, Any]:
        card = _current_card(c)
        assert c.departure_date is not None  # the guard required it
        card_endorse_abroad(card=card, person=c.person, departure_date=c.departure_date)
        c.card = card
        return {"card": card.pk, "endorsement": card.endorsement}

    return _fire(
        case=case,
        name="endorse",
        actor=actor,
        office=office,
        expected_version=expected_version,
        note=note,
        apply=apply,
    )


@transaction.atomic
def case_update_card(
    *,
    case: Case,
    actor: User | None,
    office: Office | None = None,
    expected_version: int | None = None,
    note: str = "",
) -> Case:
    """記載事項変更 at the 本籍地: the card is updated (details in the note) and returned."""

    def apply(c: Case, t: Transition, a: _Acting) -> dict[str, Any]:
        c.card = _current_card(c)
        return {"card": c.card.pk}

    return _fire(
        case=case,
        name="update_card",
        actor=actor,
        office=office,
        expected_version=expected_version,
        note=note,
        apply=apply,
    )


@transaction.atomic
def case_renew_certificates(
    *,
    case: Case,
    actor: User | None,
    office: Office | None = None,
    expected_version: int | None = None,
    note: str = "",
) -> Case:
    def apply(c: Case, t: Transition, a: _Acting) -> dict[str, Any]:
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

    return _fire(
        case=case,
        name="renew_certificates",
        actor=actor,
        office=office,
        expected_version=expected_version,
        note=note,
        apply=apply,
    )


@transaction.atomic
def case_reset_pin(
    *,
    case: Case,
    actor: User | None,
    office: Office | None = None,
    expected_version: int | None = None,
    note: str = "",
) -> Case:
    # The PIN itself is set by the holder on the office's terminal and never stored here.
    return _fire(
        case=case,
        name="reset_pin",
        actor=actor,
        office=office,
        expected_version=expected_version,
        note=note,
    )


@transaction.atomic
def case_issue_signing_cert(
    *,
    case: Case,
    actor: User | None,
    office: Office | None = None,
    expected_version: int | None = None,
    note: str = "",
) -> Case:
    # The certificate is written to the card's chip by J-LIS at the counter; nothing is stored
    # here (the card record keeps no per-certificate state).
    return _fire(
        case=case,
        name="issue_signing_cert",
        actor=actor,
        office=office,
        expected_version=expected_version,
        note=note,
    )


@transaction.atomic
def case_accept_surrender(
    *,
    case: Case,
    actor: User | None,
    office: Office | None = None,
    expected_version: int | None = None,
    note: str = "",
) -> Case:
    def apply(c: Case, t: Transition, a: _Acting) -> dict[str, Any]:
        card = _current_card(c)
        card_return(card=card)
        c.card = card
        return {"card": card.pk}

    return _fire(
        case=case,
        name="accept_surrender",
        actor=actor,
        office=office,
        expected_version=expected_version,
        note=note,
        apply=apply,
    )


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


@transaction.atomic
def case_convert(
    *,
    case: Case,
    actor: User | None,
    office: Office | None = None,
    expected_version: int | None = None,
    note: str = "",
) -> Case:
    """After moving back to Japan: the card becomes a domestic card (継続利用 at the new town)."""

    def apply(c: Case, t: Transition, a: _Acting) -> dict[str, Any]:
        card = _current_card(c)
        card_convert_domestic(card=card)
        c.card = card
        return {"card": card.pk}

    return _fire(
        case=case,
        name="convert",
        actor=actor,
        office=office,
        expected_version=expected_version,
        note=note,
        apply=apply,
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
