"""Transition events (cases/events.py): how higher apps react without `cases` naming them."""

from __future__ import annotations

import datetime as dt

import pytest

from factories import CaseFactory
from kokugai.appointments import services as appointments
from kokugai.appointments import subscriptions
from kokugai.appointments.models import BookingStatus, ServiceType, Slot
from kokugai.cases import events, services
from kokugai.cases.models import Case, CaseEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def own_subscriptions(monkeypatch):
    """Subscriptions added by a test are gone after it."""
    monkeypatch.setattr(events, "_subscriptions", list(events._subscriptions))


def _booked(case):
    service = ServiceType.objects.get(office=case.pickup_office, code="overseas_card_pickup")
    start = dt.date.today() + dt.timedelta(days=3)
    appointments.slots_materialise(service=service, start=start, end=start + dt.timedelta(days=14))
    slot = Slot.objects.filter(service=service, booked=0).order_by("starts_at").first()
    return appointments.appointment_book(case=case, slot=slot)


def test_the_appointment_book_subscribes_in_its_app_config():
    assert subscriptions.pickup_service_ready in events.subscriptions("receive")
    assert subscriptions.booking_complete in events.subscriptions("hand_over")
    for name in ("expire", "withdraw", "change_pickup"):
        assert subscriptions.booking_cancel in events.subscriptions(name)
    assert subscriptions.booking_cancel not in events.subscriptions("forward")


def test_subscribing_twice_is_a_no_op(own_subscriptions):
    def handler(event):
        return None

    events.subscribe(handler, ["forward"])
    events.subscribe(handler, ["forward"])
    assert events.subscriptions("forward").count(handler) == 1


def test_a_failing_subscriber_rolls_the_transition_back_with_its_booking(own_subscriptions):
    """Withdrawal and the cancellation of its booking are one transaction."""
    case = CaseFactory(ready_for_pickup=True)
    booking = _booked(case)
    events_before = CaseEvent.objects.filter(case=case).count()

    @events.on_transition("withdraw")
    def explode(event):
        raise RuntimeError("downstream failed")

    with pytest.raises(RuntimeError):
        services.case_withdraw(case=case, actor=None)

    assert Case.objects.get(pk=case.pk).state == "ready_for_pickup"
    assert CaseEvent.objects.filter(case=case).count() == events_before
    booking.refresh_from_db()
    assert booking.status == BookingStatus.BOOKED  # the cancellation rolled back too
    assert Slot.objects.get(pk=booking.slot_id).booked == 1


def test_what_a_subscriber_returns_is_recorded_in_the_case_event(own_subscriptions):
    case = CaseFactory()
    cast = CaseFactory.cast_of(case)
    seen = []

    @events.on_transition("forward")
    def record(event):
        seen.append((event.name, event.from_state, event.to_state, event.case.state))
        return {"seen_by": "test"}

    services.case_forward(case=case, actor=cast.staff["intake"])
    assert seen == [("forward", "received", "at_honseki", "at_honseki")]
    assert case.events.first().data["seen_by"] == "test"


def test_every_transition_and_the_opening_reach_a_catch_all_subscriber(own_subscriptions):
    names = []
    events.subscribe(lambda event: names.append(event.name))
    case = CaseFactory()
    services.case_forward(case=case, actor=CaseFactory.cast_of(case).staff["intake"])
    assert names[-2:] == ["open", "forward"]


def test_an_after_commit_subscriber_runs_only_once_the_transition_commits(
    own_subscriptions, django_capture_on_commit_callbacks
):
    case = CaseFactory()
    cast = CaseFactory.cast_of(case)
    calls = []
    events.subscribe(lambda e: calls.append(e.to_state), ["forward"], after_commit=True)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        services.case_forward(case=case, actor=cast.staff["intake"])
        assert calls == []  # not inside the transaction
    assert len(callbacks) >= 1
    assert calls == ["at_honseki"]
