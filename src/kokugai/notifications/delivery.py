"""Deliver notifications over SMTP: each mail once, whatever fails around it.

A round of delivery is:

1. **claim** a batch of due rows (``queued``/``retrying`` and due, or ``sending`` whose lease
   ran out) with one statement: on PostgreSQL ``UPDATE … FROM (SELECT … FOR UPDATE SKIP
   LOCKED) RETURNING``, so two workers never take the same row and never wait for each other.
   The claim sets ``sending``, a lease (``lease_until``; ``next_attempt_at`` is set to the same
   instant so one index finds every due row) and bumps ``attempts``, which is also the claim's
   fencing token: only the holder of the current token may record an outcome.
2. **send** each message over one SMTP session (NOOP only when it was idle for a while). A
   refusal or a dropped connection is that message's outcome, never the batch's: the next
   message goes over a new connection. Only a server that cannot be reached stops the batch;
   the rest is released untried (no attempt counted, no address flagged).
   The leases of the batch are renewed while it runs, so a slow relay never lets another
   worker take a message that is still in hand.
3. **record** the outcomes in bulk, at the end of the batch and at least every
   ``KOKUGAI_DELIVERY_FLUSH_SECONDS``: the status rows, the delivery log, and for every mail
   the relay accepted a ``SentMessage`` row keyed by Message-ID (duplicate suppression). A row
   whose Message-ID is there is recorded as sent, never sent again. An outcome that could not
   be recorded (database gone) is kept in memory and recorded once the database is back.

Temporary failures (4xx, a dropped connection, no server) are retried with exponential backoff
until ``KOKUGAI_RETRY_WINDOW_SECONDS`` (72 hours) after the row became deliverable; the window
applies to every row, a re-claimed ``sending`` one too. A 5xx for the recipient (at RCPT) fails
the row and flags the person's address undeliverable; a 5xx for the content (at DATA, e.g.
``554 5.7.1``) fails the row without flagging the address; the give-up after 72 hours flags the
address only if the relay ever refused the recipient. Every failure, retry, give-up and
suppressed duplicate is logged with the Message-ID and a masked address.
"""

from __future__ import annotations

import base64
import datetime as dt
import logging
import smtplib
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from email.header import Header
from email.message import Message as PyMessage
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.core.mail.message import sanitize_address
from django.db import OperationalError, close_old_connections, connection, transaction
from django.db.models import Case, F, Q, Value, When
from django.utils import timezone

from kokugai.core.logging import redact
from kokugai.notifications.models import DeliveryAttempt, Notification, SentMessage, Status
from kokugai.notifications.rendering import render
from kokugai.people.selectors import mask_email

logger = logging.getLogger(__name__)

SENT, TEMPORARY, PERMANENT = "sent", "temporary", "permanent"
#: Claimed but not tried (server unreachable, shutdown, database error): released, not counted.
NOT_TRIED = "not_tried"
#: Claimed after its retry window had passed: given up without sending.
EXPIRED = "expired"

#: Set by ``kokugai worker --lease-seconds``; otherwise the setting (default 5 minutes).
lease_override: float | None = None


def retry_base_seconds() -> float:
    return float(settings.KOKUGAI_RETRY_BASE_SECONDS)


def retry_window() -> dt.timedelta:
    return dt.timedelta(seconds=float(settings.KOKUGAI_RETRY_WINDOW_SECONDS))


def retry_max_delay_seconds() -> float:
    return float(settings.KOKUGAI_RETRY_MAX_DELAY_SECONDS)


def lease_seconds() -> float:
    if lease_override is not None:
        return float(lease_override)
    return float(settings.KOKUGAI_SENDING_LEASE_SECONDS)


def lease() -> dt.timedelta:
    return dt.timedelta(seconds=lease_seconds())


def flush_seconds() -> float:
    """Outcomes are recorded at the end of a batch and at least this often within one."""
    return float(settings.KOKUGAI_DELIVERY_FLUSH_SECONDS)


def idle_noop_seconds() -> float:
    """A kept SMTP connection idle longer than this is checked with NOOP before reuse."""
    return float(settings.KOKUGAI_SMTP_IDLE_SECONDS)


def batch_size() -> int:
    return max(int(settings.KOKUGAI_DELIVERY_BATCH), 1)


def backoff(attempt: int) -> dt.timedelta:
    """Delay after the ``attempt``-th failed attempt (1-based): base, 2·base, 4·base, …"""
    seconds = retry_base_seconds() * (2 ** min(max(attempt - 1, 0), 40))
    return dt.timedelta(seconds=min(seconds, retry_max_delay_seconds()))


