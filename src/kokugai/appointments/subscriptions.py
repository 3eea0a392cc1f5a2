"""The appointment book's reactions to case transitions (subscribed in ``AppConfig.ready``).

`cases` may not import `appointments` (design.md §2); these handlers run inside the
transition's transaction (``cases.events``), so a withdrawal and the cancellation of its
booking commit or roll back together, and what they did is recorded in the CaseEvent.
"""

from __future__ import annotations

from typing import Any

from kokugai.appointments.households import household_arrival_notify
from kokugai.appointments.services import (
    appointment_cancel_for_case,
    appointment_complete_for_case,
    service_ensure_pickup,
)
from kokugai.cases.events import TransitionEvent, on_transition


@on_transition("receive")
def pickup_service_ready(event: TransitionEvent) -> dict[str, Any] | None:
    """Booking opens with the arrival notice: the pickup service must exist at this office.
    A family's representative gets the household's one booking link (``households``)."""
    if event.case.pickup_office is not None:
        service_ensure_pickup(office=event.case.pickup_office)
    sent = household_arrival_notify(event.case)
    return {"household_mail": sent} if sent is not None else None


@on_transition("hand_over")
def booking_complete(event: TransitionEvent) -> dict[str, Any]:
    """The pickup booking is done: its place is used (or, if collected early, released)."""
    booking = appointment_complete_for_case(case=event.case, actor=event.actor)
    return {"booking_completed": booking.pk if booking else None}


@on_transition("expire", "withdraw", "change_pickup")
def booking_cancel(event: TransitionEvent) -> dict[str, Any] | None:
    """The case leaves pickup at this office: its future booking goes back on sale."""
    booking = appointment_cancel_for_case(case=event.case, actor=event.actor, reason=event.name)
    return {"booking_cancelled": booking.pk} if booking is not None else None
