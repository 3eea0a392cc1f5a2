"""Deliver notifications over SMTP, at least once, never as two different mails.

A delivery is: claim the row (``queued``/``retrying`` and due, or ``sending`` with an expired
lease) with one conditional UPDATE, commit ``sending``, talk SMTP, then record the outcome.
A worker killed mid-send leaves the row ``sending``; once the lease expires another worker
sends it again under the same Message-ID, so the recipient's mail client sees one message.

Temporary failures (no server, timeouts, 4xx) are retried with exponential backoff for up to
72 hours; a 5xx for the recipient fails the row at once and flags the person's address.
"""

from __future__ import annotations

import base64
import datetime as dt
import logging
import smtplib
import time
from dataclasses import asdict, dataclass
from email.header import Header
from email.message import Message as PyMessage
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.core.mail.message import sanitize_address
from django.db import OperationalError, close_old_connections, connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from kokugai.notifications.models import DeliveryAttempt, Notification, Status
from kokugai.notifications.rendering import render

logger = logging.getLogger(__name__)

SENT, TEMPORARY, PERMANENT = "sent", "temporary", "permanent"

#: Set by ``kokugai worker --lease-seconds``; otherwise the setting (default 5 minutes).
lease_override: float | None = None


def retry_base_seconds() -> float:
    return float(getattr(settings, "KOKUGAI_RETRY_BASE_SECONDS", 60.0))


def retry_window() -> dt.timedelta:
    return dt.timedelta(seconds=float(getattr(settings, "KOKUGAI_RETRY_WINDOW_SECONDS", 72 * 3600)))


def retry_max_delay_seconds() -> float:
    return float(getattr(settings, "KOKUGAI_RETRY_MAX_DELAY_SECONDS", 6 * 3600))


def lease() -> dt.timedelta:
    seconds = lease_override
    if seconds is None:
        seconds = float(getattr(settings, "KOKUGAI_SENDING_LEASE_SECONDS", 300))
    return dt.timedelta(seconds=seconds)


def backoff(attempt: int) -> dt.timedelta:
    """Delay after the ``attempt``-th failed attempt (1-based): base, 2·base, 4·base, …"""
    seconds = retry_base_seconds() * (2 ** max(attempt - 1, 0))
    return dt.timedelta(seconds=min(seconds, retry_max_delay_seconds()))


@dataclass(frozen=True)
class Outcome:
    kind: str  # SENT, TEMPORARY or PERMANENT
    code: int | None
    reply: str


def _due_filter(now: dt.datetime) -> Q:
    return Q(status__in=(Status.QUEUED, Status.RETRYING), next_attempt_at__lte=now) | Q(
        status=Status.SENDING, lease_until__lt=now
    )


# --- SMTP ------------------------------------------------------------------------------------

_cached: tuple[tuple[Any, ...], BaseEmailBackend] | None = None


def _backend_key() -> tuple[Any, ...]:
    return tuple(
        getattr(settings, name, None)
        for name in (
            "EMAIL_BACKEND",
            "EMAIL_HOST",
            "EMAIL_PORT",
            "EMAIL_HOST_USER",
            "EMAIL_USE_TLS",
            "EMAIL_USE_SSL",
            "EMAIL_FILE_PATH",
        )
    )


def close_connection() -> None:
    """Close the SMTP connection kept open between deliveries (the worker calls it when idle)."""
    global _cached
    if _cached is not None:
        try:
            _cached[1].close()
        except Exception:  # noqa: BLE001 - a dead connection is closed either way
            logger.debug("closing a dead SMTP connection", exc_info=True)
        _cached = None


def _connection() -> BaseEmailBackend:
    """One SMTP connection per process, reused while it answers NOOP (a burst is one session)."""
    global _cached
    key = _backend_key()
    if _cached is not None and _cached[0] != key:
        close_connection()
    if _cached is None:
        _cached = (key, get_connection(fail_silently=False))
    return _cached[1]


def _classify(code: int, reply: bytes | str, stage: str) -> Outcome:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    text = f"{stage} {code}: {text}"
    # 5xx at RCPT or after DATA is about this recipient or this message: retrying cannot help.
    # 5xx at MAIL FROM is our own configuration: keep retrying while an operator fixes it.
    if 500 <= code < 600 and stage in {"RCPT", "DATA"}:
        return Outcome(PERMANENT, code, text)
    return Outcome(TEMPORARY, code, text)


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


