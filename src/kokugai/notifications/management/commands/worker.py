"""``kokugai worker``: deliver the notification outbox and run django-tasks-db tasks.

Each round: record the heartbeat (``core.heartbeat``, read by ``/readyz``), enqueue the
housekeeping that is due, deliver every due notification in batches (``delivery.Deliverer``),
then run the ready tasks with django_tasks_db's own ``Worker.run_task``.

It survives what goes wrong around it: a database error (connection terminated, server
restarting) or an SMTP failure ends the round, is logged, and the next round starts after a
backoff (doubling up to ``--max-backoff``) over a new connection; outcomes not yet recorded
are kept in memory and recorded once the database answers again.

SIGTERM or SIGINT stops claiming at once; the message in hand is finished and what was
claimed but not sent is handed back (``queued``), all within ``--grace-seconds``; if the
message in hand is still not finished then (a tarpitting relay), it is abandoned, recorded as
a temporary failure and retried later under the same Message-ID. A second signal exits at once.
"""

from __future__ import annotations

import logging
import os
import signal
import time
from argparse import ArgumentParser
from types import FrameType
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import DatabaseError, InterfaceError, close_old_connections, connections
from django.utils.module_loading import import_string

from kokugai.core.heartbeat import heartbeat_beat
from kokugai.notifications import delivery, webhooks

logger = logging.getLogger("kokugai.notifications.worker")


class _State:
    def __init__(self) -> None:
        self.stopping = False
        self.grace = 10.0


def _close_database() -> None:
    for conn in connections.all(initialized_only=True):
        try:
            conn.close()
        except Exception:
            logger.debug("closing a dead database connection", exc_info=True)


