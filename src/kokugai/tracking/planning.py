"""One answer everywhere: the planner wired with the deployment's assumptions and the
durations learned from finished cases.

``kokugai plan`` (CLI), the portal's ``/plan/`` and ``POST /api/v1/plan`` all call
:func:`plan_for`, so the same situation gives the same plan on every surface, including the
ready dates once history exists. It lives in ``tracking`` because the learned durations do
(``selectors.learned_durations``) and ``web``, ``api`` and this app's own management command
may all import it.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from django.db import DatabaseError

from kokugai.core import clock, config
from kokugai.rules import planner
from kokugai.rules.estimate import Durations

logger = logging.getLogger(__name__)


def learned() -> Mapping[tuple[str, str], Durations]:
    """The tracker's learned durations, or none where there is no database to learn from.

    The CLI must answer before anything is migrated (a fresh checkout, a laptop): with no
    readable history the priors stand, exactly as they do for an empty history.
    """
    # Imported here: the CLI's module must load before Django's apps are ready.
    from kokugai.tracking import selectors

    try:
        return selectors.learned_durations()
    except DatabaseError:
        logger.info("no case history readable: the plan uses the priors only", exc_info=True)
        return {}


def plan_for(data: object, *, lang: str = "ja") -> dict[str, Any]:
    """The plan (``Plan.as_dict``) for a decoded situation; raises ``SituationError`` on bad
    input and ``AssumptionError`` on a bad ``KOKUGAI_ASSUMPTIONS``.

    The situation is parsed before anything is read from the database: bad input is
    answered without touching it.
    """
    situation = planner.parse_situation(data, today=clock.today())
    # A bad deployment setting is reported before the database is read, too.
    assumptions = config.assumptions()
    return planner.plan(situation, overrides=assumptions, learned=learned()).as_dict(lang)


def household_plan_for(data: object, *, lang: str = "ja") -> dict[str, Any]:
    """The family plan (``HouseholdPlan.as_dict``) for a decoded household document; the
    same wiring and errors as :func:`plan_for` (``SituationError`` names the member's field,
    e.g. ``members[2].representative``)."""
    from kokugai.rules import household

    h = household.parse_household(data, today=clock.today())
    assumptions = config.assumptions()
    return household.plan_household(h, overrides=assumptions, learned=learned()).as_dict(lang)
