"""Reads for the staff console: per-office work queues, history, the actions allowed now.

Queues list cases (receipt number and stage), not personal data; opening a case goes
through ``kokugai.cases.access`` (audited).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, F, Q, QuerySet
from django.utils.translation import gettext as _

from kokugai.cases.access import case_visible_q, cases_visible, office_roles
from kokugai.cases.errors import CaseError
from kokugai.cases.models import Case, CaseEvent
from kokugai.cases.services import case_facts, checklist_may_tick, four_eyes_on, local_today
from kokugai.cases.system_checks import system_checks
from kokugai.cases.workflow import WORKFLOWS, Transition, allowed_transitions, workflow_for
from kokugai.core import clock
from kokugai.core.errors import ApplicationError
from kokugai.registry.models import Office
from kokugai.registry.selectors import office_parts_q, staff_office, staff_role
from kokugai.rules.codes import OfficeRole

#: Queue codes, in the order the console shows them.
QUEUES: tuple[str, ...] = (
    "received",
    "to_review",
    "awaiting_applicant",
    "to_produce",
    "to_ship",
    "arriving",
    "ready_for_pickup",
    "overdue",
    "mail_undeliverable",
)


def _queue_q(office: Office, queue: str) -> Q:
    """Which cases need ``office`` to act, per queue: by state and by the role it plays."""
    if queue == "received":
        # Taken in here and not yet sent on (or, at the 本籍地, not yet under review).
        return Q(intake_office=office, state="received")
    if queue == "to_review":
        return Q(honseki_office=office, state__in=["at_honseki", "under_review"]) | Q(
            honseki_office=office, intake_office=office, state="received"
        )
    if queue == "awaiting_applicant":
        return Q(honseki_office=office, state="awaiting_applicant")
    if queue == "to_produce":
        # Accepted: the order waits at the production centre (which assigns the 申請書ID).
        return Q(production_office=office, state="accepted")
    if queue == "to_ship":
        return Q(production_office=office, state="in_production")
    if queue == "arriving":
        return Q(pickup_office=office, state__in=["in_production", "shipped"])
    if queue == "ready_for_pickup":
        return Q(pickup_office=office, state="ready_for_pickup")
    if queue == "overdue":
        return _overdue_q(office)
    if queue == "mail_undeliverable":
        # The applicant's mail bounced permanently: staff must reach them another way.
        return Q(person__email_undeliverable=True) & office_parts_q(
            office, parts=(OfficeRole.INTAKE, OfficeRole.HONSEKI, OfficeRole.PICKUP)
        )
    raise KeyError(queue)


def _overdue_q(office: Office) -> Q:
    today = local_today(office)
    now = clock.now()
    q = Q(pickup_office=office, state="ready_for_pickup", pickup_deadline__lt=today)
    # Too long in a stage: the limits come from the workflow tables.
    limits: dict[str, int] = {}
    for wf in WORKFLOWS.values():
        for state, days in wf.stage_limits.items():
            limits[state] = min(days, limits.get(state, days))
    for state, days in limits.items():
        q |= Q(state=state, state_entered_at__lt=now - dt.timedelta(days=days))
    return q & case_visible_q(office)


def case_queue(office: Office, queue: str) -> QuerySet[Case]:
    """The cases of one queue of ``office``, oldest in its stage first. KeyError if unknown."""
    return (
        cases_visible(office)
        .filter(_queue_q(office, queue), closed_at__isnull=True)
        .select_related("intake_office", "honseki_office", "pickup_office")
        .order_by(F("state_entered_at").asc(), "pk")
    )


def case_queue_counts(office: Office) -> dict[str, int]:
    """Every queue's count in one query (one pass over the office's open cases)."""
    counts = (
        cases_visible(office)
        .filter(closed_at__isnull=True)
        .aggregate(**{queue: Count("pk", filter=_queue_q(office, queue)) for queue in QUEUES})
    )
    return {queue: counts[queue] for queue in QUEUES}


@dataclass(frozen=True)
class QueuePage:
    cases: list[Case]
    #: The cursor of the next page, or None on the last one.
    next_after: str | None


class QueueCursorError(ApplicationError):
    status = 400

    def __init__(self) -> None:
        super().__init__(
            CaseError.QUEUE_CURSOR_INVALID, _("This page of the queue does not exist.")
        )


def _cursor(case: Case) -> str:
    at = case.state_entered_at
    return f"{int(at.timestamp()) * 1_000_000 + at.microsecond}.{case.pk}"


def _after_q(cursor: str) -> Q:
    try:
        micros, pk = (int(part) for part in cursor.split("."))
        at = dt.datetime.fromtimestamp(micros // 1_000_000, dt.UTC).replace(
            microsecond=micros % 1_000_000
        )
    except (ValueError, OverflowError, OSError) as exc:
        raise QueueCursorError() from exc
    return Q(state_entered_at__gt=at) | Q(state_entered_at=at, pk__gt=pk)


def case_queue_page(
    office: Office, queue: str, *, after: str | None = None, size: int = 50
) -> QueuePage:
    """One page of a queue by keyset (``after`` = the cursor of the previous page's last
    case): the database reads ``size`` + 1 rows in the order of the (office, state,
    state_entered_at) indexes, however long the queue."""
    qs = case_queue(office, queue)
    if after:
        qs = qs.filter(_after_q(after))
    rows = list(qs[: size + 1])
    more = len(rows) > size
    rows = rows[:size]
    return QueuePage(cases=rows, next_after=_cursor(rows[-1]) if more and rows else None)


def case_history(case: Case) -> list[CaseEvent]:
    """The events, newest first, with the acting office and actor loaded."""
    return list(case.events.select_related("office", "actor").order_by("-seq"))


def _staff_may(case: Case, t: Transition, user: object, role: str | None) -> str | None:
    """Why this staff member may not fire ``t`` (role, four eyes), or None if they may."""
    if not t.staffed_by(role):
        return "role_not_allowed"
    if t.four_eyes and four_eyes_on() and _opened_by_id(case) == getattr(user, "pk", None):
        return "four_eyes_required"
    return None


def _opened_by_id(case: Case) -> int | None:
    return case.events.filter(seq=1).values_list("actor_id", flat=True).first()


def case_actions(case: Case, user: object) -> list[Transition]:
    """The transitions this user may fire now (office part, staff role, state and guards)."""
    office = staff_office(user)
    roles = {r.value for r in office_roles(case, office)}
    if not roles:
        return []
    role = staff_role(user)
    workflow = workflow_for(case.procedure)
    candidates = [
        t
        for t in allowed_transitions(workflow, case.state, roles)
        if _staff_may(case, t, user, role) is None
    ]
    if not candidates:
        return []
    # Guards that need the clerk's input (identity checked at hand-over) stay listed: the
    # form asks for it and the service checks it.
    facts = case_facts(case, office, identity_checked=True)
    return [t for t in candidates if not t.blocked_by(facts)]


def case_blocked_actions(case: Case, user: object) -> list[tuple[Transition, list[str]]]:
    """The transitions this user's role could fire from this state but that are blocked now
    (a guard, or the four-eyes rule); steps of other roles are not listed."""
    office = staff_office(user)
    roles = {r.value for r in office_roles(case, office)}
    role = staff_role(user)
    facts = case_facts(case, office, identity_checked=True)
    out = []
    for t in allowed_transitions(workflow_for(case.procedure), case.state, roles):
        why = _staff_may(case, t, user, role)
        if why == "role_not_allowed":
            continue
        reasons = ([why] if why else []) + t.blocked_by(facts)
        if reasons:
            out.append((t, reasons))
    return out


def case_checklist_rows(case: Case, user: object) -> list[dict[str, object]]:
    """The checklist of ``case`` for ``user``: each entry with the system's evidence where
    the system knows the fact (``cases.system_checks``), whether the user may tick it, and
    whether "mark all" would tick it (open, required, not checked, the user's to tick)."""
    system = system_checks(case)
    is_open = case.closed_at is None and workflow_for(case.procedure).is_open(case.state)
    rows: list[dict[str, object]] = []
    for entry in case.checklist.select_related("checked_by").order_by("position"):
        evidence = system.get(entry.code)
        may = is_open and evidence is None and checklist_may_tick(case, entry, user)
        rows.append(
            {
                "item": entry,
                "system": evidence,
                "can_check": may,
                "markable": may and entry.required and entry.checked_at is None,
            }
        )
    return rows


def case_pending_reply(case: Case) -> CaseEvent | None:
    """The applicant's reply to the last correction request, while the case waits for the
    reviewer (under review again, nothing decided since): shown at the top of the case page."""
    if case.state != "under_review":
        return None
    last = (
        case.events.filter(transition__in=("request_correction", "applicant_replied"))
        .order_by("-seq")
        .first()
    )
    return last if last is not None and last.transition == "applicant_replied" else None
