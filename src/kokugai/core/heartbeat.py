"""Heartbeats of long-running processes: the worker beats, ``/readyz`` reads the age.

Real time (``django.utils.timezone.now``), never the application's clock: a heartbeat says
whether a process is alive now, whatever date the demo replays.
"""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from kokugai.core.models import Heartbeat


def heartbeat_beat(name: str, **detail: Any) -> None:
    """Record that ``name`` is alive now (one row per name, overwritten)."""
    Heartbeat.objects.update_or_create(name=name, defaults={"at": timezone.now(), "detail": detail})


def heartbeat_age(name: str) -> float | None:
    """Seconds since ``name`` last beat, or None if it never has."""
    at = Heartbeat.objects.filter(name=name).values_list("at", flat=True).first()
    return None if at is None else (timezone.now() - at).total_seconds()
