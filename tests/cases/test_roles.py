"""Roles inside an office (issue 10 §3), enforced by the services for every caller.

The matrix of every transition × office part × staff role is in test_transition_matrix.py;
here: opening a case, the four-eyes rule and its setting, the checklist's owner, the error
code registry and the generated docs/roles.md.
"""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django.urls import reverse

from factories import CaseFactory, Cast, PersonFactory, StaffFactory, case_open_for
from kokugai.cases import services
from kokugai.cases import workflow as wf
from kokugai.cases.errors import ALL_CODES, GuardReason
from kokugai.cases.models import Case, ChecklistEntry
from kokugai.core.errors import ApplicationError
from kokugai.core.models import AuditEntry
from kokugai.registry.models import StaffRole
from kokugai.rules.codes import Procedure

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def test_staff_roles_of_the_tables_are_the_registry_roles():
    assert set(wf.STAFF_ROLES) == {r.value for r in StaffRole}


def test_an_office_admin_or_reviewer_cannot_take_a_case_in():
    cast = Cast.make()
    for role in (StaffRole.ADMIN, StaffRole.REVIEWER, StaffRole.PRODUCER):
        with pytest.raises(ApplicationError) as exc:
            services.case_open(
                person=PersonFactory(honseki=cast.offices["honseki"]),
                procedure=Procedure.NEW_ISSUANCE,
                channel="municipality_visit",
                intake_office=cast.offices["intake"],
                actor=cast.member("intake", role),
            )
        assert (exc.value.code, exc.value.status) == ("role_not_allowed", 403)
    assert not Case.objects.exists()


def _opened_and_reviewed_by_one_person():
    """At a 本籍地 counter: a clerk takes the case in, then becomes the office's reviewer."""
    cast = Cast.make(intake_is_honseki=True)
    case = case_open_for(cast, Procedure.NEW_ISSUANCE)
    opener = cast.staff["intake"]
    opener.staff.role = StaffRole.REVIEWER
    opener.staff.save()
    case = services.case_start_review(case=case, actor=opener)
    return cast, case, opener


def test_four_eyes_the_person_who_took_it_in_does_not_accept_it():
    cast, case, opener = _opened_and_reviewed_by_one_person()
    with pytest.raises(ApplicationError) as exc:
        services.case_accept(case=case, actor=opener)
    assert (exc.value.code, exc.value.status) == ("four_eyes_required", 403)
    case.refresh_from_db()
    assert case.state == "under_review"
    # The console does not offer the button; it says why instead.
    c = Client()
    c.force_login(opener)
    html = c.get(reverse("console:case", args=[case.pk])).content.decode()
    assert 'data-action="accept"' not in html
    r = c.post(
        reverse("console:case_action", args=[case.pk, "accept"]),
        {"expected_version": case.version},
    )
    assert r.status_code == 403
    # Another reviewer of the office may.
    other = StaffFactory(office=cast.offices["honseki"], role=StaffRole.REVIEWER).user
    assert services.case_accept(case=case, actor=other).state == "accepted"


def test_four_eyes_is_a_setting(settings):
    settings.KOKUGAI_FOUR_EYES = False
    _, case, opener = _opened_and_reviewed_by_one_person()
    assert services.case_accept(case=case, actor=opener).state == "accepted"


def test_four_eyes_through_the_api():
    _, case, opener = _opened_and_reviewed_by_one_person()
    c = Client()
    c.force_login(opener)
    r = c.post(
        f"/api/v1/cases/{case.pk}/transitions/accept",
        data={"expected_version": case.version},
        content_type="application/json",
    )
    assert r.status_code == 403 and r.json()["code"] == "four_eyes_required"


def test_production_cannot_untick_an_intake_item_nor_erase_who_checked_it():
    case = CaseFactory(accepted=True)  # production plays a part from acceptance on
    cast = CaseFactory.cast_of(case)
    entry = case.checklist.filter(required=True).first()
    clerk = cast.staff["intake"]
    assert entry.checked_by == clerk
    for actor in (cast.staff["production"], cast.staff["honseki"], cast.staff["pickup"]):
        with pytest.raises(ApplicationError) as exc:
            services.checklist_check(case=case, code=entry.code, actor=actor, checked=False)
        assert exc.value.code in {"checklist_item_not_yours", "office_not_allowed"}
        assert exc.value.status == 403
    # The same through the console, as the production operator.
    c = Client()
    c.force_login(cast.staff["production"])
    r = c.post(reverse("console:case_checklist", args=[case.pk, entry.code]), {"checked": "0"})
    assert r.status_code == 403
    fresh = ChecklistEntry.objects.get(pk=entry.pk)
    assert (fresh.checked_by, fresh.checked_at) == (clerk, entry.checked_at)
    assert not AuditEntry.objects.filter(action="case.checklist_uncheck").exists()


