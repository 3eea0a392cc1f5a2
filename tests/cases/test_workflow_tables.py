"""The tables themselves (pure) and the committed diagrams drawn from them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from kokugai.cases import workflow as wf
from kokugai.cases.management.commands.workflow_diagrams import expected_files
from kokugai.rules.codes import OfficeRole, Procedure

DOCS = Path(__file__).resolve().parents[2] / "docs" / "workflows"


def test_every_procedure_has_a_table():
    assert set(wf.WORKFLOWS) == set(Procedure)


@pytest.mark.parametrize("procedure", list(Procedure))
def test_table_is_well_formed(procedure):
    table = wf.workflow_for(procedure)
    states = set(table.states)
    assert table.initial in states and table.terminal <= states
    assert set(table.state_labels) == states
    for t in table.transitions:
        assert t.source in states and t.to_state in states, t
        assert t.source not in table.terminal, f"{t.name} leaves terminal {t.source}"
        assert t.by and t.by <= set(wf.PARTIES), t
        assert set(t.notifications) <= set(wf.TEMPLATES), t
    names = [(t.name, t.source) for t in table.transitions]
    assert len(names) == len(set(names)), "one entry per (name, source)"
    # Every state is reachable and every open state can still end.
    reach = {table.initial}
    while True:
        more = {t.to_state for t in table.transitions if t.source in reach} - reach
        if not more:
            break
        reach |= more
    assert reach == states
    for s in states - table.terminal:
        assert any(t.source == s and t.name == "withdraw" for t in table.transitions), s


def test_new_issuance_follows_design_section_4():
    table = wf.workflow_for(Procedure.NEW_ISSUANCE)
    path = [
        ("forward", "received"),
        ("start_review", "at_honseki"),
        ("request_correction", "under_review"),
        ("applicant_replied", "awaiting_applicant"),
        ("accept", "under_review"),
        ("order", "accepted"),
        ("ship", "in_production"),
        ("receive", "shipped"),
        ("hand_over", "ready_for_pickup"),
    ]
    state = "received"
    for name, source in path:
        assert state == source
        state = table.find(name, state).to_state
    assert state == "issued"
    assert table.find("expire", "ready_for_pickup").to_state == "uncollected"
    assert table.find("reject", "under_review").to_state == "rejected"
    for s in ("in_production", "shipped", "ready_for_pickup"):
        assert table.find("change_pickup", s) is not None


def _facts(**kw):
    return wf.Facts(
        state="received", channel="municipality_visit", today=dt.date(2025, 10, 28), **kw
    )


def test_forward_is_skipped_at_the_honseki():
    table = wf.workflow_for(Procedure.NEW_ISSUANCE)
    roles = {OfficeRole.INTAKE.value, OfficeRole.HONSEKI.value}
    at_honseki = wf.allowed_transitions(table, "received", roles, _facts(intake_is_honseki=True))
    elsewhere = wf.allowed_transitions(table, "received", roles, _facts(intake_is_honseki=False))
    assert "forward" not in {t.name for t in at_honseki}
    assert "start_review" in {t.name for t in at_honseki}
    assert "forward" in {t.name for t in elsewhere}
    assert "start_review" not in {t.name for t in elsewhere}


def test_allowed_transitions_by_role():
    table = wf.workflow_for(Procedure.NEW_ISSUANCE)
    assert [t.name for t in wf.allowed_transitions(table, "in_production", {"production"})] == [
        "ship"
    ]
    assert wf.allowed_transitions(table, "issued", set(wf.PARTIES)) == []
    assert {t.name for t in wf.allowed_transitions(table, "ready_for_pickup", {"system"})} == {
        "expire"
    }


def test_guards_return_reason_codes():
    table = wf.workflow_for(Procedure.CONTINUE_ABROAD)
    endorse = table.find("endorse", "received")
    day = dt.date(2025, 10, 28)
    assert endorse.blocked_by(_facts(departure_date=day)) == ["departure_not_after_filing"]
    assert endorse.blocked_by(_facts(departure_date=day + dt.timedelta(days=1))) == []
    reset = wf.workflow_for(Procedure.PIN_RESET).find("reset_pin", "received")
    mail = wf.Facts(state="received", channel="mission_mail", today=day)
    assert reset.blocked_by(mail) == ["not_by_mail"]


def test_change_details_differs_at_the_honseki_and_at_a_mission():
    table = wf.workflow_for(Procedure.CHANGE_DETAILS)
    update = table.find("update_card", "received")
    assert update.to_state == "completed"
    assert update.blocked_by(_facts(intake_is_honseki=False)) == ["forward_to_honseki_first"]
    assert "issued" in table.states  # at a mission: a new card


def test_committed_diagrams_match_the_tables():
    expected = expected_files()
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in DOCS.glob("*.md")}
    assert on_disk == expected, "run `kokugai workflow_diagrams` and commit docs/workflows/"


def test_check_mode_fails_on_drift(tmp_path):
    call_command("workflow_diagrams", "--dir", str(tmp_path), verbosity=0)
    call_command("workflow_diagrams", "--check", "--dir", str(tmp_path), verbosity=0)
    (tmp_path / "new_issuance.md").write_text("hand-drawn", encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("workflow_diagrams", "--check", "--dir", str(tmp_path), verbosity=0)
