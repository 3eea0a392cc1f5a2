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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from kokugai.cases import tokens
from kokugai.cases.access import office_roles
from kokugai.cases.models import Case, CaseEvent, CaseNote, ChecklistEntry, IdSequence
from kokugai.cases.workflow import APPLICANT, SYSTEM, Facts, Transition, Workflow, workflow_for
from kokugai.core import clock
from kokugai.core.audit import audit_record
from kokugai.core.errors import ApplicationError, Conflict, Forbidden
from kokugai.core.models import User
from kokugai.people.models import Card, CardKind, CardStatus, Person
from kokugai.people.selectors import person_age, person_current_card
from kokugai.registry.models import Counter, Office
from kokugai.registry.selectors import staff_office
from kokugai.rules import checkdigits
from kokugai.rules.codes import Channel, OfficeKind, Procedure
from kokugai.rules.types import Text

PRODUCTION_OFFICE_CODE = "production"

# --- errors ------------------------------------------------------------------------------


def _lang() -> str:
    return "en" if (get_language() or "ja").startswith("en") else "ja"


def _workflows(procedure: str | None) -> list[Workflow]:
    if procedure:
        try:
            return [workflow_for(procedure)]
        except (KeyError, ValueError):
            pass
    return [workflow_for(p) for p in Procedure]


#: Things staff do to a case that are not transitions of the workflow tables.
ACTION_LABELS: dict[str, Any] = {
    "open": gettext_lazy("open a case"),
    "act": gettext_lazy("act for another office"),
    "checklist_check": gettext_lazy("tick the checklist"),
    "note": gettext_lazy("add a note"),
}


def transition_label(name: str, procedure: str | None = None) -> str:
    """The step's name as staff read it (the workflow table's label), else the code."""
    if name in ACTION_LABELS:
        return str(ACTION_LABELS[name])
    for workflow in _workflows(procedure):
        for t in workflow.transitions:
            if t.name == name:
                return t.label.get(_lang())
    return name


def state_label(state: str, procedure: str | None = None) -> str:
    for workflow in _workflows(procedure):
        text = workflow.state_labels.get(state)
        if text is not None:
            return text.get(_lang())
    return state


#: Why a step is not possible yet, for the guard reason codes of cases/workflow.py.
REASON_LABELS: dict[str, Any] = {
    "checklist_incomplete": gettext_lazy("tick every required checklist item first"),
    "intake_is_honseki": gettext_lazy("this office is the 本籍地: start the review instead"),
    "forward_to_honseki_first": gettext_lazy("forward the case to the 本籍地 first"),
    "only_at_mission": gettext_lazy("only possible at a 在外公館"),
    "pickup_office_missing": gettext_lazy("choose a pickup office first"),
    "identity_not_checked": gettext_lazy("check the applicant's identity first"),
    "holding_period_not_over": gettext_lazy("the holding period is not over yet"),
    "departure_not_after_filing": gettext_lazy("only possible before the day of departure"),
    "not_by_mail": gettext_lazy("not possible by mail"),
}


def reason_label(code: str) -> str:
    return str(REASON_LABELS.get(code, code))


# Messages are translated when raised (services run inside the request, in its language);
# ``code`` and ``fields`` stay the stable, untranslated part clients branch on.


class TransitionNotAllowedError(Conflict):
    def __init__(self, name: str, state: str, procedure: str | None = None) -> None:
        super().__init__(
            "transition_not_allowed",
            _("“%(action)s” is not possible while the case is “%(state)s”.")
            % {"action": transition_label(name, procedure), "state": state_label(state, procedure)},
            fields={"transition": name, "state": state},
        )


class OfficeNotAllowedError(Forbidden):
    def __init__(self, name: str, office: Office | None, procedure: str | None = None) -> None:
        super().__init__(
            "office_not_allowed",
            _("Your office may not “%(action)s” on this case.")
            % {"action": transition_label(name, procedure)},
            fields={"transition": name, "office": office.code if office else ""},
        )


class StaleVersionError(Conflict):
    def __init__(self, expected: int, actual: int) -> None:
        super().__init__(
            "stale_version",
            _("Someone else changed this case first. Reload the page to see its current state."),
            fields={"expected_version": expected, "version": actual},
        )


class GuardFailedError(Conflict):
    def __init__(self, name: str, reasons: list[str], procedure: str | None = None) -> None:
        super().__init__(
            reasons[0],
            _("“%(action)s” is not possible yet: %(reasons)s.")
            % {
                "action": transition_label(name, procedure),
                "reasons": "; ".join(reason_label(r) for r in reasons),
            },
            fields={"transition": name, "reasons": reasons},
        )


class CaseClosedError(Conflict):
    def __init__(self, name: str, state: str, procedure: str | None = None) -> None:
        super().__init__(
            "case_closed",
            _("This case is closed (%(state)s): nothing on it can change any more.")
            % {"state": state_label(state, procedure)},
            fields={"action": name, "state": state},
        )


#: Reasons the 本籍地 may give when rejecting (rules.md §1). Codes are stored on the case.
REJECTION_REASONS: dict[str, Text] = {
    "not_japanese_national": Text(
        "日本国籍でないため対象外です。", "Only Japanese nationals are eligible."
    ),
    "has_resident_record": Text(
        "日本に住民票があるため、国内用カードの手続きになります。",
        "You still have a resident record in Japan: apply for a domestic card there.",
    ),
    "no_registration_since_2015": Text(
        "2015年10月5日以降に住民登録がないため対象外です。",
        "You were not registered in Japan on or after 2015-10-05.",
    ),
    "honseki_mismatch": Text(
        "本籍地が戸籍の附票と一致しません。", "The 本籍地 does not match the 戸籍の附票."
    ),
    "documents_insufficient": Text(
        "必要書類が不足しているか不備があります。",
        "Required documents are missing or defective.",
    ),
    "no_reply": Text(
        "補正のお願いへの回答がありませんでした。", "There was no reply to the correction request."
    ),
    "duplicate_application": Text(
        "同じ内容の申請が既にあります。", "The same application already exists."
    ),
}

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


