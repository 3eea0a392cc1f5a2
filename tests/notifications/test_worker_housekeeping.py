"""A long-lived ``kokugai worker`` runs the housekeeping of settings.KOKUGAI_PERIODIC_TASKS
(expiry of uncollected cards, reminders, purges) without anyone scheduling it by hand.

Runs a real worker process against a SQLite file (a copy of the migrated test database).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

from django.conf import settings


def test_a_running_worker_enqueues_and_runs_every_periodic_task(tmp_path, migrated_sqlite_file):
    db = migrated_sqlite_file
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "KOKUGAI_"))}
    env |= {
        "DATABASE_URL": f"sqlite:///{db}",
        "KOKUGAI_VAR_DIR": str(tmp_path),
        # Outside development the keys come from the environment (the test run's own).
        "KOKUGAI_MYNUMBER_KEYS": os.environ["KOKUGAI_MYNUMBER_KEYS"],
        "KOKUGAI_INDEX_KEY": os.environ["KOKUGAI_INDEX_KEY"],
        "DJANGO_SETTINGS_MODULE": "kokugai.settings",
    }
    expected = {path for path, _ in settings.KOKUGAI_PERIODIC_TASKS}
    worker = subprocess.Popen(
        [sys.executable, "-m", "kokugai", "worker", "--interval", "0.1"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    done: set[str] = set()
    try:
        deadline = time.monotonic() + 60
        while done != expected and time.monotonic() < deadline:
            time.sleep(0.2)
            with sqlite3.connect(db, timeout=10) as conn:
                done = {
                    path
                    for (path,) in conn.execute(
                        "select task_path from django_tasks_database_dbtaskresult"
                        " where status = 'SUCCESSFUL'"
                    )
                }
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=30)
    assert done == expected
