"""``kokugai generate``: invented cases at scale, every walk one the workflow allows."""

from __future__ import annotations

import collections
import datetime as dt
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from factories import OfficeFactory
from kokugai.cases import workflow as wf
from kokugai.cases.models import Case, CaseEvent
from kokugai.core import clock
from kokugai.core.audit import audit_verify
from kokugai.core.models import AuditEntry
from kokugai.people.models import Person
from kokugai.rules.codes import Procedure
from kokugai.tracking.generate import generate, walks
from kokugai.tracking.learning import learned_compute
from kokugai.tracking.services import tracker_lookup

pytestmark = pytest.mark.django_db


@pytest.fixture
def offices():
    return [OfficeFactory() for _ in range(4)] + [
        OfficeFactory(mission=True),
        OfficeFactory(mission=True),
        OfficeFactory(production=True),
    ]


def test_every_walk_is_allowed_by_the_workflow_tables():
    seen = set()
    for w in walks():
        workflow = wf.workflow_for(w.procedure)
        state = workflow.initial
        for t in w.steps:
            assert workflow.find(t.name, state) is t
            state = t.to_state
        assert state == w.final
        seen.add(w.procedure)
    assert seen == set(Procedure)  # every procedure, listed in the weights or not


def test_generated_cases_are_whole_and_consistent(offices):
    result = generate(600, seed=4, batch=250)
    assert result.cases == Case.objects.count() == Person.objects.count() == 600
    assert result.events == CaseEvent.objects.count() == AuditEntry.objects.count()
    # The audit rows extend the hash chain like any other entries.
    report = audit_verify()
    assert report.ok and report.checked == result.events, str(report)
    # Every procedure appears, and both open and closed cases.
    procedures = collections.Counter(Case.objects.values_list("procedure", flat=True))
    assert set(procedures) == {p.value for p in Procedure}
    assert Case.objects.filter(closed_at__isnull=True).exists()
    assert Case.objects.filter(closed_at__isnull=False).exists()
    # Each case's events chain from its initial state to its current state, in time order.
    for case in Case.objects.all()[:200]:
        events = list(case.events.order_by("seq"))
        assert [e.seq for e in events] == list(range(1, len(events) + 1))
        assert case.version == len(events)
        assert events[-1].to_state == case.state
        for before, after in zip(events, events[1:], strict=False):
            assert after.from_state == before.to_state
            assert after.at >= before.at
        assert events[-1].at <= dt.datetime.now(dt.UTC)
    # Receipt numbers are unique and valid; the next real case still gets a fresh one.
    assert Case.objects.values("receipt_number").distinct().count() == 600


def test_generated_cases_can_be_tracked_and_learned_from(offices):
    generate(300, seed=9)
    case = Case.objects.filter(state="under_review").select_related("person").first()
    assert case is not None
    found = tracker_lookup(
        reference=case.receipt_number, birth_date=case.person.birth_date, client_ip="10.9.9.9"
    )
    assert found.pk == case.pk
    with clock.frozen(dt.datetime.now(dt.UTC)):
        run = learned_compute(force=True)
    assert run.ran and run.samples > 0


def test_a_second_run_adds_after_the_first(offices):
    generate(50, seed=1)
    generate(70, seed=2)
    assert Case.objects.count() == 120
    assert Case.objects.values("receipt_number").distinct().count() == 120


def test_the_command_reports_and_refuses_bad_input(offices):
    out = StringIO()
    call_command("generate", "--cases", "40", stdout=out, verbosity=0)
    assert out.getvalue().startswith("40 cases, ")
    with pytest.raises(CommandError, match="--cases"):
        call_command("generate", "--cases", "0", stdout=out)


def test_without_offices_the_command_says_what_to_do():
    with pytest.raises(CommandError, match="kokugai setup --no-demo"):
        call_command("generate", "--cases", "5", stdout=StringIO(), verbosity=0)
