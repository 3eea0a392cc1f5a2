"""A real SMTP server on loopback (aiosmtpd) and settings that point Django's SMTP backend at it."""

from __future__ import annotations

import asyncio
import email
import email.policy
import os
import socket
from collections import Counter
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from kokugai.notifications import delivery


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes

    @property
    def message(self) -> EmailMessage:
        return email.message_from_bytes(self.raw, policy=email.policy.default)  # type: ignore[return-value]


@dataclass
class Handler:
    """Records every message it accepts, and can be told to misbehave:

    ``reject``: answer 550 at RCPT for these addresses; ``rcpt_replies``: any reply at RCPT
    per address (e.g. ``451 4.2.1 try later``); ``data_replies``: any reply to DATA per
    recipient (e.g. ``554 5.7.1 content rejected``; not recorded as received);
    ``drop_after_data``: close the connection after DATA for these recipients, without a reply
    (not recorded); ``tarpit``: seconds to wait before answering DATA (a slow relay; a client
    that hangs up meanwhile has not delivered); ``hang_data``: how many DATA commands to record
    and then leave unanswered (the client is killed while waiting).
    """

    received: list[Received] = field(default_factory=list)
    reject: set[str] = field(default_factory=set)
    rcpt_replies: dict[str, str] = field(default_factory=dict)
    data_replies: dict[str, str] = field(default_factory=dict)
    drop_after_data: set[str] = field(default_factory=set)
    tarpit: float = 0.0
    hang_data: int = 0
    dropped: int = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address in self.reject:
            return f"550 5.1.1 <{address}>: mailbox unavailable"
        if address in self.rcpt_replies:
            return self.rcpt_replies[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        rcpts = set(envelope.rcpt_tos)
        if rcpts & self.drop_after_data:
            self.dropped += 1
            server.transport.close()
            await asyncio.sleep(3600)  # cancelled when the connection is gone
        for rcpt in rcpts:
            if rcpt in self.data_replies:
                return self.data_replies[rcpt]
        if self.tarpit:
            # Cancelled (nothing accepted) if the client hangs up before the reply.
            await asyncio.sleep(self.tarpit)
        self.received.append(
            Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.content)
        )
        if self.hang_data > 0:
            self.hang_data -= 1
            await asyncio.sleep(3600)  # the client is killed while waiting for our reply
        return "250 2.0.0 Ok: queued"

    def message_ids(self) -> list[str]:
        return [r.message["Message-ID"] for r in self.received]

    def counts(self) -> Counter[str]:
        """Deliveries per Message-ID."""
        return Counter(self.message_ids())


class SMTPServer:
    def __init__(self, port: int) -> None:
        self.port = port
        self.handler = Handler()
        self.controller: Controller | None = None

    def start(self) -> SMTPServer:
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)
        self.controller.start()
        return self

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    @property
    def received(self) -> list[Received]:
        return self.handler.received


@pytest.fixture
def smtp_port() -> int:
    return free_port()


@pytest.fixture
def smtp_settings(settings, smtp_port):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = smtp_port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 5
    settings.KOKUGAI_RETRY_BASE_SECONDS = 0.05
    yield settings
    delivery.close_connection()


@pytest.fixture
def smtp_server(smtp_settings, smtp_port):
    server = SMTPServer(smtp_port).start()
    yield server
    server.stop()


@pytest.fixture
def smtp_down(smtp_settings, smtp_port):
    """Nothing listens on the port yet; ``.start()`` brings the server up."""
    server = SMTPServer(smtp_port)
    yield server
    server.stop()


def case_context(**extra: object) -> dict[str, object]:
    return {
        "receipt_number": "R25-000123-4",
        "application_id": "",
        "procedure": "new_issuance",
        "tracking_url": "http://127.0.0.1:8000/track/",
        **extra,
    }


# --- the fault table (docs/operations.md) ----------------------------------------------------

FAULT_TABLE = Path(os.environ.get("KOKUGAI_VAR_DIR", Path(__file__).parents[2] / "var")) / (
    "fault-table.md"
)
_fault_rows: dict[str, tuple[str, str, str]] = {}


@pytest.fixture
def fault_report(request):
    """``fault_report(fault, injected, outcome)``: one row of the fault table, written to
    var/fault-table.md when the session ends (``bin/fault-table`` copies it into the docs)."""

    def report(fault: str, injected: str, outcome: str) -> None:
        _fault_rows[request.node.name] = (fault, injected, outcome)

    return report


def pytest_sessionfinish(session, exitstatus):
    if not _fault_rows:
        return
    lines = ["| Fault | How injected | Outcome (measured by the suite) |", "|---|---|---|"]
    for name in sorted(_fault_rows, key=lambda n: _fault_rows[n][0]):
        fault, injected, outcome = _fault_rows[name]
        lines.append(f"| {fault} | {injected} | {outcome} |")
    FAULT_TABLE.parent.mkdir(parents=True, exist_ok=True)
    FAULT_TABLE.write_text("\n".join(lines) + "\n")


@pytest.fixture
def migrated_sqlite_file(tmp_path, django_db_setup, django_db_blocker) -> Path:
    """A migrated SQLite file for real ``kokugai`` processes (worker tests).

    A copy of the test database, which is migrated already (SQLite's backup API, a few
    milliseconds), instead of ``kokugai migrate`` in a subprocess (most of the old ~18 s).
    pytest-django sets the test database up only when the session has database tests; run
    alone, the file is migrated as before.
    """
    import sqlite3
    import subprocess
    import sys

    from django.db import connection

    target = tmp_path / "kokugai.sqlite3"
    db = connection.settings_dict
    is_test_db = connection.vendor == "sqlite" and (
        connection.is_in_memory_db() or db["NAME"] == (db.get("TEST") or {}).get("NAME")
    )
    if not is_test_db:  # a session without database tests set none up: migrate a new file
        env = os.environ | {"DATABASE_URL": f"sqlite:///{target}"}
        subprocess.run(
            [sys.executable, "-m", "kokugai", "migrate", "-v0"], env=env, check=True, timeout=300
        )
        return target
    with django_db_blocker.unblock():
        connection.ensure_connection()
        copy = sqlite3.connect(target)
        try:
            connection.connection.backup(copy)
        finally:
            copy.close()
    return target
