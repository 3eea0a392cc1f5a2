from __future__ import annotations

from django_tasks import task

from kokugai.tracking.services import lookup_attempts_purge


@task()
def purge_lookup_attempts() -> int:
    """Forget rate-limit bookkeeping older than its longest window (it holds hashes only)."""
    return lookup_attempts_purge()
