"""Webhooks for other systems (notifications.webhooks): a delivery row per event per
subscription, written in the transition's transaction; signed POSTs to a real HTTP server on
loopback; a failing endpoint retried with backoff; the worker delivers them."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from factories import OfficeFactory, StaffFactory
from kokugai.cases import services
from kokugai.cases.errors import StaleVersionError
from kokugai.core import clock
from kokugai.notifications.models import Status, WebhookDelivery, WebhookSubscription
from kokugai.notifications.webhooks import (
    DELIVERY_HEADER,
    SIGNATURE_HEADER,
    webhook_sign,
    webhook_verify,
    webhooks_deliver_due,
)
from kokugai.registry.models import StaffRole
from tracking.story import SeedStory, at

pytestmark = pytest.mark.django_db

SECRET = "whsec-test-only-0123456789"


@dataclass
class Receiver:
    """An HTTP endpoint on loopback that verifies each signature, as a receiver must."""

    fail_times: dict[str, int] = field(default_factory=dict)
    received: list[dict] = field(default_factory=list)
    port: int = 0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            valid = webhook_verify(SECRET, self.headers.get(SIGNATURE_HEADER, ""), body)
            state.received.append(
                {
                    "path": self.path,
                    "valid": valid,
                    "delivery": self.headers.get(DELIVERY_HEADER),
                    "body": json.loads(body),
                }
            )
            left = state.fail_times.get(self.path, 0)
            if left:
                state.fail_times[self.path] = left - 1
                status = 503
            elif self.path == "/redirect":
                status = 302
            else:
                status = 204 if valid else 401
            self.send_response(status)
            if status == 302:
                self.send_header("Location", state.url("/ok"))
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def story():
    s = SeedStory()
    s.apply()
    return s


def _subscribe(office, url: str, **kw) -> WebhookSubscription:
    return WebhookSubscription.objects.create(office=office, url=url, secret=SECRET, **kw)


def _forward(story: SeedStory):
    with clock.frozen(at(2025, 10, 29)):
        return services.case_forward(
            case=story.case, actor=story.clerk, expected_version=story.case.version
        )


def test_a_transition_is_posted_signed_to_the_offices_that_play_a_part(story, receiver):
    mine = _subscribe(story.sumida, receiver.url("/ok"))
    honseki = _subscribe(story.hachinohe, receiver.url("/ok"))
    _subscribe(story.taipei, receiver.url("/other"))  # no part in the case
    _subscribe(story.sumida, receiver.url("/off"), active=False)
    _forward(story)
    rows = WebhookDelivery.objects.all()
    assert {r.subscription_id for r in rows} == {mine.pk, honseki.pk}
    assert len({r.event_id for r in rows}) == 1  # one event, one row per subscription

    stats = webhooks_deliver_due()

    assert stats.delivered == 2 and stats.retrying == 0
    assert [r["path"] for r in receiver.received] == ["/ok", "/ok"]
    assert all(r["valid"] for r in receiver.received)
    body = receiver.received[0]["body"]
    assert body["type"] == "case.transition"
    data = body["data"]
    assert data["transition"] == "forward" and data["from_state"] == "received"
    assert data["case"]["id"] == story.case.pk and data["to_state"] == "at_honseki"
    assert data["office"] == story.sumida.code
    # No personal data in the event: the case is named by id and receipt number only.
    text = json.dumps(body, ensure_ascii=False)
    assert story.person.family_name not in text and story.person.given_name not in text
    assert set(WebhookDelivery.objects.values_list("status", flat=True)) == {Status.SENT}


def test_a_failing_endpoint_is_retried_with_backoff_under_the_same_event_id(story, receiver):
    _subscribe(story.sumida, receiver.url("/flaky"))
    receiver.fail_times["/flaky"] = 1
    _forward(story)
    before = timezone.now()

    first = webhooks_deliver_due()

    assert first.retrying == 1 and first.delivered == 0
    row = WebhookDelivery.objects.get()
    assert row.status == Status.RETRYING and row.attempts == 1
    assert row.last_status_code == 503
    assert row.next_attempt_at >= before + dt.timedelta(seconds=50)  # base 60 s
    assert webhooks_deliver_due().attempted == 0  # not due yet
    WebhookDelivery.objects.update(next_attempt_at=timezone.now())

    second = webhooks_deliver_due()

    assert second.delivered == 1
    row.refresh_from_db()
    assert row.status == Status.SENT and row.attempts == 2 and row.delivered_at is not None
    assert len(receiver.received) == 2
    assert receiver.received[0]["delivery"] == receiver.received[1]["delivery"]
    assert receiver.received[0]["body"] == receiver.received[1]["body"]


def test_a_delivery_is_failed_after_the_retry_window(story, receiver, settings):
    settings.KOKUGAI_RETRY_WINDOW_SECONDS = 60
    _subscribe(story.sumida, receiver.url("/down"))
    receiver.fail_times["/down"] = 100
    _forward(story)
    WebhookDelivery.objects.update(created_at=timezone.now() - dt.timedelta(minutes=5))
    assert webhooks_deliver_due().failed == 1
    assert WebhookDelivery.objects.get().status == Status.FAILED


def test_a_redirect_is_not_followed_and_an_unreachable_host_is_retried(story, receiver):
    _subscribe(story.sumida, receiver.url("/redirect"))
    _subscribe(story.hachinohe, "http://127.0.0.1:9/closed")  # discard port: refused
    _forward(story)
    stats = webhooks_deliver_due()
    assert stats.retrying == 2
    assert [r["path"] for r in receiver.received] == ["/redirect"]
    codes = dict(WebhookDelivery.objects.values_list("subscription__url", "last_status_code"))
    assert codes[receiver.url("/redirect")] == 302
    assert codes["http://127.0.0.1:9/closed"] is None


def test_a_refused_transition_writes_no_delivery(story, receiver):
    _subscribe(story.sumida, receiver.url("/ok"))
    with clock.frozen(at(2025, 10, 29)), pytest.raises(StaleVersionError):
        services.case_forward(
            case=story.case, actor=story.clerk, expected_version=story.case.version + 1
        )
    assert not WebhookDelivery.objects.exists()


@pytest.mark.django_db(transaction=True)  # the worker opens and closes connections itself
def test_the_worker_delivers_the_webhooks(story, receiver):
    _subscribe(story.sumida, receiver.url("/ok"))
    _forward(story)
    call_command("worker", "--until-idle", verbosity=0)
    assert len(receiver.received) == 1 and receiver.received[0]["valid"]
    assert WebhookDelivery.objects.get().status == Status.SENT


def test_a_signature_with_another_secret_or_an_old_timestamp_does_not_verify():
    body = b'{"a":1}'
    now = 1_800_000_000
    good = webhook_sign(SECRET, now, body)
    assert webhook_verify(SECRET, good, body, now=now)
    assert not webhook_verify("other", good, body, now=now)
    assert not webhook_verify(SECRET, good, body + b" ", now=now)
    assert not webhook_verify(SECRET, good, body, now=now + 3600)
    assert not webhook_verify(SECRET, "garbage", body, now=now)


def test_an_office_admin_manages_only_their_offices_subscriptions(story, receiver):
    other_office = OfficeFactory()
    theirs = _subscribe(other_office, receiver.url("/theirs"))
    admin = StaffFactory(office=story.sumida, role=StaffRole.ADMIN).user
    admin.is_staff = True
    admin.save(update_fields=["is_staff"])
    c = Client()
    c.force_login(admin)
    url = "/admin/notifications/webhooksubscription/"
    r = c.post(
        url + "add/",
        {
            "url": receiver.url("/mine"),
            "secret": SECRET,
            "description": "case system",
            "active": "on",
            "office": other_office.pk,  # ignored: the office is the admin's own
            "deliveries-TOTAL_FORMS": "0",
            "deliveries-INITIAL_FORMS": "0",
        },
    )
    assert r.status_code == 302, r.content.decode()[:3000]
    mine = WebhookSubscription.objects.exclude(pk=theirs.pk).get()
    assert mine.office == story.sumida
    listing = c.get(url).content.decode()
    assert "/mine" in listing and "/theirs" not in listing
    assert c.get(f"{url}{theirs.pk}/change/").status_code in (302, 403, 404)


def test_opening_a_case_is_announced_too(receiver):
    office = OfficeFactory()
    honseki = OfficeFactory()
    _subscribe(office, receiver.url("/ok"))
    clerk = StaffFactory(office=office, role=StaffRole.CLERK).user
    from factories import PersonFactory

    case = services.case_open(
        person=PersonFactory(honseki=honseki),
        procedure="new_issuance",
        channel="municipality_visit",
        intake_office=office,
        actor=clerk,
    )
    assert webhooks_deliver_due().delivered == 1
    data = receiver.received[0]["body"]["data"]
    assert data["transition"] == "open" and data["from_state"] == ""
    assert data["case"]["id"] == case.pk and data["to_state"] == case.state
