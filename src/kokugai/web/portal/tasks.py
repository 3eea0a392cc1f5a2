"""Background work of the portal (django-tasks, database backend)."""

from __future__ import annotations

from django_tasks import task

from kokugai.web.portal.prereg import preregistration_purge


@task()
def purge_preregistrations() -> int:
    """Delete expired and used pre-registrations; scheduled daily by the worker's cron."""
    return preregistration_purge()
