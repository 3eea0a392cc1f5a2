"""The mail fault suite, in process: real aiosmtpd servers that fail in the ways relays do.

Every test counts deliveries per Message-ID at the sink (exactly one each) and the rows left
behind (none ``sending``). The worker-process faults (database connection terminated, two
workers on a slow relay, SIGTERM) are in ``test_faults_worker.py``. Each test adds its row
to the fault table of docs/operations.md (``fault_report``).
"""

from __future__ import annotations

import datetime as dt
import logging

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from factories import PersonFactory
from kokugai.core.heartbeat import heartbeat_age
from kokugai.core.models import Heartbeat
from kokugai.notifications import delivery
from kokugai.notifications.models import DeliveryAttempt, Notification, SentMessage, Status
from kokugai.notifications.samples import SAMPLE_CONTEXTS
from kokugai.notifications.services import notification_queue

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]


def queue_many(addresses: list[str], **kw) -> list[Notification]:
    with transaction.atomic():
        return [
            notification_queue(
                template="withdrawn",
                to=a,
                language="ja",
                context=SAMPLE_CONTEXTS["withdrawn"],
                **kw,
            )
            for a in addresses
        ]


def left_sending() -> int:
    return Notification.objects.filter(status=Status.SENDING).count()


def by_status() -> dict[str, int]:
    out: dict[str, int] = {}
    for status in Notification.objects.values_list("status", flat=True):
        out[status] = out.get(status, 0) + 1
    return out


def test_a_disconnect_after_data_fails_only_that_message(smtp_server, settings, fault_report):
    settings.KOKUGAI_RETRY_BASE_SECONDS = 60
    poison = "poison@example.com"
    smtp_server.handler.drop_after_data.add(poison)
    people = {
        a: PersonFactory(email=a) for a in [poison] + [f"p{i}@example.com" for i in range(19)]
    }
    rows = [queue_many([a], person=p)[0] for a, p in people.items()]  # the poison row first

    results = delivery._default.deliver_batch(limit=20)

    counts = smtp_server.handler.counts()
    innocent = [r for r in rows if r.to != poison]
    assert all(counts[r.message_id] == 1 for r in innocent)  # all 19 went out, once
    assert counts[rows[0].message_id] == 0 and smtp_server.handler.dropped == 1
    assert sorted(s for _n, s in results) == ["retrying"] + ["sent"] * 19
    row = Notification.objects.get(pk=rows[0].pk)
    assert row.status == Status.RETRYING and row.attempts == 1
    assert row.log.get().stage == "DATA"
    assert left_sending() == 0
    # The next round does not start with the poison row: it waits its backoff.
    due = Notification.objects.filter(delivery._due_filter(timezone.now()))
    assert not due.filter(pk=rows[0].pk).exists()
    assert not any(
        p.email_undeliverable
        for p in type(people[poison]).objects.filter(pk__in=[p.pk for p in people.values()])
    )
    fault_report(
        "3. One poison mail in a batch",
        "aiosmtpd closes the connection after DATA for one recipient (first in a batch of 20)",
        f"{len(innocent)}/19 batch-mates delivered once in the same round over a new connection; "
        f"the poison row retrying (attempt 1, stage DATA); 0 addresses flagged; "
        f"{left_sending()} rows left sending",
    )


def test_give_up_flags_only_addresses_the_relay_refused(smtp_server, settings, fault_report):
    settings.KOKUGAI_RETRY_BASE_SECONDS = 0.05
    settings.KOKUGAI_RETRY_MAX_DELAY_SECONDS = 0.05
    settings.KOKUGAI_RETRY_WINDOW_SECONDS = 0.6
    poison, busy = "poison@example.com", "busy@example.com"
    smtp_server.handler.drop_after_data.add(poison)
    smtp_server.handler.rcpt_replies[busy] = "452 4.2.2 mailbox full"
    people = {
        a: PersonFactory(email=a) for a in [poison, busy] + [f"ok{i}@example.com" for i in range(4)]
    }
    rows = {a: queue_many([a], person=p)[0] for a, p in people.items()}

    stats = delivery.deliver_pending(wait_for_retries=True, timeout=15)

    assert stats.pending == 0 and not stats.timed_out
    flagged = {p.email for p in type(people[busy]).objects.filter(email_undeliverable=True)}
    assert flagged == {busy}  # refused at RCPT; the dropped session is not a refusal
    final = dict(Notification.objects.values_list("to", "status"))
    assert final[poison] == final[busy] == Status.FAILED
    assert "gave up" in Notification.objects.get(to=poison).last_error
    counts = smtp_server.handler.counts()
    for a in people:
        if a.startswith("ok"):
            assert final[a] == Status.SENT and counts[rows[a].message_id] == 1
    assert left_sending() == 0
    fault_report(
        "3. Give-up after the retry window",
        "one recipient dropped after DATA, one answered 452 at RCPT, window 0.6 s",
        f"both given up; flagged undeliverable: only the address refused at RCPT "
        f"({len(flagged)} of 6); 4/4 others delivered once",
    )


