"""Events for other systems: a signed POST to each subscribed office's endpoint on every case
transition, delivered by the worker with retries and backoff like mail.

``webhooks_enqueue`` writes one ``WebhookDelivery`` row per event per active subscription of
the offices that play a part in the case, inside the transaction of the transition (rolled
back with it). ``kokugai worker`` calls ``webhooks_deliver_due`` every round: it claims due
rows under a lease, POSTs each body with ``urllib.request`` (no redirects followed), and
records the outcome: 2xx is delivered; anything else is retried after ``backoff`` (base,
2·base, 4·base … capped, the mail's settings) until ``KOKUGAI_RETRY_WINDOW_SECONDS`` after the
event, then failed. A claimed row whose worker died is claimed again when its lease ends.

The receiver checks ``X-Kokugai-Signature: t=<unix seconds>,v1=<hex>`` where ``v1`` is
HMAC-SHA256 under the subscription's secret of ``"<t>." + body`` (``webhook_verify``), and
rejects a ``t`` too far from its clock (replays). ``X-Kokugai-Delivery`` (the event id) is the
same on every retry of an event, so a receiver can drop duplicates. The body names the case
by id and receipt number and says what happened; it carries no personal data.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import hmac
import http.client
import json
import logging
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from kokugai.core.net import outbound_create_connection, outbound_url_problem
from kokugai.notifications.delivery import backoff, retry_window
from kokugai.notifications.models import Status, WebhookDelivery, WebhookSubscription

logger = logging.getLogger("kokugai.notifications.webhooks")

EVENT_TRANSITION = "case.transition"
SIGNATURE_HEADER = "X-Kokugai-Signature"
EVENT_HEADER = "X-Kokugai-Event"
DELIVERY_HEADER = "X-Kokugai-Delivery"
USER_AGENT = "Kokugai-Webhooks/1"


def webhook_sign(secret: str, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def webhook_verify(
    secret: str, header: str, body: bytes, *, tolerance: int = 300, now: float | None = None
) -> bool:
    """What a receiver does (and what the tests do): check the signature and its age."""
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    try:
        timestamp = int(parts["t"])
    except (KeyError, ValueError):
        return False
    if abs((now if now is not None else time.time()) - timestamp) > tolerance:
        return False
    expected = webhook_sign(secret, timestamp, body).split("v1=", 1)[1]
    return hmac.compare_digest(expected, parts.get("v1", ""))


def webhooks_enqueue(*, office_ids: Iterable[int], event_type: str, data: dict[str, Any]) -> int:
    """One delivery row per active subscription of ``office_ids``; call it inside the
    transaction that made the event. Returns the number of rows written."""
    subscriptions = list(
        WebhookSubscription.objects.filter(office_id__in=set(office_ids), active=True)
    )
    if not subscriptions:
        return 0
    event_id = uuid.uuid4()
    now = timezone.now()
    payload = json.dumps(
        {"id": str(event_id), "type": event_type, "created": now.isoformat(), "data": data},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,
    )
    WebhookDelivery.objects.bulk_create(
        WebhookDelivery(
            subscription=s,
            event_id=event_id,
            event_type=event_type,
            payload=payload,
            created_at=now,
            next_attempt_at=now,
        )
        for s in subscriptions
    )
    return len(subscriptions)


@dataclass
class WebhookStats:
    delivered: int = 0
    retrying: int = 0
    failed: int = 0

    @property
    def attempted(self) -> int:
        return self.delivered + self.retrying + self.failed


def _claim(limit: int) -> list[WebhookDelivery]:
    now = timezone.now()
    lease = now + dt.timedelta(seconds=settings.KOKUGAI_WEBHOOK_LEASE_SECONDS)
    with transaction.atomic():
        rows = list(
            WebhookDelivery.objects.select_for_update(skip_locked=True)
            .filter(
                Q(status__in=[Status.QUEUED, Status.RETRYING], next_attempt_at__lte=now)
                | Q(status=Status.SENDING, lease_until__lt=now)
            )
            .order_by("next_attempt_at", "id")[:limit]
        )
        if rows:
            WebhookDelivery.objects.filter(pk__in=[r.pk for r in rows]).update(
                status=Status.SENDING, lease_until=lease
            )
    if rows:
        subs = WebhookSubscription.objects.in_bulk({r.subscription_id for r in rows})
        for r in rows:
            r.subscription = subs[r.subscription_id]
    return rows


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # a 3xx is an answer like any other non-2xx: retried, never followed


def _allow_private() -> bool:
    return bool(settings.KOKUGAI_WEBHOOK_ALLOW_PRIVATE)


def _vetted(base: type[http.client.HTTPConnection]) -> type[http.client.HTTPConnection]:
    """``base`` whose socket goes only to an address the outbound policy allows
    (``kokugai.core.net``), checked at connection time against the address connected to."""

    class Vetted(base):  # type: ignore[valid-type,misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._create_connection = functools.partial(
                outbound_create_connection, allow_private=_allow_private()
            )

    return Vetted


_VettedHTTP = _vetted(http.client.HTTPConnection)
_VettedHTTPS = _vetted(http.client.HTTPSConnection)


class _HTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req: Any) -> Any:
        return self.do_open(_VettedHTTP, req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req: Any) -> Any:
        # ``_context`` is set by HTTPSHandler.__init__ (not in typeshed).
        return self.do_open(_VettedHTTPS, req, context=self._context)  # type: ignore[attr-defined]


# No proxy from the environment (the policy judges the receiver's own address), no redirects.
_opener = urllib.request.build_opener(
    urllib.request.ProxyHandler({}), _NoRedirect, _HTTPHandler, _HTTPSHandler
)


def _post(delivery: WebhookDelivery) -> tuple[bool, int | None, str]:
    body = delivery.payload.encode()
    request = urllib.request.Request(  # noqa: S310 - the office admin's http(s) URL
        delivery.subscription.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            EVENT_HEADER: delivery.event_type,
            DELIVERY_HEADER: str(delivery.event_id),
            SIGNATURE_HEADER: webhook_sign(delivery.subscription.secret, int(time.time()), body),
        },
    )
    # The scheme and host here; the address when the socket connects (_vetted).
    if problem := outbound_url_problem(delivery.subscription.url, allow_private=True):
        return False, None, problem
    try:
        with _opener.open(request, timeout=settings.KOKUGAI_WEBHOOK_TIMEOUT_SECONDS) as response:
            code = int(response.status)
    except urllib.error.HTTPError as exc:
        return False, exc.code, f"HTTP {exc.code}"
    except (urllib.error.URLError, OSError, ValueError) as exc:
        return False, None, f"{type(exc).__name__}: {exc}"[:300]
    return 200 <= code < 300, code, "" if 200 <= code < 300 else f"HTTP {code}"


def _record(delivery: WebhookDelivery, ok: bool, code: int | None, error: str) -> str:
    now = timezone.now()
    attempts = delivery.attempts + 1
    fields: dict[str, Any] = {
        "attempts": attempts,
        "last_status_code": code,
        "last_error": error[:300],
        "lease_until": None,
    }
    if ok:
        fields.update(status=Status.SENT, delivered_at=now)
    elif now - delivery.created_at >= retry_window():
        fields.update(status=Status.FAILED)
    else:
        fields.update(status=Status.RETRYING, next_attempt_at=now + backoff(attempts))
    WebhookDelivery.objects.filter(pk=delivery.pk).update(**fields)
    logger.log(
        logging.INFO if ok else logging.WARNING,
        "webhook.%s delivery=%s event=%s subscription=%s attempt=%d status=%s error=%s",
        fields["status"],
        delivery.pk,
        delivery.event_id,
        delivery.subscription_id,
        attempts,
        code,
        error,
    )
    return str(fields["status"])


def webhooks_deliver_due(*, limit: int = 50) -> WebhookStats:
    """Claim the due deliveries and post them (the worker calls this every round)."""
    stats = WebhookStats()
    for delivery in _claim(limit):
        status = _record(delivery, *_post(delivery))
        if status == Status.SENT:
            stats.delivered += 1
        elif status == Status.RETRYING:
            stats.retrying += 1
        else:
            stats.failed += 1
    return stats
