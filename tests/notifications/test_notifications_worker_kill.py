"""The worker is killed (SIGKILL) while the SMTP server holds the message in DATA: after a
restart the message goes out again under the same Message-ID, and the row ends ``sent``.

Runs real ``kokugai`` processes against a SQLite file (a copy of the migrated test database).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SMTPServer, free_port

QUEUE = """
from django.db import transaction
from kokugai.notifications.samples import SAMPLE_CONTEXTS
from kokugai.notifications.services import notification_queue
with transaction.atomic():
    n = notification_queue(template="arrived", to="taro@example.com", language="ja",
                           context=SAMPLE_CONTEXTS["arrived"])
print(n.message_id)
"""


def kokugai(env: dict[str, str], *args: str, **kw) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own interpreter and command
        [sys.executable, "-m", "kokugai", *args],
        env=env, capture_output=True, text=True, timeout=60, check=True, **kw,
    )  # fmt: skip


def row(db: Path) -> tuple[str, int]:
    with sqlite3.connect(db) as conn:
        return conn.execute("select status, attempts from notifications_notification").fetchone()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_worker_killed_mid_send_resends_under_the_same_message_id(tmp_path, migrated_sqlite_file):
    port = free_port()
    server = SMTPServer(port).start()
    server.handler.hang_data = 1  # the first DATA is never answered
    db = migrated_sqlite_file
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "KOKUGAI_"))}
    env |= {
        "DATABASE_URL": f"sqlite:///{db}",
        "KOKUGAI_VAR_DIR": str(tmp_path),
        # Outside development the keys come from the environment (the test run's own).
        "KOKUGAI_MYNUMBER_KEYS": os.environ["KOKUGAI_MYNUMBER_KEYS"],
        "KOKUGAI_INDEX_KEY": os.environ["KOKUGAI_INDEX_KEY"],
        "EMAIL_URL": f"smtp://127.0.0.1:{port}",
        "DJANGO_SETTINGS_MODULE": "kokugai.settings",
    }
    worker = None
    try:
        message_id = kokugai(env, "shell", "-c", QUEUE).stdout.strip().splitlines()[-1]

        worker = subprocess.Popen(
            [sys.executable, "-m", "kokugai", "worker", "--lease-seconds", "1", "--interval", "0.1"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 20
        while not server.received and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.received, "the worker never reached DATA"
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)
        assert row(db) == ("sending", 1)  # what the crash leaves behind

        time.sleep(1.1)  # the lease runs out
        kokugai(env, "worker", "--until-idle")

        assert row(db) == ("sent", 2)
        ids = server.handler.message_ids()
        assert ids == [message_id, message_id]  # one mail to the reader, not two
    finally:
        if worker is not None and worker.poll() is None:
            worker.kill()
        server.stop()