@dataclass(frozen=True)
class Outcome:
    kind: str  # SENT, TEMPORARY, PERMANENT, NOT_TRIED or EXPIRED
    code: int | None
    reply: str
    #: Where it ended: CONNECT, MAIL, RCPT, DATA, RENDER, SHUTDOWN; "" when sent.
    stage: str = ""
    #: Recorded as sent from the duplicate-suppression record, without sending.
    suppressed: bool = False

    @property
    def refused(self) -> bool:
        """The relay refused the recipient (the only reason to flag an address)."""
        return self.stage == "RCPT" and self.code is not None and self.code >= 400


def log_event(
    level: int, event: str, notification: Notification | None = None, **fields: Any
) -> None:
    """One structured log line: ``event key=value …``; the same fields in ``record.kokugai``.

    Never the address in full (masked) and never a link (redacted).
    """
    data: dict[str, Any] = {"event": event}
    if notification is not None:
        data |= {
            "message_id": notification.message_id,
            "notification": notification.pk,
            "to": mask_email(notification.to),
            "attempt": notification.attempts,
        }
    data |= fields
    text = " ".join(
        [event]
        + [f"{k}={_fmt(v)}" for k, v in data.items() if k != "event" and v not in (None, "")]
    )
    logger.log(level, "%s", redact(text), extra={"kokugai": data})


def _fmt(value: Any) -> str:
    text = str(value).replace("\n", " ").replace("\r", " ")
    return f'"{text[:300]}"' if " " in text or not text else text


# --- SMTP ------------------------------------------------------------------------------------


class ShutdownTimeout(BaseException):
    """The worker's grace period after SIGTERM ran out: abandon the message in hand."""


class SMTPSession:
    """One SMTP connection per process, reused for a burst; NOOP only after it was idle."""

    def __init__(self) -> None:
        self.key: tuple[Any, ...] | None = None
        self.backend: BaseEmailBackend | None = None
        self.last_used = 0.0

    @staticmethod
    def _backend_key() -> tuple[Any, ...]:
        return (
            settings.EMAIL_BACKEND,
            settings.EMAIL_HOST,
            settings.EMAIL_PORT,
            settings.EMAIL_HOST_USER,
            settings.EMAIL_USE_TLS,
            settings.EMAIL_USE_SSL,
            settings.EMAIL_FILE_PATH,
            settings.EMAIL_TIMEOUT,
        )

    def close(self) -> None:
        if self.backend is not None:
            try:
                self.backend.close()
            except Exception:
                logger.debug("closing a dead SMTP connection", exc_info=True)
            if isinstance(self.backend, SMTPBackend):
                self.backend.connection = None
        self.backend = None

    def abort(self) -> None:
        """Drop the connection without QUIT: after an error its state is unknown, and a relay
        that stopped answering would make a polite QUIT wait for another timeout."""
        if isinstance(self.backend, SMTPBackend) and self.backend.connection is not None:
            try:
                self.backend.connection.close()
            except Exception:
                logger.debug("aborting an SMTP connection", exc_info=True)
            self.backend.connection = None
        self.close()

    def get(self) -> BaseEmailBackend:
        key = self._backend_key()
        if self.backend is not None and self.key != key:
            self.close()
        if self.backend is None:
            self.key, self.backend = key, get_connection(fail_silently=False)
        return self.backend

    def _open(self, backend: SMTPBackend) -> smtplib.SMTP:
        if backend.connection is not None and time.monotonic() - self.last_used > (
            idle_noop_seconds()
        ):
            try:
                if backend.connection.noop()[0] != 250:
                    raise smtplib.SMTPServerDisconnected("NOOP refused")
            except (smtplib.SMTPException, OSError):
                self.abort()
                backend = self.get()
        backend.open()
        assert backend.connection is not None
        self.backend = backend
        return backend.connection

    def send(self, message: EmailMultiAlternatives) -> Outcome:
        backend = self.get()
        if not isinstance(backend, SMTPBackend):
            try:
                backend.send_messages([message])
            except Exception as exc:
                self.abort()
                return Outcome(TEMPORARY, None, f"{type(exc).__name__}: {exc}", "CONNECT")
            return Outcome(SENT, None, f"handed to {type(backend).__module__}")
        encoding = message.encoding or settings.DEFAULT_CHARSET
        sender = sanitize_address(message.from_email, encoding)
        recipients = [sanitize_address(a, encoding) for a in message.recipients()]
        data = _wire_bytes(message, encoding)
        for try_number in (1, 2):
            reused = backend.connection is not None
            try:
                smtp = self._open(backend)
            except (smtplib.SMTPException, OSError) as exc:
                self.abort()
                code = getattr(exc, "smtp_code", None)
                return Outcome(TEMPORARY, code, f"{type(exc).__name__}: {exc}", "CONNECT")
            stage = "MAIL"
            try:
                smtp.ehlo_or_helo_if_needed()
                code, reply = smtp.mail(sender)
                if code != 250:
                    self._reset(smtp)
                    return _classify(code, reply, "MAIL")
                stage = "RCPT"
                for rcpt in recipients:
                    code, reply = smtp.rcpt(rcpt)
                    if code not in (250, 251):
                        self._reset(smtp)
                        return _classify(code, reply, "RCPT")
                stage = "DATA"
                code, reply = smtp.data(data)
                self.last_used = time.monotonic()
                if code != 250:
                    return _classify(code, reply, "DATA")
                return Outcome(SENT, code, reply.decode("utf-8", "replace"))
            except smtplib.SMTPResponseException as exc:
                self.abort()
                return _classify(exc.smtp_code, exc.smtp_error, stage)
            except (smtplib.SMTPException, OSError) as exc:
                self.abort()
                backend = self.get()
                if reused and stage != "DATA" and try_number == 1:
                    # The kept connection had gone stale before anything was sent: once more
                    # over a fresh one.
                    continue
                # A dropped session after DATA is this message's failure (it may or may not
                # have arrived; it is retried under the same Message-ID), not the server's.
                return Outcome(TEMPORARY, None, f"{type(exc).__name__}: {exc}", stage)
        raise AssertionError("unreachable")  # pragma: no cover

    def _reset(self, smtp: smtplib.SMTP) -> None:
        try:
            smtp.rset()
        except (smtplib.SMTPException, OSError):
            self.abort()


