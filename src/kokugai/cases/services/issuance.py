"""New issuance (and every procedure that ends with a new card): forward, review, accept or
reject, order, ship, receive, hand over; expiry, withdrawal and change of pickup office."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from kokugai.cases.errors import CaseError, ParamsInvalidError, case_error
from kokugai.cases.models import Case
from kokugai.cases.services.common import (
    PRODUCTION_OFFICE_CODE,
    _next_value,
    holding_days,
    local_today,
)
from kokugai.cases.services.engine import _Acting, _fire, transition_service
from kokugai.cases.workflow import (
    APPLICANT,
    REJECTION_REASONS,
    SYSTEM,
    WITHDRAWAL_REASONS,
    Transition,
    contract_for,
)
from kokugai.core import config
from kokugai.core.models import User
from kokugai.people.services import (
    card_activate,
    card_order,
    card_pending_invalidate,
    cards_invalidate_others,
)
from kokugai.registry.models import Office
from kokugai.rules import checkdigits
from kokugai.rules.codes import OfficeKind


def _to_honseki(c: Case, t: Transition, a: _Acting) -> None:
    c.holder_office = c.honseki_office


case_forward = transition_service("forward", _to_honseki)
case_start_review = transition_service("start_review", _to_honseki)


def _production_office(chosen: Office | None) -> Office:
    producer = chosen or (
        Office.objects.filter(code=PRODUCTION_OFFICE_CODE).first()
        or Office.objects.filter(kind=OfficeKind.PRODUCTION, is_active=True)
        .order_by("code")
        .first()
    )
    if producer is None:
        raise case_error(
            CaseError.NO_PRODUCTION_OFFICE,
            _("No card production office is set up."),
            status=409,
            production_office="missing",
        )
    if producer.kind != OfficeKind.PRODUCTION:
        raise case_error(
            CaseError.NOT_A_PRODUCTION_OFFICE,
            _("Not a production office."),
            production_office=producer.code,
        )
    return producer


@transaction.atomic
def case_accept(
    *,
    case: Case,
    actor: User | None,
    office: Office | None = None,
    production_office: Office | None = None,
    expected_version: int | None = None,
    note: str = "",
) -> Case:
    """The 本籍地 accepts: the order goes to the production centre, which takes it from here."""
    producer = _production_office(production_office)

    def apply(c: Case, t: Transition, a: _Acting) -> dict[str, Any]:
        c.production_office = producer
        return {"production_office": producer.code}

    return _fire(
        case=case,
        name="accept",
        actor=actor,
        office=office,
        expected_version=expected_version,
        note=note,
        apply=apply,
    )


def _reason_checked(
    reason: str, note: str, choices: dict[str, Any], *, code: CaseError, name: str
) -> None:
    """A reason from the list (and the free text where the list item needs it)."""
    param = contract_for(name).param("reason")
    if reason not in choices:
        raise case_error(
            code,
            _("Choose a reason from the list."),
            reason=reason,
            allowed=sorted(choices),
        )
    if param is not None and reason in param.needs_detail and not note.strip():
        raise ParamsInvalidError({param.detail_param: "reason_detail_required"})


@transaction.atomic
def case_reject(
    *,
    case: Case,
    actor: User | None,
    reason: str,
    office: Office | None = None,
    expected_version: int | None = None,
    note: str = "",
) -> Case:
    _reason_checked(
        reason, note, REJECTION_REASONS, code=CaseError.REJECTION_REASON_UNKNOWN, name="reject"
    )

    def apply(c: Case, t: Transition, a: _Acting) -> dict[str, Any]:
        c.rejection_reason = reason
        return {"reason": reason}

    return _fire(
        case=case,
        name="reject",
        actor=actor,
        office=office,
        expected_version=expected_version,
        note=note,
        apply=apply,
    )


def _order(c: Case, t: Transition, a: _Acting) -> dict[str, Any]:
    issued_on = local_today(a.office)
    application_id = checkdigits.make_application_id(_next_value("application-id"), issued_on)
    c.application_id = application_id
    c.production_office = _production_office(c.production_office)
    c.holder_office = c.production_office
    c.card = card_order(person=c.person, application_id=application_id)
    return {"application_id": application_id, "card": c.card.pk}


case_order = transition_service(
    "order",
    _order,
    "Production takes the order: assigns the 23-digit 申請書ID and creates the pending card.",
)


@transaction.atomic
def case_ship(
    *,
    case: Case,
    actor: User | None,
    office: Office | None = None,
    expected_version: int | None = None,
    note: str = "",
    tracking_number: str = "",
) -> Case:
    return _fire(
        case=case,
        name="ship",
        actor=actor,
        office=office,
        expected_version=expected_version,
        note=note,
        apply=lambda c, t, a: {"tracking_number": tracking_number} if tracking_number else None,
    )


def _receive(c: Case, t: Transition, a: _Acting) -> dict[str, Any]:
    c.pickup_deadline = local_today(a.office) + dt.timedelta(days=holding_days())
    c.holder_office = c.pickup_office
    c.uncollected_warning_sent_at = None
    return {"pickup_deadline": c.pickup_deadline.isoformat()}


case_receive = transition_service(
    "receive",
    _receive,
    "The card arrived at the pickup office: start the holding period, send the notice.",
)


@transaction.atomic
def case_hand_over(
    *,
    case: Case,
    actor: User | None,
    identity_checked: bool,
    identity_documents: Iterable[str] = (),
    old_card_collected: bool = False,
    receipt_signed: bool = True,
    office: Office | None = None,
    expected_version: int | None = None,
    note: str = "",
) -> Case:
    """交付: identity check, 受領 recorded, card active; the old card invalidated only when
    the clerk says it was collected (``old_card_collected``, never assumed)."""
    if not receipt_signed:
        raise case_error(
            CaseError.RECEIPT_NOT_SIGNED,
            _("The signed receipt (受領書) is required."),
            receipt_signed="required",
        )

    def apply(c: Case, t: Transition, a: _Acting) -> dict[str, Any]:
        from kokugai.rules.validity import address_field, validity

        today = local_today(a.office)
        old_ids: list[int] = []
        if old_card_collected:
            old_ids = cards_invalidate_others(person=c.person, keep=c.card)
        card = c.card
        assert card is not None  # ordered before it could ship
        v = validity(
            c.person.birth_date,
            today,
            applied_on=c.opened_at.date(),
            with_certificates=c.with_certificates,
            overrides=config.assumptions(),
        )
        departed = c.person.left_japan_on or c.departure_date
        card_activate(
            card=card,
            issued_on=today,
            expires_on=v.card_expires_on,
            certificates_expire_on=v.certificates_expire_on,
            endorsement=address_field(departed) if departed else "",
        )
        c.holder_office = None
        return {
            "identity_checked": True,
            "identity_documents": list(identity_documents),
            "old_cards_invalidated": old_ids,
            "receipt_signed": True,
            "certificates_issued": c.with_certificates,
            "card_expires_on": v.card_expires_on.isoformat(),
        }

    return _fire(
        case=case,
        name="hand_over",
        actor=actor,
        office=office,
        expected_version=expected_version,
        note=note,
        facts={"identity_checked": identity_checked},
        apply=apply,
    )


@transaction.atomic
def case_expire(
    *,
    case: Case,
    actor: User | None = None,
    office: Office | None = None,
    expected_version: int | None = None,
) -> Case:
    """The holding period ended without pickup (the system, daily)."""
    return _fire(
        case=case,
        name="expire",
        actor=actor,
        office=office,
        party=SYSTEM,
        expected_version=expected_version,
    )


@transaction.atomic
def case_withdraw(
    *,
    case: Case,
    actor: User | None,
    reason: str = "",
    office: Office | None = None,
    expected_version: int | None = None,
    note: str = "",
) -> Case:
    """申請取消. Staff give a reason from ``WITHDRAWAL_REASONS``; the applicant's own request
    (no staff account) is ``applicant_request``."""
    reason = reason or ("applicant_request" if actor is None else "")
    _reason_checked(
        reason, note, WITHDRAWAL_REASONS, code=CaseError.REASON_UNKNOWN, name="withdraw"
    )

    def apply(c: Case, t: Transition, a: _Acting) -> dict[str, Any] | None:
        data: dict[str, Any] = {"reason": reason}
        if c.card is not None and card_pending_invalidate(card=c.card):
            data["card_invalidated"] = c.card.pk
        return data

    return _fire(
        case=case,
        name="withdraw",
        actor=actor,
        office=office,
        party=APPLICANT,
        expected_version=expected_version,
        note=note,
        apply=apply,
    )


@transaction.atomic
def case_change_pickup(
    *,
    case: Case,
    actor: User | None,
    pickup_office: Office,
    office: Office | None = None,
    expected_version: int | None = None,
    note: str = "",
) -> Case:
    if pickup_office.kind == OfficeKind.PRODUCTION or pickup_office.pk == case.pickup_office_id:
        raise case_error(
            CaseError.PICKUP_OFFICE_INVALID,
            _("Choose another municipality or mission."),
            pickup_office=pickup_office.code,
        )

    def apply(c: Case, t: Transition, a: _Acting) -> dict[str, Any]:
        old = c.pickup_office
        c.pickup_office = pickup_office
        c.pickup_deadline = None
        data: dict[str, Any] = {
            "from_office": old.code if old else "",
            "to_office": pickup_office.code,
        }
        return data

    return _fire(
        case=case,
        name="change_pickup",
        actor=actor,
        office=office,
        party=APPLICANT,
        expected_version=expected_version,
        note=note,
        apply=apply,
    )
