"""Staff endpoints: work queues, the case page, transitions (design §4, §8).

Django session authentication with CSRF (ninja's cookie auth), staff with an office only.
Every case read goes through ``kokugai.cases.access`` (office scoping + audit; another
office's case is a 404 like a missing one); every change goes through the transition
services of ``kokugai.cases.services``, found in its one dispatch table ``SERVICES``.
Queue lists carry no personal data; the case page shows the person masked.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from ninja import Query, Router, Schema
from ninja.security import APIKeyCookie
from pydantic import Field

from kokugai.api.errors import InvalidInputError
from kokugai.api.schemas import ErrorOut, lang_of
from kokugai.cases import selectors, services
from kokugai.cases.access import access_case_by_id, access_case_by_receipt, office_roles
from kokugai.cases.models import Case, CaseEvent
from kokugai.cases.workflow import Transition, workflow_for
from kokugai.core.errors import NotFound
from kokugai.core.models import User
from kokugai.people.selectors import person_mynumber_masked
from kokugai.registry.models import Office
from kokugai.registry.selectors import staff_office_required
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


staff_auth = StaffSession()
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


def state_label(case: Case, lang: str) -> str:
    text = workflow_for(case.procedure).state_labels.get(case.state)
    return text.get(lang) if text else case.state


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


class QueueItemOut(Schema):
    """One case in a queue: identifiers and state only, never personal data."""

    id: int
    receipt_number: str
    application_id: str | None
    procedure: str
    channel: str
    state: str
    state_label: str
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
        raise NotFound(code="unknown_queue")
    qs = selectors.case_queue(office, queue)
    items = [
        QueueItemOut(
            id=c.pk,
            receipt_number=c.receipt_number,
            application_id=c.application_id,
            procedure=c.procedure,
            channel=c.channel,
            state=c.state,
            state_label=state_label(c, lang),
            state_entered_at=c.state_entered_at,
            version=c.version,
        )
        for c in qs[page.offset : page.offset + page.limit]
    ]
    return QueueOut(queue=queue, count=qs.count(), items=items)


# --- transitions: the one table -------------------------------------------------------------

#: Service arguments the API fills itself, never from the body.
FIXED_ARGS = frozenset({"case", "actor", "office", "expected_version"})


def body_params(service: Callable[..., Case]) -> dict[str, bool]:
    """Body fields a transition service takes, each with whether it is required.

    Read from the service's own signature, so a parameter added there is required here
    too (and a test fails until ``TransitionIn`` documents it).
    """
    out: dict[str, bool] = {}
    for name, p in inspect.signature(service).parameters.items():
        if name not in FIXED_ARGS and p.kind is inspect.Parameter.KEYWORD_ONLY:
            out[name] = p.default is inspect.Parameter.empty
    return out


class TransitionIn(Schema):
    """Send ``expected_version`` (from the case you read) and only the fields the
    transition takes (see ``actions[].params`` of the case)."""

    expected_version: int = Field(ge=0, description="The version you saw; 409 if stale.")
    note: str | None = Field(None, max_length=4000)
    text: str | None = Field(
        None, max_length=4000, description="request_correction, applicant_replied."
    )
    reason: str | None = Field(None, max_length=64, description="reject: a rejection code.")
    tracking_number: str | None = Field(None, max_length=64, description="ship.")
    identity_checked: bool | None = Field(None, description="hand_over.")
    identity_documents: list[str] | None = Field(None, description="hand_over.")
    old_card_collected: bool | None = Field(None, description="hand_over.")
    receipt_signed: bool | None = Field(None, description="hand_over.")
    pickup_office: str | None = Field(None, max_length=64, description="change_pickup: code.")
    production_office: str | None = Field(None, max_length=64, description="order: code.")
    email: str | None = Field(None, max_length=254, description="update_email.")
    target: str | None = Field(
        None, max_length=32, description="confirm_withdrawal: receipt number of the case."
    )


def _office_by_code(code: str, field: str) -> Office:
    office: Office | None = Office.objects.filter(code=code, is_active=True).first()
    if office is None:
        raise _invalid({field: "unknown_office"})
    return office


def _target_case(receipt: str, field: str, user: User) -> Case:
    try:
        return access_case_by_receipt(user, receipt, why="api.confirm_withdrawal")
    except NotFound:
        raise _invalid({field: "not_found"}) from None


#: Body fields that name a record: how to turn the value into the object the service takes.
RESOLVERS: dict[str, Callable[[str, str, User], object]] = {
    "pickup_office": lambda v, f, u: _office_by_code(v, f),
    "production_office": lambda v, f, u: _office_by_code(v, f),
    "target": _target_case,
}


def _invalid(fields: dict[str, str]) -> InvalidInputError:
    return InvalidInputError(fields)


def service_kwargs(
    name: str, service: Callable[..., Case], payload: TransitionIn, user: User
) -> dict[str, Any]:
    wanted = body_params(service)
    given = payload.model_dump(exclude_unset=True, exclude={"expected_version"})
    given = {k: v for k, v in given.items() if v is not None}
    problems = {k: f"not_used_by_{name}" for k in given if k not in wanted}
    problems |= {k: "required" for k, req in wanted.items() if req and k not in given}
    if problems:
        raise _invalid(dict(sorted(problems.items())))
    kwargs: dict[str, Any] = {}
    for key, value in given.items():
        resolve = RESOLVERS.get(key)
        kwargs[key] = resolve(value, key, user) if resolve else value
    return kwargs


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


class CaseOut(Schema):
    id: int
    receipt_number: str
    application_id: str | None
    procedure: str
    channel: str
    state: str
    state_label: str
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


def _mask(text: str) -> str:
    return text[:1] + "＊" * max(len(text) - 1, 0) if text else ""


def _action(t: Transition, lang: str) -> ActionOut:
    service = services.SERVICES.get(t.name)
    params = body_params(service) if service else {}
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
        id=case.pk,
        receipt_number=case.receipt_number,
        application_id=case.application_id,
        procedure=case.procedure,
        channel=case.channel,
        state=case.state,
        state_label=state_label(case, lang),
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
            given_name_masked=_mask(person.given_name),
            kana_masked=f"{person.family_name_kana} {_mask(person.given_name_kana)}",
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


class TransitionOut(Schema):
    id: int
    receipt_number: str
    application_id: str | None
    state: str
    state_label: str
    version: int
    actions: list[ActionOut] = Field(description="What my office may do next.")


@router.post(
    "/cases/{case_id}/transitions/{name}",
    response={
        200: TransitionOut,
        400: ErrorOut,
        404: ErrorOut,
        409: ErrorOut,
        422: ErrorOut,
        **AUTH_ERRORS,
    },
    summary="Move a case on",
    description=(
        "`409 stale_version`: someone acted first (reload); `409 transition_not_allowed`: not "
        "from this state (or no such transition); `403 office_not_allowed`: not my office's "
        "part; `409` with a guard's reason code when a condition is not met (e.g. "
        "`checklist_incomplete`). Nothing changes when any check fails."
    ),
)
def case_transition(
    request: HttpRequest, case_id: int, name: str, payload: TransitionIn
) -> TransitionOut:
    user = _user(request)
    lang = lang_of(request)
    case = access_case_by_id(user, case_id, why=f"api.transition.{name}")
    service = services.SERVICES.get(name)
    if service is None:
        raise services.TransitionNotAllowedError(name, case.state)
    kwargs = service_kwargs(name, service, payload, user)
    case = service(case=case, actor=user, expected_version=payload.expected_version, **kwargs)
    return TransitionOut(
        id=case.pk,
        receipt_number=case.receipt_number,
        application_id=case.application_id,
        state=case.state,
        state_label=state_label(case, lang),
        version=case.version,
        actions=[_action(t, lang) for t in selectors.case_actions(case, user)],
    )
