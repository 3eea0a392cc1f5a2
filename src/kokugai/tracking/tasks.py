from __future__ import annotations

from django_tasks import task

from kokugai.tracking.learning import learned_compute
from kokugai.tracking.services import lookup_attempts_purge


@task()
def purge_lookup_attempts() -> int:
    """Forget rate-limit bookkeeping older than its longest window (it holds hashes only)."""
    return lookup_attempts_purge()


@task()
def learn_durations() -> dict[str, object]:
    """Relearn the ready-date durations from the last year (skipped when nothing changed)."""
    run = learned_compute()
    return {"ran": run.ran, "reason": run.reason, "groups": run.groups, "rows": run.rows}
