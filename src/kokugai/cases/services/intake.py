"""Opening a case at an office: receipt number, checklist and fee from the rules."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from kokugai.cases.errors import CaseError, OfficeNotAllowedError, RoleNotAllowedError, case_error
from kokugai.cases.events import TransitionEvent, publish
from kokugai.cases.models import Case, CaseEvent, ChecklistEntry
from kokugai.cases.services.common import _receipt_number_new, card_state, local_today
from kokugai.cases.services.notify import _queue
from kokugai.cases.workflow import APPLICANT, OPEN_STAFF, workflow_for
from kokugai.core import clock, config
from kokugai.core.audit import audit_record
from kokugai.core.models import User
from kokugai.people.models import Person
from kokugai.people.selectors import person_age
from kokugai.registry.models import Office
from kokugai.registry.selectors import staff_office, staff_role
from kokugai.rules.codes import Channel, Procedure


def _checklist_items(
    procedure: Procedure,
    channel: Channel,
    *,
    as_of: dt.date,
    age: int,
    with_certificates: bool,
    departure_date: dt.date | None,
    card_state: str,
) -> list[Any]:
    from kokugai.rules import procedures

    try:
        return list(
            procedures.checklist(
                procedure,
                channel,
                as_of=as_of,
                age=age,
                with_certificates=with_certificates,
                departure_date=departure_date,
                card_state=card_state,
                overrides=config.assumptions(),
            )
        )
    except procedures.ChannelNotAvailableError as exc:
        raise case_error(
            CaseError.CHANNEL_NOT_AVAILABLE,
            _("This procedure is not available through this channel."),
            procedure=procedure.value,
            channel=channel.value,
        ) from exc


@transaction.atomic
def case_open(
    *,
    person: Person,
    procedure: Procedure | str,
    channel: Channel | str,
    intake_office: Office,
    actor: User | None,
    pickup_office: Office | None = None,
    departure_date: dt.date | None = None,
    with_certificates: bool = True,
    note: str = "",
) -> Case:
    """Open a case at ``intake_office``: receipt number, checklist and fee from the rules."""
    procedure = Procedure(procedure)
    channel = Channel(channel)
    if actor is not None and (own := staff_office(actor)) != intake_office:
        raise OfficeNotAllowedError("open", own)
    if actor is not None and staff_role(actor) not in OPEN_STAFF:
        raise RoleNotAllowedError("open", staff_role(actor))
    workflow = workflow_for(procedure)
    now = clock.now()
    today = local_today(intake_office)
    state_of_card = card_state(person, today)
    from kokugai.rules.fees import fee as rules_fee

    fee = rules_fee(
        procedure,
        as_of=today,
        with_certificates=with_certificates,
        departure_date=person.left_japan_on,
        applied_on=today,
        card_state=state_of_card,
        channel=channel,
        overrides=config.assumptions(),
    )
    receipt = _receipt_number_new(today.year)
    if pickup_office is None and workflow.find("receive", "shipped") is not None:
        pickup_office = intake_office  # hand over where it was taken in, unless told otherwise
    case = Case.objects.create(
        procedure=procedure.value,
        channel=channel.value,
        state=workflow.initial,
        version=1,
        person=person,
        intake_office=intake_office,
        honseki_office=person.honseki,
        pickup_office=pickup_office,
        holder_office=intake_office,
        receipt_number=receipt,
        fee_yen=fee.yen,
        with_certificates=with_certificates,
        departure_date=departure_date,
        opened_at=now,
        state_entered_at=now,
    )
    items = _checklist_items(
        procedure,
        channel,
        as_of=today,
        age=person_age(person, today),
        with_certificates=with_certificates,
        departure_date=departure_date,
        card_state=state_of_card,
    )
    ChecklistEntry.objects.bulk_create(
        ChecklistEntry(
            case=case,
            code=item.code,
            kind=str(item.kind),
            label_ja=item.label.ja[:300],
            label_en=item.label.en[:300],
            required=bool(item.required),
            position=i,
        )
        for i, item in enumerate(items)
    )
    label = actor.get_username() if actor else APPLICANT
    opened = {"fee_yen": fee.yen, "card_state": state_of_card}
    effects = publish(TransitionEvent(case, "open", "", case.state, actor, intake_office, opened))
    sent = _queue(case, workflow.open_notifications)
    CaseEvent.objects.create(
        case=case,
        seq=1,
        transition="open",
        from_state="",
        to_state=case.state,
        office=intake_office,
        actor=actor,
        actor_label=label,
        at=now,
        note=note,
        data={
            "notifications": sent,
            "fee_yen": fee.yen,
            "fee_reasons": [r.code for r in fee.reasons],
            "card_state": state_of_card,
            **effects,
        },
    )
    audit_record(
        actor=actor,
        actor_label=label,
        action="case.open",
        object_type="case",
        object_id=case.pk,
        office_code=intake_office.code,
        detail={"procedure": procedure.value, "channel": channel.value, "person": person.pk},
    )
    return case
