"""Family pickup: one booking for the household once the last card has arrived (or per
member by choice), capacity counted per person, the visit long enough for all."""

from __future__ import annotations

import datetime as dt

import pytest

from kokugai.appointments.errors import SlotFull
from kokugai.appointments.households import household_pickup_book, minutes_per_person
from kokugai.appointments.models import Booking, Slot
from kokugai.cases import household_services as hs
from kokugai.core.audit import AuditEntry
from kokugai.core.errors import ApplicationError
from kokugai.notifications.models import Notification

from .conftest import at_jst, slot_at

FRIDAY = dt.date(2025, 12, 12)
REP = "hanako@example.com"


@pytest.fixture
def family(db, now_arrived, make_case, service):
    cases = [make_case(email=REP) for _ in range(4)]
    return hs.household_link(cases=cases, representative=cases[1], actor=None), cases


def test_together_waits_for_the_last_card(family):
    household, cases = family
    cases[3].state = "shipped"
    cases[3].save(update_fields=["state"])
    with pytest.raises(ApplicationError) as e:
        household_pickup_book(household=household, starts_at=at_jst(FRIDAY, 10))
    assert e.value.code == "household_not_all_arrived"
    assert "国外 太郎" in str(e.value.message)
    assert not Booking.objects.exists()


def test_one_booking_for_the_family_counted_per_person(family, service):
    household, cases = family
    assert minutes_per_person(service) == 10 and service.slot_minutes == 30
    bookings = household_pickup_book(household=household, starts_at=at_jst(FRIDAY, 10))
    assert [b.case_id for b in bookings] == [c.pk for c in cases]
    # 4 × 10 minutes = 40: two consecutive 30-minute slots, two people in each.
    starts = [b.slot.starts_at for b in bookings]
    assert starts == [at_jst(FRIDAY, 10)] * 2 + [at_jst(FRIDAY, 10, 30)] * 2
    assert Slot.objects.get(service=service, starts_at=at_jst(FRIDAY, 10)).booked == 2
    assert Slot.objects.get(service=service, starts_at=at_jst(FRIDAY, 10, 30)).booked == 2
    entry = AuditEntry.objects.get(action="household.pickup_book")
    assert entry.detail["minutes"] == 40 and len(entry.detail["bookings"]) == 4
    # ONE confirmation, to the representative, naming every member (not one per member).
    assert not Notification.objects.filter(template="appointment_confirmed").exists()
    sent = Notification.objects.get(template="household_appointment_confirmed")
    assert sent.to == REP and len(sent.context["members"].splitlines()) == 4


def test_a_full_slot_books_nobody(family, make_case, service):
    household, _cases = family
    from kokugai.appointments import services

    other = make_case(email="someone@example.com")
    services.appointment_book(case=other, slot=slot_at(service, at_jst(FRIDAY, 10)))
    with pytest.raises(SlotFull):
        household_pickup_book(household=household, starts_at=at_jst(FRIDAY, 10))
    assert Booking.objects.count() == 1
    assert Slot.objects.get(service=service, starts_at=at_jst(FRIDAY, 10)).booked == 1
    assert Slot.objects.get(service=service, starts_at=at_jst(FRIDAY, 10, 30)).booked == 0


def test_the_visit_length_is_a_setting_per_service(family, service, settings):
    household, _cases = family
    settings.KOKUGAI_FAMILY_PICKUP_MINUTES = {service.code: 30}
    bookings = household_pickup_book(household=household, starts_at=at_jst(FRIDAY, 10))
    starts = sorted({b.slot.starts_at for b in bookings})
    assert starts == [at_jst(FRIDAY, 10, m) for m in (0, 30)] + [
        at_jst(FRIDAY, 11, m) for m in (0, 30)
    ]


def test_a_visit_running_past_closing_time_is_refused(family, service):
    household, _cases = family
    with pytest.raises(ApplicationError) as e:
        household_pickup_book(household=household, starts_at=at_jst(FRIDAY, 16, 30))
    assert e.value.code == "slot_closed"
    assert not Booking.objects.exists()


def test_per_member_when_the_family_chooses(family):
    household, cases = family
    household.pickup_together = False
    household.save(update_fields=["pickup_together"])
    cases[2].state = cases[3].state = "shipped"
    cases[2].save(update_fields=["state"])
    cases[3].save(update_fields=["state"])
    bookings = household_pickup_book(household=household, starts_at=at_jst(FRIDAY, 10))
    assert [b.case_id for b in bookings] == [cases[0].pk, cases[1].pk]
    assert {b.slot.starts_at for b in bookings} == {at_jst(FRIDAY, 10)}


def test_a_case_outside_the_household_is_refused(family, make_case):
    household, _cases = family
    household.pickup_together = False
    household.save(update_fields=["pickup_together"])
    with pytest.raises(ApplicationError) as e:
        household_pickup_book(
            household=household, starts_at=at_jst(FRIDAY, 10), cases=[make_case()]
        )
    assert e.value.code == "household_not_member"


def test_staff_of_another_office_cannot_book_for_the_family(family, hachinohe):
    from factories import StaffFactory
    from kokugai.registry.models import StaffRole

    household, _cases = family
    outsider = StaffFactory(office=hachinohe, role=StaffRole.CLERK).user
    with pytest.raises(ApplicationError) as e:
        household_pickup_book(household=household, starts_at=at_jst(FRIDAY, 10), actor=outsider)
    assert e.value.code == "office_not_allowed"
    assert not Booking.objects.exists()


def test_a_members_own_booking_link_waits_for_the_family_too(family, service):
    from kokugai.appointments import services

    household, cases = family
    cases[3].state = "shipped"
    cases[3].save(update_fields=["state"])
    with pytest.raises(ApplicationError) as e:
        services.appointment_book(case=cases[0], slot=slot_at(service, at_jst(FRIDAY, 10)))
    assert e.value.code == "not_ready_for_pickup" and "国外 太郎" in str(e.value.message)
    # Collecting one by one (the family's choice), or a member who left the household's
    # wait (a closed case), opens it.
    household.pickup_together = False
    household.save(update_fields=["pickup_together"])
    services.appointment_book(case=cases[0], slot=slot_at(service, at_jst(FRIDAY, 10)))


def test_a_withdrawn_member_does_not_hold_the_family_back(family, service, settings):
    import datetime as dt

    from kokugai.cases.models import Case

    household, cases = family
    # 3 × 20 minutes: two slots (a slot takes two people).
    settings.KOKUGAI_FAMILY_PICKUP_MINUTES = {service.code: 20}
    Case.objects.filter(pk=cases[3].pk).update(
        state="withdrawn", closed_at=dt.datetime(2025, 12, 1, tzinfo=dt.UTC)
    )
    bookings = household_pickup_book(household=household, starts_at=at_jst(FRIDAY, 10))
    assert len(bookings) == 3