def case_facts(case: Case, office: Office | None, **extra: Any) -> Facts:
    return Facts(
        state=case.state,
        channel=case.channel,
        today=local_today(office),
        intake_is_honseki=case.intake_office_id == case.honseki_office_id,
        intake_kind=case.intake_office.kind,
        checklist_complete=not case.checklist.filter(required=True, checked_at=None).exists(),
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
    return _Acting(own, roles, actor.get_username())


Apply = Callable[[Case, Transition, _Acting], dict[str, Any] | None]


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
    reasons = transition.blocked_by(case_facts(locked, acting.office, **(facts or {})))
    if reasons:
        raise GuardFailedError(name, reasons, procedure)

    now = clock.now()
    from_state = locked.state
    data = (apply(locked, transition, acting) if apply else None) or {}
    locked.state = transition.to_state
    locked.version += 1
    if from_state != locked.state:
        locked.state_entered_at = now
    if not workflow.is_open(locked.state):
        locked.closed_at = now
    locked.save()
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
    case.refresh_from_db()
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
        raise ApplicationError(
            "channel_not_available",
            _("This procedure is not available through this channel."),
            fields={"procedure": procedure.value, "channel": channel.value},
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


@transaction.atomic
def checklist_check(
    *, case: Case, code: str, actor: User, note: str = "", checked: bool = True
) -> ChecklistEntry:
    """Record that ``actor`` verified one checklist item (or undo it), with who and when."""
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
        raise ApplicationError(
            "checklist_item_unknown",
            _("No such checklist item on this case."),
            fields={"code": code},
        ) from None
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
        detail={"code": code},
    )
    return entry


@transaction.atomic
def case_note_add(*, case: Case, actor: User, text: str) -> CaseNote:
    own = staff_office(actor)
    if own is None or not office_roles(case, own):
        raise OfficeNotAllowedError("note", own)
    if not text.strip():
        raise ApplicationError("note_empty", _("The note is empty."), fields={"text": "required"})
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
        raise ApplicationError(
            "correction_text_required",
            _("Say what needs correcting."),
            fields={"text": "required"},
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


@transaction.atomic
def case_accept(
    *,
    case: Case,
    actor: User | None,
    office: Office | None = None,
    expected_version: int | None = None,
    note: str = "",
) -> Case:
    return _fire(
        case=case,
        name="accept",
        actor=actor,
        office=office,
        expected_version=expected_version,
        note=note,
    )


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
    if reason not in REJECTION_REASONS:
        raise ApplicationError(
            "rejection_reason_unknown",
            _("Choose a rejection reason from the list."),
            fields={"reason": reason, "allowed": sorted(REJECTION_REASONS)},
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
    production_office: Office | None = None,
    expected_version: int | None = None,
    note: str = "",
) -> Case:
    """Order production: assigns the 23-digit 申請書ID and creates the pending card."""
    producer = production_office or Office.objects.get(code=PRODUCTION_OFFICE_CODE)
    if producer.kind != OfficeKind.PRODUCTION:
        raise ApplicationError(
            "not_a_production_office",
            _("Not a production office."),
            fields={"production_office": producer.code},
        )

    def apply(c: Case, t: Transition, a: _Acting) -> dict[str, Any]:
        issued_on = local_today(a.office)
        application_id = checkdigits.make_application_id(_next_value("application-id"), issued_on)
        c.application_id = application_id
        c.production_office = producer
        c.holder_office = producer
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
    old_card_collected: bool = True,
    receipt_signed: bool = True,
    office: Office | None = None,
    expected_version: int | None = None,
    note: str = "",
) -> Case:
    """交付: identity check, old card collected and invalidated, 受領 recorded, card active."""
    if not receipt_signed:
        raise ApplicationError(
            "receipt_not_signed",
            _("The signed receipt (受領書) is required."),
            fields={"receipt_signed": "required"},
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
    office: Office | None = None,
    expected_version: int | None = None,
    note: str = "",
) -> Case:
    def apply(c: Case, t: Transition, a: _Acting) -> dict[str, Any] | None:
        if c.card is not None and c.card.status == CardStatus.PENDING:
            c.card.status = CardStatus.INVALIDATED
            c.card.status_changed_at = clock.now()
            c.card.save(update_fields=["status", "status_changed_at"])
        return _cancel_booking(c, actor, "withdraw")

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
        raise ApplicationError(
            "pickup_office_invalid",
            _("Choose another municipality or mission."),
            fields={"pickup_office": pickup_office.code},
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
        raise ApplicationError("no_card", _("This person has no card on record."))
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
            raise ApplicationError("card_expiry_unknown", _("Card expiry unknown."))
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
        raise ApplicationError(
            "withdrawal_target_invalid",
            _("The target must be another case of this person."),
            fields={"target": target.receipt_number},
        )

    def apply(c: Case, t: Transition, a: _Acting) -> dict[str, Any]:
        case_withdraw(case=target, actor=actor, office=a.office if actor else None, note=note)
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
    """Fire transition ``name`` through its service (the console posts the name)."""
    service = SERVICES.get(name)
    if service is None:
        raise TransitionNotAllowedError(name, case.state, case.procedure)
    return service(case=case, actor=actor, **params)


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
