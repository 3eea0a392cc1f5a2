"""Staff endpoints: work queues, the case page, transitions (design §4, §8).

Django session authentication with CSRF (ninja's cookie auth), staff with an office only.
Every case read goes through ``kokugai.cases.access`` (office scoping + audit; another
office's case is a 404 like a missing one); every change goes through the transition
services of ``kokugai.cases.services``, found through its one dispatch ``service_for``.
Queue lists carry no personal data; the case page shows the person masked.
"""

from __future__ import annotations

import datetime as dt
import inspect
from typing import Any, Literal

from django.conf import settings
from django.http import HttpRequest
from ninja import Query, Router, Schema
from ninja.security import APIKeyCookie
from pydantic import Field, create_model

from kokugai.api.auth import api_key_bearer, api_key_header
from kokugai.api.errors import ApiError
from kokugai.api.idempotency import idempotency_keep_not
from kokugai.api.schemas import ErrorOut, lang_of
from kokugai.cases import selectors, services
from kokugai.cases.access import access_case_by_id, access_identity, office_roles
from kokugai.cases.errors import ALL_CODES, state_label
from kokugai.cases.models import Case, CaseEvent
from kokugai.cases.workflow import (
    CONTRACTS,
    STAFF_BY_TRANSITION,
    WORKFLOWS,
    Param,
    Transition,
    contract_for,
)
from kokugai.core.errors import NotFound
from kokugai.core.models import User
from kokugai.people.selectors import mask_name, person_mynumber_masked
from kokugai.registry.models import Office
from kokugai.registry.selectors import staff_office_required
from kokugai.rules.procedures import procedure_name
from kokugai.tracking.stages import stage_of


class StaffSession(APIKeyCookie):
    """The console's session cookie; signed-in accounts without an office get a 403."""

    param_name = settings.SESSION_COOKIE_NAME

    def authenticate(self, request: HttpRequest, key: str | None) -> User | None:
        user = request.user
        if not user.is_authenticated:
            return None
        staff_office_required(user)  # Forbidden("office_not_allowed") for non-staff
        staff: User = user
        return staff


staff_session = StaffSession()
#: Every staff operation accepts an office's API key (header) or the console's session.
staff_auth = [api_key_bearer, api_key_header, staff_session]
router = Router(tags=["staff"], auth=staff_auth)

#: Errors every staff operation may answer.
AUTH_ERRORS: dict[int, type[ErrorOut]] = {401: ErrorOut, 403: ErrorOut}


def _user(request: HttpRequest) -> User:
    user: User = getattr(request, "auth")  # noqa: B009 - set by ninja, unknown to the stubs
    return user


# --- shared pieces --------------------------------------------------------------------------


class OfficeRef(Schema):
    code: str
    name: str


def office_ref(o: Office | None, lang: str) -> OfficeRef | None:
    return None if o is None else OfficeRef(code=o.code, name=o.name(lang))


def case_state_label(case: Case, lang: str) -> str:
    return state_label(case.state, case.procedure, lang)


# --- queues ---------------------------------------------------------------------------------


class QueueCountOut(Schema):
    queue: str = Field(description="Queue code, in the order the console shows them.")
    count: int


class QueuesOut(Schema):
    office: OfficeRef
    queues: list[QueueCountOut]


@router.get(
    "/queues",
    response={200: QueuesOut, **AUTH_ERRORS},
    summary="My office's work queues, with counts",
)
def queues(request: HttpRequest) -> QueuesOut:
    lang = lang_of(request)
    office = staff_office_required(_user(request))
    counts = selectors.case_queue_counts(office)
    ref = office_ref(office, lang)
    assert ref is not None
    return QueuesOut(
        office=ref,
        queues=[QueueCountOut(queue=q, count=counts[q]) for q in selectors.QUEUES],
    )


class CaseRefOut(Schema):
    """A case's identifiers and state, never personal data."""

    id: int
    receipt_number: str
    application_id: str | None
    procedure: str
    procedure_label: str = Field(description="The procedure's name (the rules' one name).")
    channel: str
    state: str
    state_label: str


def case_ref(case: Case, lang: str) -> dict[str, Any]:
    return {
        "id": case.pk,
        "receipt_number": case.receipt_number,
        "application_id": case.application_id,
        "procedure": case.procedure,
        "procedure_label": procedure_name(case.procedure, lang),
        "channel": case.channel,
        "state": case.state,
        "state_label": case_state_label(case, lang),
    }


class QueueItemOut(CaseRefOut):
    """One case in a queue: identifiers and state only, never personal data."""

    state_entered_at: dt.datetime
    version: int


