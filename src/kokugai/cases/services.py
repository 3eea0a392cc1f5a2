"""The only code that changes a case.

One ``@transaction.atomic`` function per transition, keyword-only, each taking ``actor`` (a
staff account, or None for the applicant or the system) and optionally the acting ``office``
and the ``expected_version`` the caller saw. Each one, in the same transaction:

1. locks the case row (``select_for_update``) and checks the expected version,
2. checks the workflow table: the transition exists from the current state
   (``transition_not_allowed``, 409), the acting office plays a role allowed to fire it
   (``office_not_allowed``, 403), and its guards pass (their reason code, 409),
3. writes the new state, the CaseEvent (seq = new version), the AuditEntry and the
   notifications the table lists for the transition.

Nothing changes when any check fails.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.translation import gettext as _

from kokugai.cases import tokens
from kokugai.cases.access import access_case_by_receipt, office_roles
from kokugai.cases.checklist import system_checked_codes
from kokugai.cases.errors import (
    REASON_LABELS,
    CaseClosedError,
    CaseError,
    ConfirmationRequiredError,
    FourEyesError,
    GuardFailedError,
    OfficeNotAllowedError,
    ParamsInvalidError,
    RoleNotAllowedError,
    StaleVersionError,
    TransitionNotAllowedError,
    case_error,
    reason_label,
    state_label,
    transition_label,
)
from kokugai.cases.models import Case, CaseEvent, CaseNote, ChecklistEntry, IdSequence
from kokugai.cases.workflow import (
    APPLICANT,
    OPEN_STAFF,
    REJECTION_REASONS,
    SYSTEM,
    WITHDRAWAL_REASONS,
    Facts,
    Param,
    Transition,
    Workflow,
    checklist_owner,
    contract_for,
    workflow_for,
)
from kokugai.core import clock
from kokugai.core.audit import audit_record
from kokugai.core.errors import Conflict, Forbidden, NotFound
from kokugai.core.models import User
from kokugai.people.models import Card, CardKind, CardStatus, Person
from kokugai.people.selectors import person_age, person_current_card
from kokugai.registry.models import Counter, Office
from kokugai.registry.selectors import staff_office, staff_role
from kokugai.rules import checkdigits
from kokugai.rules.codes import Channel, OfficeKind, Procedure
from kokugai.rules.types import Text

PRODUCTION_OFFICE_CODE = "production"

# --- errors and labels (the registry lives in cases/errors.py) ----------------------------

__all__ = [
    "REASON_LABELS",
    "REJECTION_REASONS",
    "CaseClosedError",
    "GuardFailedError",
    "OfficeNotAllowedError",
    "StaleVersionError",
    "TransitionNotAllowedError",
    "reason_label",
    "state_label",
    "transition_label",
]

# --- helpers -----------------------------------------------------------------------------


def _next_value(name: str) -> int:
    """Increment a named sequence inside the caller's transaction (row-locked by UPDATE)."""
    for _attempt in range(3):
        if IdSequence.objects.filter(name=name).update(value=F("value") + 1):
            return IdSequence.objects.get(name=name).value
        try:
            with transaction.atomic():
                IdSequence.objects.create(name=name, value=1)
            return 1
        except IntegrityError:
            continue  # someone created it first: increment theirs
    raise RuntimeError(f"could not allocate a value of sequence {name}")


def _receipt_number_new(year: int) -> str:
    """A random receipt number (not a sequence: a known one tells nothing of the next, and a
    year never runs out). 10^15 numbers a year: a clash is a once-in-a-billion event at a
    million cases, checked anyway; the unique index is the last guard."""
    for _attempt in range(5):
        receipt = checkdigits.make_receipt_number(
            secrets.randbelow(10**checkdigits.RECEIPT_RANDOM_DIGITS), year
        )
        if not Case.objects.filter(receipt_number=receipt).exists():
            return receipt
    raise RuntimeError("could not draw a free receipt number")


def local_today(office: Office | None) -> dt.date:
    """Today where the office is: dates on cards and deadlines are office-local."""
    tz = ZoneInfo(office.timezone if office else "Asia/Tokyo")
    return clock.now().astimezone(tz).date()


def holding_days() -> int:
    configured = getattr(settings, "KOKUGAI_HOLDING_DAYS", None)
    if configured:
        return int(configured)
    from kokugai.rules.assumptions import Assumptions

    return Assumptions(getattr(settings, "KOKUGAI_ASSUMPTIONS", {})).int("uncollected_holding_days")