def test_the_owner_unticks_and_the_audit_keeps_who_had_checked():
    cast = Cast.make()
    case = case_open_for(cast, Procedure.NEW_ISSUANCE)
    entry = case.checklist.filter(required=True).first()
    clerk = cast.staff["intake"]
    admin = cast.member("intake", StaffRole.ADMIN)
    with pytest.raises(ApplicationError) as exc:
        services.checklist_check(case=case, code=entry.code, actor=admin, checked=False)
    assert exc.value.code == "checklist_item_not_yours"
    services.checklist_check(case=case, code=entry.code, actor=clerk, checked=False)
    undo = AuditEntry.objects.get(action="case.checklist_uncheck")
    assert undo.detail["before"]["checked_by"] == clerk.pk
    assert undo.detail["before"]["checked_at"]


def test_every_guard_reason_is_registered():
    facts_codes = {r.value for r in GuardReason}
    # Each guard returns one code; run them on facts that fail all of them.
    failing = wf.Facts(
        state="x",
        channel="mission_mail",
        today=dt.date(2025, 1, 2),
        intake_is_honseki=True,
        checklist_complete=False,
        has_pickup_office=False,
        departure_date=None,
        pickup_deadline=dt.date(2025, 1, 3),
        identity_checked=False,
    )
    not_honseki = wf.Facts(state="x", channel="x", today=dt.date(2025, 1, 2))
    codes = set()
    for table in wf.WORKFLOWS.values():
        for t in table.transitions:
            codes |= set(t.blocked_by(failing)) | set(t.blocked_by(not_honseki))
    assert codes and codes <= facts_codes
    assert facts_codes <= ALL_CODES


def test_services_raise_no_free_string_codes():
    """Every error the case services build takes its code from cases/errors.py."""
    package = ROOT / "src/kokugai/cases/services"
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in sorted(package.glob("*.py"))]
    assert len(trees) > 1
    free = [
        node.lineno
        for tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "") in {"ApplicationError", "Conflict", "Forbidden"}
        and node.args
        and isinstance(node.args[0], ast.Constant)
    ]
    assert free == []


def test_committed_roles_page_matches_the_tables():
    # If this fails: run `kokugai workflow_diagrams` and commit docs/roles.md.
    assert (ROOT / "docs/roles.md").read_text(encoding="utf-8") == wf.roles_markdown()


def test_workflow_diagrams_check_fails_when_roles_page_drifts(tmp_path):
    workflows = tmp_path / "docs" / "workflows"
    call_command("workflow_diagrams", "--dir", str(workflows))
    call_command("workflow_diagrams", "--check", "--dir", str(workflows))
    roles = tmp_path / "docs" / "roles.md"
    roles.write_text(roles.read_text(encoding="utf-8").replace("✓", "—", 1), encoding="utf-8")
    with pytest.raises(CommandError, match="roles.md"):
        call_command("workflow_diagrams", "--check", "--dir", str(workflows))


# --- one transition, few queries (issue 13 §2, the case part) ------------------------------


def test_a_transition_saves_only_what_changed_reads_the_checklist_once_and_never_refreshes():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cast = Cast.make()
    case = case_open_for(cast, Procedure.NEW_ISSUANCE)
    with CaptureQueriesContext(connection) as forward:
        returned = services.case_forward(case=case, actor=cast.staff["intake"])
    sql = [q["sql"] for q in forward.captured_queries]
    updates = [s for s in sql if s.startswith('UPDATE "cases_case"')]
    assert len(updates) == 1
    assert '"state"' in updates[0] and '"receipt_number"' not in updates[0]
    assert '"person_id"' not in updates[0]
    assert sum('"cases_checklistentry"' in s for s in sql) == 1
    # No re-read of the case after the write: the caller's object has the new values.
    writes = next(i for i, s in enumerate(sql) if s.startswith('UPDATE "cases_case"'))
    assert not any(s.startswith("SELECT") and 'FROM "cases_case"' in s for s in sql[writes:])
    assert (case.state, case.version) == (returned.state, returned.version) == ("at_honseki", 2)
    case = services.case_start_review(case=case, actor=cast.staff["honseki"])
    with CaptureQueriesContext(connection) as accept:
        services.case_accept(case=case, actor=cast.staff["honseki"])
    # accept's guards do not read the checklist: no query for it.
    assert not any('"cases_checklistentry"' in q["sql"] for q in accept.captured_queries)
