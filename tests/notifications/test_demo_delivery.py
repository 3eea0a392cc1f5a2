"""`kokugai demo` fails when its mails do not go out, naming the count and the SMTP reply."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from kokugai.notifications.models import Notification, Status

pytestmark = pytest.mark.django_db


class Everyone:
    """A reject list that contains every address: the server refuses all recipients."""

    def __contains__(self, address: object) -> bool:
        return True


def test_demo_fails_when_every_mail_is_refused(smtp_server):
    smtp_server.handler.reject = Everyone()

    with pytest.raises(CommandError) as err:
        call_command("demo", "--json", stdout=io.StringIO())

    failed = Notification.objects.filter(status=Status.FAILED).count()
    assert failed == 10
    message = str(err.value)
    assert message.startswith(f"{failed} notifications failed")
    assert "RCPT 550" in message and "mailbox unavailable" in message
    assert smtp_server.received == []
