"""Attacks on the webhook URL (server-side request forgery): an office admin, or whoever holds
an admin's session, names an address of the server's own network as the receiver. With
KOKUGAI_WEBHOOK_ALLOW_PRIVATE off (the production default) the URL is refused when saved, and
the worker refuses to connect to a non-public address even for a row that was never checked
(a name that resolves elsewhere by then, a row written directly)."""

from __future__ import annotations

import ipaddress
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from factories import StaffFactory
from kokugai.cases import services
from kokugai.core import clock
from kokugai.core.net import address_public, outbound_url_problem
from kokugai.notifications.models import Status, WebhookDelivery, WebhookSubscription
from kokugai.notifications.webhooks import webhooks_deliver_due
from kokugai.registry.models import StaffRole
from tracking.story import SeedStory, at

pytestmark = pytest.mark.django_db

SECRET = "whsec-test-only-0123456789"


@pytest.fixture
def hits() -> Iterator[tuple[int, list[str]]]:
    """A loopback endpoint standing for an internal service: it records every request."""
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            seen.append(self.path)
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], seen
    server.shutdown()
    server.server_close()


@pytest.fixture
def story():
    s = SeedStory()
    s.apply()
    return s


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.0.0.1",
        "172.16.5.4",
        "192.168.1.1",
        "169.254.169.254",  # a cloud's metadata service
        "100.64.0.1",
        "0.0.0.0",  # noqa: S104 - the attack, not a bind
        "224.0.0.1",
        "::1",
        "fe80::1",
        "fc00::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "64:ff9b::7f00:1",
        "2002:7f00:1::1",
    ],
)
def test_internal_addresses_are_not_public(address):
    assert not address_public(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses_are(address):
    assert address_public(ipaddress.ip_address(address))


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:5432/",
        "http://localhost/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "https://10.1.2.3/hook",
        "http://0.0.0.0:8000/",
        "http://2130706433/",  # 127.0.0.1 as one number
        "file:///etc/passwd",
        "gopher://127.0.0.1:25/",
        "ftp://example.org/",
    ],
)
def test_an_internal_or_non_http_url_is_refused_when_saved(url, story, settings):
    settings.KOKUGAI_WEBHOOK_ALLOW_PRIVATE = False
    sub = WebhookSubscription(office=story.sumida, url=url, secret=SECRET)
    with pytest.raises(ValidationError) as exc:
        sub.full_clean()
    assert "url" in exc.value.message_dict


def test_a_public_address_is_accepted_and_private_ones_only_when_allowed(story, settings):
    settings.KOKUGAI_WEBHOOK_ALLOW_PRIVATE = False
    assert outbound_url_problem("https://93.184.216.34/hook", allow_private=False) == ""
    WebhookSubscription(office=story.sumida, url="https://93.184.216.34/h", secret=SECRET).clean()
    settings.KOKUGAI_WEBHOOK_ALLOW_PRIVATE = True
    WebhookSubscription(office=story.sumida, url="http://127.0.0.1:9/h", secret=SECRET).clean()
    with pytest.raises(ValidationError):  # never another scheme
        WebhookSubscription(office=story.sumida, url="file:///etc/passwd", secret=SECRET).clean()


def test_the_admin_form_refuses_a_loopback_url(story, settings, hits):
    settings.KOKUGAI_WEBHOOK_ALLOW_PRIVATE = False
    port, seen = hits
    admin = StaffFactory(office=story.sumida, role=StaffRole.ADMIN).user
    admin.is_staff = True
    admin.save(update_fields=["is_staff"])
    c = Client()
    c.force_login(admin)
    r = c.post(
        "/admin/notifications/webhooksubscription/add/",
        {
            "url": f"http://127.0.0.1:{port}/internal",
            "secret": SECRET,
            "active": "on",
            "deliveries-TOTAL_FORMS": "0",
            "deliveries-INITIAL_FORMS": "0",
        },
    )
    assert r.status_code == 200  # the form again, with the error
    assert not WebhookSubscription.objects.exists()


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_the_worker_does_not_connect_to_an_internal_address(story, settings, hits, host):
    """A row that was never checked (or a name that resolved elsewhere when it was saved)."""
    settings.KOKUGAI_WEBHOOK_ALLOW_PRIVATE = False
    port, seen = hits
    WebhookSubscription.objects.create(
        office=story.sumida, url=f"http://{host}:{port}/internal", secret=SECRET
    )
    with clock.frozen(at(2025, 10, 29)):
        services.case_forward(
            case=story.case, actor=story.clerk, expected_version=story.case.version
        )
    stats = webhooks_deliver_due()
    assert stats.delivered == 0 and stats.retrying == 1
    assert seen == []  # the internal service was never reached
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == Status.RETRYING
    assert "not a public address" in delivery.last_error
    # The same endpoint is reached once the deployment allows its own network.
    settings.KOKUGAI_WEBHOOK_ALLOW_PRIVATE = True
    WebhookDelivery.objects.update(next_attempt_at=delivery.created_at)
    assert webhooks_deliver_due().delivered == 1
    assert seen == ["/internal"]


@pytest.mark.parametrize("secret", ["", "abc", "x" * 23])
def test_a_short_signing_secret_is_refused(story, secret):
    """A secret a stranger can guess lets them sign events the receiver believes."""
    sub = WebhookSubscription(office=story.sumida, url="https://93.184.216.34/h", secret=secret)
    with pytest.raises(ValidationError) as exc:
        sub.full_clean()
    assert "secret" in exc.value.message_dict
