"""Booking rules, capacity, waitlist, reminders: the service layer on a real database."""

from __future__ import annotations

import base64
import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from kokugai.appointments import services
from kokugai.appointments.errors import (
    AfterHoldingPeriod,
    AlreadyBooked,
    CapacityBelowBooked,
    NotReadyForPickup,
    SlotClosed,
    SlotFull,
    SlotInPast,
    TooShortNotice,
)
from kokugai.appointments.models import (
    Booking,
    BookingStatus,
    ServiceType,
    Slot,
    WaitlistEntry,
    WaitlistStatus,
)
from kokugai.core.errors import ApplicationError
from kokugai.core.models import AuditEntry, User
from kokugai.notifications.models import Notification
from kokugai.registry.models import Closure, Counter, StaffProfile, StaffRole

from .conftest import at_jst, slot_at

pytestmark = pytest.mark.django_db
FRIDAY = dt.date(2026, 1, 16)


@pytest.fixture
def clerk(sumida):
    # A counter clerk of the office whose appointment book it is (the services check).
    user = User.objects.create_user(username="clerk-sumida", password="x-Unused-123")
    StaffProfile.objects.create(user=user, office=sumida, role=StaffRole.CLERK)
    return user


def _state():
    return (
        list(Slot.objects.order_by("pk").values_list("pk", "capacity", "booked")),
        list(Booking.objects.order_by("pk").values_list("pk", "status", "slot_id")),
        Notification.objects.count(),
    )


def test_pickup_service_is_created_once_at_the_pickup_counter(sumida, pickup_counter):
    a = services.service_ensure_pickup(office=sumida)
    b = services.service_ensure_pickup(office=sumida)
    assert a.pk == b.pk
    assert a.code == "overseas_card_pickup" and a.name_ja == "国外転出者向けカード交付"
    assert a.counter == pickup_counter and a.counter.floor == "2F"
    assert a.case_states == ["ready_for_pickup"]


def test_pickup_service_creates_its_counter_where_none_exists(hachinohe):
    service = services.service_ensure_pickup(office=hachinohe)
    assert service.counter.office == hachinohe
    assert Counter.objects.filter(office=hachinohe, code="card-pickup").count() == 1


def test_intake_service_for_counters_that_take_applications_by_appointment(sumida):
    counter = Counter.objects.create(office=sumida, code="intake", name_ja="申請窓口", floor="1F")
    service = services.service_ensure_intake(office=sumida, counter=counter)
    assert service.kind == "intake" and service.counter.floor == "1F"
    assert ServiceType.objects.filter(office=sumida).count() == 1


def test_booking_takes_a_place_and_queues_a_confirmation_with_ics(now_arrived, service, make_case):
    case = make_case()
    slot = slot_at(service, at_jst(FRIDAY, 10))
    booking = services.appointment_book(case=case, slot=slot)

    slot.refresh_from_db()
    assert slot.booked == 1 and booking.status == BookingStatus.BOOKED
    assert booking.applicant_timezone == "Asia/Taipei"
    note = Notification.objects.get(template="appointment_confirmed")
    assert note.to == "taro@example.com" and note.case_id == case.pk
    assert note.context["starts_at_office"] == "2026-01-16 10:00 JST"
    assert note.context["starts_at_applicant"] == "2026-01-16 09:00 Asia/Taipei"
    assert note.context["starts_at_dual"] == "2026-01-16 10:00 JST (09:00 Asia/Taipei)"
    assert note.context["floor"] == "2F"
    assert "/appointments/manage/" in note.context["manage_url"]
    (attachment,) = note.attachments
    assert attachment["filename"] == "appointment.ics"
    ics = base64.b64decode(attachment["content_b64"]).decode()
    assert "DTSTART;TZID=Asia/Tokyo:20260116T100000" in ics
    assert "BEGIN:VTIMEZONE" in ics and "TZID:Asia/Tokyo" in ics
    assert AuditEntry.objects.filter(action="appointment_book", object_id=str(booking.pk)).exists()