class QueueOut(Schema):
    queue: str
    count: int = Field(description="All cases in the queue (the page may hold fewer).")
    items: list[QueueItemOut]


class QueuePage(Schema):
    limit: int = Field(default=50, ge=1, le=200)
    # Bounded so that offset + limit always fits the database's bigint (a larger value was a
    # 500); a queue is never a billion cases deep.
    offset: int = Field(default=0, ge=0, le=10**9)
    lang: str | None = Field(default=None, max_length=8)


@router.get(
    "/queues/{queue}",
    response={200: QueueOut, 404: ErrorOut, 422: ErrorOut, **AUTH_ERRORS},
    summary="The cases of one queue, oldest in its state first",
    description="Queue codes: " + ", ".join(f"`{q}`" for q in selectors.QUEUES) + ".",
)
def queue(request: HttpRequest, queue: str, page: Query[QueuePage]) -> QueueOut:
    lang = lang_of(request)
    office = staff_office_required(_user(request))
    if queue not in selectors.QUEUES:
        raise NotFound(code=ApiError.UNKNOWN_QUEUE)
    qs = selectors.case_queue(office, queue)
    items = [
        QueueItemOut(**case_ref(c, lang), state_entered_at=c.state_entered_at, version=c.version)
        for c in qs[page.offset : page.offset + page.limit]
    ]
    return QueueOut(queue=queue, count=qs.count(), items=items)


# --- transitions: one operation per transition, its body from the contract ------------------

#: Service arguments the API fills itself, never from the body.
FIXED_ARGS = frozenset({"case", "actor", "office", "expected_version"})

_PY_TYPES: dict[str, Any] = {
    "text": str,
    "long_text": str,
    "email": str,
    "office": str,
    "case": str,
    "bool": bool,
}


def _param_field(p: Param) -> tuple[Any, Any]:
    """The pydantic field of one contract entry (type, Field)."""
    if p.kind == "choice":
        typ: Any = Literal[p.choice_codes()]  # type: ignore[valid-type]
    elif p.kind == "multi":
        typ = list[Literal[p.choice_codes()]]  # type: ignore[valid-type]
    else:
        typ = _PY_TYPES[p.kind]
    extra: dict[str, Any] = {"description": _describe(p)}
    if p.kind in ("text", "long_text", "email", "office", "case"):
        extra["max_length"] = p.max_length
    if p.required:
        return typ, Field(..., **extra)
    return typ | None, Field(None, **extra)


def _describe(p: Param) -> str:
    kinds = {
        "office": " An office code.",
        "case": " A receipt number (受付番号) of a case your office can see.",
        "email": " An email address.",
    }
    text = f"{p.label.en} / {p.label.ja}.{kinds.get(p.kind, '')}"
    if p.needs_detail:
        text += f" `{'`, `'.join(sorted(p.needs_detail))}` needs `{p.detail_param}` too."
    if p.must_be_true:
        text += " Must be true."
    return text


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def transition_schema(name: str) -> type[Schema]:
    """The request body of transition ``name``, built from its contract (workflow.CONTRACTS)."""
    contract = contract_for(name)
    fields: dict[str, Any] = {
        "expected_version": (int, Field(ge=0, description="The version you saw; 409 if stale.")),
    }
    for p in contract.params:
        fields[p.name] = _param_field(p)
    if contract.consequence is not None:
        fields["confirm"] = (
            Literal[True],
            Field(description="Irreversible: send `true` to confirm. " + contract.consequence.en),
        )
    model: type[Schema] = create_model(  # type: ignore[call-overload]
        f"{_camel(name)}In",
        __base__=Schema,
        __doc__=f"Body of the `{name}` transition (from its contract in cases/workflow.py).",
        **fields,
    )
    model.model_config["extra"] = "forbid"
    model.model_rebuild(force=True)
    return model


#: One body schema per transition name.
TRANSITION_SCHEMAS: dict[str, type[Schema]] = {
    # Steps no staff role fires (the system's ``expire``) get no operation.
    name: transition_schema(name)
    for name in CONTRACTS
    if services.service_for(name) is not None and STAFF_BY_TRANSITION.get(name)
}


def body_params(name: str) -> dict[str, bool]:
    """Body fields transition ``name`` takes, each with whether it is required."""
    contract = contract_for(name)
    out = {p.name: p.required for p in contract.params}
    if contract.needs_confirmation:
        out["confirm"] = True
    return out


# --- the case -------------------------------------------------------------------------------


class PersonMaskedOut(Schema):
    """The applicant as the console shows by default: enough to recognize, never enough to
    misuse. The full My Number needs the audited reveal in the console."""

    family_name: str
    given_name_masked: str
    kana_masked: str
    family_name_romaji: str
    birth_year: int
    mynumber_masked: str
    honseki: str | None = Field(description="本籍地 office code.")
    country: str
    city: str
    timezone: str
    email_verified: bool


