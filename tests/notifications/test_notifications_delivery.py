"""Delivery faults, each against a real SMTP server on loopback (aiosmtpd).

Tests that depend on on_commit run with real transactions (``transactional_db``).
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
import time_machine
from django.core.management import call_command
from django.db import transaction
from django_tasks_db.models import DBTaskResult

from conftest import case_context
from factories import PersonFactory
from kokugai.notifications import delivery
from kokugai.notifications.models import DeliveryAttempt, Notification, Status
from kokugai.notifications.rendering import render
from kokugai.notifications.samples import SAMPLE_CONTEXTS
from kokugai.notifications.services import notification_queue

pytestmark = pytest.mark.django_db(transaction=True)


def queue(to: str = "taro@example.com", template: str = "withdrawn", language: str = "ja", **kw):
    context = kw.pop("context", None) or SAMPLE_CONTEXTS[template]
    with transaction.atomic():
        return notification_queue(
            template=template, to=to, language=language, context=context, **kw
        )


def statuses() -> dict[str, str]:
    return dict(Notification.objects.values_list("to", "status"))


def test_commit_enqueues_a_task_and_the_mail_goes_out_with_the_stable_message_id(smtp_server):
    notification = queue()
    assert DBTaskResult.objects.filter(queue_name="email").count() == 1

    stats = delivery.deliver_pending()

    assert (stats.sent, stats.tasks_run, stats.pending) == (1, 1, 0)
    assert smtp_server.handler.message_ids() == [notification.message_id]
    assert notification.message_id.endswith("@kokugai.example>")
    notification.refresh_from_db()
    assert notification.status == Status.SENT and notification.sent_at is not None
    log = list(notification.log.values_list("status", "smtp_code"))
    assert log == [("sent", 250)]
    assert "queued" in notification.log.last().smtp_reply


def test_a_rolled_back_transition_sends_nothing(smtp_server):
    with pytest.raises(RuntimeError), transaction.atomic():
        notification_queue(
            template="withdrawn", to="taro@example.com", language="ja",
            context=SAMPLE_CONTEXTS["withdrawn"],
        )  # fmt: skip
        raise RuntimeError("the transition failed after queueing")

    stats = delivery.deliver_pending()

    assert Notification.objects.count() == 0
    assert DBTaskResult.objects.count() == 0
    assert stats.sent == 0 and smtp_server.received == []


def test_smtp_down_then_back_none_lost(smtp_down, settings):
    settings.KOKUGAI_RETRY_BASE_SECONDS = 1.0  # long enough that one pass tries each row once
    sent = [queue(to=f"p{i}@example.com") for i in range(3)]

    first = delivery.deliver_pending(until_idle=False)
    # The first row found the server down; the others were handed back untried (no attempt
    # counted, no timeout waited for each).
    assert (first.retrying, first.released, first.sent) == (1, 2, 0)
    assert sorted(statuses().values()) == ["queued", "queued", "retrying"]
    assert sorted(Notification.objects.values_list("attempts", flat=True)) == [0, 0, 1]
    reply = DeliveryAttempt.objects.get(status="retrying").smtp_reply
    assert "ConnectionRefused" in reply

    smtp_down.start()
    second = delivery.deliver_pending(wait_for_retries=True, timeout=10)

    assert second.sent == 3 and second.pending == 0 and not second.timed_out
    assert sorted(smtp_down.handler.message_ids()) == sorted(n.message_id for n in sent)
    assert set(statuses().values()) == {"sent"}
    logs = sorted([e.status for e in n.log.all()] for n in Notification.objects.all())
    assert logs == [["retrying", "sent"], ["sent"], ["sent"]]


def test_5xx_for_one_address_fails_it_permanently_and_the_others_go_out(smtp_server):
    bad = PersonFactory(email="gone@example.com")
    good = PersonFactory(email="here@example.com")
    smtp_server.handler.reject.add("gone@example.com")
    queue(to="gone@example.com", person=bad)
    queue(to="here@example.com", person=good)
    queue(to="other@example.com")

    stats = delivery.deliver_pending()

    assert (stats.sent, stats.failed, stats.retrying) == (2, 1, 0)
    assert statuses() == {
        "gone@example.com": "failed", "here@example.com": "sent", "other@example.com": "sent",
    }  # fmt: skip
    failed = Notification.objects.get(to="gone@example.com")
    assert failed.attempts == 1 and "550" in failed.last_error
    assert failed.log.last().smtp_code == 550
    bad.refresh_from_db(), good.refresh_from_db()
    assert bad.email_undeliverable and not good.email_undeliverable
    assert [r.rcpt_tos for r in smtp_server.received] == [
        ["here@example.com"],
        ["other@example.com"],
    ]


def test_japanese_subject_and_body_arrive_readable(smtp_server):
    context = SAMPLE_CONTEXTS["arrived"]
    queue(template="arrived", context=context)
    delivery.deliver_pending()

    (received,) = smtp_server.received
    raw_headers = received.raw.split(b"\r\n\r\n", 1)[0]
    assert raw_headers.isascii()  # the Japanese subject is MIME-encoded, not raw UTF-8
    message = received.message
    expected = render("arrived", "ja", context)
    assert message["Subject"] == expected.subject
    assert message["Subject"].startswith("【マイナンバーカード】")
    plain = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    assert plain.replace("\r\n", "\n").strip() == expected.text.strip()
    assert "架空区役所 2F マイナンバーカード交付窓口" in plain
    assert "受取期限: 2026年3月5日(木)" in html


def test_english_recipient_gets_english(smtp_server):
    queue(template="shipped", language="en")
    delivery.deliver_pending()
    message = smtp_server.received[0].message
    assert message["Subject"] == "My Number card: Your card is on its way to the pickup office"
    assert message["Content-Language"] == "en"


def test_ics_attachment_arrives_with_its_type(smtp_server):
    ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nSUMMARY:カード受取\r\nEND:VCALENDAR\r\n"
    queue(
        template="appointment_confirmed",
        attachments=[("appointment.ics", ics, "text/calendar")],
    )
    delivery.deliver_pending()
    message = smtp_server.received[0].message
    (part,) = list(message.iter_attachments())
    assert part.get_filename() == "appointment.ics"
    assert part.get_content_type() == "text/calendar"
    assert "カード受取" in part.get_content()


def test_a_lost_task_is_delivered_by_the_sweep(smtp_server):
    notification = queue()
    DBTaskResult.objects.all().delete()  # the enqueue happened, then the task row was lost

    call_command("worker", "--until-idle", verbosity=0)

    assert smtp_server.handler.message_ids() == [notification.message_id]
    assert Notification.objects.get().status == Status.SENT


def test_a_send_interrupted_past_its_lease_is_retried_under_the_same_message_id(smtp_server):
    notification = queue()
    # What a killed worker leaves behind: claimed, 'sending', lease already over.
    past = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=10)
    Notification.objects.filter(pk=notification.pk).update(
        status=Status.SENDING, attempts=1, lease_until=past
    )
    DBTaskResult.objects.all().delete()

    stats = delivery.deliver_pending()

    assert stats.sent == 1
    assert smtp_server.handler.message_ids() == [notification.message_id]
    notification.refresh_from_db()
    assert notification.attempts == 2 and notification.status == Status.SENT


def test_a_live_lease_is_not_stolen(smtp_server):
    notification = queue()
    future = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)
    Notification.objects.filter(pk=notification.pk).update(
        status=Status.SENDING, attempts=1, lease_until=future
    )
    stats = delivery.deliver_pending()
    assert stats.sent == 0 and stats.skipped == 1 and smtp_server.received == []


def test_a_sent_notification_is_never_sent_again_by_a_duplicate_task(smtp_server):
    notification = queue()
    with transaction.atomic():
        delivery._enqueue(notification.pk)  # a duplicate task, e.g. from a retried enqueue
    stats = delivery.deliver_pending()
    assert stats.sent == 1 and len(smtp_server.received) == 1
    assert not DBTaskResult.objects.filter(status="READY").exists()


def test_temporary_failures_back_off_and_give_up_after_72_hours(smtp_settings):
    smtp_settings.KOKUGAI_RETRY_BASE_SECONDS = 600
    person = PersonFactory(email="taro@example.com")
    start = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
    with time_machine.travel(start, tick=False) as traveller:
        notification = queue(person=person)
        delays = []
        while True:
            delivery.deliver_pending()
            notification.refresh_from_db()
            if notification.status != Status.RETRYING:
                break
            wait = notification.next_attempt_at - dt.datetime.now(dt.UTC)
            delays.append(wait.total_seconds())
            traveller.shift(wait)
        elapsed = dt.datetime.now(dt.UTC) - start

    assert notification.status == Status.FAILED
    assert delays[:4] == [600, 1200, 2400, 4800]  # exponential ...
    assert max(delays) == 6 * 3600  # ... up to a ceiling
    assert dt.timedelta(hours=66) < elapsed <= dt.timedelta(hours=72)
    assert "gave up" in notification.last_error
    assert notification.log.filter(status="retrying").count() == len(delays)
    person.refresh_from_db()
    # No relay ever refused the address (there was no relay): it is not flagged.
    assert not person.email_undeliverable


def test_backoff_doubles_from_the_configured_base(settings):
    settings.KOKUGAI_RETRY_BASE_SECONDS = 30
    assert [delivery.backoff(n).total_seconds() for n in (1, 2, 3, 4)] == [30, 60, 120, 240]
    assert delivery.backoff(40).total_seconds() == 6 * 3600


def test_worker_once_delivers_and_reports(smtp_server):
    notification = queue()
    out = io.StringIO()
    call_command("worker", "--once", stdout=out)
    # The worker reads the outbox itself; the row's task was completed with it.
    assert out.getvalue().strip() == ("tasks 0, sent 1, retrying 0, failed 0, still pending 0")
    assert not DBTaskResult.objects.filter(status="READY").exists()
    assert smtp_server.handler.message_ids() == [notification.message_id]
    notification.refresh_from_db()
    assert notification.status == Status.SENT


def test_file_backend_without_email_url(settings, tmp_path):
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = str(tmp_path)
    notification = queue(
        template="received",
        context=case_context(
            intake_office_ja="在架空国日本国大使館", intake_office_en="Embassy of Japan in Kakuu"
        ),
    )
    stats = delivery.deliver_pending()
    delivery.close_connection()
    assert stats.sent == 1
    (written,) = list(tmp_path.iterdir())
    assert notification.message_id in written.read_text()


def make_case(person):
    from kokugai.cases.models import Case

    now = dt.datetime.now(dt.UTC)
    return Case.objects.create(
        procedure="new_issuance", channel="mission_counter", state="received", person=person,
        intake_office=person.honseki, honseki_office=person.honseki,
        receipt_number="R25-000999-1", opened_at=now, state_entered_at=now,
    )  # fmt: skip


def test_failure_shows_on_the_case_and_flags_the_person_through_the_case(smtp_server):
    from kokugai.notifications.selectors import (
        failed_notifications_for_case,
        notifications_for_case,
    )

    person = PersonFactory(email="gone@example.com")
    case = make_case(person)
    smtp_server.handler.reject.add("gone@example.com")
    queue(to="gone@example.com", case=case, template="received", context=case_context(
        intake_office_ja="在架空国日本国大使館", intake_office_en="Embassy of Japan in Kakuu"))  # fmt: skip
    delivery.deliver_pending()

    (failed,) = failed_notifications_for_case(case)
    assert failed.template == "received"
    assert [(e.status, e.stage) for e in failed.log.all()] == [("failed", "RCPT")]
    assert notifications_for_case(case).count() == 1
    person.refresh_from_db()
    assert person.email_undeliverable  # found through the case, no person on the row


def test_a_burst_goes_out_in_one_session_and_leaves_no_task_behind(smtp_server):
    rows = [queue(to=f"b{i}@example.com") for i in range(5)]
    assert DBTaskResult.objects.filter(status="READY").count() == 5

    stats = delivery.deliver_pending()

    assert stats.sent == 5 and stats.tasks_run == 1  # the first task took the whole batch
    assert sorted(smtp_server.handler.message_ids()) == sorted(r.message_id for r in rows)
    assert not DBTaskResult.objects.filter(status="READY").exists()
