"""`kokugai demo` in its own process, delivering through EMAIL_URL to a real SMTP server:
every mail of the story arrives, in Japanese, with no identifying data in its subject.

Runs a real ``kokugai`` process against a SQLite file, so it needs no test database.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys

from conftest import SMTPServer, free_port

EXPECTED = [
    "received",
    "forwarded",
    "correction_requested",
    "accepted",
    "application_id_issued",
    "shipped",
    "arrived",
    "appointment_confirmed",
    "appointment_reminder",
    "collected",
]
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def test_demo_delivers_every_mail_in_japanese_without_identifiers_in_subjects(tmp_path):
    port = free_port()
    server = SMTPServer(port).start()
    db = tmp_path / "kokugai.sqlite3"
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
    try:
        done = subprocess.run(
            [sys.executable, "-m", "kokugai", "demo", "--json"],
            env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        report = json.loads(done.stdout)
    finally:
        server.stop()

    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            'select template, message_id, status, "to" from notifications_notification'
            " order by created_at, id"
        ).fetchall()
    assert [r[0] for r in rows] == EXPECTED
    assert {r[2] for r in rows} == {"sent"}
    (address,) = {r[3] for r in rows}

    by_id = {r.message["Message-ID"]: r for r in server.received}
    assert set(by_id) == {r[1] for r in rows}  # every mail arrived, each once
    assert len(server.received) == len(rows)

    identifiers = [
        report["case"]["receipt_number"],
        report["case"]["application_id"],
        address,
        address.split("@")[0],
        "国外",
        "太郎",
        "KOKUGAI",
        "Taro",
        "1990",
    ]
    for template, message_id, _status, _to in rows:
        received = by_id[message_id]
        message = received.message
        assert received.rcpt_tos == [address]
        assert message["Content-Language"] == "ja", template
        subject = str(message["Subject"])
        assert JAPANESE.search(subject), (template, subject)
        leaked = [v for v in identifiers if v and v in subject]
        assert not leaked, (template, subject, leaked)
        body = message.get_body(preferencelist=("plain",))
        assert body is not None and JAPANESE.search(body.get_content()), template