def test_summary_for_the_demo(now_arrived, service, make_case):
    booking = services.appointment_book_at(case=make_case(), starts_at=at_jst(FRIDAY, 10))
    assert services.appointment_summary(booking) == {
        "service": "国外転出者向けカード交付",
        "service_en": "Card pickup for residents abroad (国外転出者向けカード交付)",
        "service_code": "overseas_card_pickup",
        "office": "東京都墨田区",
        "office_en": "Sumida City, Tokyo",
        "counter": "マイナンバーカード交付窓口",
        "counter_en": "My Number card pickup counter",
        "floor": "2F",
        "starts_at": "2026-01-16 10:00 JST",
        "applicant_timezone": "Asia/Taipei",
        "starts_at_applicant": "2026-01-16 09:00 Asia/Taipei",
        "starts_at_utc": "2026-01-16T01:00:00+00:00",
        "status": "booked",
    }


def test_without_email_the_booking_stands_and_no_mail_is_queued(now_arrived, service, make_case):
    booking = services.appointment_book_at(
        case=make_case(email=""), starts_at=at_jst(FRIDAY, 10), actor=None
    )
    assert booking.pk and Notification.objects.count() == 0


# --- bad input: each refused with its code, nothing changed ------------------------------


@pytest.mark.parametrize("state", ["shipped", "in_production", "issued", "uncollected"])
def test_not_before_arrival_nor_after_collection(now_arrived, service, make_case, state):
    case = make_case(state=state)
    slot = slot_at(service, at_jst(FRIDAY, 10))
    before = _state()
    with pytest.raises(NotReadyForPickup) as err:
        services.appointment_book(case=case, slot=slot)
    assert err.value.code == "not_ready_for_pickup" and err.value.status == 409
    assert _state() == before


def test_not_at_another_office_than_the_pickup_office(now_arrived, service, make_case, hachinohe):
    case = make_case(pickup_office=hachinohe)
    slot = slot_at(service, at_jst(FRIDAY, 10))
    before = _state()
    with pytest.raises(NotReadyForPickup):
        services.appointment_book(case=case, slot=slot)
    assert _state() == before


def test_not_after_the_holding_period(now_arrived, service, make_case):
    case = make_case(deadline=dt.date(2026, 1, 15))
    slot = slot_at(service, at_jst(FRIDAY, 10))
    before = _state()
    with pytest.raises(AfterHoldingPeriod) as err:
        services.appointment_book(case=case, slot=slot)
    assert err.value.code == "after_holding_period"
    assert err.value.fields["last_day"] == "2026-01-15"
    assert _state() == before


def test_not_once_the_holding_period_is_over(service, make_case):
    import time_machine

    case = make_case(deadline=dt.date(2026, 1, 15))
    with time_machine.travel(at_jst(dt.date(2026, 1, 16), 8), tick=False):
        slot = slot_at(service, at_jst(dt.date(2026, 1, 19), 10))
        with pytest.raises(AfterHoldingPeriod):
            services.appointment_book(case=case, slot=slot)


def test_not_in_the_past_nor_without_notice(service, make_case):
    import time_machine

    case = make_case()
    with time_machine.travel(at_jst(FRIDAY, 10, 30), tick=False):
        past = slot_at(service, at_jst(FRIDAY, 10))
        soon = slot_at(service, at_jst(FRIDAY, 11))
        before = _state()
        with pytest.raises(SlotInPast) as err:
            services.appointment_book(case=case, slot=past)
        assert err.value.code == "slot_in_past"
        with pytest.raises(TooShortNotice) as err:
            services.appointment_book(case=case, slot=soon)
        assert err.value.code == "too_short_notice"
        assert _state() == before
        # Staff at the counter may book a walk-in for the next slot.
        clerk = User.objects.create_user(username="walkin-clerk", password="x-Unused-123")
        assert services.appointment_book(case=case, slot=soon, actor=clerk).pk