def test_content_rejected_at_data_does_not_flag_the_address(smtp_server, fault_report):
    person = PersonFactory(email="taro@example.com")
    gone = PersonFactory(email="gone@example.com")
    smtp_server.handler.data_replies["taro@example.com"] = "554 5.7.1 message content rejected"
    smtp_server.handler.reject.add("gone@example.com")
    (rejected,) = queue_many(["taro@example.com"], person=person)
    (refused,) = queue_many(["gone@example.com"], person=gone)
    (fine,) = queue_many(["hanako@example.com"])

    stats = delivery.deliver_pending()

    assert (stats.sent, stats.failed) == (1, 2)
    rejected.refresh_from_db(), person.refresh_from_db(), gone.refresh_from_db()
    assert rejected.status == Status.FAILED and "554" in rejected.last_error
    assert rejected.log.get().stage == "DATA"
    assert not person.email_undeliverable  # the content was refused, not the address
    assert gone.email_undeliverable  # the address was refused at RCPT
    assert smtp_server.handler.counts() == {fine.message_id: 1}
    fault_report(
        "4. Content rejected (5xx at DATA)",
        "aiosmtpd answers 554 5.7.1 to DATA for one recipient, 550 at RCPT for another",
        "554 at DATA: failed, address not flagged; 550 at RCPT: failed, address flagged; "
        "the third delivered once",
    )


def test_sent_but_not_recorded_is_recorded_not_sent_again(smtp_server, fault_report):
    (row,) = queue_many(["taro@example.com"])
    # What a worker that lost its database after the 250 leaves: the suppression record
    # (written with the outcome) and the row still 'sending' with its lease run out.
    past = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=10)
    Notification.objects.filter(pk=row.pk).update(
        status=Status.SENDING, attempts=1, lease_until=past, next_attempt_at=past
    )
    SentMessage.objects.create(message_id=row.message_id, notification=row, sent_at=past)

    stats = delivery.deliver_pending()

    assert stats.sent == 1 and smtp_server.received == []
    row.refresh_from_db()
    assert row.status == Status.SENT and row.sent_at is not None
    assert left_sending() == 0
    fault_report(
        "2. Sent but not recorded",
        "row left 'sending' past its lease with its Message-ID in the suppression record",
        "recorded as sent, 0 sent again",
    )


def test_the_give_up_applies_to_re_claimed_sending_rows(smtp_server, settings, fault_report):
    person = PersonFactory(email="taro@example.com")
    (row,) = queue_many(["taro@example.com"], person=person)
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(hours=73)
    past = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
    Notification.objects.filter(pk=row.pk).update(
        status=Status.SENDING,
        attempts=40,
        lease_until=past,
        next_attempt_at=past,
        deliverable_since=long_ago,
    )

    delivery.deliver_pending()

    row.refresh_from_db(), person.refresh_from_db()
    assert row.status == Status.FAILED and "retry window" in row.last_error
    assert smtp_server.received == [] and not person.email_undeliverable
    fault_report(
        "2. A row re-claimed forever",
        "row 'sending' with an expired lease, queued 73 hours ago",
        "given up at the claim (failed, not sent, address not flagged)",
    )