def card_state(person: Person, today: dt.date) -> str:
    """The rules' card_state vocabulary: none, valid, continued_abroad, returned, lost, expired."""
    card = person_current_card(person)
    if card is None:
        return "none"
    if card.status == CardStatus.SUSPENDED:
        return "lost"
    if card.status in (CardStatus.RETURNED, CardStatus.INVALIDATED):
        return "returned"
    if card.status == CardStatus.LAPSED or (card.expires_on and card.expires_on < today):
        return "expired"
    return "continued_abroad" if card.endorsement.startswith("国外転出") else "valid"


def pickup_counter(office: Office) -> Counter | None:
    """The counter that hands over overseas cards: the one the setup marks, else the first."""
    counters = list(office.counters.order_by("id"))
    for c in counters:
        if c.code == "card-pickup":
            return c
    return counters[0] if counters else None


def _office_names(prefix: str, office: Office | None) -> dict[str, str]:
    if office is None:
        return {f"{prefix}_ja": "", f"{prefix}_en": ""}
    return {f"{prefix}_ja": office.name_ja, f"{prefix}_en": office.name("en")}


def notification_context(case: Case, template: str) -> dict[str, Any]:
    """The context keys the notifications catalogue expects for ``template``."""
    ctx: dict[str, Any] = {
        "receipt_number": case.receipt_number,
        "application_id": case.application_id or "",
        "procedure": case.procedure,
        "tracking_url": tokens.tracking_url(),
    }
    if template == "received":
        ctx |= _office_names("intake_office", case.intake_office)
    elif template in {"forwarded", "accepted", "rejected", "correction_requested"}:
        ctx |= _office_names("honseki_office", case.honseki_office)
    elif template in {"shipped", "collected", "uncollected", "pickup_changed"}:
        ctx |= _office_names("pickup_office", case.pickup_office)
    elif template in {"arrived", "uncollected_warning"}:
        ctx |= _office_names("pickup_office", case.pickup_office)
        ctx["last_day"] = case.pickup_deadline.isoformat() if case.pickup_deadline else ""
    if template == "rejected":
        reason = REJECTION_REASONS.get(case.rejection_reason, Text("", ""))
        ctx |= {"reason_ja": reason.ja, "reason_en": reason.en}
    if template == "correction_requested":
        ctx |= {"correction_text": case.correction_request, "reply_url": tokens.reply_url(case.pk)}
    if template == "arrived":
        counter = pickup_counter(case.pickup_office) if case.pickup_office else None
        ctx |= {
            "counter_ja": counter.name_ja if counter else "",
            "counter_en": counter.name("en") if counter else "",
            "floor": counter.floor if counter else "",
            "booking_url": tokens.booking_url(case.pk),
        }
    return ctx


def _queue(case: Case, templates: Iterable[str]) -> list[dict[str, Any]]:
    """Queue the notifications in the caller's transaction; returns what the event records."""
    from kokugai.notifications.catalogue import catalogue_get
    from kokugai.notifications.services import notification_queue

    person = case.person
    out = []
    for template in templates:
        to = person.email if person.email and person.email_verified_at else ""
        if catalogue_get(template) is None:
            out.append({"template": template, "queued": False, "why": "not_in_catalogue"})
            continue
        # An address typed at intake but not verified yet: the mail waits (held) and goes out
        # once the applicant opens the verification link, instead of being dropped.
        hold = not to and bool(person.email)
        if not to and not hold:
            out.append({"template": template, "queued": False, "why": "no_email"})
            continue
        notification_queue(
            template=template,
            to=to,
            language=person.language,
            context=notification_context(case, template),
            case=case,
            person=person,
            hold=hold,
        )
        entry: dict[str, Any] = {"template": template, "queued": True}
        if hold:
            entry["held"] = True
            entry["why"] = "email_not_verified"
        out.append(entry)
    return out


