"""Learning the ready-date durations, in the worker: SQL groups the history, eta counts it.

A citizen's tracker lookup must never walk a year of events (at a million cases that took
72 seconds and ~480 MB in the first request after a cache expired). So the worker runs
:func:`learned_compute` on a schedule (``settings.KOKUGAI_PERIODIC_TASKS``); it

1. asks the database for every finished stage of the last year, already grouped by
   (stage, office, start day, end day) with a count: window functions find where each
   case changed stage, so the rows that reach Python are a few thousand groups, not the
   events;
2. counts each group's business days on its office's calendar once (``eta.learn_counted``:
   the calendars are Python, the heavy lifting was SQL);
3. replaces the rows of ``LearnedDuration`` in one transaction.

Requests only read that table (``tracking.selectors.learned_durations``). One computation
at a time: on PostgreSQL the run holds a transaction-level advisory lock and a second
worker skips; it also skips when no event was written since the last run (the watermark
is kept in the ``eta-learning`` heartbeat) unless the last run is a day old (the year's
window moves).
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from typing import Any

from django.db import connection, transaction
from django.utils import timezone

from kokugai.cases.models import CaseEvent
from kokugai.core import clock
from kokugai.core.heartbeat import heartbeat_age
from kokugai.core.models import Heartbeat
from kokugai.tracking import eta
from kokugai.tracking.models import LearnedDuration
from kokugai.tracking.selectors import (
    HISTORY_DAYS,
    ISSUANCE_PROCEDURES,
    STATE_STAGE,
    calendar_of,
    learned_reset,
)

HEARTBEAT = "eta-learning"
# Relearn at least this often even without new events: the year's window moves on.
MAX_AGE_S = 24 * 3600
# Any constant shared by every process: the advisory lock that makes runs exclusive.
_LOCK_KEY = 0x4B4F4B5545544131  # "KOKUETA1"


@dataclass(frozen=True)
class LearningRun:
    ran: bool
    reason: str
    groups: int = 0
    samples: int = 0
    rows: int = 0
    seconds: float = 0.0


_STAGES = sorted(STATE_STAGE.items())
_PROCEDURES = sorted(ISSUANCE_PROCEDURES)


def _sql(vendor: str, *, until: bool = False, office: bool = False) -> str:
    """The grouping query; every value is a parameter (:func:`_params`), only the shape and
    the vendor's spelling of "date of" and "differs from" are written in. ``until`` adds an
    end to the window, ``office`` keeps the cases one office plays a part in."""
    stage_case = " ".join("WHEN %s THEN %s" for _ in _STAGES)
    procedures = ", ".join("%s" for _ in _PROCEDURES)
    if vendor == "postgresql":
        day = "(({col}) AT TIME ZONE 'UTC')::date"
        differs = "stage IS DISTINCT FROM prev_stage"
    else:
        day = "date({col})"
        differs = "stage IS NOT prev_stage"
    # The office a stage is counted (and learned) at: tracking.selectors.office_for_stage.
    office_of_stage = (
        "CASE s.stage"
        " WHEN 'intake' THEN COALESCE(io.code, '')"
        " WHEN 'transit_to_honseki' THEN COALESCE(io.code, '')"
        " WHEN 'production' THEN COALESCE(po.code, 'production')"
        " WHEN 'shipping' THEN COALESCE(ko.code, io.code, '')"
        " WHEN 'pickup_ready' THEN COALESCE(ko.code, io.code, '')"
        " ELSE COALESCE(ho.code, '') END"
    )
    window_end = " AND e.at < %s" if until else ""
    office_filter = (
        " AND (c.intake_office_id = %s OR c.honseki_office_id = %s"
        " OR c.pickup_office_id = %s OR c.production_office_id = %s)"
        if office
        else ""
    )
    return f"""
WITH ev AS (
    SELECT e.case_id, e.seq, e.at,
           CASE e.to_state {stage_case} ELSE NULL END AS stage
    FROM cases_caseevent e
    JOIN cases_case c ON c.id = e.case_id
    WHERE e.at >= %s AND c.procedure IN ({procedures}){window_end}{office_filter}
), marked AS (
    SELECT case_id, seq, at, stage,
           LAG(stage) OVER (PARTITION BY case_id ORDER BY seq) AS prev_stage,
           ROW_NUMBER() OVER (PARTITION BY case_id ORDER BY seq) AS rn
    FROM ev
), boundaries AS (
    SELECT case_id, at, stage,
           LEAD(at) OVER (PARTITION BY case_id ORDER BY seq) AS ended
    FROM marked
    WHERE rn = 1 OR {differs}
)
SELECT s.stage, {office_of_stage} AS office_code,
       {day.format(col="s.at")} AS started, {day.format(col="s.ended")} AS ended,
       COUNT(*) AS n
