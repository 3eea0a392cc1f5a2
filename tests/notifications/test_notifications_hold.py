"""Held mails wait for a verified address; verifying an intake address releases them."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from conftest import case_context
from factories import PersonFactory
from kokugai.core import clock
from kokugai.core.errors import ApplicationError
from kokugai.core.models import AuditEntry
from kokugai.notifications import delivery
from kokugai.notifications.models import Notification, Status
from kokugai.notifications.services import (
    email_change_request,
    email_change_verify,
    email_verification_start,
    notification_cancel,
    notification_queue,
)

pytestmark = pytest.mark.django_db

T0 = dt.datetime(2026, 1, 10, 3, 0, tzinfo=dt.UTC)


@pytest.fixture
def newcomer():
    """Typed an address at intake; nobody has confirmed it yet."""
    return PersonFactory(email="", email_verified_at=None, language="en")


def queue_held(person, to="typo@example.com", template="received"):
    return notification_queue(
        template=template,
        to=to,
        language="ja",
        context=case_context(
            intake_office_ja="在架空国日本国大使館", intake_office_en="Embassy of Japan in Kakuu"
        ),
        person=person,
        hold=True,
    )


def test_held_row_is_not_delivered(newcomer, smtp_server, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        held = queue_held(newcomer)
    assert callbacks == []  # no task enqueued
    stats = delivery.deliver_pending(timeout=5)
    held.refresh_from_db()
    assert held.status == Status.HELD
    assert smtp_server.received == []
    assert stats.sent == 0 and stats.pending == 0
    assert not held.log.exists()


def test_hold_for_a_verified_person_queues_to_the_verified_address():
    person = PersonFactory(email="taro.ok@example.com")
    row = queue_held(person, to="")
    assert row.status == Status.QUEUED and row.to == "taro.ok@example.com"


def test_hold_needs_a_person():
    with pytest.raises(ApplicationError) as err:
        notification_queue(
            template="card_expiry_reminder",
            to="",
            language="ja",
            context={"expires_on": "2027-04-01"},
            hold=True,
        )
    assert err.value.code == "notification_hold_without_person"


@override_settings(KOKUGAI_SITE_URL="https://kokugai.example")
def test_verification_start_then_verify_releases_held_rows_to_the_verified_address(
    newcomer, smtp_server, django_capture_on_commit_callbacks
):
    first = queue_held(newcomer, to="taro.new@example.net")
    second = queue_held(newcomer, to="", template="withdrawn")
    with clock.frozen(T0):
        req = email_verification_start(person=newcomer, email="taro.new@example.net")

    newcomer.refresh_from_db()
    assert newcomer.email == "taro.new@example.net" and newcomer.email_verified_at is None
    link = Notification.objects.get(template="email_verify")
    assert link.to == "taro.new@example.net" and link.language == "en"
    assert link.context["verify_url"] == f"https://kokugai.example/email/verify/{req.token}/"
    audit = AuditEntry.objects.get(action="person.email_verification_requested")
    assert audit.office_code == newcomer.honseki.code and "taro.new" not in str(audit.detail)

    delivery.deliver_pending(timeout=5)
    assert [r.rcpt_tos for r in smtp_server.received] == [["taro.new@example.net"]]
    first.refresh_from_db()
    assert first.status == Status.HELD  # not sent while unverified

    tasks_before = DBTaskResult.objects.filter(queue_name="email").count()
    with clock.frozen(T0 + dt.timedelta(hours=1)):
        email_change_verify(token=req.token)
    # One delivery task per released row, written in the same transaction.
    assert DBTaskResult.objects.filter(queue_name="email").count() == tasks_before + 2

    newcomer.refresh_from_db()
    assert newcomer.email_verified_at == T0 + dt.timedelta(hours=1)
    for row in (first, second):
        row.refresh_from_db()
        assert row.status == Status.QUEUED and row.to == "taro.new@example.net"
    # No previous verified address: nobody to tell.
    assert not Notification.objects.filter(template="email_change_notice_old").exists()
    audit = AuditEntry.objects.get(action="person.email_changed")
    assert audit.detail["released"] == 2 and audit.detail["old_email"] == ""

    delivery.deliver_pending(timeout=5)
    first.refresh_from_db()
    assert first.status == Status.SENT
    assert len(smtp_server.received) == 3
    assert {tuple(r.rcpt_tos) for r in smtp_server.received} == {("taro.new@example.net",)}


def test_a_corrected_address_wins_and_the_unverified_typo_is_never_mailed(newcomer):
    held = queue_held(newcomer, to="typo@example.com")
    with clock.frozen(T0):
        email_verification_start(person=newcomer, email="typo@example.com")
        fixed = email_verification_start(person=newcomer, email="taro.new@example.net")
    with clock.frozen(T0 + dt.timedelta(minutes=5)):
        email_change_verify(token=fixed.token)
    held.refresh_from_db()
    assert held.to == "taro.new@example.net" and held.status == Status.QUEUED
    # The typo was never verified, so it is not told about the change either.
    assert not Notification.objects.filter(template="email_change_notice_old").exists()


def test_verification_start_for_a_verified_person_is_an_email_change():
    person = PersonFactory(email="taro.old@example.com")
    with clock.frozen(T0):
        req = email_verification_start(person=person, email="taro.new@example.net")
    person.refresh_from_db()
    assert person.email == "taro.old@example.com"  # the verified address stays until verified
    assert Notification.objects.get().template == "email_change_verify"
    with clock.frozen(T0 + dt.timedelta(hours=1)):
        email_change_verify(token=req.token)
    assert Notification.objects.get(template="email_change_notice_old").to == (
        "taro.old@example.com"
    )


def test_email_change_while_unverified_does_not_tell_the_unverified_address(newcomer):
    newcomer.email = "typo@example.com"
    newcomer.save()
    with clock.frozen(T0):
        req = email_change_request(person=newcomer, new_email="taro.new@example.net")
        email_change_verify(token=req.token)
    assert not Notification.objects.filter(to="typo@example.com").exists()


def test_held_row_can_be_cancelled_and_is_then_not_released(newcomer):
    held = queue_held(newcomer)
    assert notification_cancel(notification=held)
    with clock.frozen(T0):
        req = email_verification_start(person=newcomer, email="taro.new@example.net")
        email_change_verify(token=req.token)
    held.refresh_from_db()
    assert held.status == Status.CANCELLED