def case_facts(case: Case, office: Office | None, *, checklist: bool = True, **extra: Any) -> Facts:
    """The guards' snapshot. ``checklist=False`` skips the checklist query (for a transition
    whose guards do not read it: the fact is then reported as complete)."""
    # Items the system knows (cases/checklist.py: verified email, 本籍地, …) count as checked.
    complete = (
        not checklist
        or not case.checklist.filter(required=True, checked_at=None)
        .exclude(code__in=system_checked_codes(case))
        .exists()
    )
    return Facts(
        state=case.state,
        channel=case.channel,
        today=local_today(office),
        intake_is_honseki=case.intake_office_id == case.honseki_office_id,
        intake_kind=case.intake_office.kind,
        checklist_complete=complete,
        has_pickup_office=case.pickup_office_id is not None,
        departure_date=case.departure_date,
        pickup_deadline=case.pickup_deadline,
        **extra,
    )


@dataclass(frozen=True)
class _Acting:
    office: Office
    parties: frozenset[str]
    label: str
    #: The staff member's role inside their office (None for the applicant or the system).
    role: str | None = None


def _acting(case: Case, actor: User | None, office: Office | None, party: str) -> _Acting:
    """Who fires: a staff member acts for their own office, in the roles it plays here."""
    if actor is None:
        default = case.pickup_office if party == SYSTEM else case.honseki_office
        chosen = office or default or case.intake_office
        return _Acting(chosen, frozenset({party}), party)
    own = staff_office(actor)
    if own is None or (office is not None and office.pk != own.pk):
        raise OfficeNotAllowedError("act", office or own)
    roles = frozenset(r.value for r in office_roles(case, own))
    return _Acting(own, roles, actor.get_username(), staff_role(actor))


def four_eyes_on() -> bool:
    return bool(getattr(settings, "KOKUGAI_FOUR_EYES", True))


def _opened_by(case: Case) -> int | None:
    return case.events.filter(seq=1).values_list("actor_id", flat=True).first()


def _check_staff(case: Case, transition: Transition, actor: User | None, acting: _Acting) -> None:
    """The staff member's role fires ``transition``; the four-eyes rule holds (issue 10 §3)."""
    if actor is None:
        return
    if not transition.staffed_by(acting.role):
        raise RoleNotAllowedError(transition.name, acting.role, case.procedure)
    if transition.four_eyes and four_eyes_on() and _opened_by(case) == actor.pk:
        raise FourEyesError(transition.name, case.procedure)


Apply = Callable[[Case, Transition, _Acting], dict[str, Any] | None]


def _field_values(case: Case) -> dict[str, Any]:
    """Concrete field values by attribute name (``pickup_office_id``, …), to save only what
    a transition changed (``save(update_fields=…)``)."""
    return {
        f.attname: getattr(case, f.attname) for f in Case._meta.concrete_fields if not f.primary_key
    }


def _fire(
    *,
    case: Case,
    name: str,
    actor: User | None,
    office: Office | None = None,
    party: str = APPLICANT,
    expected_version: int | None = None,
    note: str = "",
    facts: dict[str, Any] | None = None,
    apply: Apply | None = None,
) -> Case:
    locked = (
        Case.objects.select_for_update(of=("self",))
        .select_related("person", "intake_office", "honseki_office", "pickup_office")
        .get(pk=case.pk)
    )
    if expected_version is not None and locked.version != expected_version:
        raise StaleVersionError(expected_version, locked.version)
    acting = _acting(locked, actor, office, party)
    procedure = locked.procedure
    if not acting.parties:
        raise OfficeNotAllowedError(name, acting.office, procedure)
    workflow: Workflow = workflow_for(procedure)
    transition = workflow.find(name, locked.state)
    if transition is None:
        raise TransitionNotAllowedError(name, locked.state, procedure)
    if not transition.fired_by(acting.parties):
        raise OfficeNotAllowedError(name, acting.office, procedure)
    _check_staff(locked, transition, actor, acting)
    # The checklist is read once, and only by the transitions whose guards need it.
    snapshot = case_facts(
        locked, acting.office, checklist=transition.reads_checklist, **(facts or {})
    )
    reasons = transition.blocked_by(snapshot)
    if reasons:
        raise GuardFailedError(name, reasons, procedure)

    now = clock.now()
    from_state = locked.state
    before = _field_values(locked)
    data = (apply(locked, transition, acting) if apply else None) or {}
    locked.state = transition.to_state
    locked.version += 1
    if from_state != locked.state:
        locked.state_entered_at = now
    if not workflow.is_open(locked.state):
        locked.closed_at = now
    after = _field_values(locked)
    locked.save(update_fields=[f for f, value in after.items() if before[f] != value])
    data["notifications"] = _queue(locked, transition.notifications)
    CaseEvent.objects.create(
        case=locked,
        seq=locked.version,
        transition=name,
        from_state=from_state,
        to_state=locked.state,
        office=acting.office,
        actor=actor,
        actor_label=acting.label,
        at=now,
        note=note,
        data=data,
    )
    audit_record(
        actor=actor,
        actor_label=acting.label,
        action="case.transition",
        object_type="case",
        object_id=locked.pk,
        office_code=acting.office.code,
        detail={"transition": name, "from": from_state, "to": locked.state, "seq": locked.version},
    )
    # The caller's object takes the new values without another query.
    for attname, value in after.items():
        setattr(case, attname, value)
    return locked


