"""The closure calendar of an office, with this deployment's calendar assumptions.

One place for the tracker, the learning, the performance page and the booking slots, so they
all count the same business days. It sits in `registry` (below `appointments` and
`tracking`, which both use it).
"""

from __future__ import annotations

from kokugai.core import config
from kokugai.registry.models import Office
from kokugai.rules import offices
from kokugai.rules.calendars import (
    Calendar,
    calendar_for_office,
    japan_calendar,
    mission_calendar,
    municipal_calendar,
)


def deployment_mission_calendar(country_iso2: str) -> Calendar:
    """A mission's calendar with this deployment's overrides of the two calendar
    assumptions, so the tracker, the booking slots and the planner count the same days."""
    a = config.assumptions()
    return mission_calendar(
        country_iso2,
        observe_japanese_holidays=a.bool("missions_observe_japanese_holidays"),
        observe_year_end=a.bool("missions_observe_year_end"),
    )


def calendar_of(office_code: str) -> Calendar:
    """The closure calendar of an office, by its code (pure reference data, no query)."""
    mu = offices.municipality(office_code)
    if mu is not None:
        return municipal_calendar(mu.code)
    mi = offices.mission(office_code)
    if mi is not None:
        return deployment_mission_calendar(mi.country)
    return japan_calendar()


def office_calendar(office: Office) -> Calendar:
    """The calendar of an office row (its country may differ from the reference data)."""
    # A mission's calendar rests on two assumptions a deployment may override: take them
    # from the deployment (calendar_for_office would take the registry defaults).
    if office.kind == "mission":
        known = offices.mission(office.code)
        country = office.country or (known.country if known else "")
        if country:
            return deployment_mission_calendar(country)
    try:
        return calendar_for_office(office.kind, office.code, office.country or None)
    except KeyError:
        return japan_calendar()
