"""The application's idea of "now".

Services call ``clock.now()`` instead of ``timezone.now()`` so that the demo can replay a
story with its real dates (``with clock.frozen(at): ...``) without touching the system clock.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
from collections.abc import Iterator

from django.utils import timezone

_override: contextvars.ContextVar[dt.datetime | None] = contextvars.ContextVar(
    "kokugai_clock", default=None
)


def now() -> dt.datetime:
    return _override.get() or timezone.now()


def today() -> dt.date:
    return now().date()


@contextlib.contextmanager
def frozen(at: dt.datetime) -> Iterator[dt.datetime]:
    if timezone.is_naive(at):
        raise ValueError("clock.frozen needs an aware datetime")
    token = _override.set(at)
    try:
        yield at
    finally:
        _override.reset(token)
