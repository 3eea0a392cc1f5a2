"""Two clerks press the same button at once: exactly one transition happens.

The services lock the case row (select_for_update) and check the version the clerk saw. On
SQLite writers are serialised (BEGIN IMMEDIATE), so the second click is tested in sequence;
on PostgreSQL real threads race for the row lock.
"""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from factories import CaseFactory
from kokugai.cases import services
from kokugai.cases.models import Case, CaseEvent
from kokugai.core.errors import ApplicationError


@pytest.mark.django_db
def test_second_click_with_the_same_version_is_stale():
    case = CaseFactory(under_review=True)
    reviewer = CaseFactory.cast_of(case).staff["honseki"]
    seen = case.version
    services.case_accept(case=Case.objects.get(pk=case.pk), actor=reviewer, expected_version=seen)
    with pytest.raises(ApplicationError) as exc:
        services.case_accept(
            case=Case.objects.get(pk=case.pk), actor=reviewer, expected_version=seen
        )
    assert exc.value.code == "stale_version"
    with pytest.raises(ApplicationError) as exc:  # without a version: the state has moved on
        services.case_accept(case=Case.objects.get(pk=case.pk), actor=reviewer)
    assert exc.value.code == "transition_not_allowed"
    assert CaseEvent.objects.filter(case=case, transition="accept").count() == 1


def _race(case_pk: int, actor, n: int, *, with_version: bool) -> list[str]:
    barrier = threading.Barrier(n)
    results: list[str] = []
    lock = threading.Lock()
    version = Case.objects.get(pk=case_pk).version

    def click() -> None:
        try:
            barrier.wait(timeout=10)
            services.case_accept(
                case=Case.objects.get(pk=case_pk),
                actor=actor,
                expected_version=version if with_version else None,
            )
            outcome = "ok"
        except ApplicationError as exc:
            outcome = exc.code
        finally:
            connection.close()
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=click) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    return sorted(results)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("with_version", [True, False])
def test_threads_racing_produce_exactly_one_transition(with_version):
    case = CaseFactory(under_review=True)
    reviewer = CaseFactory.cast_of(case).staff["honseki"]
    results = _race(case.pk, reviewer, 4, with_version=with_version)
    loser = "stale_version" if with_version else "transition_not_allowed"
    assert results == sorted(["ok", loser, loser, loser])
    case.refresh_from_db()
    assert case.state == "accepted"
    assert CaseEvent.objects.filter(case=case, transition="accept").count() == 1
    assert list(case.events.order_by("seq").values_list("seq", flat=True)) == list(
        range(1, case.version + 1)
    )
