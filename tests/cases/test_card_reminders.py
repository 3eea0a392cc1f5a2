"""Card expiry, certificate renewal and return-switch reminders: due stages, once each."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine
from hypothesis import given
from hypothesis import strategies as st

from factories import PersonFactory
from kokugai.cases.models import Case
from kokugai.cases.reminders import (
    card_reminders_send,
    reminders_send,
    return_reminders_send,
    stage,
)
from kokugai.cases.tasks import send_card_reminders
from kokugai.notifications.models import Notification, Reminder, Status
from kokugai.people.models import Card, CardKind, CardStatus

JST = ZoneInfo("Asia/Tokyo")


def at(day: dt.date, hour: int = 9) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=JST)


def overseas_card(person, *, expires_on, certs_on=None, status=CardStatus.ACTIVE, kind=None):
    return Card.objects.create(
        person=person,
        kind=kind or CardKind.OVERSEAS,
        status=status,
        issued_on=dt.date(2017, 4, 1),
        expires_on=expires_on,
        signing_cert_expires_on=certs_on,
        auth_cert_expires_on=certs_on,
    )


def mails(template=None):
    rows = Notification.objects.order_by("id")
    return list(rows.filter(template=template) if template else rows)


@given(
    left=st.integers(min_value=-30, max_value=400),
    leads=st.lists(st.integers(min_value=1, max_value=365), min_size=1, max_size=4),
)
def test_stage_is_the_nearest_reached_lead(left, leads):
    today = dt.date(2026, 1, 1)
    got = stage(today, today + dt.timedelta(days=left), leads)
    if left < 0 or left > max(leads):
        assert got is None
    else:
        assert got is not None and left <= got
        assert all(not (left <= lead < got) for lead in leads)


@pytest.mark.django_db
def test_card_expiry_reminded_six_then_three_months_ahead_once_each():
    person = PersonFactory(language="en")
    expires = dt.date(2027, 4, 1)
    overseas_card(person, expires_on=expires, certs_on=expires)

    with time_machine.travel(at(expires - dt.timedelta(days=181)), tick=False):
        assert send_card_reminders.call()["card_expiry_reminder"] == 0
    with time_machine.travel(at(expires - dt.timedelta(days=180)), tick=False):
        assert send_card_reminders.call()["card_expiry_reminder"] == 1
    with time_machine.travel(at(expires - dt.timedelta(days=150)), tick=False):
        assert send_card_reminders.call()["card_expiry_reminder"] == 0  # not again
    with time_machine.travel(at(expires - dt.timedelta(days=90)), tick=False):
        assert send_card_reminders.call()["card_expiry_reminder"] == 1
        assert send_card_reminders.call()["card_expiry_reminder"] == 0

    sent = mails("card_expiry_reminder")
    assert len(sent) == 2
    assert {n.to for n in sent} == {person.email}
    assert {n.language for n in sent} == {"en"}
    assert sent[0].context == {"expires_on": "2027-04-01"}
    assert sent[0].status == Status.QUEUED
    assert list(Reminder.objects.order_by("lead_days").values_list("lead_days", flat=True)) == [
        90,
        180,
    ]
    # Certificates that end with the card are renewed with it: no separate mail.
    assert mails("cert_renewal_reminder") == []


@pytest.mark.django_db
def test_certificates_expiring_before_the_card_get_their_own_reminder():
    person = PersonFactory()
    overseas_card(person, expires_on=dt.date(2030, 4, 1), certs_on=dt.date(2026, 9, 30))
    with time_machine.travel(at(dt.date(2026, 6, 1)), tick=False):
        result = reminders_send()
    assert result == {
        "card_expiry_reminder": 0,
        "cert_renewal_reminder": 1,
        "return_switch_reminder": 0,
    }
    (mail,) = mails()
    assert mail.template == "cert_renewal_reminder"
    assert mail.context == {"expires_on": "2026-09-30"}
    reminder = Reminder.objects.get()
    assert reminder.lead_days == 180 and reminder.notification_id == mail.pk


@pytest.mark.django_db
def test_a_late_first_run_sends_only_the_nearest_stage():
    person = PersonFactory()
    overseas_card(person, expires_on=dt.date(2026, 3, 1))
    with time_machine.travel(at(dt.date(2026, 1, 1)), tick=False):
        card_reminders_send()
        card_reminders_send()
    assert len(mails("card_expiry_reminder")) == 1
    assert Reminder.objects.get().lead_days == 90


@pytest.mark.django_db
def test_no_reminder_for_domestic_inactive_expired_or_already_renewing_cards():
    today = dt.date(2026, 1, 1)
    soon = today + dt.timedelta(days=30)
    overseas_card(PersonFactory(), expires_on=soon, kind=CardKind.DOMESTIC)
    overseas_card(PersonFactory(), expires_on=soon, status=CardStatus.RETURNED)
    overseas_card(PersonFactory(), expires_on=today - dt.timedelta(days=1))
    renewing = PersonFactory()
    overseas_card(renewing, expires_on=soon)
    Case.objects.create(
        procedure="new_issuance", channel="mission_counter", state="received", person=renewing,
        intake_office=renewing.honseki, honseki_office=renewing.honseki,
        receipt_number="R25-000777-1", opened_at=at(today), state_entered_at=at(today),
    )  # fmt: skip
    with time_machine.travel(at(today), tick=False):
        assert sum(reminders_send().values()) == 0
    assert mails() == []


@pytest.mark.django_db
def test_reminder_for_an_unverified_address_is_held_not_sent():
    person = PersonFactory(email="taro.typed@example.com", email_verified_at=None)
    overseas_card(person, expires_on=dt.date(2026, 3, 1))
    with time_machine.travel(at(dt.date(2026, 1, 1)), tick=False):
        card_reminders_send()
    (mail,) = mails()
    assert mail.status == Status.HELD


def return_case(person, opened_on):
    return Case.objects.create(
        procedure="return_to_japan", channel="return_municipality", state="received",
        person=person, intake_office=person.honseki, honseki_office=person.honseki,
        receipt_number=f"R26-{person.pk:06d}-1", opened_at=at(opened_on),
        state_entered_at=at(opened_on),
    )  # fmt: skip


@pytest.mark.django_db
def test_return_switch_reminded_before_the_deadline_while_the_case_is_open(settings):
    settings.KOKUGAI_ASSUMPTIONS = {"return_switch_deadline_days": 90}
    person = PersonFactory()
    case = return_case(person, dt.date(2026, 2, 1))
    deadline = dt.date(2026, 5, 2)

    with time_machine.travel(at(deadline - dt.timedelta(days=31)), tick=False):
        assert return_reminders_send() == {"return_switch_reminder": 0}
    with time_machine.travel(at(deadline - dt.timedelta(days=30)), tick=False):
        assert return_reminders_send() == {"return_switch_reminder": 1}
        assert return_reminders_send() == {"return_switch_reminder": 0}
    with time_machine.travel(at(deadline - dt.timedelta(days=7)), tick=False):
        assert return_reminders_send() == {"return_switch_reminder": 1}
    (first, second) = mails("return_switch_reminder")
    assert (
        first.context
        == second.context
        == {"deadline": "2026-05-02", "procedure": "return_to_japan"}
    )
    assert Reminder.objects.filter(case=case).count() == 2

    case.closed_at = at(deadline - dt.timedelta(days=3))
    case.save()
    other = return_case(PersonFactory(), dt.date(2026, 2, 1))
    other.closed_at = at(dt.date(2026, 3, 1))
    other.save()
    with time_machine.travel(at(deadline - dt.timedelta(days=2)), tick=False):
        assert return_reminders_send() == {"return_switch_reminder": 0}


@pytest.mark.django_db
def test_the_assumption_moves_the_deadline(settings):
    settings.KOKUGAI_ASSUMPTIONS = {"return_switch_deadline_days": 14}
    return_case(PersonFactory(), dt.date(2026, 2, 1))
    with time_machine.travel(at(dt.date(2026, 2, 9)), tick=False):
        assert return_reminders_send() == {"return_switch_reminder": 1}
    assert mails()[0].context == {"deadline": "2026-02-15", "procedure": "return_to_japan"}