# --- intake ------------------------------------------------------------------------------


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
                overrides=getattr(settings, "KOKUGAI_ASSUMPTIONS", {}),
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
        overrides=getattr(settings, "KOKUGAI_ASSUMPTIONS", {}),
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


def checklist_may_tick(case: Case, entry: ChecklistEntry, actor: object) -> bool:
    """Whether ``actor`` may tick or untick ``entry``: the item's owner (office part + role)."""
    owner = checklist_owner(entry.kind)
    parts = {r.value for r in office_roles(case, staff_office(actor))}
    return bool(parts & owner.parties) and staff_role(actor) in owner.staff


@transaction.atomic
def checklist_check(
    *, case: Case, code: str, actor: User, note: str = "", checked: bool = True
) -> ChecklistEntry:
    """Record that ``actor`` verified one checklist item (or undo it), with who and when.

    Only the item's owner (``workflow.CHECKLIST_OWNERS``: the intake clerk) may change it; an
    undo keeps who had checked it, in the audit row.
    """
    own = staff_office(actor)
    if not office_roles(case, own):
        raise OfficeNotAllowedError("checklist_check", own)
    # Lock the case so a tick cannot slip in while another clerk closes it.
    locked = Case.objects.select_for_update(of=("self",)).get(pk=case.pk)
    if locked.closed_at is not None or not workflow_for(locked.procedure).is_open(locked.state):
        raise CaseClosedError("checklist_check", locked.state, locked.procedure)
    try:
        entry = ChecklistEntry.objects.select_for_update().get(case=case, code=code)
    except ChecklistEntry.DoesNotExist:
        raise case_error(
            CaseError.CHECKLIST_ITEM_UNKNOWN,
            _("No such checklist item on this case."),
            code=code,
        ) from None
    if not checklist_may_tick(locked, entry, actor):
        raise case_error(
            CaseError.CHECKLIST_ITEM_NOT_YOURS,
            _(
                "This checklist item is verified by the intake counter; your role may not change it."
            ),
            status=403,
            code=code,
            role=staff_role(actor) or "",
        )
    before = {
        "checked_by": entry.checked_by_id,
        "checked_at": entry.checked_at.isoformat() if entry.checked_at else None,
        "note": entry.note,
    }
    entry.checked_by = actor if checked else None
    entry.checked_at = clock.now() if checked else None
    entry.note = note[:300]
    entry.save(update_fields=["checked_by", "checked_at", "note"])
    audit_record(
        actor=actor,
        action="case.checklist_check" if checked else "case.checklist_uncheck",
        object_type="case",
        object_id=case.pk,
        office_code=own.code if own else "",
        detail={"code": code, "before": before},
    )
    return entry


@transaction.atomic
def case_note_add(*, case: Case, actor: User, text: str) -> CaseNote:
    own = staff_office(actor)
    if own is None or not office_roles(case, own):
        raise OfficeNotAllowedError("note", own)
    if not text.strip():
        raise case_error(CaseError.NOTE_EMPTY, _("The note is empty."), text="required")
    note = CaseNote.objects.create(case=case, office=own, author=actor, at=clock.now(), text=text)
    audit_record(
        actor=actor,
        action="case.note",
        object_type="case",
        object_id=case.pk,
        office_code=own.code,
    )
    return note


# --- new issuance (and every procedure that ends with a new card) ------------------------


@transaction.atomic
def case_forward(
    *,
    case: Case,
    actor: User | None,
    office: Office | None = None,
    expected_version: int | None = None,
    note: str = "",
) -> Case:
    def apply(c: Case, t: Transition, a: _Acting) -> None:
        c.holder_office = c.honseki_office

    return _fire(
        case=case,
        name="forward",
        actor=actor,
        office=office,
        expected_version=expected_version,
        note=note,
        apply=apply,
    )


