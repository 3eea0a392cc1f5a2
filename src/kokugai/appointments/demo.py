"""The seed's pickup, as steps of ``kokugai demo`` (registered with kokugai.cases.demo).

In the seed the card had arrived but the booking site had no entry for it, so the citizen
was told to book 電子証明書更新 (1F) and walk to 2F. Here the arrival opens the right
service at the 2F pickup counter, and the citizen books it from Taipei.
"""

from __future__ import annotations

from kokugai.appointments import (
    family_demo,  # noqa: F401 - registers the family story
    services,
)
from kokugai.appointments.errors import SlotFull
from kokugai.appointments.models import Booking, Slot
from kokugai.cases.demo import Story, demo_step, jst

#: The visit of the seed: collected on 2026-01-16, booked from Taiwan after the arrival mail.
APPOINTMENT_AT = jst(2026, 1, 16, 13, 30)


@demo_step("book_pickup_from_taipei", jst(2025, 12, 6, 21, 0))
def _book(story: Story) -> None:
    case = story.the_case()
    try:
        booking = services.appointment_book_at(case=case, starts_at=APPOINTMENT_AT)
    except SlotFull:
        # A replay on the same database: the clerk opens one more place, as staff may.
        service = services.service_for_case(case)
        slot = Slot.objects.get(service=service, starts_at=APPOINTMENT_AT)
        services.slot_capacity_set(
            slot=slot, capacity=slot.capacity + 1, actor=story.users["sumida-clerk"]
        )
        booking = services.appointment_book_at(case=case, starts_at=APPOINTMENT_AT)
    story.extra["booking_id"] = booking.pk
    story.extra["appointment"] = services.appointment_summary(booking)


@demo_step("remind_the_day_before", jst(2026, 1, 15, 9, 0))
def _remind(story: Story) -> None:
    services.appointment_reminders_send()


@demo_step("check_in_at_sumida_2f", jst(2026, 1, 16, 13, 40))
def _check_in(story: Story) -> None:
    booking = Booking.objects.get(pk=story.extra["booking_id"])
    booking = services.appointment_check_in(booking=booking, actor=story.users["sumida-clerk"])
    story.extra["appointment"] = services.appointment_summary(booking)
