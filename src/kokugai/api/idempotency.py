"""``Idempotency-Key`` on every POST of the API.

A client that may retry a POST (a timeout, a dropped connection) sends a key of its choice,
unique per intended action (a UUID). The first request with that key acts and its answer
(status and body) is kept; a retry with the same key and the same request (method, path,
query and body) gets the kept answer back, with ``Idempotent-Replayed: true``, and nothing
acts again. The same key with a different request is refused (422
``idempotency_key_reused``); a retry while the first is still running gets 409
``idempotency_key_in_progress``. Keys are per credential: an API key, a staff account, or
(for the public operations) the client's address; another credential's key is never seen.

Answers that did not act are not kept, so a retry acts: 5xx, 401, 403 (a CSRF or scope
refusal fixed by the client) and 429; nor an answer the operation marks as never kept
(``idempotency_keep_not``: a revealed identity). The fingerprint of a request is an HMAC
under ``SECRET_KEY`` (a body may hold a My Number). Records expire after ``KOKUGAI_IDEMPOTENCY_HOURS``
(24 by default) and ``kokugai purge`` removes them.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.utils.crypto import salted_hmac

from kokugai.api.models import IdempotencyRecord
from kokugai.core import clock
from kokugai.core.net import client_rate_key
from kokugai.registry.apikeys import apikey_authenticate
from kokugai.rules.types import Text

HEADER = "Idempotency-Key"
REPLAYED = "Idempotent-Replayed"
MAX_KEY = 255
FINGERPRINT_SALT = "kokugai.api.idempotency.fingerprint"
#: Statuses whose answer is not kept (the request did not act, or failed on our side).
NOT_KEPT = frozenset({401, 403, 429})


class IdempotencyError(StrEnum):
    KEY_INVALID = "idempotency_key_invalid"
    KEY_REUSED = "idempotency_key_reused"
    IN_PROGRESS = "idempotency_key_in_progress"


MESSAGES = {
    IdempotencyError.KEY_INVALID: Text(
        "Idempotency-Key は1〜255文字の表示可能なASCII文字で指定してください。",
        "Idempotency-Key must be 1 to 255 printable ASCII characters.",
    ),
    IdempotencyError.KEY_REUSED: Text(
        "この Idempotency-Key は別の内容のリクエストに使われています。新しいキーを使ってください。",
        "This Idempotency-Key was used for a different request; use a new key.",
    ),
    IdempotencyError.IN_PROGRESS: Text(
        "同じ Idempotency-Key のリクエストを処理中です。少し待ってから再送してください。",
        "A request with this Idempotency-Key is still being processed; retry shortly.",
    ),
}

STATUS = {
    IdempotencyError.KEY_INVALID: 400,
    IdempotencyError.KEY_REUSED: 422,
    IdempotencyError.IN_PROGRESS: 409,
}


def retention() -> dt.timedelta:
    return dt.timedelta(hours=settings.KOKUGAI_IDEMPOTENCY_HOURS)


def key_valid(key: str) -> bool:
    return 0 < len(key) <= MAX_KEY and all(32 < ord(ch) < 127 for ch in key)


def credential_of(request: HttpRequest) -> str:
    """Whose key space this request is in (checked before the operation authenticates; an
    invalid API key falls to the client address and the operation then answers 401)."""
    auth = request.headers.get("Authorization", "")
    raw = auth[7:].strip() if auth[:7].lower() == "bearer " else ""
    raw = raw or request.headers.get("X-API-Key", "").strip()
    if raw:
        key = apikey_authenticate(raw)
        if key is not None:
            return f"apikey:{key.pk}"
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"user:{user.pk}"
    return f"client:{client_rate_key(request)[:64]}"


def fingerprint(request: HttpRequest) -> str:
    """Keyed (HMAC under ``SECRET_KEY``), never a plain hash: a body may hold a My Number (the
    public check), and SHA-256 of a 12-digit number is reversed by trying every candidate."""
    message = f"{request.method} {request.get_full_path()}\n".encode() + request.body
    return salted_hmac(FINGERPRINT_SALT, message, algorithm="sha256").hexdigest()


def idempotency_keep_not(request: HttpRequest) -> None:
    """Called by an operation whose answer must never be stored (a revealed identity): its
    record is dropped, so a retry acts again (checked and audited again) instead of being
    served a copy of personal data from the table."""
    request._idempotency_keep_not = True  # type: ignore[attr-defined]


class Outcome:
    """What to do with a request: ``replay`` (a kept answer), ``refuse`` (an error code) or
    run it and then ``keep`` its answer under ``record_id``."""

    def __init__(
        self,
        *,
        replay: HttpResponse | None = None,
        refuse: IdempotencyError | None = None,
        record_id: int | None = None,
    ) -> None:
        self.replay = replay
        self.refuse = refuse
        self.record_id = record_id


def idempotency_begin(request: HttpRequest, key: str) -> Outcome:
    if not key_valid(key):
        return Outcome(refuse=IdempotencyError.KEY_INVALID)
    credential = credential_of(request)
    print_ = fingerprint(request)
    now = clock.now()
    IdempotencyRecord.objects.filter(credential=credential, key=key, expires_at__lt=now).delete()
    try:
        with transaction.atomic():
            record = IdempotencyRecord.objects.create(
                credential=credential,
                key=key,
                fingerprint=print_,
                created_at=now,
                expires_at=now + retention(),
            )
    except IntegrityError:
        found = IdempotencyRecord.objects.filter(credential=credential, key=key).first()
        if found is None:  # removed meanwhile (its first request failed): act now
            return idempotency_begin(request, key)
        if found.fingerprint != print_:
            return Outcome(refuse=IdempotencyError.KEY_REUSED)
        if found.status == 0:
            return Outcome(refuse=IdempotencyError.IN_PROGRESS)
        response = HttpResponse(
            found.body, status=found.status, content_type=found.content_type or None
        )
        response[REPLAYED] = "true"
        return Outcome(replay=response)
    return Outcome(record_id=record.pk)


def idempotency_finish(
    record_id: int, response: HttpResponse, request: HttpRequest | None = None
) -> None:
    """Keep the answer of the request that acted (or forget the key if it did not act, or
    if the operation said its answer is not to be kept)."""
    rows = IdempotencyRecord.objects.filter(pk=record_id)
    if (
        response.status_code >= 500
        or response.status_code in NOT_KEPT
        or response.streaming
        or getattr(request, "_idempotency_keep_not", False)
    ):
        rows.delete()
        return
    rows.update(
        status=response.status_code,
        content_type=response.get("Content-Type", ""),
        body=response.content.decode("utf-8", errors="replace"),
    )


def idempotency_forget(record_id: int) -> None:
    IdempotencyRecord.objects.filter(pk=record_id).delete()