@transaction.atomic
def case_start_review(
    *,
    case: Case,
    actor: User | None,
    office: Office | None = None,
    expected_version: int | None = None,
    note: str = "",
) -> Case:
    def apply(c: Case, t: Transition, a: _Acting) -> None:
        c.holder_office = c.honseki_office

    return _fire(
        case=case,
        name="start_review",
        actor=actor,
        office=office,
        expected_version=expected_version,
        note=note,
        apply=apply,
    )


@transaction.atomic
def case_request_correction(
    *,
    case: Case,
    actor: User | None,
    text: str,
    office: Office | None = None,
    expected_version: int | None = None,
) -> Case:
    if not text.strip():
        raise case_error(
            CaseError.CORRECTION_TEXT_REQUIRED, _("Say what needs correcting."), text="required"
        )

    def apply(c: Case, t: Transition, a: _Acting) -> dict[str, Any]:
        c.correction_request = text
        return {"correction_text": text}

    return _fire(
        case=case,
        name="request_correction",
        actor=actor,
        office=office,
        expected_version=expected_version,
        note=text,
        apply=apply,
    )


@transaction.atomic
def case_applicant_replied(
    *,
    case: Case,
    actor: User | None = None,
    text: str = "",
    office: Office | None = None,
    expected_version: int | None = None,
) -> Case:
    """The applicant answered (through the signed reply link, or a reviewer records it)."""
    return _fire(
        case=case,
        name="applicant_replied",
        actor=actor,
        office=office,
        party=APPLICANT,
        expected_version=expected_version,
        note=text,
        apply=lambda c, t, a: {"reply": text} if text else None,
    )


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


