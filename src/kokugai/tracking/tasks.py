from __future__ import annotations

from django_tasks import task

from kokugai.tracking.learning import learned_compute


@task()
def learn_durations() -> dict[str, object]:
    """Relearn the ready-date durations from the last year (skipped when nothing changed)."""
    run = learned_compute()
    return {"ran": run.ran, "reason": run.reason, "groups": run.groups, "rows": run.rows}
