"""Email change: the new address counts only once the signed, expiring link is opened."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import override_settings

from factories import PersonFactory
from kokugai.core import clock
from kokugai.core.errors import ApplicationError
from kokugai.core.models import AuditEntry
from kokugai.core.tokens import link_make, link_read
from kokugai.notifications.models import EmailChangeRequest, Notification
from kokugai.notifications.services import (
    EMAIL_VERIFY,
    email_change_request,
    email_change_verify,
    mask_email,
)

pytestmark = pytest.mark.django_db

T0 = dt.datetime(2026, 1, 10, 3, 0, tzinfo=dt.UTC)


@pytest.fixture
def person():
    return PersonFactory(email="taro.old@example.com", language="en")


def request_change(person, new="taro.new@example.net"):
    with clock.frozen(T0):
        return email_change_request(person=person, new_email=new)


@override_settings(KOKUGAI_SITE_URL="https://kokugai.example")
def test_request_sends_a_link_to_the_new_address_only(person):
    req = request_change(person)

    (mail,) = Notification.objects.all()
    assert mail.template == "email_change_verify" and mail.to == "taro.new@example.net"
    assert mail.language == "en"
    assert mail.context["verify_url"] == f"https://kokugai.example/email/verify/{req.token}/"
    assert req.token not in req.token_hash  # only a hash of the secret is stored
    person.refresh_from_db()
    assert person.email == "taro.old@example.com"  # unchanged until verified
    audit = AuditEntry.objects.get(action="person.email_change_requested")
    assert audit.office_code == person.honseki.code
    assert "taro.new" not in str(audit.detail)


def test_verify_switches_the_address_tells_the_old_one_and_audits_for_the_honseki(person):
    person.email_undeliverable = True
    person.save()
    req = request_change(person)

    with clock.frozen(T0 + dt.timedelta(hours=2)):
        changed = email_change_verify(token=req.token)

    person.refresh_from_db()
    assert changed.pk == person.pk
    assert person.email == "taro.new@example.net"
    assert person.email_verified_at == T0 + dt.timedelta(hours=2)
    assert not person.email_undeliverable
    notice = Notification.objects.get(template="email_change_notice_old")
    assert notice.to == "taro.old@example.com"
    assert notice.context == {"new_email_masked": "t***@example.net"}
    audit = AuditEntry.objects.get(action="person.email_changed")
    assert audit.office_code == person.honseki.code
    assert audit.object_id == str(person.pk)
    assert audit.detail["old_email"] == "t***@example.com"


def test_expired_link_changes_nothing(person):
    req = request_change(person)
    with clock.frozen(T0 + dt.timedelta(hours=24)), pytest.raises(ApplicationError) as err:
        email_change_verify(token=req.token)
    assert err.value.code == "link_expired"
    person.refresh_from_db()
    assert person.email == "taro.old@example.com"
    assert not Notification.objects.filter(template="email_change_notice_old").exists()


@pytest.mark.parametrize(
    "tamper",
    [
        lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"),  # signature broken
        # Signed, but for another request id (with this request's secret).
        lambda t: link_make(EMAIL_VERIFY, {**link_read(EMAIL_VERIFY, t), "r": 9999}),
        lambda t: "not-a-token",
        lambda t: "",
    ],
)
def test_tampered_link_is_invalid(person, tamper):
    req = request_change(person)
    with clock.frozen(T0), pytest.raises(ApplicationError) as err:
        email_change_verify(token=tamper(req.token))
    assert err.value.code == "link_invalid"
    person.refresh_from_db()
    assert person.email == "taro.old@example.com"


def test_a_link_works_once(person):
    req = request_change(person)
    with clock.frozen(T0):
        email_change_verify(token=req.token)
        with pytest.raises(ApplicationError) as err:
            email_change_verify(token=req.token)
    assert err.value.code == "link_used"


def test_a_newer_request_voids_the_older_link(person):
    first = request_change(person, "first@example.net")
    second = request_change(person, "second@example.net")
    with clock.frozen(T0):
        with pytest.raises(ApplicationError) as err:
            email_change_verify(token=first.token)
        assert err.value.code == "link_expired"
        email_change_verify(token=second.token)
    person.refresh_from_db()
    assert person.email == "second@example.net"


def test_same_address_or_garbage_is_refused(person):
    with pytest.raises(ApplicationError) as err:
        email_change_request(person=person, new_email="TARO.OLD@example.com")
    assert err.value.code == "email_unchanged"
    with pytest.raises(ApplicationError) as err:
        email_change_request(person=person, new_email="nope")
    assert err.value.code == "invalid_email"
    assert EmailChangeRequest.objects.count() == 0


def test_first_address_needs_no_notice_to_an_old_one():
    person = PersonFactory(email="", email_verified_at=None)
    req = request_change(person, "first@example.net")
    with clock.frozen(T0):
        email_change_verify(token=req.token)
    assert list(Notification.objects.values_list("template", flat=True)) == ["email_change_verify"]


@pytest.mark.parametrize(
    ("address", "masked"),
    [("taro@example.com", "t***@example.com"), ("x@y.jp", "x***@y.jp"), ("bad", "***")],
)
def test_mask_email(address, masked):
    assert mask_email(address) == masked
