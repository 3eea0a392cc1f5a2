"""Issue 14 point 10: concurrent tracker lookups from one address, on real threads with their
own PostgreSQL connections. Count-then-insert let 12 of 50 through against a limit of 10;
the counters are now incremented and read in one atomic statement."""

from __future__ import annotations

import threading

import pytest
import time_machine
from django.db import connections

from kokugai.core.models import AuditEntry
from kokugai.tracking.services import TrackerError, tracker_lookup
from tracking.story import BIRTH, SeedStory, at

CLIENTS = 50
LIMIT = 10


def _race(jobs):
    barrier = threading.Barrier(len(jobs))
    outcomes: list[str] = []
    lock = threading.Lock()

    def run(job):
        try:
            barrier.wait(timeout=30)
            job()
            result = "hit"
        except TrackerError as exc:
            result = exc.code
        finally:
            connections.close_all()
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    return outcomes


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_fifty_concurrent_lookups_from_one_address_pass_exactly_the_limit(settings):
    # The failure limits are set out of the way: a lookup is charged as a failure until it
    # hits, so in-flight lookups of one reference also meet the (lower) failure limit.
    settings.KOKUGAI_TRACKER_LIMITS = {
        "per_client": LIMIT,
        "per_client_window_s": 3600,
        "failed_per_reference_client": 1000,
        "failed_per_reference": 1000,
    }
    case = SeedStory().apply()
    # One frozen instant for every thread: all lookups fall in one window.
    with time_machine.travel(at(2025, 10, 29, 10), tick=False):
        jobs = [
            (
                lambda: tracker_lookup(
                    reference=case.receipt_number, birth_date=BIRTH, client_ip="2001:db8:7:7::1"
                )
            )
            for _ in range(CLIENTS)
        ]
        outcomes = _race(jobs)
    assert len(outcomes) == CLIENTS
    assert outcomes.count("hit") == LIMIT, outcomes
    assert outcomes.count("rate_limited") == CLIENTS - LIMIT
    audited = AuditEntry.objects.filter(action="tracker.lookup")
    assert audited.filter(detail__result="hit").count() == LIMIT
    assert audited.filter(detail__result="rate_limited").count() == CLIENTS - LIMIT


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_wrong_guesses_never_pass_the_per_reference_limit(settings):
    settings.KOKUGAI_TRACKER_LIMITS = {"per_client": 1000, "failed_per_reference_client": 5}
    case = SeedStory().apply()
    import datetime as dt

    with time_machine.travel(at(2025, 10, 29, 10), tick=False):
        jobs = [
            (
                lambda d=d: tracker_lookup(
                    reference=case.receipt_number,
                    birth_date=dt.date(1980, 1, 1) + dt.timedelta(days=d),
                    client_ip="192.0.2.5",
                )
            )
            for d in range(30)
        ]
        outcomes = _race(jobs)
    # Exactly five guesses were checked against the birth date; the rest were refused.
    assert outcomes.count("not_found") == 5, outcomes
    assert outcomes.count("rate_limited") == 25
