"""Two clerks press the same button at once: exactly one transition happens.

The services lock the case row (select_for_update) and check the version the clerk saw. On
PostgreSQL real threads race for the row lock; on SQLite the same threads race for the write
lock (BEGIN IMMEDIATE) of a file database of their own, since the in-memory test database
cannot be shared by threads that each open a connection.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from django.db import connection, connections

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


@pytest.fixture
def file_sqlite(tmp_path: Path, django_db_setup, django_db_blocker):
    """Point ``default`` at a file copy of the migrated test database, then put it back.

    Threads open their own connections from ``connections.settings``, so both the settings
    entry and this thread's wrapper are swapped; the original test database is left untouched.
    """
    original = connections.settings["default"]
    if original["ENGINE"] != "django.db.backends.sqlite3":
        pytest.skip(
            "SQLite only; PostgreSQL has test_threads_racing_produce_exactly_one_transition"
        )
    path = tmp_path / "race.sqlite3"
    wrapper = connections["default"]
    with django_db_blocker.unblock():
        # A copy of the schema (and the rows migrations create) in milliseconds, not a migrate.
        with wrapper.cursor() as cursor:
            cursor.execute("VACUUM INTO %s", [str(path)])
        connections.settings["default"] = {**original, "NAME": str(path), "TEST": {}}
        connections["default"] = connections.create_connection("default")
        try:
            yield
        finally:
            connections["default"].close()
            connections.settings["default"] = original
            connections["default"] = wrapper


@pytest.mark.parametrize("with_version", [True, False])
def test_threads_racing_on_sqlite_produce_exactly_one_transition(file_sqlite, with_version):
    assert connection.vendor == "sqlite" and not connection.is_in_memory_db()
    case = CaseFactory(under_review=True)
    reviewer = CaseFactory.cast_of(case).staff["honseki"]
    results = _race(case.pk, reviewer, 4, with_version=with_version)
    loser = "stale_version" if with_version else "transition_not_allowed"
    assert results == sorted(["ok", loser, loser, loser])
    case.refresh_from_db()
    assert case.state == "accepted"
    assert CaseEvent.objects.filter(case=case, transition="accept").count() == 1
