"""Ready-date learning runs in the worker, in SQL; requests only read its table.

The SQL grouping is checked against a plain Python walk over the events (the way the
tracker used to learn on a citizen's request), on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import collections
import datetime as dt
import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from factories import CaseFactory
from kokugai.cases.models import Case, CaseEvent
from kokugai.core import clock
from kokugai.tracking import eta, selectors
from kokugai.tracking.learning import learned_compute, stage_groups
from kokugai.tracking.models import LearnedDuration
from kokugai.tracking.selectors import (
    STATE_STAGE,
    CaseOffices,
    calendar_of,
    learned_durations,
    office_for_stage,
    ready_estimate,
)

pytestmark = pytest.mark.django_db

TODAY = dt.date(2026, 3, 2)
# State walks a card case can take; None-stage states (issued, withdrawn, …) end a stage.
WALKS = [
    ["received", "at_honseki", "under_review", "accepted", "in_production", "shipped",
     "ready_for_pickup", "issued"],
    ["received", "at_honseki", "under_review", "awaiting_applicant", "under_review",
     "accepted", "in_production", "shipped", "ready_for_pickup"],
    ["received", "under_review", "rejected"],
    ["received", "at_honseki", "withdrawn"],
    ["received", "at_honseki", "under_review", "awaiting_applicant"],
]  # fmt: skip


def python_samples(since: dt.date) -> list[eta.StageSample]:
    """The reference: walk every event in Python, as the request path once did."""
    rows = (
        CaseEvent.objects.filter(
            at__date__gte=since, case__procedure__in=selectors.ISSUANCE_PROCEDURES
        )
        .order_by("case_id", "seq")
        .select_related("case__intake_office", "case__honseki_office")
        .select_related("case__production_office", "case__pickup_office")
    )
    out: list[eta.StageSample] = []
    open_ = None
    for e in rows:
        c = e.case
        stage = STATE_STAGE.get(e.to_state)
        if open_ is not None and open_[0] == c.pk and open_[1] == stage:
            continue
        if open_ is not None and open_[0] == c.pk:
            office = office_for_stage(open_[1], open_[3])
            out.append(eta.StageSample(open_[1], office, open_[2].date(), e.at.date()))
        if stage is None:
            open_ = None
            continue

        def code(o, default=""):
            return o.code if o is not None else default

        offices = CaseOffices(
            intake=code(c.intake_office),
            honseki=code(c.honseki_office),
            production=code(c.production_office, "production"),
            pickup=code(c.pickup_office) or code(c.intake_office),
        )
        open_ = (c.pk, stage, e.at, offices)
    return out


def make_history(n_cases: int, seed: int) -> list[Case]:
    """Cases whose events are rewritten into random walks at random past dates."""
    rng = random.Random(seed)
    cases = [CaseFactory() for _ in range(n_cases)]
    # Half of the cases share their offices with another case, so groups have several rows.
    for a, b in zip(cases[::2], cases[1::2], strict=False):
        Case.objects.filter(pk=b.pk).update(
            intake_office=a.intake_office,
            honseki_office=a.honseki_office,
            production_office=a.production_office,
            pickup_office=a.pickup_office,
        )
    events = []
    for case in cases:
        template = CaseEvent.objects.filter(case=case).first()
        CaseEvent.objects.filter(case=case).delete()
        walk = rng.choice(WALKS)
        at = dt.datetime.combine(
            TODAY - dt.timedelta(days=rng.randint(20, 400)),
            dt.time(rng.randint(0, 23)),
            tzinfo=dt.UTC,
        )
        for seq, state in enumerate(walk, start=1):
            events.append(
                CaseEvent(
                    case=case,
                    seq=seq,
                    transition="t",
                    from_state="",
                    to_state=state,
                    office_id=template.office_id,
                    at=at,
                )
            )
            at += dt.timedelta(days=rng.choice([0, 1, 2, 3, 5, 8, 13]), hours=rng.randint(0, 20))
    CaseEvent.objects.bulk_create(events)
    return cases


def test_sql_groups_equal_the_python_walk():
    make_history(24, seed=7)
    since = TODAY - dt.timedelta(days=365)
    with clock.frozen(dt.datetime.combine(TODAY, dt.time(12), tzinfo=dt.UTC)):
        grouped = stage_groups()
    expected = collections.Counter(python_samples(since))
    assert expected, "the history must hold finished stages"
    assert collections.Counter(dict(grouped)) == expected
    # The grouping is real: fewer rows than samples once cases share offices and days.
    assert sum(n for _, n in grouped) == sum(expected.values())


def test_compute_stores_what_eta_learns_and_reads_it_back():
    make_history(30, seed=11)
    with clock.frozen(dt.datetime.combine(TODAY, dt.time(12), tzinfo=dt.UTC)):
        run = learned_compute()
        expected = eta.learn(python_samples(TODAY - dt.timedelta(days=365)), calendar_of)
    assert run.ran and run.rows == len(expected) > 0
    selectors.learned_reset()
    assert learned_durations() == expected
    assert LearnedDuration.objects.count() == len(expected)


def test_a_second_run_without_new_events_is_skipped_and_a_new_event_relearns():
    make_history(10, seed=3)
    with clock.frozen(dt.datetime.combine(TODAY, dt.time(12), tzinfo=dt.UTC)):
        assert learned_compute().ran
        assert learned_compute().reason == "unchanged"
        CaseFactory()  # one more case: a new event
        assert learned_compute().ran
        assert learned_compute(force=True).ran


def test_reading_the_learned_durations_is_one_query_on_the_small_table():
    make_history(10, seed=5)
    with clock.frozen(dt.datetime.combine(TODAY, dt.time(12), tzinfo=dt.UTC)):
        learned_compute()
    selectors.learned_reset()  # a cold process
    with CaptureQueriesContext(connection) as cold:
        learned_durations()
    assert len(cold.captured_queries) == 1
    assert "tracking_learnedduration" in cold.captured_queries[0]["sql"]
    with CaptureQueriesContext(connection) as warm:
        learned_durations()
    assert len(warm.captured_queries) == 0


def test_a_tracker_estimate_never_walks_the_history():
    make_history(12, seed=9)
    case = CaseFactory(under_review=True)
    selectors.learned_reset()
    with CaptureQueriesContext(connection) as ctx:
        ready_estimate(case, today=TODAY)
    sqls = " ".join(q["sql"] for q in ctx.captured_queries)
    assert "LAG(" not in sqls.upper()
    # Only this case's own recent events are read, never the whole table's.
    for q in ctx.captured_queries:
        if "cases_caseevent" in q["sql"]:
            assert "case_id" in q["sql"]


def test_learning_moves_the_ready_date():
    """A slow history at the 本籍地 pushes the estimate past the prior."""
    make_history(2, seed=1)
    case = CaseFactory(under_review=True)
    honseki = case.honseki_office
    before = ready_estimate(case, today=TODAY, learned={})
    # Twelve past cases reviewed in 60 days at this 本籍地.
    slow = [CaseFactory() for _ in range(6)]
    events = []
    for i, c in enumerate(slow):
        Case.objects.filter(pk=c.pk).update(honseki_office=honseki)
        template = CaseEvent.objects.filter(case=c).first()
        CaseEvent.objects.filter(case=c).delete()
        start = dt.datetime(2025, 10, 1, 9, tzinfo=dt.UTC) + dt.timedelta(days=i)
        for seq, (state, days) in enumerate(
            [("received", 0), ("under_review", 2), ("accepted", 92)], start=1
        ):
            events.append(
                CaseEvent(case=c, seq=seq, transition="t", to_state=state,
                          office_id=template.office_id, at=start + dt.timedelta(days=days))
            )  # fmt: skip
    CaseEvent.objects.bulk_create(events)
    with clock.frozen(dt.datetime.combine(TODAY, dt.time(12), tzinfo=dt.UTC)):
        learned_compute(force=True)
    selectors.learned_reset()
    learned = learned_durations()
    assert learned[("review", honseki.code)].median_bd > 50
    after = ready_estimate(case, today=TODAY)
    assert before is not None and after is not None
    assert after.likely > before.likely


def test_the_command_learns_and_then_skips():
    from io import StringIO

    from django.core.management import call_command

    make_history(8, seed=2)
    out = StringIO()
    with clock.frozen(dt.datetime.combine(TODAY, dt.time(12), tzinfo=dt.UTC)):
        call_command("learn_durations", stdout=out)
        call_command("learn_durations", stdout=out)
    first, second = out.getvalue().splitlines()
    assert first.startswith("learned ") and LearnedDuration.objects.exists()
    assert second == "skipped: unchanged"