FROM boundaries s
JOIN cases_case c ON c.id = s.case_id
LEFT JOIN registry_office io ON io.id = c.intake_office_id
LEFT JOIN registry_office ho ON ho.id = c.honseki_office_id
LEFT JOIN registry_office po ON po.id = c.production_office_id
LEFT JOIN registry_office ko ON ko.id = c.pickup_office_id
WHERE s.stage IS NOT NULL AND s.ended IS NOT NULL
GROUP BY 1, 2, 3, 4
"""  # noqa: S608 - no value is written into the text, every value is a parameter


def _params(
    start: dt.datetime, end: dt.datetime | None = None, office_id: int | None = None
) -> list[object]:
    stage_pairs = [value for pair in _STAGES for value in pair]
    params: list[object] = [*stage_pairs, start, *_PROCEDURES]
    if end is not None:
        params.append(end)
    if office_id is not None:
        params.extend([office_id] * 4)
    return params


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def stage_groups(
    *, since: dt.date | None = None, until: dt.date | None = None, office_id: int | None = None
) -> list[tuple[eta.StageSample, int]]:
    """Every finished stage of every card case from ``since`` to ``until`` (exclusive),
    grouped by (stage, office, start day, end day) and counted; with ``office_id``, only
    cases that office plays a part in.

    A stage is finished when a later event moved the case to another stage; consecutive
    states of one stage (review, correction, review) make one sample.
    """
    since = since or (clock.today() - dt.timedelta(days=HISTORY_DAYS))
    start = dt.datetime.combine(since, dt.time.min, tzinfo=dt.UTC)
    end = None if until is None else dt.datetime.combine(until, dt.time.min, tzinfo=dt.UTC)
    sql = _sql(connection.vendor, until=end is not None, office=office_id is not None)
    with connection.cursor() as cursor:
        cursor.execute(sql, _params(start, end, office_id))
        rows = cursor.fetchall()
    return [
        (eta.StageSample(stage, office, _as_date(started), _as_date(ended)), int(n))
        for stage, office, started, ended, n in rows
    ]


def _watermark() -> int:
    return CaseEvent.objects.order_by("-id").values_list("id", flat=True).first() or 0


def _lock_taken() -> bool:
    if connection.vendor != "postgresql":
        return True  # SQLite: one writer at a time anyway
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_xact_lock(%s)", [_LOCK_KEY])
        return bool(cursor.fetchone()[0])


def learned_compute(*, force: bool = False) -> LearningRun:
    """Relearn the stage durations and store them; skipped when nothing changed."""
    started = time.monotonic()
    mark = _watermark()
    if not force:
        beat = Heartbeat.objects.filter(name=HEARTBEAT).values_list("detail", flat=True).first()
        age = heartbeat_age(HEARTBEAT)
        if (
            beat is not None
            and beat.get("last_event_id") == mark
            and age is not None
            and age < MAX_AGE_S
        ):
            return LearningRun(ran=False, reason="unchanged")
    with transaction.atomic():
        if not _lock_taken():
            return LearningRun(ran=False, reason="running elsewhere")
        groups = stage_groups()
        learned = eta.learn_counted(groups, calendar_of)
        now = timezone.now()
        LearnedDuration.objects.all().delete()
        LearnedDuration.objects.bulk_create(
            LearnedDuration(
                stage=stage,
                office_code=office,
                median_bd=d.median_bd,
                low_bd=d.low_bd,
                high_bd=d.high_bd,
                samples=d.n,
                computed_at=now,
            )
            for (stage, office), d in sorted(learned.items())
        )
        samples = sum(n for _, n in groups)
        Heartbeat.objects.update_or_create(
            name=HEARTBEAT,
            defaults={
                "at": now,
                "detail": {"last_event_id": mark, "groups": len(groups), "samples": samples},
            },
        )
    learned_reset()
    return LearningRun(
        ran=True,
        reason="learned",
        groups=len(groups),
        samples=samples,
        rows=len(learned),
        seconds=time.monotonic() - started,
    )