class OfficesOut(Schema):
    intake: OfficeRef
    honseki: OfficeRef
    production: OfficeRef | None
    pickup: OfficeRef | None
    holder: OfficeRef | None = Field(description="The office holding the case (or card) now.")


class EventOut(Schema):
    seq: int
    transition: str
    from_state: str
    to_state: str
    at: dt.datetime
    office: str | None = Field(description="Office code.")
    actor: str
    note: str


class ActionOut(Schema):
    name: str = Field(description="POST /cases/{id}/transitions/{name}")
    label: str
    params: list[str] = Field(description="Body fields this transition takes.")
    required: list[str]


class BlockedOut(Schema):
    name: str
    label: str
    reasons: list[str] = Field(description="Reason codes of the guards that fail.")


class CaseOut(CaseRefOut):
    public_stage: str
    version: int = Field(description="Send it back as `expected_version`.")
    opened_at: dt.datetime
    state_entered_at: dt.datetime
    closed_at: dt.datetime | None
    departure_date: dt.date | None
    pickup_deadline: dt.date | None
    fee_yen: int
    with_certificates: bool
    correction_request: str
    rejection_reason: str
    roles: list[str] = Field(description="The parts my office plays in this case.")
    offices: OfficesOut
    person: PersonMaskedOut
    history: list[EventOut] = Field(description="Newest first.")
    actions: list[ActionOut] = Field(description="What my office may do now.")
    blocked: list[BlockedOut] = Field(description="What my office could do but guards block.")


def _action(t: Transition, lang: str) -> ActionOut:
    params = body_params(t.name)
    return ActionOut(
        name=t.name,
        label=t.label.get(lang),
        params=list(params),
        required=[k for k, req in params.items() if req],
    )


def _event(ev: CaseEvent) -> EventOut:
    return EventOut(
        seq=ev.seq,
        transition=ev.transition,
        from_state=ev.from_state,
        to_state=ev.to_state,
        at=ev.at,
        office=ev.office.code if ev.office else None,
        actor=ev.actor_label or (ev.actor.get_username() if ev.actor else ""),
        note=ev.note,
    )


def case_out(case: Case, user: User, lang: str) -> CaseOut:
    office = staff_office_required(user)
    person = case.person
    intake = office_ref(case.intake_office, lang)
    honseki = office_ref(case.honseki_office, lang)
    assert intake is not None and honseki is not None
    return CaseOut(
        **case_ref(case, lang),
        public_stage=stage_of(case.state).value,
        version=case.version,
        opened_at=case.opened_at,
        state_entered_at=case.state_entered_at,
        closed_at=case.closed_at,
        departure_date=case.departure_date,
        pickup_deadline=case.pickup_deadline,
        fee_yen=case.fee_yen,
        with_certificates=case.with_certificates,
        correction_request=case.correction_request,
        rejection_reason=case.rejection_reason,
        roles=sorted(r.value for r in office_roles(case, office)),
        offices=OfficesOut(
            intake=intake,
            honseki=honseki,
            production=office_ref(case.production_office, lang),
            pickup=office_ref(case.pickup_office, lang),
            holder=office_ref(case.holder_office, lang),
        ),
        person=PersonMaskedOut(
            family_name=person.family_name,
            given_name_masked=mask_name(person.given_name),
            kana_masked=f"{person.family_name_kana} {mask_name(person.given_name_kana)}",
            family_name_romaji=person.family_name_romaji,
            birth_year=person.birth_date.year,
            mynumber_masked=person_mynumber_masked(person),
            honseki=person.honseki.code if person.honseki else None,
            country=person.country,
            city=person.city,
            timezone=person.timezone,
            email_verified=person.email_verified_at is not None,
        ),
        history=[_event(ev) for ev in selectors.case_history(case)],
        actions=[_action(t, lang) for t in selectors.case_actions(case, user)],
        blocked=[
            BlockedOut(name=t.name, label=t.label.get(lang), reasons=reasons)
            for t, reasons in selectors.case_blocked_actions(case, user)
        ],
    )


@router.get(
    "/cases/{case_id}",
    response={200: CaseOut, 404: ErrorOut, 422: ErrorOut, **AUTH_ERRORS},
    summary="One case (audited; 404 when my office plays no part in it)",
)
def case_detail(request: HttpRequest, case_id: int) -> CaseOut:
    user = _user(request)
    case = access_case_by_id(user, case_id, why="api.case_detail")
    return case_out(case, user, lang_of(request))


