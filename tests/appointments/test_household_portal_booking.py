"""The family books its one pickup from the portal (issue 17 §4): the representative alone gets
ONE mail with a booking link bound to the household once the last card has arrived; the
link's page books every member together or nobody; its confirmation and reminder are ONE mail
each to the representative, naming every member."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from django.core import signing

from factories import StaffFactory
from kokugai.appointments import services as appointments
from kokugai.appointments.models import Booking, ReminderStatus, Slot
from kokugai.cases import household_services as hs
from kokugai.cases import services as cases
from kokugai.cases import tokens
from kokugai.core.errors import ApplicationError
from kokugai.notifications.models import Notification
from kokugai.registry.models import StaffRole

from .conftest import ARRIVED, at_jst, slot_at

FRIDAY = dt.date(2025, 12, 12)
REP = "hanako@example.com"
PARTNER = "partner@example.com"


@pytest.fixture
def family(db, now_arrived, make_case, service):
    """Four members, every card still on its way; the partner (member 0) has an own address."""
    cases_ = [make_case(state="shipped", email=PARTNER)] + [
        make_case(state="shipped", email=REP) for _ in range(3)
    ]
    household = hs.household_link(cases=cases_, representative=cases_[1], actor=None)
    return household, cases_


@pytest.fixture
def clerk(sumida):
    return StaffFactory(office=sumida, role=StaffRole.CLERK).user


def _receive_all(cases_, clerk):
    for case in cases_:
        cases.case_receive(case=case, actor=clerk)


def _link(mail: Notification) -> str:
    url = mail.context["booking_url"]
    return re.sub(r"^https?://[^/]+", "", url)


def test_one_mail_to_the_representative_once_the_last_card_arrived(family, clerk):
    household, cases_ = family
    _receive_all(cases_[:3], clerk)
    assert not Notification.objects.filter(template="household_arrived").exists()
    _receive_all(cases_[3:], clerk)
    mails = Notification.objects.filter(template="household_arrived")
    assert mails.count() == 1
    mail = mails.get()
    assert mail.to == REP
    assert len(mail.context["members"].splitlines()) == 4
    assert "/book/family/" in mail.context["booking_url"]
    # Nobody else, the partner with an own address included, receives the family's link.
    assert not Notification.objects.filter(to=PARTNER, template="household_arrived").exists()
    # A family that collects together gets no member's own "book here" mail, whose link
    # would only be refused: the one family mail is the way to book.
    assert not Notification.objects.filter(template="arrived").exists()


def test_per_member_choice_mails_the_link_on_each_arrival(family, clerk):
    household, cases_ = family
    household.pickup_together = False
    household.save(update_fields=["pickup_together"])
    _receive_all(cases_[:2], clerk)
    mails = Notification.objects.filter(template="household_arrived").order_by("pk")
    assert mails.count() == 2 and {m.to for m in mails} == {REP}
    assert [len(m.context["members"].splitlines()) for m in mails] == [1, 1]
    # Per member, each member's own link books that member: their own mails still go.
    assert Notification.objects.filter(template="arrived").count() == 2


def test_the_link_books_every_member_with_one_confirmation(family, clerk, client, service):
    household, cases_ = family
    _receive_all(cases_, clerk)
    path = _link(Notification.objects.get(template="household_arrived"))
    page = client.get(path + "?day=" + FRIDAY.isoformat())
    assert page.status_code == 200
    assert "国外 太郎" in page.content.decode()
    slot = slot_at(service, at_jst(FRIDAY, 10))
    Notification.objects.all().delete()
    response = client.post(path + "?day=" + FRIDAY.isoformat(), {"slot": slot.pk})
    assert response.status_code == 302
    booked = Booking.objects.filter(case__in=cases_)
    assert booked.count() == 4
    # ONE confirmation, to the representative, naming every member; no mail per member.
    assert not Notification.objects.filter(template="appointment_confirmed").exists()
    confirmation = Notification.objects.get(template="household_appointment_confirmed")
    assert confirmation.to == REP and len(confirmation.context["members"].splitlines()) == 4
    # The page now shows the family's booking instead of the picker.
    again = client.get(path).content.decode()
    assert 'id="family-booked"' in again and 'name="slot"' not in again


def test_a_full_slot_through_the_link_books_nobody(family, clerk, client, service, make_case):
    household, cases_ = family
    _receive_all(cases_, clerk)
    path = _link(Notification.objects.get(template="household_arrived"))
    slot = slot_at(service, at_jst(FRIDAY, 10))
    Slot.objects.filter(pk=slot.pk).update(capacity=1)
    response = client.post(path + "?day=" + FRIDAY.isoformat(), {"slot": slot.pk})
    assert response.status_code == 409
    assert "slot_full" in response.content.decode()
    assert not Booking.objects.filter(case__in=cases_).exists()
    assert Slot.objects.get(pk=slot.pk).booked == 0


def test_the_link_waits_for_the_last_card(family, clerk, client):
    household, cases_ = family
    _receive_all(cases_[:3], clerk)
    token = tokens.household_book_token(household.pk, household.representative_id)
    response = client.get(f"/appointments/book/family/{token}/")
    assert response.status_code == 409
    assert "household_not_all_arrived" in response.content.decode()


def test_forged_and_foreign_tokens_are_refused(family, clerk, client):
    household, cases_ = family
    _receive_all(cases_, clerk)
    # Signed with another key: forged.
    forged = signing.dumps(
        {"h": household.pk, "r": household.representative_id},
        key="not-the-secret-key-at-all-0123456789abcdef",
        salt=tokens.HOUSEHOLD_BOOK.salt,
        compress=True,
    )
    # A single case's booking link is not a family link.
    single = tokens.make_token(cases_[1].pk, tokens.BOOK)
    # Bound to the representative: a token naming another member is refused.
    other = tokens.household_book_token(household.pk, cases_[0].person_id)
    for token in (forged, single, other, "garbage"):
        response = client.get(f"/appointments/book/family/{token}/")
        assert response.status_code == 404, token
        assert "link_invalid" in response.content.decode()
    assert not Booking.objects.exists()


def test_an_expired_link_is_refused(family, clerk, client, service):
    household, cases_ = family
    _receive_all(cases_, clerk)
    path = _link(Notification.objects.get(template="household_arrived"))
    with time_machine.travel(ARRIVED + dt.timedelta(days=121), tick=False):
        response = client.post(path, {"slot": slot_at(service, at_jst(FRIDAY, 10)).pk})
    assert response.status_code == 410
    assert "link_expired" in response.content.decode()
    assert not Booking.objects.exists()


def test_one_reminder_for_the_family(family, clerk, client, service):
    from kokugai.appointments.households import household_pickup_book

    household, cases_ = family
    _receive_all(cases_, clerk)
    household_pickup_book(household=household, starts_at=at_jst(FRIDAY, 10))
    with time_machine.travel(at_jst(FRIDAY, 8), tick=False):
        sent = appointments.appointment_reminders_send(lead=dt.timedelta(hours=24))
    assert sent == 1
    reminders = Notification.objects.filter(template__endswith="appointment_reminder")
    assert reminders.count() == 1
    reminder = reminders.get()
    assert reminder.template == "household_appointment_reminder" and reminder.to == REP
    assert len(reminder.context["members"].splitlines()) == 4
    statuses = set(Booking.objects.values_list("reminder_status", flat=True))
    assert statuses == {ReminderStatus.SENT}
    # Run again: nothing twice.
    with time_machine.travel(at_jst(FRIDAY, 9), tick=False):
        assert appointments.appointment_reminders_send(lead=dt.timedelta(hours=24)) == 0


def test_a_members_own_link_cannot_split_the_family(family, clerk, client, service):
    """A family that collects together is booked as one: a member's single booking link
    (the partner's "arrived" mail) does not book that member alone, page or service."""
    household, cases_ = family
    _receive_all(cases_, clerk)
    token = tokens.make_token(cases_[0].pk, tokens.BOOK)
    slot = slot_at(service, at_jst(FRIDAY, 10))
    response = client.post(f"/appointments/book/{token}/", {"slot": slot.pk})
    assert response.status_code == 409
    assert "not_ready_for_pickup" in response.content.decode()
    with pytest.raises(ApplicationError) as e:
        appointments.appointment_book(case=cases_[0], slot=slot)
    assert e.value.fields == {"household": "together"}
    assert not Booking.objects.exists()
    # Staff at the counter still may (e.g. a member who must leave early).
    appointments.appointment_book(case=cases_[0], slot=slot, actor=clerk)
    assert Booking.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_the_last_two_cards_recorded_at_once_send_the_mail_exactly_once(family, clerk):
    """Two clerks record the last two arrivals at the same moment: the household row lock
    makes the second see the first, so the family gets one mail (not none, not two)."""
    import threading

    from django.db import connection, connections

    if connection.vendor != "postgresql":
        pytest.skip("row locks: PostgreSQL (SQLite serialises every writer anyway)")
    household, cases_ = family
    _receive_all(cases_[:2], clerk)
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def receive(case):
        try:
            barrier.wait(timeout=30)
            cases.case_receive(case=case, actor=clerk)
        except BaseException as exc:
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=receive, args=(c,)) for c in cases_[2:]]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    mails = Notification.objects.filter(template="household_arrived")
    assert mails.count() == 1 and mails.get().to == REP
    assert len(mails.get().context["members"].splitlines()) == 4


def test_per_member_the_link_books_the_arrived_members_not_yet_booked(
    family, clerk, client, service
):
    household, cases_ = family
    household.pickup_together = False
    household.save(update_fields=["pickup_together"])
    _receive_all(cases_[:2], clerk)
    path = _link(Notification.objects.filter(template="household_arrived").first())
    first = slot_at(service, at_jst(FRIDAY, 10))
    assert client.post(path + "?day=" + FRIDAY.isoformat(), {"slot": first.pk}).status_code == 302
    assert set(Booking.objects.values_list("case_id", flat=True)) == {c.pk for c in cases_[:2]}
    # The third card arrives: the same link now books only that member.
    _receive_all(cases_[2:3], clerk)
    page = client.get(path).content.decode()
    assert 'id="family-booked"' in page and 'id="family-to-book"' in page
    later = slot_at(service, at_jst(FRIDAY, 14))
    assert client.post(path + "?day=" + FRIDAY.isoformat(), {"slot": later.pk}).status_code == 302
    assert Booking.objects.get(case=cases_[2]).slot_id == later.pk
    assert Booking.objects.count() == 3