class Command(BaseCommand):
    help = "Deliver notifications and run background tasks (SIGTERM or Ctrl+C to stop)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--queue-name",
            default="*",
            help="Task queues to process, comma-separated; '*' for all (default)",
        )
        parser.add_argument(
            "--interval", type=float, default=1.0, help="Seconds to sleep when idle"
        )
        parser.add_argument(
            "--sweep-interval",
            type=float,
            default=0.0,
            help="Kept for compatibility: the outbox is read every round",
        )
        parser.add_argument(
            "--lease-seconds",
            type=float,
            default=None,
            help="How long a claim lasts unless renewed (it is renewed while a batch runs)",
        )
        parser.add_argument(
            "--grace-seconds",
            type=float,
            default=float(os.environ.get("KOKUGAI_WORKER_GRACE_SECONDS", "8")),
            help="After SIGTERM, how long the message in hand may take before it is abandoned",
        )
        parser.add_argument(
            "--heartbeat-seconds",
            type=float,
            default=float(os.environ.get("KOKUGAI_HEARTBEAT_SECONDS", "10")),
            help="How often the worker records that it is alive (read by /readyz)",
        )
        parser.add_argument(
            "--max-backoff",
            type=float,
            default=float(os.environ.get("KOKUGAI_WORKER_MAX_BACKOFF_SECONDS", "30")),
            help="Longest wait between rounds after a database or other error",
        )
        parser.add_argument("--once", action="store_true", help="One round, then exit")
        parser.add_argument(
            "--until-idle", action="store_true", help="Run until nothing is due, then exit"
        )
        parser.add_argument("--backend", default="default", dest="backend_name")

    def handle(self, *args: Any, **options: Any) -> None:
        verbose = options["verbosity"] >= 1
        if verbose and logging.getLogger("kokugai").level == logging.NOTSET:
            # The worker's own lines (heartbeat, failures, retries) are INFO and above.
            logging.getLogger("kokugai").setLevel(logging.INFO)
        if options["lease_seconds"] is not None:
            delivery.lease_override = options["lease_seconds"]
        worker = delivery.make_worker(
            options["queue_name"].split(","), backend_name=options["backend_name"]
        )
        state = _State()
        state.grace = options["grace_seconds"]
        once, until_idle = options["once"], options["until_idle"]
        long_lived = not (once or until_idle)
        # Housekeeping (settings.KOKUGAI_PERIODIC_TASKS) runs only in a long-lived worker: the
        # one-shot modes serve tests and the demo, which want exactly the work already queued.
        periodic = (
            [(import_string(path), every) for path, every in settings.KOKUGAI_PERIODIC_TASKS]
            if long_lived
            else []
        )
        next_due = [0.0] * len(periodic)
        total = delivery.DeliveryStats()
        last_beat = float("-inf")
        beat_every = options["heartbeat_seconds"]

        def beat(force: bool = False) -> None:
            nonlocal last_beat
            if not force and time.monotonic() - last_beat < beat_every:
                return
            last_beat = time.monotonic()
            detail = {
                "pid": os.getpid(),
                "worker_id": worker.worker_id,
                "sent": deliverer.stats.sent,
                "failed": deliverer.stats.failed,
                "retrying": deliverer.stats.retrying,
            }
            heartbeat_beat("worker", **detail)
            delivery.log_event(logging.INFO, "worker.heartbeat", None, **detail)

        # The process's one deliverer: the delivery tasks run through it too, so SIGTERM and
        # the heartbeat reach a batch whichever way it started.
        deliverer = delivery._default
        deliverer.should_stop = lambda: state.stopping
        deliverer.beat = beat
        deliverer.stats = delivery.DeliveryStats()
        previous = self._install_signals(state, worker, long_lived)
        delivery.log_event(
            logging.INFO,
            "worker.started",
            None,
            pid=os.getpid(),
            worker_id=worker.worker_id,
            lease_s=delivery.lease_seconds(),
            grace_s=state.grace,
        )
        pause = 0.0
        max_backoff = options["max_backoff"]
        try:
            while not state.stopping:
                try:
                    close_old_connections()
                    beat()
                    for i, (periodic_task, every) in enumerate(periodic):
                        if time.monotonic() >= next_due[i]:
                            periodic_task.enqueue()
                            next_due[i] = time.monotonic() + every
                    stats = delivery.DeliveryStats()
                    handled = deliverer.deliver_due(stats)
                    if not state.stopping:
                        # Events for other systems (signed POSTs), retried like mail.
                        handled += webhooks.webhooks_deliver_due().attempted
                    if not state.stopping:
                        delivery.run_ready_tasks(worker, stats)
                    total.tasks_run += stats.tasks_run
                    pause = 0.0
                except delivery.ShutdownTimeout:
                    break
                except (DatabaseError, InterfaceError) as exc:
                    pause = min(max(pause * 2, 0.05), max_backoff)
                    delivery.log_event(
                        logging.ERROR,
                        "worker.database_error",
                        None,
                        error=f"{type(exc).__name__}: {exc}",
                        retry_in_s=round(pause, 2),
                        unrecorded=len(deliverer.done),
                    )
                    _close_database()
                    self._sleep(pause, state)
                    continue
                except Exception as exc:
                    pause = min(max(pause * 2, 0.5), max_backoff)
                    logger.exception(
                        "worker.error error=%s retry_in_s=%.2f", type(exc).__name__, pause
                    )
                    delivery.close_connection()
                    _close_database()
                    self._sleep(pause, state)
                    continue
                busy = bool(handled or stats.tasks_run)
                if once or (until_idle and not busy):
                    break
                if not busy:
                    delivery.close_connection()
                    self._sleep(options["interval"], state)
        finally:
            self._finish(deliverer, state)
            self._restore_signals(previous)
            delivery.close_connection()
            deliverer.should_stop = lambda: False
            deliverer.beat = lambda: None
        total.sent, total.failed, total.retrying = (
            deliverer.stats.sent,
            deliverer.stats.failed,
            deliverer.stats.retrying,
        )
        try:
            total.pending = delivery.pending_count()
        except DatabaseError:
            total.pending = -1
        delivery.log_event(
            logging.INFO,
            "worker.stopped",
            None,
            pid=os.getpid(),
            sent=total.sent,
            failed=total.failed,
            retrying=total.retrying,
            pending=total.pending,
        )
        if verbose:
            self.stdout.write(
                f"tasks {total.tasks_run}, sent {total.sent}, retrying {total.retrying}, "
                f"failed {total.failed}, still pending {total.pending}"
            )

    # -- signals -----------------------------------------------------------------------------

    def _install_signals(self, state: _State, worker: Any, long_lived: bool) -> dict[int, Any]:
        def on_stop(signum: int, frame: FrameType | None) -> None:
            if state.stopping:
                # A second signal: give up the message in hand now.
                raise delivery.ShutdownTimeout(signal.strsignal(signum))
            state.stopping = True
            worker.running = False
            delivery.log_event(
                logging.WARNING,
                "worker.stopping",
                None,
                signal=signal.strsignal(signum),
                grace_s=state.grace,
            )
            if hasattr(signal, "setitimer"):
                signal.setitimer(signal.ITIMER_REAL, max(state.grace, 0.01))

        def on_alarm(signum: int, frame: FrameType | None) -> None:
            raise delivery.ShutdownTimeout("grace period over")

        previous: dict[int, Any] = {}
        wanted = [signal.SIGINT, signal.SIGTERM]
        if hasattr(signal, "SIGALRM"):
            previous[signal.SIGALRM] = signal.signal(signal.SIGALRM, on_alarm)
        for signum in wanted:
            previous[signum] = signal.signal(signum, on_stop)
        return previous

    @staticmethod
    def _restore_signals(previous: dict[int, Any]) -> None:
        if hasattr(signal, "setitimer"):
            signal.setitimer(signal.ITIMER_REAL, 0)
        for signum, handler in previous.items():
            signal.signal(signum, handler)

    @staticmethod
    def _sleep(seconds: float, state: _State) -> None:
        end = time.monotonic() + seconds
        while not state.stopping and time.monotonic() < end:
            time.sleep(min(0.05, max(end - time.monotonic(), 0)))

    @staticmethod
    def _finish(deliverer: delivery.Deliverer, state: _State) -> None:
        """Record what is in hand and release the rest (on exit, whatever the cause)."""
        for _try in range(3):
            try:
                deliverer.recover(reason="released at shutdown")
                return
            except delivery.ShutdownTimeout:
                continue
            except (DatabaseError, InterfaceError) as exc:
                delivery.log_event(
                    logging.ERROR,
                    "worker.database_error",
                    None,
                    error=f"{type(exc).__name__}: {exc}",
                    unrecorded=len(deliverer.done),
                )
                _close_database()
                time.sleep(0.2)