def _smtp_send(backend: SMTPBackend, message: EmailMultiAlternatives) -> Outcome:
    try:
        if backend.connection is not None:
            try:
                if backend.connection.noop()[0] != 250:
                    raise smtplib.SMTPServerDisconnected("NOOP refused")
            except (smtplib.SMTPException, OSError):
                close_connection()
                backend = _connection()  # type: ignore[assignment]
        backend.open()
        smtp = backend.connection
        assert smtp is not None
        encoding = message.encoding or settings.DEFAULT_CHARSET
        sender = sanitize_address(message.from_email, encoding)
        recipients = [sanitize_address(a, encoding) for a in message.recipients()]
        data = _wire_bytes(message, encoding)
        smtp.ehlo_or_helo_if_needed()
        code, reply = smtp.mail(sender)
        if code != 250:
            smtp.rset()
            return _classify(code, reply, "MAIL")
        for rcpt in recipients:
            code, reply = smtp.rcpt(rcpt)
            if code not in (250, 251):
                smtp.rset()
                return _classify(code, reply, "RCPT")
        code, reply = smtp.data(data)
        if code != 250:
            return _classify(code, reply, "DATA")
        return Outcome(SENT, code, reply.decode("utf-8", "replace"))
    except smtplib.SMTPResponseException as exc:
        close_connection()
        return _classify(exc.smtp_code, exc.smtp_error, "SMTP")
    except (smtplib.SMTPException, OSError) as exc:
        # Connection refused, timeouts, a dropped session: the server may come back.
        close_connection()
        return Outcome(TEMPORARY, None, f"{type(exc).__name__}: {exc}")


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
    except Exception as exc:  # noqa: BLE001 - a template bug must not kill the worker
        logger.exception("rendering notification %s failed", notification.pk)
        return Outcome(TEMPORARY, None, f"render: {type(exc).__name__}: {exc}")
    backend = _connection()
    if isinstance(backend, SMTPBackend):
        return _smtp_send(backend, message)
    try:
        backend.send_messages([message])
    except Exception as exc:  # noqa: BLE001 - any backend failure is worth a retry
        close_connection()
        return Outcome(TEMPORARY, None, f"{type(exc).__name__}: {exc}")
    return Outcome(SENT, None, f"handed to {type(backend).__module__}")


# --- one delivery ----------------------------------------------------------------------------


def batch_size() -> int:
    return int(getattr(settings, "KOKUGAI_DELIVERY_BATCH", 20))


def _claim_many(pks: list[int]) -> list[Notification]:
    """Claim the due rows among ``pks`` in one transaction; each claim is a conditional UPDATE,
    so two workers never both own a row."""
    now = timezone.now()
    seen = {
        r["id"]: r
        for r in Notification.objects.filter(pk__in=pks).values("id", "status", "attempts")
    }
    claimed: list[int] = []
    recovered: set[int] = set()
    with transaction.atomic():
        for pk in pks:
            row = seen.get(pk)
            if row is None:
                continue
            if Notification.objects.filter(
                _due_filter(now), pk=pk, status=row["status"], attempts=row["attempts"]
            ).update(status=Status.SENDING, lease_until=now + lease(), attempts=F("attempts") + 1):
                claimed.append(pk)
                if row["status"] == Status.SENDING:
                    recovered.add(pk)
        by_pk = Notification.objects.in_bulk(claimed)
        notifications = [by_pk[pk] for pk in claimed]
        DeliveryAttempt.objects.bulk_create(
            DeliveryAttempt(
                notification=n,
                at=now,
                status=Status.SENDING,
                attempt=n.attempts,
                smtp_reply=(
                    "previous attempt interrupted (lease expired); same Message-ID"
                    if n.pk in recovered
                    else ""
                ),
            )
            for n in notifications
        )
    return notifications


def _flag_undeliverable(notification: Notification) -> None:
    from kokugai.people.models import Person

    person_id = notification.person_id
    if person_id is None and notification.case_id is not None:
        person_id = notification.case.person_id
    if person_id is not None:
        # Only if the failing address is still theirs: a newer verified address is not flagged.
        Person.objects.filter(pk=person_id, email__iexact=notification.to).update(
            email_undeliverable=True
        )


def _record(notification: Notification, outcome: Outcome, now: dt.datetime) -> str:
    """Write one outcome; call inside a transaction. Only the current claim may write."""
    mine = Notification.objects.filter(
        pk=notification.pk, status=Status.SENDING, attempts=notification.attempts
    )
    if outcome.kind == SENT:
        status = Status.SENT
        mine.update(status=status, sent_at=now, lease_until=None, last_error="")
    elif outcome.kind == PERMANENT:
        status = Status.FAILED
        mine.update(status=status, lease_until=None, last_error=outcome.reply)
        _flag_undeliverable(notification)
    else:
        next_at = now + backoff(notification.attempts)
        since = notification.deliverable_since or notification.created_at
        if next_at - since > retry_window():
            status = Status.FAILED
            reply = f"gave up after {notification.attempts} attempts: {outcome.reply}"
            mine.update(status=status, lease_until=None, last_error=reply)
            _flag_undeliverable(notification)
        else:
            status = Status.RETRYING
            mine.update(
                status=status,
                lease_until=None,
                next_attempt_at=next_at,
                last_error=outcome.reply,
            )
            pk = notification.pk
            transaction.on_commit(lambda: _enqueue(pk, run_after=next_at), robust=True)
    DeliveryAttempt.objects.create(
        notification=notification,
        at=now,
        status=status,
        attempt=notification.attempts,
        smtp_code=outcome.code,
        smtp_reply=outcome.reply[:2000],
    )
    return str(status)


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
            task_path=deliver_notification.module_path,
            args_kwargs__args__0__in=others,
        ).update(
            status=TaskResultStatus.SUCCESSFUL,
            finished_at=timezone.now(),
            return_value="delivered in a batch",
        )


