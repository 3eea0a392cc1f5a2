"""A ``kokugai purge`` process killed (SIGKILL) half-way: the next run finishes the job.

Real processes against a SQLite file. The kill lands between or inside batches; either way
each batch's delete and its audit row commit together, so after the kill every deleted row
was due, every row not due is still there, the audit rows count exactly what went, and the
chain verifies. The second run deletes the rest and nothing twice.
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

DUE, KEPT = 800, 40

SEED = f"""
import datetime as dt
from django.contrib.sessions.models import Session
from django.utils import timezone
from kokugai.tracking.models import RateCount
now = timezone.now()
RateCount.objects.bulk_create(
    [RateCount(key=f"due{{i}}", bucket=i, count=1, expires_at=now - dt.timedelta(hours=1)) for i in range({DUE})]
    + [RateCount(key=f"kept{{i}}", bucket=i, count=1, expires_at=now + dt.timedelta(days=1)) for i in range({KEPT})]
)
Session.objects.bulk_create(
    [Session(session_key=f"due{{i:029d}}", session_data="", expire_date=now - dt.timedelta(hours=1)) for i in range({DUE})]
    + [Session(session_key=f"kept{{i:028d}}", session_data="", expire_date=now + dt.timedelta(days=1)) for i in range({KEPT})]
)
"""


def kokugai(
    env: dict[str, str], *args: str, check: bool = True
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own interpreter and command
        [sys.executable, "-m", "kokugai", *args],
        env=env, capture_output=True, text=True, timeout=120, check=check,
    )  # fmt: skip


def query(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db, timeout=30) as conn:
        return conn.execute(sql).fetchall()


def state(db: Path) -> dict[str, int]:
    def one(sql: str) -> int:
        return query(db, sql)[0][0]

    audited = 0
    for (detail,) in query(
        db, "select detail from core_auditentry where action = 'retention.purge'"
    ):
        import json

        audited += sum(json.loads(detail)["deleted"].values())
    return {
        "due_left": one("select count(*) from tracking_ratecount where key like 'due%'")
        + one("select count(*) from django_session where session_key like 'due%'"),
        "kept": one("select count(*) from tracking_ratecount where key like 'kept%'")
        + one("select count(*) from django_session where session_key like 'kept%'"),
        "audited": audited,
    }


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_purge_killed_half_way_resumes_cleanly(tmp_path):
    db = tmp_path / "kokugai.sqlite3"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "KOKUGAI_"))}
    env |= {
        "DATABASE_URL": f"sqlite:///{db}",
        "KOKUGAI_VAR_DIR": str(tmp_path),
        # Outside development the keys come from the environment (the test run's own).
        "KOKUGAI_MYNUMBER_KEYS": os.environ["KOKUGAI_MYNUMBER_KEYS"],
        "KOKUGAI_INDEX_KEY": os.environ["KOKUGAI_INDEX_KEY"],
        "DJANGO_SETTINGS_MODULE": "kokugai.settings",
    }
    kokugai(env, "migrate", "-v0")
    kokugai(env, "shell", "-c", SEED)
    total = 2 * DUE
    assert state(db) == {"due_left": total, "kept": 2 * KEPT, "audited": 0}

    purge = subprocess.Popen(
        [sys.executable, "-m", "kokugai", "purge", "--batch", "1", "--kind", "rate_limit_rows",
         "--kind", "sessions", "-v0"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and purge.poll() is None:
            if state(db)["due_left"] <= total - 100:
                break
            time.sleep(0.02)
        assert purge.poll() is None, "the purge finished before it could be killed"
        purge.send_signal(signal.SIGKILL)
        purge.wait(timeout=10)
    finally:
        if purge.poll() is None:
            purge.kill()

    after_kill = state(db)
    deleted = total - after_kill["due_left"]
    assert 0 < deleted < total  # killed half-way
    assert after_kill["kept"] == 2 * KEPT  # nothing that was not due
    assert after_kill["audited"] == deleted  # each committed batch has its audit row
    assert kokugai(env, "audit", "verify").returncode == 0

    kokugai(env, "purge", "-v0")
    final = state(db)
    assert final == {"due_left": 0, "kept": 2 * KEPT, "audited": total}  # nothing twice
    verify = kokugai(env, "audit", "verify")
    assert verify.stdout.startswith("OK:")