def test_not_at_a_closed_time(now_arrived, service, make_case):
    case = make_case()
    before = _state()
    # Saturday, a national holiday (成人の日 2026-01-12), lunch time, year-end: no slot.
    for when in (
        at_jst(dt.date(2026, 1, 17), 10),
        at_jst(dt.date(2026, 1, 12), 10),
        at_jst(FRIDAY, 12),
        at_jst(dt.date(2025, 12, 30), 10),
    ):
        with pytest.raises(SlotClosed) as err:
            services.appointment_book_at(case=case, starts_at=when)
        assert err.value.code == "slot_closed"
    assert Booking.objects.count() == 0 and Notification.objects.count() == 0
    # A closure entered after the slots were made also closes them.
    slot = slot_at(service, at_jst(FRIDAY, 10))
    Closure.objects.create(office=service.office, date=FRIDAY, reason="庁舎点検")
    before = _state()
    with pytest.raises(SlotClosed):
        services.appointment_book(case=case, slot=slot)
    assert _state() == before


def test_not_twice_for_one_case(now_arrived, service, make_case):
    case = make_case()
    services.appointment_book(case=case, slot=slot_at(service, at_jst(FRIDAY, 10)))
    other = slot_at(service, at_jst(FRIDAY, 11))
    before = _state()
    with pytest.raises(AlreadyBooked) as err:
        services.appointment_book(case=case, slot=other)
    assert err.value.code == "already_booked"
    assert _state() == before


def test_not_into_a_full_slot(now_arrived, service, make_case):
    slot = slot_at(service, at_jst(FRIDAY, 10))
    assert slot.capacity == 2
    services.appointment_book(case=make_case(), slot=slot)
    services.appointment_book(case=make_case(), slot=slot)
    late = make_case()
    before = _state()
    with pytest.raises(SlotFull) as err:
        services.appointment_book(case=late, slot=slot)
    assert err.value.code == "slot_full"
    assert _state() == before


def test_the_database_itself_refuses_overbooking_and_a_second_active_booking(
    now_arrived, service, make_case
):
    slot = slot_at(service, at_jst(FRIDAY, 10))
    with pytest.raises(IntegrityError), transaction.atomic():
        Slot.objects.filter(pk=slot.pk).update(booked=slot.capacity + 1)
    case = make_case()
    booking = services.appointment_book(case=case, slot=slot)
    with pytest.raises(IntegrityError), transaction.atomic():
        Booking.objects.create(
            slot=slot,
            case=case,
            person=case.person,
            applicant_timezone="Asia/Taipei",
            created_at=booking.created_at,
        )


# --- cancel, reschedule, waitlist ----------------------------------------------------------


def test_cancel_puts_the_place_back_on_sale(now_arrived, service, make_case):
    case = make_case()
    booking = services.appointment_book(case=case, slot=slot_at(service, at_jst(FRIDAY, 10)))
    services.appointment_cancel(booking=booking)
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CANCELLED and booking.slot.booked == 0
    assert Notification.objects.filter(template="appointment_cancelled").count() == 1
    # ... and the case may book again.
    again = services.appointment_book(case=case, slot=slot_at(service, at_jst(FRIDAY, 11)))
    assert again.is_active


def test_reschedule_moves_the_same_booking_and_frees_the_old_place(now_arrived, service, make_case):
    booking = services.appointment_book(case=make_case(), slot=slot_at(service, at_jst(FRIDAY, 10)))
    new = slot_at(service, at_jst(dt.date(2026, 1, 19), 14))
    moved = services.appointment_reschedule(booking=booking, slot=new)
    assert moved.pk == booking.pk and moved.slot_id == new.pk and moved.rescheduled_count == 1
    assert Slot.objects.get(starts_at=at_jst(FRIDAY, 10)).booked == 0
    assert Slot.objects.get(pk=new.pk).booked == 1
    assert Notification.objects.filter(template="appointment_confirmed").count() == 2


def test_reschedule_into_a_full_slot_changes_nothing(now_arrived, service, make_case, clerk):
    full = slot_at(service, at_jst(FRIDAY, 14))
    services.slot_capacity_set(slot=full, capacity=1, actor=clerk)
    services.appointment_book(case=make_case(), slot=full)
    booking = services.appointment_book(case=make_case(), slot=slot_at(service, at_jst(FRIDAY, 10)))
    before = _state()
    with pytest.raises(SlotFull):
        services.appointment_reschedule(booking=booking, slot=full)
    assert _state() == before