def test_every_failure_retry_and_give_up_is_logged_without_the_address(
    smtp_down, settings, caplog, fault_report
):
    settings.KOKUGAI_RETRY_BASE_SECONDS = 0.05
    settings.KOKUGAI_RETRY_MAX_DELAY_SECONDS = 0.05
    settings.KOKUGAI_RETRY_WINDOW_SECONDS = 0.5
    caplog.set_level(logging.INFO, logger="kokugai")
    down = queue_many(["outage.person@example.com"])[0]
    delivery.deliver_pending(wait_for_retries=True, timeout=10)  # server down throughout
    smtp_down.start()
    smtp_down.handler.rcpt_replies["later.person@example.com"] = "451 4.3.0 try later"
    smtp_down.handler.data_replies["content.person@example.com"] = "554 5.7.1 rejected"
    later, content = queue_many(["later.person@example.com", "content.person@example.com"])
    delivery.deliver_pending(wait_for_retries=True, timeout=10)

    events: dict[str, set[str]] = {}
    for record in caplog.records:
        data = getattr(record, "kokugai", None)
        if data and "message_id" in data:
            events.setdefault(data["message_id"], set()).add(data["event"])
            assert record.getMessage().startswith(data["event"])
            assert "person@example.com" not in record.getMessage()  # masked: o***@example.com
    assert {"mail.retry", "mail.gave_up"} <= events[down.message_id]
    assert {"mail.retry", "mail.gave_up"} <= events[later.message_id]
    assert events[content.message_id] == {"mail.failed"}
    assert any("o***@example.com" in r.getMessage() for r in caplog.records)
    fault_report(
        "5. Silent failures",
        "SMTP down for the whole retry window; 451 at RCPT; 554 at DATA",
        "every retry, give-up and failure logged with its Message-ID and a masked address "
        f"({sum(len(v) for v in events.values())} event kinds over 3 mails)",
    )


def test_the_worker_beats_and_logs_its_heartbeat(smtp_server, caplog):
    caplog.set_level(logging.INFO, logger="kokugai")
    assert not Heartbeat.objects.filter(name="worker").exists()
    call_command("worker", "--once", verbosity=0)
    age = heartbeat_age("worker")
    assert age is not None and age < 60
    assert Heartbeat.objects.get(name="worker").detail["pid"] > 0
    assert any(r.getMessage().startswith("worker.heartbeat") for r in caplog.records)


def test_a_delivered_mail_keeps_no_link_token(smtp_server):
    token_url = "http://127.0.0.1:8000/email/verify/AbC123.secret-part/"
    with transaction.atomic():
        row = notification_queue(
            template="email_change_verify",
            to="taro@example.com",
            language="en",
            context={"verify_url": token_url, "expires_at": "2026-01-01 00:00 UTC"},
        )
    assert Notification.objects.get(pk=row.pk).context["verify_url"] == token_url

    delivery.deliver_pending()

    (received,) = smtp_server.received
    assert "AbC123.secret-part" in received.raw.decode()  # the mail carried the link ...
    row.refresh_from_db()
    assert row.status == Status.SENT
    assert "AbC123" not in str(row.context)  # ... the stored context no longer does
    assert row.context["verify_url"] == "http://127.0.0.1:8000/email/verify/[redacted]/"
    assert row.context["expires_at"] == "2026-01-01 00:00 UTC"


def test_idle_connection_gets_a_noop_a_busy_one_does_not(smtp_server, settings):
    settings.KOKUGAI_SMTP_IDLE_SECONDS = 3600
    queue_many([f"n{i}@example.com" for i in range(5)])
    noops = []
    original = delivery.smtplib.SMTP.noop

    def counting_noop(self):
        noops.append(1)
        return original(self)

    delivery.smtplib.SMTP.noop = counting_noop
    try:
        delivery._default.deliver_batch()
        assert len(smtp_server.received) == 5 and noops == []  # a burst: no NOOP per message
        settings.KOKUGAI_SMTP_IDLE_SECONDS = 0
        delivery._session.last_used = 0  # idle for long
        queue_many(["after.idle@example.com"])
        delivery._default.deliver_batch()
        assert len(noops) == 1 and len(smtp_server.received) == 6
    finally:
        delivery.smtplib.SMTP.noop = original
        delivery.close_connection()


def test_claim_is_one_statement_and_records_in_bulk(smtp_server, django_assert_max_num_queries):
    queue_many([f"n{i}@example.com" for i in range(20)])
    delivery._default.deliver_batch(limit=20)  # warm up: connection open, nothing due left
    queue_many([f"m{i}@example.com" for i in range(20)])
    # One claim, one ownership check, the suppression rows, one bulk update of statuses, the
    # log rows, the task rows: the same handful of queries for 20 mails as for one.
    with django_assert_max_num_queries(14):
        results = delivery._default.deliver_batch(limit=20)
    assert [s for _n, s in results] == ["sent"] * 20
    assert DeliveryAttempt.objects.filter(status="sent").count() == 40
