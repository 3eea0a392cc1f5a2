"""Reads for the staff console: per-office work queues, history, the actions allowed now.

Queues list cases (receipt number and stage), not personal data; opening a case goes
through ``kokugai.cases.access`` (audited).
"""

from __future__ import annotations

import datetime as dt

from django.db.models import F, Q, QuerySet

from kokugai.cases.access import cases_visible, office_roles
from kokugai.cases.models import Case, CaseEvent
from kokugai.cases.services import case_facts, local_today
from kokugai.cases.workflow import WORKFLOWS, Transition, allowed_transitions, workflow_for
from kokugai.core import clock
from kokugai.registry.models import Office
from kokugai.registry.selectors import staff_office

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
        # Accepted: the 本籍地 orders production (which assigns the 申請書ID).
        return Q(honseki_office=office, state="accepted")
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
        return Q(person__email_undeliverable=True) & (
            Q(intake_office=office) | Q(honseki_office=office) | Q(pickup_office=office)
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
    return q & (
        Q(intake_office=office)
        | Q(honseki_office=office)
        | Q(production_office=office)
        | Q(pickup_office=office)
    )


def case_queue(office: Office, queue: str) -> QuerySet[Case]:
    """The cases of one queue of ``office``, oldest in its stage first. KeyError if unknown."""
    return (
        cases_visible(office)
        .filter(_queue_q(office, queue), closed_at__isnull=True)
        .select_related("intake_office", "honseki_office", "pickup_office")
        .order_by(F("state_entered_at").asc(), "pk")
    )


def case_queue_counts(office: Office) -> dict[str, int]:
    return {queue: case_queue(office, queue).count() for queue in QUEUES}


def case_history(case: Case) -> list[CaseEvent]:
    """The events, newest first, with the acting office and actor loaded."""
    return list(case.events.select_related("office", "actor").order_by("-seq"))


def case_actions(case: Case, user: object) -> list[Transition]:
    """The transitions this user's office may fire now (role, state and guards)."""
    office = staff_office(user)
    roles = {r.value for r in office_roles(case, office)}
    if not roles:
        return []
    workflow = workflow_for(case.procedure)
    candidates = allowed_transitions(workflow, case.state, roles)
    if not candidates:
        return []
    # Guards that need the clerk's input (identity checked at hand-over) stay listed: the
    # form asks for it and the service checks it.
    facts = case_facts(case, office, identity_checked=True)
    return [t for t in candidates if not t.blocked_by(facts)]


def case_blocked_actions(case: Case, user: object) -> list[tuple[Transition, list[str]]]:
    """The transitions the role could fire from this state but whose guards block them."""
    office = staff_office(user)
    roles = {r.value for r in office_roles(case, office)}
    facts = case_facts(case, office, identity_checked=True)
    out = []
    for t in allowed_transitions(workflow_for(case.procedure), case.state, roles):
        reasons = t.blocked_by(facts)
        if reasons:
            out.append((t, reasons))
    return out