_session = SMTPSession()


def close_connection() -> None:
    """Close the SMTP connection kept open between deliveries (the worker calls it when idle)."""
    _session.close()


def _classify(code: int, reply: bytes | str, stage: str) -> Outcome:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    text = f"{stage} {code}: {text}"
    # 5xx at RCPT (the recipient) or at DATA (this content) cannot succeed on a retry.
    # 5xx at MAIL FROM is our own configuration: keep retrying while an operator fixes it.
    if 500 <= code < 600 and stage in {"RCPT", "DATA"}:
        return Outcome(PERMANENT, code, text, stage)
    return Outcome(TEMPORARY, code, text, stage)


def _wire_bytes(message: EmailMultiAlternatives, encoding: str) -> bytes:
    """The message as sent, with the subject folded so it starts on the Subject line.

    Django's folding puts a long encoded subject on a continuation line, which strict
    parsers read back with a leading space; encoding it against the header name avoids that.
    """
    mime = message.message()
    subject = str(message.subject)
    if not subject.isascii():
        del mime["Subject"]
        folded = Header(subject, encoding, header_name="Subject").encode(linesep="\r\n")
        # Bypass Django's guard against newlines: the only ones here are our own folds.
        PyMessage.__setitem__(mime, "Subject", folded)
    return mime.as_bytes(linesep="\r\n")


def build_message(notification: Notification) -> EmailMultiAlternatives:
    rendered = render(notification.template, notification.language, notification.context)
    message = EmailMultiAlternatives(
        subject=rendered.subject,
        body=rendered.text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[notification.to],
        headers={
            "Message-ID": notification.message_id,
            "Auto-Submitted": "auto-generated",
            "Content-Language": notification.language,
        },
    )
    message.attach_alternative(rendered.html, "text/html")
    for item in notification.attachments or []:
        message.attach(
            item["filename"], base64.b64decode(item["content_b64"]), item.get("mimetype")
        )
    return message


def _send(notification: Notification) -> Outcome:
    try:
        message = build_message(notification)
    except Exception as exc:
        logger.exception("rendering notification %s failed", notification.pk)
        return Outcome(TEMPORARY, None, f"render: {type(exc).__name__}: {exc}", "RENDER")
    return _session.send(message)


def context_without_tokens(context: dict[str, Any]) -> dict[str, Any]:
    """The context with the secret part of every signed link removed (kept once delivered)."""
    return {k: redact(v) if isinstance(v, str) else v for k, v in context.items()}


