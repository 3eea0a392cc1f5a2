"""Every internal state of every workflow table has exactly one public stage."""

from __future__ import annotations

import pytest

from kokugai.cases.workflow import WORKFLOWS
from kokugai.tracking.stages import (
    PATH_TO_READY,
    STAGES,
    STATE_TO_STAGE,
    Stage,
    info,
    is_waiting_for_card,
    stage_of,
)


def test_every_workflow_state_has_a_public_stage():
    states = {s for wf in WORKFLOWS.values() for s in wf.states}
    assert states <= set(STATE_TO_STAGE), states - set(STATE_TO_STAGE)


def test_unknown_state_is_refused_not_shown_raw():
    with pytest.raises(KeyError):
        stage_of("some_new_state")


@pytest.mark.parametrize(
    ("state", "stage"),
    [
        ("received", Stage.RECEIVED),
        ("at_honseki", Stage.REVIEW),
        ("under_review", Stage.REVIEW),
        ("awaiting_applicant", Stage.ACTION_NEEDED),
        ("accepted", Stage.PRODUCTION),
        ("in_production", Stage.PRODUCTION),
        ("shipped", Stage.SHIPPING),
        ("ready_for_pickup", Stage.READY),
        ("issued", Stage.COLLECTED),
        ("uncollected", Stage.CLOSED),
        ("rejected", Stage.CLOSED),
        ("withdrawn", Stage.CLOSED),
        ("completed", Stage.DONE),
    ],
)
def test_mapping(state, stage):
    assert stage_of(state) is stage


def test_every_stage_has_both_languages_and_the_path_is_ordered():
    for s in Stage:
        i = STAGES[s]
        assert i.label.ja and i.label.en and i.explanation.ja and i.explanation.en
    steps = [STAGES[s].step for s in PATH_TO_READY]
    assert steps == sorted(steps) and len(set(steps)) == len(steps)


def test_terminal_states_do_not_wait_for_a_card():
    for wf in WORKFLOWS.values():
        for state in wf.terminal:
            assert not is_waiting_for_card(stage_of(state)), state
    assert is_waiting_for_card(info("awaiting_applicant").stage)
    assert not is_waiting_for_card(Stage.READY)