class RevealIn(Schema):
    reason: str = Field(min_length=1, max_length=200, description="Why; written to the audit log.")


class IdentityOut(Schema):
    """The full identity, for those who verify it (intake clerk, 本籍地 reviewer, pickup
    clerk); never cached, every read audited with its reason."""

    family_name: str
    given_name: str
    family_name_kana: str
    given_name_kana: str
    family_name_romaji: str
    given_name_romaji: str
    birth_date: dt.date


@router.post(
    "/cases/{case_id}/identity",
    response={200: IdentityOut, 400: ErrorOut, 404: ErrorOut, 422: ErrorOut, **AUTH_ERRORS},
    summary="Reveal the applicant's full name and birth date (audited, with a reason)",
    description="`403 identity_reveal_forbidden` unless my office's part and my role verify "
    "identity on this case (intake clerk, 本籍地 reviewer, pickup clerk).",
)
def case_identity(request: HttpRequest, case_id: int, payload: RevealIn) -> IdentityOut:
    user = _user(request)
    # Never kept for an Idempotency-Key: a retry reveals again, checked and audited.
    idempotency_keep_not(request)
    case = access_case_by_id(user, case_id, why="api.reveal_identity")
    return IdentityOut(**access_identity(user, case, reason=payload.reason))  # type: ignore[arg-type]


class TransitionOut(Schema):
    id: int
    receipt_number: str
    application_id: str | None
    state: str
    state_label: str
    version: int
    actions: list[ActionOut] = Field(description="What my office may do next.")


TRANSITION_ERRORS = {
    200: TransitionOut,
    400: ErrorOut,
    404: ErrorOut,
    409: ErrorOut,
    422: ErrorOut,
    **AUTH_ERRORS,
}

TRANSITION_DESCRIPTION = (
    "`409 stale_version`: someone acted first (reload); `409 transition_not_allowed`: not "
    "from this state; `403 office_not_allowed`: not my office's part; `403 role_not_allowed`: "
    "not my role inside the office; `403 four_eyes_required`: I took the case in; `409` with "
    "a guard's reason code when a condition is not met (e.g. `checklist_incomplete`); `422 "
    "invalid_input` with `fields` for the body. Nothing changes when any check fails. "
    "Error codes: " + ", ".join(f"`{c}`" for c in sorted(ALL_CODES)) + "."
)


def _fire(request: HttpRequest, case_id: int, name: str, payload: Schema | None) -> TransitionOut:
    user = _user(request)
    lang = lang_of(request)
    case = access_case_by_id(user, case_id, why=f"api.transition.{name}")
    if payload is None:
        raise services.TransitionNotAllowedError(name, case.state, case.procedure)
    data = payload.model_dump(exclude={"expected_version"}, exclude_none=True)
    case = services.case_transition_input(
        case=case,
        name=name,
        actor=user,
        data=data,
        expected_version=payload.expected_version,  # type: ignore[attr-defined]
        strict=True,
    )
    return TransitionOut(
        id=case.pk,
        receipt_number=case.receipt_number,
        application_id=case.application_id,
        state=case.state,
        state_label=case_state_label(case, lang),
        version=case.version,
        actions=[_action(t, lang) for t in selectors.case_actions(case, user)],
    )


def _register(name: str, schema: type[Schema]) -> None:
    contract = contract_for(name)
    label = next(
        (t.label for wf in WORKFLOWS.values() for t in wf.transitions if t.name == name), None
    )

    def operation(request: HttpRequest, case_id: int, payload: Any) -> TransitionOut:
        return _fire(request, case_id, name, payload)

    operation.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [
            inspect.Parameter(
                "request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=HttpRequest
            ),
            inspect.Parameter("case_id", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=int),
            inspect.Parameter(
                "payload", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=schema
            ),
        ]
    )
    operation.__name__ = f"case_transition_{name}"
    summary = f"{label.en} ({label.ja})" if label else name
    if contract.needs_confirmation:
        summary += " — irreversible, needs `confirm: true`"
    router.post(
        f"/cases/{{case_id}}/transitions/{name}",
        response=TRANSITION_ERRORS,
        summary=summary,
        description=TRANSITION_DESCRIPTION,
        operation_id=f"case_transition_{name}",
    )(operation)


for _name, _schema in TRANSITION_SCHEMAS.items():
    _register(_name, _schema)


@router.post(
    "/cases/{case_id}/transitions/{name}",
    response=TRANSITION_ERRORS,
    include_in_schema=False,
)
def case_transition_unknown(request: HttpRequest, case_id: int, name: str) -> TransitionOut:
    """A name no table uses: the same 409 as a transition not possible from this state."""
    return _fire(request, case_id, name, None)
