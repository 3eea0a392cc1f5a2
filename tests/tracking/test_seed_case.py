"""The seed's case, step by step: the tracker gives a stage and a ready-date range each time."""

from __future__ import annotations

import datetime as dt

import pytest

from kokugai.core import clock
from kokugai.tracking import selectors
from kokugai.tracking.services import tracker_lookup
from kokugai.tracking.stages import Stage
from kokugai.tracking.status import tracker_status
from tracking.story import BIRTH, SeedStory, at

pytestmark = pytest.mark.django_db

EXPECTED = {
    "apply": Stage.RECEIVED,
    "forward": Stage.REVIEW,
    "start_review": Stage.REVIEW,
    "request_correction": Stage.ACTION_NEEDED,
    "reply": Stage.REVIEW,
    "accept": Stage.PRODUCTION,
    "order": Stage.PRODUCTION,
    "ship": Stage.SHIPPING,
    "receive": Stage.READY,
    "hand_over": Stage.COLLECTED,
}


@pytest.fixture(autouse=True)
def _no_learned_cache():
    selectors.learned_reset()
    yield
    selectors.learned_reset()


def test_the_seed_case_has_a_stage_and_a_ready_range_at_every_step():
    story = SeedStory()
    seen = []
    for step in SeedStory.STEPS:
        case = getattr(story, step)()
        moment = case.state_entered_at
        with clock.frozen(moment + dt.timedelta(hours=1)):
            found = tracker_lookup(
                reference=case.receipt_number, birth_date=BIRTH, client_ip=f"10.0.0.{len(seen)}"
            )
            status = tracker_status(found, departure_date=dt.date(2025, 11, 9))
        assert status.stage is EXPECTED[step], step
        assert status.office is not None
        if status.stage in (Stage.READY, Stage.COLLECTED):
            assert status.ready is None
        else:
            r = status.ready
            assert r is not None, step
            assert r.earliest <= r.likely <= r.latest
            assert r.earliest >= moment.date()
        seen.append((step, status.stage, status.ready))
    # After the 申請書ID is issued it can be used as the reference too.
    case = story.case
    assert case.application_id
    with clock.frozen(at(2026, 1, 17)):
        assert (
            tracker_lookup(reference=case.application_id, birth_date=BIRTH, client_ip="10.1.1.1").pk
            == case.pk
        )


def test_ready_range_at_application_covers_the_real_arrival():
    """At intake on 10/28 the range should contain the real arrival notice of 12/5."""
    story = SeedStory()
    case = story.apply()
    with clock.frozen(at(2025, 10, 28, 12)):
        status = tracker_status(case)
    assert status.ready is not None
    assert status.ready.earliest <= dt.date(2025, 12, 5) <= status.ready.latest


def test_departure_before_ready_offers_the_mission_and_a_later_visit():
    story = SeedStory()
    case = story.apply()
    with clock.frozen(at(2025, 10, 28, 12)):
        status = tracker_status(case, departure_date=dt.date(2025, 11, 9))
    assert status.ready_before_departure is False
    codes = [a.code for a in status.alternatives]
    assert codes == ["change_pickup_to_mission", "pick_up_later"]
    mission = status.alternatives[0]
    assert mission.office is not None and "台北" in mission.office.ja
    assert mission.ready is not None


def test_departure_long_after_the_latest_date_is_a_yes():
    story = SeedStory()
    case = story.apply()
    with clock.frozen(at(2025, 10, 28, 12)):
        status = tracker_status(case, departure_date=dt.date(2026, 6, 1))
    assert status.ready_before_departure is True
    assert status.alternatives == []


def test_the_status_names_the_action_but_carries_no_link_that_acts():
    story = SeedStory()
    story.apply()
    story.forward()
    story.start_review()
    case = story.request_correction()
    with clock.frozen(at(2025, 11, 11, 12)):
        status = tracker_status(case)
    assert status.action == "reply"
    for step in ("reply", "accept", "order", "ship", "receive"):
        case = getattr(story, step)()
    with clock.frozen(at(2025, 12, 5, 12)):
        status = tracker_status(case)
    assert status.action == "book"
    assert not [v for v in vars(status).values() if isinstance(v, str) and "/" in v]
    assert status.pickup_deadline is not None
