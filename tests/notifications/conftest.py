"""A real SMTP server on loopback (aiosmtpd) and settings that point Django's SMTP backend at it."""

from __future__ import annotations

import asyncio
import email
import email.policy
import socket
from dataclasses import dataclass, field
from email.message import EmailMessage

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
    """Records every message; answers 550 at RCPT for ``reject``; may hang in DATA."""

    received: list[Received] = field(default_factory=list)
    reject: set[str] = field(default_factory=set)
    hang_data: int = 0  # how many DATA commands to leave unanswered

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address in self.reject:
            return f"550 5.1.1 <{address}>: mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.received.append(
            Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.content)
        )
        if self.hang_data > 0:
            self.hang_data -= 1
            await asyncio.sleep(3600)  # the client is killed while waiting for our reply
        return "250 2.0.0 Ok: queued"

    def message_ids(self) -> list[str]:
        return [r.message["Message-ID"] for r in self.received]


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