@transaction.atomic
def case_order(
    *,
    case: Case,
    actor: User | None,
    office: Office | None = None,
    expected_version: int | None = None,
    note: str = "",
) -> Case:
    """Production takes the order: assigns the 23-digit 申請書ID and creates the pending card."""

    def apply(c: Case, t: Transition, a: _Acting) -> dict[str, Any]:
        issued_on = local_today(a.office)
        application_id = checkdigits.make_application_id(_next_value("application-id"), issued_on)
        c.application_id = application_id
        c.production_office = _production_office(c.production_office)
        c.holder_office = c.production_office
        c.card = Card.objects.create(
            person=c.person,
            kind=CardKind.OVERSEAS,
            status=CardStatus.PENDING,
            application_id=application_id,
            status_changed_at=clock.now(),
        )
        return {"application_id": application_id, "card": c.card.pk}

    return _fire(
        case=case,
        name="order",
        actor=actor,
        office=office,
        expected_version=expected_version,
        note=note,
        apply=apply,
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


@transaction.atomic
def case_receive(
    *,
    case: Case,
    actor: User | None,
    office: Office | None = None,
    expected_version: int | None = None,
    note: str = "",
) -> Case:
    """The card arrived at the pickup office: start the holding period, send the notice."""

    def apply(c: Case, t: Transition, a: _Acting) -> dict[str, Any]:
        from kokugai.appointments.services import service_ensure_pickup

        c.pickup_deadline = local_today(a.office) + dt.timedelta(days=holding_days())
        c.holder_office = c.pickup_office
        c.uncollected_warning_sent_at = None
        # Booking opens with the arrival notice: the pickup service must exist at this office.
        if c.pickup_office is not None:
            service_ensure_pickup(office=c.pickup_office)
        return {"pickup_deadline": c.pickup_deadline.isoformat()}

    return _fire(
        case=case,
        name="receive",
        actor=actor,
        office=office,
        expected_version=expected_version,
        note=note,
        apply=apply,
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

        now = clock.now()
        today = local_today(a.office)
        old_ids: list[int] = []
        if old_card_collected:
            old = c.person.cards.exclude(pk=c.card_id).exclude(
                status__in=[CardStatus.INVALIDATED, CardStatus.PENDING]
            )
            old_ids = list(old.values_list("pk", flat=True))
            old.update(status=CardStatus.INVALIDATED, status_changed_at=now)
        card = c.card
        assert card is not None  # ordered before it could ship
        v = validity(
            c.person.birth_date,
            today,
            applied_on=c.opened_at.date(),
            with_certificates=c.with_certificates,
            overrides=getattr(settings, "KOKUGAI_ASSUMPTIONS", {}),
        )
        card.status = CardStatus.ACTIVE
        card.status_changed_at = now
        card.issued_on = today
        card.expires_on = v.card_expires_on
        card.signing_cert_expires_on = v.certificates_expire_on
        card.auth_cert_expires_on = v.certificates_expire_on
        departed = c.person.left_japan_on or c.departure_date
        card.endorsement = address_field(departed) if departed else ""
        card.save()
        c.holder_office = None
        # The pickup booking is done: its place is used (or, if collected early, released).
        from kokugai.appointments.services import appointment_complete_for_case

        booking = appointment_complete_for_case(case=c, actor=actor)
        return {
            "booking_completed": booking.pk if booking else None,
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
        apply=lambda c, t, a: _cancel_booking(c, actor, "expire"),
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
        if c.card is not None and c.card.status == CardStatus.PENDING:
            c.card.status = CardStatus.INVALIDATED
            c.card.status_changed_at = clock.now()
            c.card.save(update_fields=["status", "status_changed_at"])
            data["card_invalidated"] = c.card.pk
        data.update(_cancel_booking(c, actor, "withdraw") or {})
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
        data.update(_cancel_booking(c, actor, "change_pickup") or {})
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


def _cancel_booking(c: Case, actor: User | None, reason: str) -> dict[str, Any] | None:
    """The case leaves pickup at this office: its future booking goes back on sale."""
    from kokugai.appointments.services import appointment_cancel_for_case

    booking = appointment_cancel_for_case(case=c, actor=actor, reason=reason)
    return {"booking_cancelled": booking.pk} if booking is not None else None


# --- the other procedures ----------------------------------------------------------------


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
        from kokugai.rules.validity import address_field

        card = _current_card(c)
        assert c.departure_date is not None  # the guard required it
        card.endorsement = address_field(c.departure_date)
        card.kind = CardKind.OVERSEAS
        card.save(update_fields=["endorsement", "kind"])
        c.person.left_japan_on = c.departure_date
        c.person.save(update_fields=["left_japan_on"])
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
        card.signing_cert_expires_on = until
        card.auth_cert_expires_on = until
        card.save(update_fields=["signing_cert_expires_on", "auth_cert_expires_on"])
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
        card.status = CardStatus.RETURNED
        card.status_changed_at = clock.now()
        card.save(update_fields=["status", "status_changed_at"])
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
            mask_email,
        )

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
        card.kind = CardKind.DOMESTIC
        card.endorsement = ""
        card.save(update_fields=["kind", "endorsement"])
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


# --- dispatch for the console and the API ------------------------------------------------

SERVICES: dict[str, Callable[..., Case]] = {
    "forward": case_forward,
    "start_review": case_start_review,
    "request_correction": case_request_correction,
    "applicant_replied": case_applicant_replied,
    "accept": case_accept,
    "reject": case_reject,
    "order": case_order,
    "ship": case_ship,
    "receive": case_receive,
    "hand_over": case_hand_over,
    "expire": case_expire,
    "withdraw": case_withdraw,
    "change_pickup": case_change_pickup,
    "endorse": case_endorse,
    "update_card": case_update_card,
    "renew_certificates": case_renew_certificates,
    "reset_pin": case_reset_pin,
    "accept_surrender": case_accept_surrender,
    "update_email": case_update_email,
    "convert": case_convert,
    "confirm_withdrawal": case_confirm_withdrawal,
}


def case_transition(*, case: Case, name: str, actor: User | None, **params: Any) -> Case:
    """Fire transition ``name`` through its service (``params`` already resolved)."""
    service = SERVICES.get(name)
    if service is None:
        raise TransitionNotAllowedError(name, case.state, case.procedure)
    return service(case=case, actor=actor, **params)


_TRUE = frozenset({"1", "on", "true", "yes"})


def _truthy(value: object) -> bool:
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in _TRUE


def _clean_param(param: Param, value: Any, actor: User | None) -> tuple[Any, str | None]:
    """One value against its contract entry: (clean value, error code or None)."""
    if param.kind == "bool":
        return _truthy(value), None
    if param.kind == "multi":
        values = [value] if isinstance(value, str) else list(value or [])
        values = [str(v) for v in values if str(v)]
        bad = [v for v in values if v not in param.choice_codes()]
        return values, ("not_a_choice" if bad else None)
    text = "" if value is None else str(value).strip()
    if len(text) > param.max_length:
        return text, "too_long"
    if not text:
        return text, None
    if param.kind == "choice" and text not in param.choice_codes():
        return text, "not_a_choice"
    if param.kind == "email":
        try:
            validate_email(text)
        except ValidationError:
            return text, "invalid_email"
    if param.kind == "office":
        office = Office.objects.filter(code=text, is_active=True).first()
        return office, (None if office else "unknown_office")
    if param.kind == "case":
        try:
            return access_case_by_receipt(actor, text, why="transition.target"), None  # type: ignore[arg-type]
        except NotFound:
            return text, "not_found"
    return text, None


def transition_input(
    *,
    name: str,
    data: Mapping[str, Any],
    actor: User | None,
    strict: bool = False,
) -> dict[str, Any]:
    """The service's keyword arguments from what a form or an API body sent, checked against
    the transition's contract (``workflow.CONTRACTS``): required fields, choices, lengths,
    offices and target cases resolved within the caller's access. ``strict`` refuses fields
    the transition does not take (the API); the console ignores them (CSRF token, …)."""
    try:
        contract = contract_for(name)
    except KeyError:
        raise TransitionNotAllowedError(name, "") from None
    problems: dict[str, str] = {}
    if strict:
        problems |= {
            k: f"not_used_by_{name}"
            for k, v in data.items()
            if k not in contract.names() and k != "confirm" and v is not None
        }
    kwargs: dict[str, Any] = {}
    for param in contract.params:
        raw = data.get(param.name)
        missing = raw is None or (isinstance(raw, str) and not raw.strip())
        if missing:
            if param.required:
                problems[param.name] = "required"
            continue
        value, error = _clean_param(param, raw, actor)
        if error:
            problems[param.name] = error
        else:
            kwargs[param.name] = value
    if problems:
        raise ParamsInvalidError(dict(sorted(problems.items())))
    return kwargs


def case_transition_input(
    *,
    case: Case,
    name: str,
    actor: User | None,
    data: Mapping[str, Any],
    expected_version: int | None = None,
    strict: bool = False,
) -> Case:
    """Fire ``name`` with input from the console or the API (one path for both).

    An irreversible transition (its contract has a ``consequence``) needs ``confirm`` too.
    """
    service = SERVICES.get(name)
    if service is None:
        raise TransitionNotAllowedError(name, case.state, case.procedure)
    kwargs = transition_input(name=name, data=data, actor=actor, strict=strict)
    if contract_for(name).needs_confirmation and not _truthy(data.get("confirm", "")):
        raise ConfirmationRequiredError(name, case.procedure)
    return service(case=case, actor=actor, expected_version=expected_version, **kwargs)


# --- system jobs -------------------------------------------------------------------------

UNCOLLECTED_WARNING_DAYS = 14


def cases_expire_uncollected(*, progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """Warn before the holding period ends, expire cases after it. Safe to run repeatedly."""
    warned = expired = 0
    today = local_today(None)
    soon = today + dt.timedelta(days=UNCOLLECTED_WARNING_DAYS)
    due = Case.objects.filter(state="ready_for_pickup", pickup_deadline__isnull=False)
    for pk in due.filter(pickup_deadline__lt=today).values_list("pk", flat=True):
        try:
            case_expire(case=Case(pk=pk))
            expired += 1
        except (Conflict, Forbidden):
            continue  # someone handed it over meanwhile, or the guard disagrees: skip
        if progress:
            progress(1)
    to_warn = due.filter(
        pickup_deadline__gte=today, pickup_deadline__lte=soon, uncollected_warning_sent_at=None
    )
    for pk in to_warn.values_list("pk", flat=True):
        with transaction.atomic():
            case = (
                Case.objects.select_for_update(of=("self",))
                .select_related("person", "pickup_office")
                .get(pk=pk)
            )
            if case.uncollected_warning_sent_at is not None or case.state != "ready_for_pickup":
                continue
            sent = _queue(case, ["uncollected_warning"])
            case.uncollected_warning_sent_at = clock.now()
            case.save(update_fields=["uncollected_warning_sent_at"])
            audit_record(
                actor=None,
                action="case.uncollected_warning",
                object_type="case",
                object_id=case.pk,
                detail={"notifications": sent},
            )
            warned += 1
        if progress:
            progress(1)
    return {"warned": warned, "expired": expired}