def test_a_freed_place_goes_to_the_waitlist_automatically(now_arrived, service, make_case, clerk):
    slot = slot_at(service, at_jst(FRIDAY, 10))
    services.slot_capacity_set(slot=slot, capacity=1, actor=clerk)
    first = services.appointment_book(case=make_case(), slot=slot)
    waiting_case = make_case(zone="Europe/Berlin")
    too_late = make_case()
    services.waitlist_join(case=too_late, earliest=dt.date(2026, 2, 1))
    entry = services.waitlist_join(
        case=waiting_case, earliest=dt.date(2026, 1, 10), latest=dt.date(2026, 1, 20)
    )

    services.appointment_cancel(booking=first)

    entry.refresh_from_db()
    assert entry.status == WaitlistStatus.BOOKED
    offered = Booking.objects.get(case=waiting_case)
    assert offered.slot_id == slot.pk and offered.from_waitlist
    assert Slot.objects.get(pk=slot.pk).booked == 1
    assert WaitlistEntry.objects.get(case=too_late).status == WaitlistStatus.WAITING
    mail = Notification.objects.filter(case=waiting_case, template="appointment_confirmed").get()
    assert mail.context["from_waitlist"] is True
    assert mail.context["starts_at_applicant"] == "2026-01-16 02:00 Europe/Berlin"


def test_added_capacity_also_serves_the_waitlist(now_arrived, service, make_case, clerk):
    slot = slot_at(service, at_jst(FRIDAY, 10))
    services.day_capacity_adjust(service=service, day=FRIDAY, delta=-2, actor=clerk)
    slot.refresh_from_db()
    assert slot.capacity == 0
    with pytest.raises(SlotClosed):
        services.appointment_book(case=make_case(), slot=slot)
    waiting = make_case()
    services.waitlist_join(case=waiting, earliest=FRIDAY, latest=FRIDAY)
    services.day_capacity_adjust(service=service, day=FRIDAY, delta=1, actor=clerk)
    booking = Booking.objects.get(case=waiting)
    assert booking.from_waitlist and booking.slot.starts_at == at_jst(FRIDAY, 9)


def test_staff_never_cut_capacity_below_what_is_booked(now_arrived, service, make_case, clerk):
    slot = slot_at(service, at_jst(FRIDAY, 10))
    services.appointment_book(case=make_case(), slot=slot)
    with pytest.raises(CapacityBelowBooked) as err:
        services.slot_capacity_set(slot=slot, capacity=0, actor=clerk)
    assert err.value.code == "capacity_below_booked"
    assert Slot.objects.get(pk=slot.pk).capacity == 2
    day = services.day_capacity_adjust(service=service, day=FRIDAY, delta=-5, actor=clerk)
    caps = {s.starts_at: (s.capacity, s.booked) for s in day}
    assert caps[at_jst(FRIDAY, 10)] == (1, 1)
    assert all(c == 0 for when, (c, b) in caps.items() if when != at_jst(FRIDAY, 10))


# --- staff at the counter, reminders -----------------------------------------------------


def test_check_in_and_no_show(service, make_case, clerk):
    import time_machine

    with time_machine.travel(at_jst(dt.date(2026, 1, 14), 9), tick=False):
        a = services.appointment_book(case=make_case(), slot=slot_at(service, at_jst(FRIDAY, 10)))
        b = services.appointment_book(case=make_case(), slot=slot_at(service, at_jst(FRIDAY, 10)))
    with time_machine.travel(at_jst(FRIDAY, 10, 5), tick=False):
        assert services.appointment_check_in(booking=a, actor=clerk).status == "checked_in"
        assert services.appointment_no_show(booking=b, actor=clerk).status == "no_show"
        # A checked-in booking is still the case's active one.
        with pytest.raises(AlreadyBooked):
            services.appointment_book(case=a.case, slot=slot_at(service, at_jst(FRIDAY, 15)))


