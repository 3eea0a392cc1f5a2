"""Generated matrix: every transition of every table × every office part × every staff role
(and no staff account at all).

For each (procedure, transition, source state) a case is driven to the source state through
the services; then a member of each office, in each staff role, tries the transition inside
a savepoint that is rolled back. It may fire iff its office plays a part listed in the table
(the 本籍地 may also be the intake office) and its role is one the table names for it;
otherwise it gets ``office_not_allowed`` or ``role_not_allowed`` (403) and nothing changes.
This is the proof of every cell of docs/roles.md.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import transaction

from factories import ROLE_NAMES, Cast, advance, case_open_for, channel_for, transition_params
from kokugai.cases import services
from kokugai.cases import workflow as wf
from kokugai.cases.errors import ALL_CODES
from kokugai.cases.models import Case, CaseEvent
from kokugai.core import clock
from kokugai.core.errors import ApplicationError
from kokugai.core.models import AuditEntry
from kokugai.rules.codes import Channel, Procedure

MISSION_CHANNELS = {Channel.MISSION_COUNTER, Channel.MISSION_MAIL}

ENTRIES = [
    pytest.param(proc, t, id=f"{proc.value}-{t.name}-from-{t.source}")
    for proc, table in wf.WORKFLOWS.items()
    for t in table.transitions
]


def _later(t: wf.Transition):
    if t.name == "expire":
        return clock.frozen(clock.now() + dt.timedelta(days=services.holding_days() + 1))
    return clock.frozen(clock.now())


def _attempt(case: Case, t: wf.Transition, cast: Cast, actor):
    """Fire in a savepoint, roll it back; return the error (or None) and the state reached."""
    error = reached = None
    with transaction.atomic():
        params = transition_params(t.name, cast, case)
        before = (case.version, CaseEvent.objects.count(), AuditEntry.objects.count())
        try:
            with _later(t):
                reached = services.case_transition(
                    case=case, name=t.name, actor=actor, **params
                ).state
        except ApplicationError as exc:
            error = exc
            fresh = Case.objects.get(pk=case.pk)
            assert fresh.version == before[0], "a refused transition changed the case"
            assert fresh.state == case.state
            assert CaseEvent.objects.count() == before[1]
            assert AuditEntry.objects.count() == before[2]
        transaction.set_rollback(True)
    case.refresh_from_db()  # the service refreshed it inside the rolled-back savepoint
    return error, reached


@pytest.mark.django_db
@pytest.mark.parametrize(("procedure", "transition"), ENTRIES)
def test_transition_by_every_role(procedure, transition):
    intake_is_honseki = any(g.__name__ == "_intake_is_honseki" for g in transition.guards)
    mission_intake = (
        not intake_is_honseki and channel_for(procedure, at_honseki=False) in MISSION_CHANNELS
    )
    cast = Cast.make(intake_is_honseki=intake_is_honseki, mission_intake=mission_intake)
    case = case_open_for(cast, procedure)
    if transition.source != case.state:
        case = advance(case, cast, transition.source)

    outcomes = {}
    for part in ROLE_NAMES:
        for staff_role in wf.STAFF_ROLES:
            office_ok = bool(cast.roles_of(part) & transition.by)
            role_ok = staff_role in transition.staff
            actor = cast.member(part, staff_role)
            error, reached = _attempt(case, transition, cast, actor)
            where = f"{part}/{staff_role}"
            if office_ok and role_ok:
                assert error is None, f"{where} should be allowed: {error and error.as_dict()}"
                assert reached == transition.to_state
            else:
                expected = "office_not_allowed" if not office_ok else "role_not_allowed"
                assert error is not None and error.code == expected, (where, error)
                assert error.status == 403 and error.code in ALL_CODES
            outcomes[where] = office_ok and role_ok
    # No staff account: the applicant (through a signed link) or the system (daily job).
    party = wf.SYSTEM if transition.name == "expire" else wf.APPLICANT
    error, reached = _attempt(case, transition, cast, None)
    if party in transition.by:
        assert error is None, error and error.as_dict()
        assert reached == transition.to_state
    else:
        assert error is not None and error.code == "office_not_allowed"
    assert not any(v for k, v in outcomes.items() if k.startswith("other/")), "a stranger acted"
    assert not any(v for k, v in outcomes.items() if k.endswith("/admin")), "an admin did case work"


@pytest.mark.django_db
@pytest.mark.parametrize("procedure", list(wf.WORKFLOWS))
def test_transitions_not_in_the_table_are_409(procedure):
    """From the initial state, every name that is not listed there is transition_not_allowed."""
    cast = Cast.make()
    case = case_open_for(cast, procedure)
    table = wf.workflow_for(procedure)
    here = {t.name for t in table.transitions if t.source == case.state}
    every = {t.name for w in wf.WORKFLOWS.values() for t in w.transitions}
    for name in sorted(every - here):
        with pytest.raises(ApplicationError) as exc:
            with transaction.atomic():
                services.case_transition(
                    case=case,
                    name=name,
                    actor=cast.staff["honseki"],
                    **transition_params(name, cast, case),
                )
        assert exc.value.code in {"transition_not_allowed", "pickup_office_invalid"}, name
        case.refresh_from_db()
        assert case.version == 1


# --- a new procedure's plain steps need no service code ------------------------------------------


@pytest.mark.django_db
def test_a_plain_step_without_its_own_service_fires_through_the_standard_one():
    """``issue_signing_cert`` (cert_issue) has no entry in SERVICES: it changes nothing but its
    state and takes only a note, so the standard service fires it, with the same checks
    (office, role, version, guards), event and audit as any other step."""
    assert "issue_signing_cert" not in services.SERVICES
    cast = Cast.make()
    case = case_open_for(cast, Procedure.CERT_ISSUE)
    with pytest.raises(ApplicationError) as refused:  # a stranger's office: refused as usual
        services.case_transition_input(
            case=case,
            name="issue_signing_cert",
            data={},
            actor=cast.staff["other"],
            expected_version=case.version,
        )
    assert refused.value.code == "office_not_allowed"
    done = services.case_transition_input(
        case=case,
        name="issue_signing_cert",
        data={"note": "発行済み"},
        actor=cast.staff["intake"],
        expected_version=case.version,
    )
    assert done.state == "completed"
    event = CaseEvent.objects.filter(case=case).order_by("seq").last()
    assert event.transition == "issue_signing_cert" and event.note == "発行済み"
    audit = AuditEntry.objects.filter(object_id=str(case.pk), action="case.transition")
    assert audit.filter(detail__transition="issue_signing_cert").exists()


def test_a_step_with_parameters_of_its_own_is_never_given_the_standard_service():
    """The standard service only takes a note: a step whose contract asks for more (a reason,
    an office) must have its own service, or it is not offered at all."""
    for name, contract in wf.CONTRACTS.items():
        if set(contract.names()) - {"note"}:
            assert services.service_for(name) is services.SERVICES.get(name), name
