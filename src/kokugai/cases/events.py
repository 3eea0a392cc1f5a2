"""Transition events: how a higher app reacts to a case transition without `cases` naming it.

`cases` sits below `appointments`, `tracking`, `web` and `api` (design.md §2), so a
transition may not import them, not even inside a function. Instead a higher app subscribes,
in its ``AppConfig.ready()``::

    from kokugai.cases.events import on_transition

    @on_transition("withdraw", "expire")
    def cancel_booking(event: TransitionEvent) -> dict[str, Any] | None: ...

``_fire`` (and ``case_open``, as the transition ``open``) publishes one ``TransitionEvent``
after the case row carries its new state and before the CaseEvent is written. Two kinds of
handler:

- **in the transaction** (the default): called at once, inside the transition's
  transaction. An exception rolls the whole transition back; the dict a handler returns is
  added to the CaseEvent's ``data``. For effects that must be atomic with the transition
  (the booking cancelled on withdrawal, completed on hand-over).
- **after commit** (``after_commit=True``): queued with ``transaction.on_commit`` and run
  only if the transition committed; its return value is ignored and an exception in it does
  not undo the transition. For effects outside the database (a webhook, a cache).

Handlers run in the order they were subscribed; subscribing the same function twice for the
same names is a no-op (``ready()`` may run more than once in tests).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.db import transaction

if TYPE_CHECKING:
    from kokugai.cases.models import Case
    from kokugai.core.models import User
    from kokugai.registry.models import Office


@dataclass(frozen=True)
class TransitionEvent:
    """One fired transition, as the subscribers see it (the case is locked and saved)."""

    case: Case
    name: str
    from_state: str
    to_state: str
    actor: User | None
    office: Office
    #: What the transition's own step recorded (read-only for handlers).
    data: dict[str, Any] = field(default_factory=dict)


Handler = Callable[[TransitionEvent], "dict[str, Any] | None"]


@dataclass(frozen=True)
class _Subscription:
    names: frozenset[str] | None  # None: every transition
    handler: Handler
    after_commit: bool

    def wants(self, name: str) -> bool:
        return self.names is None or name in self.names


_subscriptions: list[_Subscription] = []


def subscribe(
    handler: Handler, names: Iterable[str] | None = None, *, after_commit: bool = False
) -> Handler:
    """Subscribe ``handler`` to the transitions ``names`` (None: all of them)."""
    sub = _Subscription(frozenset(names) if names is not None else None, handler, after_commit)
    if sub not in _subscriptions:
        _subscriptions.append(sub)
    return handler


def on_transition(*names: str, after_commit: bool = False) -> Callable[[Handler], Handler]:
    """Decorator form of ``subscribe``; no names means every transition."""

    def register(handler: Handler) -> Handler:
        return subscribe(handler, names or None, after_commit=after_commit)

    return register


def subscriptions(name: str) -> list[Handler]:
    """The handlers a transition ``name`` calls, in order (for tests and the docs)."""
    return [s.handler for s in _subscriptions if s.wants(name)]


def publish(event: TransitionEvent) -> dict[str, Any]:
    """Call the subscribers of ``event.name``; returns what the in-transaction ones recorded."""
    recorded: dict[str, Any] = {}
    for sub in list(_subscriptions):
        if not sub.wants(event.name):
            continue
        if sub.after_commit:
            transaction.on_commit(functools.partial(sub.handler, event))
            continue
        recorded.update(sub.handler(event) or {})
    return recorded
