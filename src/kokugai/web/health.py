"""``/healthz`` (the process answers) and ``/readyz`` (it can do its work).

A load balancer sends traffic only to ready processes; an orchestrator restarts a process
whose ``/healthz`` fails. ``/healthz`` touches nothing else, so a database outage never makes
every web process look dead (and restarted in a loop). ``/readyz`` checks that the database
answers, that every migration is applied, and that a worker has beaten recently
(``kokugai.core.heartbeat``; without a worker no mail goes out). Neither shows personal data.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from kokugai.core.heartbeat import heartbeat_age

#: Once every migration was seen applied, this process does not look again (they are not
#: un-applied under a running process; a new release restarts the processes).
_migrations_seen_applied = False


@require_safe
@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


def _database() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return "unreachable"
    return "ok"


def _migrations() -> str:
    global _migrations_seen_applied
    if _migrations_seen_applied:
        return "ok"
    try:
        executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except DatabaseError:
        return "unknown"
    if pending:
        return f"{len(pending)} pending"
    _migrations_seen_applied = True
    return "ok"


def _worker() -> tuple[str, float | None]:
    try:
        age = heartbeat_age("worker")
    except DatabaseError:
        return "unknown", None
    if age is None:
        return "never seen", None
    if age > settings.KOKUGAI_READY_HEARTBEAT_SECONDS:
        return "stale", round(age, 1)
    return "ok", round(age, 1)


@require_safe
@never_cache
def readyz(request: HttpRequest) -> JsonResponse:
    checks: dict[str, Any] = {"database": _database()}
    if checks["database"] == "ok":
        checks["migrations"] = _migrations()
        worker, age = _worker()
        checks["worker"] = worker
        checks["worker_heartbeat_age_s"] = age
    ready = checks["database"] == "ok" and checks["migrations"] == "ok" and checks["worker"] == "ok"
    return JsonResponse(
        {"status": "ready" if ready else "not_ready", "checks": checks},
        status=200 if ready else 503,
    )