# --- claim -----------------------------------------------------------------------------------


_ACTIVE = (Status.QUEUED, Status.RETRYING, Status.SENDING)


def _due_filter(now: dt.datetime) -> Q:
    # A claim sets next_attempt_at to the end of its lease; lease_until is checked as well so
    # that a live lease is never taken whatever next_attempt_at says.
    return Q(status__in=_ACTIVE, next_attempt_at__lte=now) & (
        Q(lease_until__isnull=True) | Q(lease_until__lte=now)
    )


def _claim(limit: int) -> list[Notification]:
    """Take up to ``limit`` due rows in one statement; each comes back with ``was`` (its status
    before the claim) and ``attempts`` already counting this claim."""
    now = timezone.now()
    until = now + lease()
    meta = Notification._meta
    if connection.vendor == "postgresql":
        qn = connection.ops.quote_name
        table = qn(meta.db_table)
        columns = ", ".join(f"n.{qn(f.column)}" for f in meta.concrete_fields)
        # Only identifiers from the model's own metadata are formatted in; values are parameters.
        sql = (
            f"UPDATE {table} AS n SET status = %s, attempts = n.attempts + 1, "  # noqa: S608
            f"lease_until = %s, next_attempt_at = %s "
            f"FROM (SELECT id, status AS was FROM {table} "
            f"WHERE status IN (%s, %s, %s) AND next_attempt_at <= %s "
            f"AND (lease_until IS NULL OR lease_until <= %s) "
            f"ORDER BY next_attempt_at, id LIMIT %s FOR UPDATE SKIP LOCKED) AS due "
            f"WHERE n.id = due.id RETURNING due.was, {columns}"
        )
        params = [Status.SENDING, until, until, *_ACTIVE, now, now, limit]
        with transaction.atomic():
            rows = list(Notification.objects.raw(sql, params))
        rows.sort(key=lambda n: (n.next_attempt_at, n.pk))
        return rows
    # SQLite: the transaction takes the write lock at BEGIN (transaction_mode IMMEDIATE), so
    # reading the due rows and claiming them cannot interleave with another worker.
    with transaction.atomic():
        was = dict(
            Notification.objects.filter(_due_filter(now))
            .order_by("next_attempt_at", "id")
            .values_list("id", "status")[:limit]
        )
        if not was:
            return []
        Notification.objects.filter(pk__in=list(was)).update(
            status=Status.SENDING,
            attempts=F("attempts") + 1,
            lease_until=until,
            next_attempt_at=until,
        )
        claimed = Notification.objects.in_bulk(list(was))
    rows = [claimed[pk] for pk in was if pk in claimed]
    for n in rows:
        n.was = was[n.pk]
    return rows


def _owned(rows: list[Notification]) -> set[int]:
    """The pks of ``rows`` this claim still holds (``sending`` under the same token), locked."""
    tokens = {n.pk: n.attempts for n in rows}
    current = (
        Notification.objects.select_for_update()
        .filter(pk__in=list(tokens), status=Status.SENDING)
        .values_list("pk", "attempts")
    )
    return {pk for pk, attempts in current if tokens[pk] == attempts}


def _mine(items: Iterable[Notification]) -> Q:
    q = Q(pk__in=[])
    for n in items:
        q |= Q(pk=n.pk, attempts=n.attempts)
    return q & Q(status=Status.SENDING)


# --- the deliverer ---------------------------------------------------------------------------


