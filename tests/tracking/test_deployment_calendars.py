"""A deployment's overrides of the mission-calendar assumptions reach the tracker's
estimate and the booking calendar, not only the planner."""

from __future__ import annotations

import datetime as dt

import pytest

from factories import OfficeFactory
from kokugai.appointments.services import office_calendar
from kokugai.tracking import selectors
from tracking.story import SeedStory

pytestmark = pytest.mark.django_db

TAIPEI = "jtea-tw-taipei"
#: 振替休日 for 勤労感謝の日 (Sunday 2025-11-23): a Japanese holiday, a working Monday in Taiwan.
SUBSTITUTE_HOLIDAY = dt.date(2025, 11, 24)


def shipped_case():
    story = SeedStory()
    for step in ("apply", "forward", "start_review", "accept", "order", "ship"):
        getattr(story, step)()
    return story.case


def test_the_override_moves_the_trackers_estimate_for_a_mission_pickup(settings):
    case = shipped_case()
    # Shipping to a mission counts the mission's days; 11/24 is closed only if missions
    # keep Japanese holidays (the registry default).
    settings.KOKUGAI_ASSUMPTIONS = {}
    default = selectors.ready_estimate(
        case, today=dt.date(2025, 11, 21), pickup_office_code=TAIPEI, learned={}
    )
    settings.KOKUGAI_ASSUMPTIONS = {"missions_observe_japanese_holidays": False}
    overridden = selectors.ready_estimate(
        case, today=dt.date(2025, 11, 21), pickup_office_code=TAIPEI, learned={}
    )
    assert default is not None and overridden is not None
    assert overridden.likely < default.likely
    assert overridden.earliest < default.earliest


def test_the_override_changes_a_missions_business_day(settings):
    settings.KOKUGAI_ASSUMPTIONS = {}
    assert not selectors.calendar_of(TAIPEI).is_business_day(SUBSTITUTE_HOLIDAY)
    settings.KOKUGAI_ASSUMPTIONS = {"missions_observe_japanese_holidays": False}
    assert selectors.calendar_of(TAIPEI).is_business_day(SUBSTITUTE_HOLIDAY)
    # A municipality keeps the Japanese holiday whatever the missions do.
    assert not selectors.calendar_of("131075").is_business_day(SUBSTITUTE_HOLIDAY)


def test_the_override_reaches_the_booking_calendar(settings):
    office = OfficeFactory(code=TAIPEI, kind="mission", country="TW", timezone="Asia/Taipei")
    new_year = dt.date(2025, 12, 30)  # year-end break in Japan, a working Tuesday in Taiwan
    settings.KOKUGAI_ASSUMPTIONS = {}
    assert not office_calendar(office).is_business_day(new_year)
    settings.KOKUGAI_ASSUMPTIONS = {"missions_observe_year_end": False}
    assert office_calendar(office).is_business_day(new_year)
