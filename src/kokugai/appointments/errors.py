"""Why a booking, a change or a link is refused. Clients branch on ``code``, never the text."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from kokugai.core.errors import ApplicationError, Conflict, Forbidden


class _Refusal(Conflict):
    code_value = ""
    text = ""

    def __init__(self, message: str = "", *, fields: dict[str, Any] | None = None) -> None:
        super().__init__(self.code_value, message or _(self.text), fields=fields)


class NotReadyForPickup(_Refusal):
    code_value = "not_ready_for_pickup"
    text = gettext_noop("The card has not arrived at this office yet, so pickup cannot be booked.")


class AfterHoldingPeriod(_Refusal):
    code_value = "after_holding_period"
    text = gettext_noop("This is after the last day the office holds the card.")


class SlotInPast(_Refusal):
    code_value = "slot_in_past"
    text = gettext_noop("This time has already passed.")


class TooShortNotice(_Refusal):
    code_value = "too_short_notice"
    text = gettext_noop(
        "This time is too soon: bookings and changes close shortly before the appointment."
    )


class SlotClosed(_Refusal):
    code_value = "slot_closed"
    text = gettext_noop("The counter is not open for this service at this time.")


class AlreadyBooked(_Refusal):
    code_value = "already_booked"
    text = gettext_noop("This case already has an appointment. Change or cancel it instead.")


class SlotFull(_Refusal):
    code_value = "slot_full"
    text = gettext_noop(
        "This time is fully booked. Please choose another time or join the waitlist."
    )


class BookingNotActive(_Refusal):
    code_value = "booking_not_active"
    text = gettext_noop("This appointment is no longer active.")


class CapacityBelowBooked(_Refusal):
    code_value = "capacity_below_booked"
    text = gettext_noop("Capacity cannot be set below the number of places already booked.")


class AlreadyWaiting(_Refusal):
    code_value = "already_waiting"
    text = gettext_noop("This case is already on the waitlist.")


class TokenInvalid(ApplicationError):
    status = 404

    def __init__(self) -> None:
        super().__init__(
            "token_invalid",
            _("This link is not valid. Please use the link from your latest email."),
        )


class TokenExpired(ApplicationError):
    status = 410

    def __init__(self) -> None:
        super().__init__(
            "token_expired", _("This link has expired. Please use the link from your latest email.")
        )


class EmailNotVerified(_Refusal):
    code_value = "email_not_verified"
    text = gettext_noop(
        "The waitlist books a freed place for you and tells you by email, so it needs a "
        "verified email address first."
    )


class ContactInvalid(ApplicationError):
    """An intake booking's name, email or time zone is missing or malformed (fields say which)."""

    status = 400

    def __init__(self, *, fields: dict[str, Any]) -> None:
        super().__init__(
            "contact_invalid",
            _("Please check your name, email address and time zone."),
            fields=fields,
        )


class StaffNotAllowed(Forbidden):
    """Appointment work of an office is done by its own staff, in the roles that do it."""

    def __init__(self, code: str, *, fields: dict[str, Any] | None = None) -> None:
        super().__init__(
            code,
            _("Only the staff of this office (counter clerk or office admin) may do this.")
            if code == "office_not_allowed"
            else _("Your role may not do this at the appointment counter."),
            fields=fields,
        )
