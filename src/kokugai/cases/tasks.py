"""Background work of the case workflow (django-tasks, database backend)."""

from __future__ import annotations

from django_tasks import task

from kokugai.cases.services import cases_expire_uncollected


@task()
def expire_uncollected() -> dict[str, int]:
    """Daily: remind before the holding period ends, expire cards left uncollected after it."""
    return cases_expire_uncollected()
