"""The one path every transition takes (``_fire``): lock, version, workflow table, office
and role, guards, then the new state, the CaseEvent, the AuditEntry and the notifications,
in one transaction. Nothing changes when any check fails."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from django.conf import settings
from django.db import transaction

from kokugai.cases.access import office_roles
from kokugai.cases.errors import (
    FourEyesError,
    GuardFailedError,
    OfficeNotAllowedError,
    RoleNotAllowedError,
    StaleVersionError,
    TransitionNotAllowedError,
)
from kokugai.cases.events import TransitionEvent, publish
from kokugai.cases.models import Case, CaseEvent
from kokugai.cases.services.common import local_today
from kokugai.cases.services.notify import _queue
from kokugai.cases.system_checks import system_checked_codes
from kokugai.cases.workflow import APPLICANT, SYSTEM, Facts, Transition, Workflow, workflow_for
from kokugai.core import clock
from kokugai.core.audit import audit_record
from kokugai.core.models import User
from kokugai.registry.models import Office
from kokugai.registry.selectors import staff_office, staff_role


def case_facts(case: Case, office: Office | None, *, checklist: bool = True, **extra: Any) -> Facts:
    """The guards' snapshot. ``checklist=False`` skips the checklist query (for a transition
    whose guards do not read it: the fact is then reported as complete)."""
    # Items the system knows (cases/system_checks.py: verified email, 本籍地, …) count as checked.
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
    return bool(settings.KOKUGAI_FOUR_EYES)


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
    # The effects on higher apps (bookings, …), subscribed by them: same transaction.
    event = TransitionEvent(locked, name, from_state, locked.state, actor, acting.office, data)
    data.update(publish(event))
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


class StandardService(Protocol):
    """The keyword signature of a service that only fires its transition."""

    def __call__(
        self,
        *,
        case: Case,
        actor: User | None,
        office: Office | None = None,
        expected_version: int | None = None,
        note: str = "",
    ) -> Case: ...


def transition_service(name: str, apply: Apply | None = None, doc: str = "") -> StandardService:
    """The service ``case_<name>``: fire transition ``name`` (in one database transaction),
    with ``apply`` for its own changes to the case. For the services whose only parameters
    are the common ones; a service with its own parameters or checks is written out."""

    @transaction.atomic
    def service(
        *,
        case: Case,
        actor: User | None,
        office: Office | None = None,
        expected_version: int | None = None,
        note: str = "",
    ) -> Case:
        return _fire(
            case=case,
            name=name,
            actor=actor,
            office=office,
            expected_version=expected_version,
            note=note,
            apply=apply,
        )

    service.__name__ = service.__qualname__ = f"case_{name}"
    service.__doc__ = doc or None
    return service