def _finish_many(results: list[tuple[Notification, Outcome]], *, task_pk: int | None) -> list[str]:
    now = timezone.now()
    with transaction.atomic():
        statuses = [_record(n, outcome, now) for n, outcome in results]
        _complete_tasks([n.pk for n, _ in results], except_pk=task_pk)
    return statuses


def _enqueue(pk: int, *, run_after: dt.datetime | None = None) -> None:
    from kokugai.notifications.tasks import deliver_notification

    task = (
        deliver_notification
        if run_after is None
        else deliver_notification.using(run_after=run_after)
    )
    task.enqueue(pk)


def _send_all(claimed: list[Notification]) -> list[tuple[Notification, Outcome]]:
    results: list[tuple[Notification, Outcome]] = []
    unreachable: Outcome | None = None
    for notification in claimed:
        if unreachable is not None:
            # The server is down: do not wait one timeout per message while holding the lease.
            results.append(
                (notification, Outcome(TEMPORARY, None, f"not tried: {unreachable.reply}"))
            )
            continue
        outcome = _send(notification)
        if outcome.kind == TEMPORARY and outcome.code is None:
            unreachable = outcome
        results.append((notification, outcome))
    return results


def deliver_batch(pks: list[int], *, task_pk: int | None = None) -> list[str]:
    """Claim, send over one SMTP session, record: two commits for the whole batch.

    Keep batches small: a crash mid-batch resends (under the same Message-IDs) the messages
    of the batch that had already gone out.
    """
    claimed = _claim_many(pks)
    if not claimed:
        return []
    return _finish_many(_send_all(claimed), task_pk=task_pk)


def deliver_for_task(pk: int) -> dict[str, Any]:
    """Deliver ``pk`` if it is due, plus whatever else is due, over one SMTP session.

    Returns ``{"status": <new status of pk or "skipped">, "counts": {status: n}}``.
    """
    others = [other for other in due_ids(batch_size()) if other != pk]
    claimed = _claim_many([pk, *others[: max(batch_size() - 1, 0)]])
    statuses = _finish_many(_send_all(claimed), task_pk=pk) if claimed else []
    counts: dict[str, int] = {}
    mine = "skipped"
    for notification, status in zip(claimed, statuses, strict=True):
        counts[status] = counts.get(status, 0) + 1
        if notification.pk == pk:
            mine = status
    if mine == "skipped":
        counts["skipped"] = counts.get("skipped", 0) + 1
    return {"status": mine, "counts": counts}


def deliver_one(pk: int) -> str:
    """Deliver one notification if it is due; returns its new status, or "skipped"."""
    return str(deliver_for_task(pk)["status"])


# --- batches ---------------------------------------------------------------------------------


@dataclass
class DeliveryStats:
    sent: int = 0
    failed: int = 0
    retrying: int = 0
    skipped: int = 0
    tasks_run: int = 0
    #: Rows still waiting when the call returned (queued, retrying or sending).
    pending: int = 0
    timed_out: bool = False

    def count(self, status: str) -> None:
        if status in {"sent", "failed", "retrying", "skipped"}:
            setattr(self, status, getattr(self, status) + 1)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def due_ids(limit: int = 100) -> list[int]:
    now = timezone.now()
    return list(
        Notification.objects.filter(_due_filter(now))
        .order_by("next_attempt_at", "id")
        .values_list("id", flat=True)[:limit]
    )


def sweep(stats: DeliveryStats | None = None, *, limit: int = 500) -> DeliveryStats:
    """Deliver every due row, whether or not its task still exists (lost tasks, crashed sends)."""
    stats = stats or DeliveryStats()
    pks = due_ids(limit)
    size = max(batch_size(), 1)
    for start in range(0, len(pks), size):
        for status in deliver_batch(pks[start : start + size]):
            stats.count(status)
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
    return Notification.objects.filter(
        status__in=(Status.QUEUED, Status.RETRYING, Status.SENDING)
    ).count()


def next_due_in() -> float | None:
    """Seconds until the earliest waiting row becomes due (0 if one is due now)."""
    now = timezone.now()
    times = []
    first = (
        Notification.objects.filter(status__in=(Status.QUEUED, Status.RETRYING))
        .order_by("next_attempt_at")
        .values_list("next_attempt_at", flat=True)
        .first()
    )
    if first is not None:
        times.append(first)
    lease_end = (
        Notification.objects.filter(status=Status.SENDING)
        .order_by("lease_until")
        .values_list("lease_until", flat=True)
        .first()
    )
    if lease_end is not None:
        times.append(lease_end)
    if not times:
        return None
    return max((min(times) - now).total_seconds(), 0.0)


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
