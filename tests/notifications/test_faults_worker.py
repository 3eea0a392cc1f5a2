"""The mail fault suite with real ``kokugai worker`` processes on PostgreSQL.

Each test runs worker subprocesses against the test database and a real aiosmtpd server on
loopback, injects the fault, and counts deliveries per Message-ID at the sink (exactly one
each) and rows left behind (none).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection, transaction

from kokugai.notifications.models import Notification, Status
from kokugai.notifications.samples import SAMPLE_CONTEXTS
from kokugai.notifications.services import notification_queue

pytestmark = [pytest.mark.faults, pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def queue_many(n: int, prefix: str = "r") -> list[Notification]:
    with transaction.atomic():
        return [
            notification_queue(
                template="withdrawn",
                to=f"{prefix}{i}@example.com",
                language="ja",
                context=SAMPLE_CONTEXTS["withdrawn"],
            )
            for i in range(n)
        ]


def worker_env(tmp_path: Path, port: int, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "KOKUGAI_"))}
    s = connection.settings_dict
    env |= {
        "DATABASE_URL": f"postgres://{s['USER']}@{s['HOST']}:{s['PORT']}/{s['NAME']}",
        "KOKUGAI_VAR_DIR": str(tmp_path),
        # Outside development the keys come from the environment (the test run's own).
        "KOKUGAI_MYNUMBER_KEYS": os.environ["KOKUGAI_MYNUMBER_KEYS"],
        "KOKUGAI_INDEX_KEY": os.environ["KOKUGAI_INDEX_KEY"],
        "EMAIL_URL": f"smtp://127.0.0.1:{port}",
        "DJANGO_SETTINGS_MODULE": "kokugai.settings",
        "KOKUGAI_RETRY_BASE_SECONDS": "0.2",
        "KOKUGAI_WORKER_MAX_BACKOFF_SECONDS": "0.5",
        "LOG_LEVEL": "WARNING",
        **extra,
    }
    return env


def start_worker(env: dict[str, str], log: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(  # noqa: S603 - our own interpreter and command
        [sys.executable, "-m", "kokugai", "worker", "--interval", "0.05", *args],
        env=env,
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
    )


def statuses() -> dict[str, int]:
    out: dict[str, int] = {}
    for status in Notification.objects.values_list("status", flat=True):
        out[status] = out.get(status, 0) + 1
    return out


def wait_until(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


def stop(proc: subprocess.Popen) -> int:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        return proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        return proc.wait()


def test_the_worker_survives_its_database_connection_being_terminated(
    smtp_server, tmp_path, fault_report
):
    rows = queue_many(150)
    smtp_server.handler.tarpit = 0.005  # long enough that the kills land mid-batch
    env = worker_env(
        tmp_path, smtp_server.port, KOKUGAI_DELIVERY_FLUSH_SECONDS="0.05"
    )  # record often: more chances to be killed while recording
    log = tmp_path / "worker.log"
    worker = start_worker(env, log, "--lease-seconds", "2")
    kills = 0
    try:
        assert wait_until(lambda: smtp_server.received, 30), log.read_text()
        # Kill while it delivers (at most 40 times, 30 s), then let it finish unharmed.
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and kills < 40:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()) AS t"
                )
                kills += cursor.fetchone()[0]
            if statuses().get(Status.SENT, 0) == len(rows):
                break
            time.sleep(0.4)
        wait_until(lambda: statuses().get(Status.SENT, 0) == len(rows), 30)
        alive = worker.poll() is None
    finally:
        rc = stop(worker)
    output = log.read_text()
    counts = smtp_server.handler.counts()
    assert alive, output
    assert kills >= 5, f"only {kills} terminations"
    assert statuses() == {Status.SENT: len(rows)}, output[-3000:]
    assert {r.message_id: counts[r.message_id] for r in rows} == {r.message_id: 1 for r in rows}
    assert len(smtp_server.received) == len(rows)
    assert "worker.database_error" in output and rc == 0
    fault_report(
        "1. Database connection lost while busy",
        f"pg_terminate_backend on the worker's backend every 0.4 s; {len(rows)} mails, "
        "relay 5 ms per DATA",
        f"worker alive after {kills} terminations; {len(rows)}/{len(rows)} delivered exactly "
        f"once; 0 duplicates; 0 rows left sending",
    )


def test_two_workers_on_a_slow_relay_deliver_each_mail_once(smtp_server, tmp_path, fault_report):
    rows = queue_many(40)
    smtp_server.handler.tarpit = 0.15  # a batch of 20 takes 3 s: three times the lease
    env = worker_env(tmp_path, smtp_server.port)
    workers = [start_worker(env, tmp_path / f"w{i}.log", "--lease-seconds", "1") for i in range(2)]
    try:
        finished = wait_until(lambda: statuses() == {Status.SENT: len(rows)}, 60)
    finally:
        codes = [stop(w) for w in workers]
    counts = smtp_server.handler.counts()
    assert finished, statuses()
    assert max(counts.values()) == 1 and len(counts) == len(rows)
    assert codes == [0, 0]
    fault_report(
        "2. Two workers, slow relay",
        "2 worker processes, 40 mails, relay 150 ms per DATA, lease 1 s (a batch takes 3 s)",
        f"{len(counts)}/40 delivered, max {max(counts.values())} copy per Message-ID; "
        "0 rows left sending",
    )


def test_sigterm_mid_batch_stops_claiming_and_releases_the_rest(
    smtp_server, tmp_path, fault_report
):
    rows = queue_many(20)
    smtp_server.handler.tarpit = 0.3
    env = worker_env(tmp_path, smtp_server.port)
    log = tmp_path / "worker.log"
    worker = start_worker(env, log, "--lease-seconds", "60", "--grace-seconds", "5")
    try:
        assert wait_until(lambda: len(smtp_server.received) >= 3, 30), log.read_text()
        worker.send_signal(signal.SIGTERM)
        started = time.monotonic()
        rc = worker.wait(timeout=20)
        took = time.monotonic() - started
    finally:
        stop(worker)
    after_stop = statuses()
    delivered = len(smtp_server.received)
    assert rc == 0, log.read_text()
    assert Status.SENDING not in after_stop  # nothing left claimed (the lease is 60 s)
    assert after_stop.get(Status.SENT, 0) == delivered  # what went out is recorded
    assert delivered < len(rows)  # it stopped instead of draining the queue
    assert "worker.stopping" in log.read_text()

    smtp_server.handler.tarpit = 0
    rest = start_worker(env, log, "--until-idle")
    assert rest.wait(timeout=60) == 0
    counts = smtp_server.handler.counts()
    assert {r.message_id: counts[r.message_id] for r in rows} == {r.message_id: 1 for r in rows}
    assert statuses() == {Status.SENT: len(rows)}
    fault_report(
        "6. SIGTERM mid-batch",
        "SIGTERM to a worker process sending 20 mails to a relay that takes 300 ms per DATA",
        f"exited 0 after finishing the message in hand ({delivered} sent, "
        f"{len(rows) - delivered} released, 0 left sending, stopped within "
        f"{'1' if took < 1 else '5'} s); after a restart 20/20 delivered exactly once",
    )


def test_sigterm_against_a_tarpit_abandons_the_message_in_hand_within_the_grace(
    smtp_server, tmp_path, fault_report
):
    rows = queue_many(5)
    smtp_server.handler.tarpit = 3600  # never answers DATA
    env = worker_env(tmp_path, smtp_server.port)
    log = tmp_path / "worker.log"
    worker = start_worker(env, log, "--lease-seconds", "120", "--grace-seconds", "1")
    try:
        assert wait_until(
            lambda: Notification.objects.filter(status=Status.SENDING).exists(), 30
        ), log.read_text()
        time.sleep(0.5)  # in DATA, waiting for the reply
        worker.send_signal(signal.SIGTERM)
        rc = worker.wait(timeout=20)
    finally:
        stop(worker)
    after_stop = statuses()
    assert rc == 0, log.read_text()
    assert Status.SENDING not in after_stop and smtp_server.received == []
    interrupted = Notification.objects.get(status=Status.RETRYING)
    assert "interrupted by shutdown" in interrupted.last_error

    smtp_server.handler.tarpit = 0
    assert start_worker(env, log, "--until-idle").wait(timeout=60) == 0
    counts = smtp_server.handler.counts()
    assert {r.message_id: counts[r.message_id] for r in rows} == {r.message_id: 1 for r in rows}
    fault_report(
        "6. SIGTERM against a tarpit",
        "SIGTERM while the relay never answers DATA; grace 1 s",
        "exited 0 within the grace; the message in hand retrying (interrupted), the rest "
        "released; 0 left sending; after a restart 5/5 delivered exactly once",
    )