@dataclass
class DeliveryStats:
    sent: int = 0
    failed: int = 0
    retrying: int = 0
    skipped: int = 0
    released: int = 0
    tasks_run: int = 0
    #: Rows still waiting when the call returned (queued, retrying or sending).
    pending: int = 0
    timed_out: bool = False

    def count(self, status: str) -> None:
        if status in {"sent", "failed", "retrying", "skipped", "released"}:
            setattr(self, status, getattr(self, status) + 1)

    def add(self, other: DeliveryStats) -> None:
        for name in ("sent", "failed", "retrying", "skipped", "released", "tasks_run"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Deliverer:
    """Claims, sends and records; keeps what it could not record yet across database errors.

    ``should_stop`` is asked before each message (the worker's SIGTERM flag); ``beat`` is
    called between messages (the worker's heartbeat, rate-limited by the worker).
    """

    should_stop: Callable[[], bool] = lambda: False
    beat: Callable[[], None] = lambda: None
    #: Claimed and not yet sent, in order.
    claimed: dict[int, Notification] = field(default_factory=dict)
    #: Outcomes not yet recorded.
    done: list[tuple[Notification, Outcome]] = field(default_factory=list)
    stats: DeliveryStats = field(default_factory=DeliveryStats)
    _renewed: float = 0.0
    _flushed: float = 0.0

    # -- the round ---------------------------------------------------------------------------

    def recover(self, reason: str = "released after a database error") -> None:
        """Record what is waiting and release what was claimed but not sent."""
        self.release_claimed(reason)
        self.flush()

    def claim_batch(self, limit: int | None = None) -> int:
        """Claim due rows into ``claimed``; rows already sent (suppression record) or past
        their retry window go straight to ``done``. Returns how many rows were claimed."""
        claimed = _claim(limit or batch_size())
        if not claimed:
            return 0
        self._renewed = self._flushed = time.monotonic()
        suppressed = self._already_sent([n for n in claimed if n.attempts > 1])
        since_limit = timezone.now() - retry_window()
        for n in claimed:
            if n.message_id in suppressed:
                self.done.append((n, Outcome(SENT, None, "already sent", suppressed=True)))
            elif (n.deliverable_since or n.created_at) < since_limit:
                self.done.append((n, Outcome(EXPIRED, None, "retry window passed")))
            else:
                if getattr(n, "was", None) == Status.SENDING:
                    log_event(logging.WARNING, "mail.lease_expired", n)
                self.claimed[n.pk] = n
        return len(claimed)

    def send_next(self) -> Outcome | None:
        """Send the next claimed message (renewing the leases first if due); its outcome goes
        to ``done``. None when nothing is left to send."""
        while self.claimed:
            pk, n = next(iter(self.claimed.items()))
            self._maybe_renew()
            if pk not in self.claimed:
                continue  # the lease was lost (database away too long)
            if getattr(n, "was", None) == Status.SENDING and self._already_sent([n]):
                del self.claimed[pk]
                outcome = Outcome(SENT, None, "already sent", suppressed=True)
                self.done.append((n, outcome))
                return outcome
            try:
                outcome = _send(n)
            except ShutdownTimeout:
                _session.abort()
                del self.claimed[pk]
                self.done.append(
                    (n, Outcome(TEMPORARY, None, "interrupted by shutdown", "SHUTDOWN"))
                )
                raise
            del self.claimed[pk]
            self.done.append((n, outcome))
            return outcome
        return None

    def release_claimed(self, reason: str) -> None:
        """Hand back, untried, everything claimed and not yet sent (recorded at the flush)."""
        for left in self.claimed.values():
            self.done.append((left, Outcome(NOT_TRIED, None, reason, "SHUTDOWN")))
        self.claimed = {}

    def deliver_batch(self, limit: int | None = None) -> list[tuple[Notification, str]]:
        """One claim, the sends, the records. Returns ``(row, new status)`` for every row
        recorded by this call (``released`` for those handed back untried)."""
        self.recover()
        if self.should_stop() or not self.claim_batch(limit):
            return []
        recorded: list[tuple[Notification, str]] = []
        unreachable: Outcome | None = None
        try:
            while self.claimed and not self.should_stop():
                outcome = self.send_next()
                if outcome is None:
                    break
                if outcome.kind == TEMPORARY and outcome.stage == "CONNECT":
                    unreachable = outcome
                    break
                if time.monotonic() - self._flushed >= flush_seconds():
                    recorded += self.flush()
                self.beat()
        finally:
            if unreachable is not None:
                self.release_claimed(f"not tried: {unreachable.reply}")
            elif self.should_stop():
                self.release_claimed("released at shutdown")
        recorded += self.flush()
        return recorded

    def deliver_due(self, stats: DeliveryStats | None = None, *, rounds: int = 1000) -> int:
        """Batches until nothing is due (or ``should_stop``); returns how many rows it handled."""
        handled = 0
        for _ in range(rounds):
            results = self.deliver_batch()
            for _n, status in results:
                if stats is not None:
                    stats.count(status)
            handled += len(results)
            if not results or self.should_stop():
                break
            if all(status == "released" for _n, status in results):
                break  # the server is down: wait for the next round
        return handled

    # -- pieces ------------------------------------------------------------------------------

    @staticmethod
    def _already_sent(rows: list[Notification]) -> set[str]:
        if not rows:
            return set()
        return set(
            SentMessage.objects.filter(message_id__in=[n.message_id for n in rows]).values_list(
                "message_id", flat=True
            )
        )

    def _maybe_renew(self, *, force: bool = False) -> None:
        """Extend the lease of every row in hand (claimed, or sent and not yet recorded)."""
        if not force and time.monotonic() - self._renewed < lease_seconds() / 3:
            return
        in_hand = list(self.claimed.values()) + [
            n for n, o in self.done if o.kind in (SENT, TEMPORARY, PERMANENT)
        ]
        until = timezone.now() + lease()
        with transaction.atomic():
            kept = set(
                Notification.objects.select_for_update()
                .filter(_mine(in_hand))
                .values_list("pk", flat=True)
            )
            Notification.objects.filter(pk__in=kept).update(
                lease_until=until, next_attempt_at=until
            )
        self._renewed = time.monotonic()
        for pk in [pk for pk in self.claimed if pk not in kept]:
            log_event(logging.WARNING, "mail.lease_lost", self.claimed.pop(pk))

    def flush(self) -> list[tuple[Notification, str]]:
        """Record every outcome in hand in one transaction (a few statements for the lot)."""
        if not self.done:
            self._flushed = time.monotonic()
            return []
        results = list(self.done)
        now = timezone.now()
        events: list[tuple[int, str, Notification, dict[str, Any]]] = []
        recorded: list[tuple[Notification, str]] = []
        with transaction.atomic():
            owned = _owned([n for n, _o in results])
            SentMessage.objects.bulk_create(
                [
                    SentMessage(message_id=n.message_id, notification_id=n.pk, sent_at=now)
                    for n, o in results
                    if o.kind == SENT and not o.suppressed
                ],
                ignore_conflicts=True,
            )
            give_up_candidates = [
                n.pk for n, o in results if o.kind in (TEMPORARY, EXPIRED) and n.pk in owned
            ]
            refused_before = (
                set(
                    DeliveryAttempt.objects.filter(
                        notification_id__in=give_up_candidates, stage="RCPT", smtp_code__gte=400
                    ).values_list("notification_id", flat=True)
                )
                if give_up_candidates
                else set()
            )
            updates: list[Notification] = []
            released: list[Notification] = []
            log_rows: list[DeliveryAttempt] = []
            flag: list[Notification] = []
            for n, o in results:
                status, reply = self._decide(n, o, now, refused=o.refused or n.pk in refused_before)
                if n.pk not in owned:
                    # The lease ran out and the row moved on; the mail, if sent, is recorded
                    # in SentMessage above, so whoever holds the row now will not send it again.
                    events.append(
                        (logging.WARNING, "mail.lease_lost", n, {"outcome": o.kind, "reply": reply})
                    )
                    recorded.append((n, "skipped"))
                    continue
                if status == "released":
                    released.append(n)
                    events.append((logging.INFO, "mail.released", n, {"reason": o.reply}))
                    recorded.append((n, "released"))
                    continue
                n.status = status
                n.lease_until = None
                if status == Status.SENT:
                    n.sent_at = now
                    n.last_error = ""
                    cleaned = context_without_tokens(n.context)
                    if cleaned != n.context:
                        n.context, n._context_changed = cleaned, True
                    if o.suppressed:
                        events.append((logging.WARNING, "mail.duplicate_suppressed", n, {}))
                elif status == Status.RETRYING:
                    n.next_attempt_at = now + backoff(n.attempts)
                    n.last_error = reply
                    events.append(
                        (
                            logging.WARNING,
                            "mail.retry",
                            n,
                            {
                                "stage": o.stage,
                                "code": o.code,
                                "reply": reply,
                                "next_attempt_at": n.next_attempt_at.isoformat(),
                            },
                        )
                    )
                else:
                    n.last_error = reply
                    gave_up = o.kind in (TEMPORARY, EXPIRED)
                    refused = o.refused or n.pk in refused_before
                    if (o.kind == PERMANENT and o.refused) or (gave_up and refused):
                        flag.append(n)
                    events.append(
                        (
                            logging.ERROR,
                            "mail.gave_up" if gave_up else "mail.failed",
                            n,
                            {
                                "stage": o.stage,
                                "code": o.code,
                                "reply": reply,
                                "address_flagged": n in flag,
                            },
                        )
                    )
                updates.append(n)
                recorded.append((n, str(status)))
                log_rows.append(
                    DeliveryAttempt(
                        notification_id=n.pk,
                        at=now,
                        status=status,
                        attempt=n.attempts,
                        smtp_code=o.code,
                        smtp_reply=reply[:2000],
                        stage=o.stage,
                    )
                )
            if updates:
                self._write(updates, now)
            if released:
                self._release(released, now)
            if log_rows:
                DeliveryAttempt.objects.bulk_create(log_rows)
            for n in flag:
                _flag_undeliverable(n)
            _complete_tasks([n.pk for n, _o in results])
        self.done = []
        self._flushed = time.monotonic()
        for level, event, n, extra in events:
            log_event(level, event, n, **extra)
        for _n, status in recorded:
            self.stats.count(status)
        return recorded

    @staticmethod
    def _decide(n: Notification, o: Outcome, now: dt.datetime, *, refused: bool) -> tuple[str, str]:
        if o.kind == SENT:
            return Status.SENT, o.reply
        if o.kind == NOT_TRIED:
            return "released", o.reply
        if o.kind == PERMANENT:
            return Status.FAILED, o.reply
        since = n.deliverable_since or n.created_at
        if o.kind == EXPIRED:
            return Status.FAILED, f"gave up after {n.attempts - 1} attempts: retry window passed"
        if now + backoff(n.attempts) - since > retry_window():
            return Status.FAILED, f"gave up after {n.attempts} attempts: {o.reply}"
        return Status.RETRYING, o.reply

    @staticmethod
    def _write(rows: list[Notification], now: dt.datetime) -> None:
        """Write the new state of ``rows``: one UPDATE for all the sent ones (the usual case),
        a bulk update for the contexts that lost a link token, one per row otherwise."""
        sent = [n for n in rows if n.status == Status.SENT]
        if sent:
            Notification.objects.filter(pk__in=[n.pk for n in sent]).update(
                status=Status.SENT, sent_at=now, lease_until=None, last_error=""
            )
            changed = [n for n in sent if getattr(n, "_context_changed", False)]
            if changed:
                Notification.objects.bulk_update(changed, ["context"])
        for n in rows:
            if n.status != Status.SENT:
                Notification.objects.filter(pk=n.pk).update(
                    status=n.status,
                    lease_until=None,
                    next_attempt_at=n.next_attempt_at,
                    last_error=n.last_error,
                )

    @staticmethod
    def _release(rows: list[Notification], now: dt.datetime) -> None:
        """Hand rows back untried: the claim is undone (attempts not counted)."""
        delay = dt.timedelta(seconds=min(retry_base_seconds(), 60.0))
        Notification.objects.filter(_mine(rows)).update(
            status=Case(
                When(attempts__gt=1, then=Value(Status.RETRYING)), default=Value(Status.QUEUED)
            ),
            attempts=F("attempts") - 1,
            lease_until=None,
            next_attempt_at=now + delay,
        )


def _flag_undeliverable(notification: Notification) -> None:
    from kokugai.people.models import Person

    person_id = notification.person_id
    if person_id is None and notification.case_id is not None:
        # Through the row's own relation: notifications does not name the cases app.
        person_id = (
            Notification.objects.filter(pk=notification.pk)
            .values_list("case__person_id", flat=True)
            .first()
        )
    if person_id is not None:
        # Only if the failing address is still theirs: a newer verified address is not flagged.
        Person.objects.filter(pk=person_id, email__iexact=notification.to).update(
            email_undeliverable=True
        )


def _complete_tasks(pks: list[int], *, except_pk: int | None = None) -> None:
    """Mark the still-waiting delivery tasks of rows just handled as done, in one UPDATE, so a
    burst does not cost two more commits per message for tasks that would find nothing to do."""
    from django_tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from kokugai.notifications.tasks import deliver_notification

    others = [pk for pk in pks if pk != except_pk]
    if others:
        DBTaskResult.objects.filter(
            status=TaskResultStatus.READY,
            queue_name="email",
            task_path=deliver_notification.module_path,
            args_kwargs__args__0__in=others,
        ).update(
            status=TaskResultStatus.SUCCESSFUL,
            finished_at=timezone.now(),
            return_value="delivered in a batch",
        )


def _enqueue(pk: int, *, run_after: dt.datetime | None = None) -> None:
    """Write the delivery task row in the current transaction (durable with the change)."""
    from kokugai.notifications.tasks import deliver_notification

    task = (
        deliver_notification
        if run_after is None
        else deliver_notification.using(run_after=run_after)
    )
    task.enqueue(pk)


_default = Deliverer()


def deliver_batch(pks: list[int] | None = None, *, limit: int | None = None) -> list[str]:
    """One round of the process's deliverer (``pks`` is ignored: the claim takes due rows)."""
    return [status for _n, status in _default.deliver_batch(limit)]


def deliver_for_task(pk: int) -> dict[str, Any]:
    """The task body: deliver a batch of due rows (``pk`` among them if it is due).

    Returns ``{"status": <new status of pk or "skipped">, "counts": {status: n}}``.
    """
    results = _default.deliver_batch()
    counts: dict[str, int] = {}
    mine = "skipped"
    for notification, status in results:
        counts[status] = counts.get(status, 0) + 1
        if notification.pk == pk:
            mine = status
    if mine == "skipped":
        counts["skipped"] = counts.get("skipped", 0) + 1
    return {"status": mine, "counts": counts}


# --- loops -----------------------------------------------------------------------------------


def sweep(stats: DeliveryStats | None = None, *, limit: int = 500) -> DeliveryStats:
    """Deliver every due row, whether or not its task still exists (lost tasks, crashed sends)."""
    stats = stats or DeliveryStats()
    _default.deliver_due(stats, rounds=max(limit // batch_size(), 1))
    return stats


def run_ready_tasks(worker: Any, stats: DeliveryStats | None = None) -> int:
    """Run the ready django-tasks-db tasks of ``worker``'s queues, claiming them like db_worker."""
    from django_tasks_db.models import DBTaskResult
    from django_tasks_db.utils import exclusive_transaction, is_locked_database_exception

    ran = 0
    while worker.running:
        tasks = DBTaskResult.objects.ready().filter(backend_name=worker.backend_name)
        if not worker.process_all_queues:
            tasks = tasks.filter(queue_name__in=worker.queue_names)
        with exclusive_transaction(tasks.db):
            try:
                task_result = tasks.get_locked()
                if task_result is not None:
                    task_result.claim(worker.worker_id)
            except OperationalError as exc:
                if not is_locked_database_exception(exc):
                    raise
                task_result = None
        if task_result is None:
            break
        worker.run_task(task_result)
        ran += 1
        value = task_result.return_value
        if stats is not None and isinstance(value, dict) and "counts" in value:
            for status, n in value["counts"].items():
                for _ in range(int(n)):
                    stats.count(status)
    if stats is not None:
        stats.tasks_run += ran
    return ran


def make_worker(queue_names: list[str], *, backend_name: str = "default") -> Any:
    from django.utils.crypto import get_random_string
    from django_tasks_db.management.commands.db_worker import Worker

    return Worker(
        queue_names=queue_names,
        interval=0,
        batch=True,
        backend_name=backend_name,
        startup_delay=False,
        max_tasks=None,
        worker_id=f"kokugai-{get_random_string(16)}",
        excluded_queue_names=[],
    )


def pending_count() -> int:
    return Notification.objects.filter(status__in=_ACTIVE).count()


def next_due_in() -> float | None:
    """Seconds until the earliest waiting row becomes due (0 if one is due now)."""
    first = (
        Notification.objects.filter(status__in=_ACTIVE)
        .order_by("next_attempt_at")
        .values_list("next_attempt_at", flat=True)
        .first()
    )
    if first is None:
        return None
    return max((first - timezone.now()).total_seconds(), 0.0)


def deliver_pending(
    *, until_idle: bool = True, timeout: float = 60.0, wait_for_retries: bool = False
) -> DeliveryStats:
    """Deliver what is due now, in this process (the demo and the tests call it).

    ``until_idle``: repeat until nothing is due (otherwise one pass). ``wait_for_retries``:
    also wait for rows that are retrying later, until they are sent or failed or ``timeout``
    seconds have passed (then ``timed_out`` is set and ``pending`` says how many are left).
    """
    stats = DeliveryStats()
    worker = make_worker(["email"])
    deadline = time.monotonic() + timeout
    try:
        while True:
            if not connection.in_atomic_block:
                # Drop stale connections between rounds, but never the caller's transaction
                # (a test, or a demo run inside one): closing it would lose its work.
                close_old_connections()
            before = stats.sent + stats.failed + stats.retrying + stats.tasks_run
            run_ready_tasks(worker, stats)
            sweep(stats)
            progressed = stats.sent + stats.failed + stats.retrying + stats.tasks_run > before
            if not until_idle:
                break
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                stats.timed_out = pending_count() > 0
                break
            if progressed:
                continue
            wait = next_due_in() if wait_for_retries else None
            if wait is None:
                break
            time.sleep(min(max(wait, 0.01), remaining, 1.0))
    finally:
        close_connection()
    stats.pending = pending_count()
    return stats
