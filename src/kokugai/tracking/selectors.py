"""Reads for the tracker: the learned stage durations and the ready-date forecast.

The learning (tracking/eta.py) is pure and runs in the worker (tracking/learning.py); this
module reads its result and knows which office does the work in each internal state, and on
which calendar.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from dataclasses import dataclass
from typing import Any

from django.conf import settings

from kokugai.cases.models import Case
from kokugai.core import clock, config
from kokugai.registry.selectors import office_calendar
from kokugai.rules import offices, procedures
from kokugai.rules.calendars import Calendar
from kokugai.rules.codes import Channel, OfficeKind, Procedure
from kokugai.rules.estimate import Ready
from kokugai.tracking import eta
from kokugai.tracking.models import LearnedDuration

# Internal state -> the stage of rules.procedures.stage_priors (and of the learned
# durations) it belongs to. Consecutive states of one stage form a single sample.
STATE_STAGE: dict[str, str] = {
    "received": "intake",
    "at_honseki": "transit_to_honseki",
    "under_review": "review",
    "awaiting_applicant": "review",
    "accepted": "production",
    "in_production": "production",
    "shipped": "shipping",
}
# The stages a card goes through, in order; "pickup_ready" (arrival to notice) has no
# internal state of its own and always comes from the prior.
STAGE_PATH: tuple[str, ...] = (
    "intake",
    "transit_to_honseki",
    "review",
    "production",
    "shipping",
    "pickup_ready",
)
ISSUANCE_PROCEDURES = frozenset({"new_issuance", "reissue", "change_details", "cert_renewal"})
HISTORY_DAYS = 365


def calendar_of(office_code: str) -> Calendar:
    """The closure calendar of an office, by its code (``registry.selectors.office_calendar``:
    the same days as the booking slots and the planner)."""
    return office_calendar(office_code)


@dataclass(frozen=True)
class CaseOffices:
    intake: str
    honseki: str
    production: str
    pickup: str


def office_for_stage(stage: str, o: CaseOffices) -> str:
    """The office whose working days a stage is counted in (and learned per).

    Shipping is learned per destination: the trip to a mission abroad and to a town hall
    in Japan differ far more than production centres do.
    """
    if stage in ("intake", "transit_to_honseki"):
        return o.intake
    if stage == "production":
        return o.production
    if stage in ("shipping", "pickup_ready"):
        return o.pickup
    return o.honseki


def remaining_stages(state: str, *, intake_is_honseki: bool) -> list[str]:
    """The stages still ahead before the card is ready, starting with the current one."""
    stage = STATE_STAGE.get(state)
    if stage is None:
        return []
    path = [s for s in STAGE_PATH if not (intake_is_honseki and s == "transit_to_honseki")]
    return path[path.index(stage) :]


def _case_offices(case: Case) -> CaseOffices:
    def code(o: Any) -> str:
        return o.code if o is not None else ""

    honseki = code(case.honseki_office)
    return CaseOffices(
        intake=code(case.intake_office),
        honseki=honseki,
        production=code(case.production_office) or "production",
        pickup=code(case.pickup_office) or code(case.intake_office),
    )


_cache_lock = threading.Lock()
_cache: dict[str, tuple[float, dict[tuple[str, str], eta.Learned]]] = {}


def learned_durations(*, refresh: bool = False) -> dict[tuple[str, str], eta.Learned]:
    """The stage durations the worker learned (``tracking.learning``), as eta expects them.

    One small query (a row per stage and office), kept per process for
    ``KOKUGAI_ETA_TTL_S``; nothing here reads the history, so a cold process answers as
    fast as a warm one. Empty until the worker's first run: the priors of ``rules`` apply.
    """
    ttl = float(settings.KOKUGAI_ETA_TTL_S)
    with _cache_lock:
        hit = _cache.get("learned")
        if hit is not None and not refresh and time.monotonic() - hit[0] < ttl:
            return hit[1]
    learned = {
        (row.stage, row.office_code): eta.Learned(
            median_bd=row.median_bd, low_bd=row.low_bd, high_bd=row.high_bd, n=row.samples
        )
        for row in LearnedDuration.objects.all()
    }
    with _cache_lock:
        _cache["learned"] = (time.monotonic(), learned)
    return learned


def learned_reset() -> None:
    with _cache_lock:
        _cache.clear()


# --- the forecast ---------------------------------------------------------------------


def _pickup_kind(code: str) -> OfficeKind:
    return OfficeKind.MISSION if offices.mission(code) is not None else OfficeKind.MUNICIPALITY


def _stage_entered(case: Case, stage: str) -> dt.date:
    """When the current stage began: the first event of the current run of its states."""
    entered = case.state_entered_at
    for to_state, at in case.events.order_by("-seq").values_list("to_state", "at")[:20]:
        if STATE_STAGE.get(to_state) != stage:
            break
        entered = at
    return entered.date()


def ready_estimate(
    case: Case,
    *,
    today: dt.date | None = None,
    pickup_office_code: str | None = None,
    learned: dict[tuple[str, str], eta.Learned] | None = None,
) -> Ready | None:
    """When the card of ``case`` will be ready at the pickup office; None when no card is
    coming (closed, collected, not a card procedure, no priors for the route) or it is
    ready already. ``pickup_office_code`` asks "what if it were picked up there instead?".
    """
    if case.procedure not in ISSUANCE_PROCEDURES:
        return None
    today = today or clock.today()
    o = _case_offices(case)
    if pickup_office_code:
        o = CaseOffices(o.intake, o.honseki, o.production, pickup_office_code)
    stages = remaining_stages(case.state, intake_is_honseki=o.intake == o.honseki)
    if not stages:
        return None
    try:
        priors = procedures.stage_priors(
            Procedure(case.procedure),
            Channel(case.channel),
            pickup_kind=_pickup_kind(o.pickup),
            overrides=config.assumptions(),
        )
    except (procedures.ChannelNotAvailableError, ValueError):
        return None
    prior_stages = {p.stage for p in priors}
    stages = [s for s in stages if s in prior_stages or s == stages[0]]
    learned = learned_durations() if learned is None else learned
    remaining = [(s, office_for_stage(s, o), calendar_of(office_for_stage(s, o))) for s in stages]
    try:
        return eta.predict(
            stages[0], _stage_entered(case, stages[0]), remaining, learned, priors, today
        )
    except KeyError:
        return None