def test_reminders_go_out_once_the_day_before(service, make_case):
    import time_machine

    with time_machine.travel(at_jst(dt.date(2026, 1, 5), 9), tick=False):
        services.appointment_book(case=make_case(), slot=slot_at(service, at_jst(FRIDAY, 10)))
        assert services.appointment_reminders_send() == 0
    with time_machine.travel(at_jst(dt.date(2026, 1, 15), 9), tick=False):
        assert services.appointment_reminders_send() == 1
        assert services.appointment_reminders_send() == 0
    assert Notification.objects.filter(template="appointment_reminder").count() == 1


def test_send_reminders_command_and_task(service, make_case):
    import io

    import time_machine
    from django.core.management import call_command

    from kokugai.appointments import tasks

    with time_machine.travel(at_jst(dt.date(2026, 1, 5), 9), tick=False):
        services.appointment_book(case=make_case(), slot=slot_at(service, at_jst(FRIDAY, 10)))
        services.appointment_book(case=make_case(), slot=slot_at(service, at_jst(FRIDAY, 11)))
    with time_machine.travel(at_jst(dt.date(2026, 1, 15), 9), tick=False):
        out = io.StringIO()
        call_command("send_reminders", stdout=out)
        assert out.getvalue().strip() == "reminders=2"
        assert tasks.send_reminders.call() == 0


def test_a_case_that_leaves_pickup_gives_its_place_back(now_arrived, service, make_case, clerk):
    case = make_case()
    slot = slot_at(service, at_jst(FRIDAY, 10))
    services.appointment_book(case=case, slot=slot)
    # e.g. cases.case_change_pickup, in its own transaction
    type(case).objects.filter(pk=case.pk).update(state="shipped")
    cancelled = services.appointment_cancel_for_case(case=case, actor=clerk, reason="change_pickup")
    assert cancelled is not None and cancelled.status == "cancelled"
    assert Slot.objects.get(pk=slot.pk).booked == 0
    assert services.appointment_cancel_for_case(case=case, actor=clerk) is None


# --- the services check who may run the appointment book (issue 12 §4) -------------------


def _staff(office, role, name):
    user = User.objects.create_user(username=name, password="x-Unused-123")
    StaffProfile.objects.create(user=user, office=office, role=role)
    return user


def test_capacity_and_check_in_refuse_strangers_and_other_roles(
    now_arrived, service, make_case, clerk, sumida, hachinohe
):
    slot = slot_at(service, at_jst(FRIDAY, 10))
    booking = services.appointment_book(case=make_case(), slot=slot)
    before = (Slot.objects.get(pk=slot.pk).capacity, Booking.objects.get(pk=booking.pk).status)
    no_profile = User.objects.create_user(username="walk-in", password="x-Unused-123")
    other_office = _staff(hachinohe, StaffRole.CLERK, "hachinohe-clerk-x")
    reviewer_here = _staff(sumida, StaffRole.REVIEWER, "sumida-reviewer-x")
    admin_here = _staff(sumida, StaffRole.ADMIN, "sumida-admin-x")
    for actor, code in (
        (no_profile, "office_not_allowed"),
        (other_office, "office_not_allowed"),
        (reviewer_here, "role_not_allowed"),
    ):
        for attempt in (
            lambda a=actor: services.slot_capacity_set(slot=slot, capacity=9, actor=a),
            lambda a=actor: services.day_capacity_adjust(
                service=service, day=FRIDAY, delta=5, actor=a
            ),
            lambda a=actor: services.appointment_check_in(booking=booking, actor=a),
            lambda a=actor: services.appointment_no_show(booking=booking, actor=a),
        ):
            with pytest.raises(ApplicationError) as exc:
                attempt()
            assert (exc.value.code, exc.value.status) == (code, 403)
    # The office admin sets capacity but does no counter work; the clerk does both.
    with pytest.raises(ApplicationError) as exc:
        services.appointment_check_in(booking=booking, actor=admin_here)
    assert exc.value.code == "role_not_allowed"
    assert (Slot.objects.get(pk=slot.pk).capacity, Booking.objects.get(pk=booking.pk).status) == (
        before
    )
    assert services.slot_capacity_set(slot=slot, capacity=4, actor=admin_here).capacity == 4
    assert services.appointment_check_in(booking=booking, actor=clerk).status == "checked_in"
