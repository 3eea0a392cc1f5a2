"""A Hypothesis state machine over the outbox: claim / send / record / crash / restart / expire.

Workers are ``delivery.Deliverer`` instances driven step by step on the real database; the
relay is Django's in-memory backend (every accepted message lands in ``mail.outbox``), which
can be told to be down. A crash throws a worker's memory away (what it claimed stays
``sending``; what it sent and had not recorded is lost); a restart brings a new one; expiry is
time passing beyond the lease: the claims of crashed workers run out, live workers have
renewed theirs (they renew every third of a lease while they hold rows).

Checked: no Message-ID is ever delivered twice, except a mail whose worker crashed between
the relay's 250 and the record (the one window the design leaves: it is then sent again under
the same Message-ID); and once every worker is restarted and the queue drained, every mail
was delivered and every row is ``sent``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend
from django.db import transaction
from hypothesis import HealthCheck
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from kokugai.notifications import delivery
from kokugai.notifications.models import Notification, Status
from kokugai.notifications.samples import SAMPLE_CONTEXTS
from kokugai.notifications.services import notification_queue

pytestmark = [pytest.mark.faults, pytest.mark.django_db]

RELAY = {"down": False}


class FlakyBackend(LocmemBackend):
    """mail.outbox, or a refused connection while ``RELAY["down"]``."""

    def send_messages(self, messages):  # type: ignore[no-untyped-def]
        if RELAY["down"]:
            raise ConnectionRefusedError("relay down")
        return super().send_messages(messages)


def delivered() -> Counter[str]:
    return Counter(m.extra_headers["Message-ID"] for m in mail.outbox)


class Outbox(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.workers: list[delivery.Deliverer] = []
        self.queued: list[str] = []
        #: Message-IDs sent by a worker that crashed before recording them.
        self.at_risk: set[str] = set()

    @initialize()
    def start(self) -> None:
        mail.outbox = []
        RELAY["down"] = False
        Notification.objects.all().delete()
        self.workers = [delivery.Deliverer(), delivery.Deliverer()]
        self.enqueue(2)

    @rule(n=st.integers(1, 3))
    def enqueue(self, n: int) -> None:
        with transaction.atomic():
            for _ in range(n):
                row = notification_queue(
                    template="withdrawn",
                    to=f"p{len(self.queued)}@example.com",
                    language="ja",
                    context=SAMPLE_CONTEXTS["withdrawn"],
                )
                self.queued.append(row.message_id)

    @rule(w=st.integers(0, 1), limit=st.integers(1, 4))
    def claim(self, w: int, limit: int) -> None:
        if w < len(self.workers):
            worker = self.workers[w]
            worker.recover()  # a new round records what is in hand first, as deliver_batch
            worker.claim_batch(limit)

    @rule(w=st.integers(0, 1))
    def send(self, w: int) -> None:
        if w < len(self.workers):
            self.workers[w].send_next()

    @rule(w=st.integers(0, 1))
    def record(self, w: int) -> None:
        if w < len(self.workers):
            self.workers[w].flush()

    @rule(w=st.integers(0, 1))
    def crash(self, w: int) -> None:
        if w < len(self.workers):
            worker = self.workers.pop(w)
            for n, outcome in worker.done:
                if outcome.kind == delivery.SENT and not outcome.suppressed:
                    self.at_risk.add(n.message_id)

    @precondition(lambda self: len(self.workers) < 2)
    @rule()
    def restart(self) -> None:
        self.workers.append(delivery.Deliverer())

    @rule()
    def expire(self) -> None:
        """Time passes beyond the lease: live workers renew what they hold, the rest runs out."""
        for worker in self.workers:
            worker._maybe_renew(force=True)
        in_hand = {n.pk for worker in self.workers for n in worker.claimed.values()} | {
            n.pk for worker in self.workers for n, _o in worker.done
        }
        past = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
        Notification.objects.filter(status=Status.SENDING).exclude(pk__in=in_hand).update(
            lease_until=past, next_attempt_at=past
        )
        # Retry backoffs run out too.
        Notification.objects.filter(status=Status.RETRYING).update(next_attempt_at=past)

    @rule()
    def relay_toggle(self) -> None:
        RELAY["down"] = not RELAY["down"]

    @invariant()
    def never_twice_unless_a_crash_lost_the_record(self) -> None:
        twice = {mid for mid, n in delivered().items() if n > 1}
        assert twice <= self.at_risk, twice - self.at_risk

    def teardown(self) -> None:
        try:
            RELAY["down"] = False
            for worker in self.workers:
                worker.recover()
            self.workers = [delivery.Deliverer()]
            for _ in range(50):
                self.expire()
                if not self.workers[0].deliver_batch(limit=10):
                    if not Notification.objects.exclude(status=Status.SENT).exists():
                        break
            counts = delivered()
            statuses = set(Notification.objects.values_list("status", flat=True))
            assert statuses <= {Status.SENT}, statuses
            assert all(counts[mid] >= 1 for mid in self.queued)
            assert all(n == 1 for mid, n in counts.items() if mid not in self.at_risk)
            assert all(n <= 2 for n in counts.values())
        finally:
            RELAY["down"] = False


@pytest.fixture
def flaky_relay(settings):
    settings.EMAIL_BACKEND = f"{FlakyBackend.__module__}.FlakyBackend"
    settings.KOKUGAI_RETRY_BASE_SECONDS = 0
    settings.KOKUGAI_DELIVERY_FLUSH_SECONDS = 3600
    yield
    delivery.close_connection()


def test_outbox_delivers_each_mail_exactly_once(flaky_relay):
    Outbox.TestCase.settings = hsettings(
        max_examples=35,
        stateful_step_count=20,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    Outbox.TestCase().runTest()
