"""Why a booking, a change or a link is refused. Clients branch on ``code``, never the text.

The codes are :class:`AppointmentError` (this app's registry) and, for links and staff
checks, :class:`kokugai.core.errors.CoreError`.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from kokugai.core.errors import ApplicationError, Conflict, CoreError, Forbidden
from kokugai.core.tokens import LinkExpired, LinkInvalid


class AppointmentError(StrEnum):
    """Codes of the errors the appointments app raises (besides the shared CoreError ones)."""

    NOT_READY_FOR_PICKUP = "not_ready_for_pickup"
    AFTER_HOLDING_PERIOD = "after_holding_period"
    SLOT_IN_PAST = "slot_in_past"
    TOO_SHORT_NOTICE = "too_short_notice"
    SLOT_CLOSED = "slot_closed"
    ALREADY_BOOKED = "already_booked"
    SLOT_FULL = "slot_full"
    BOOKING_NOT_ACTIVE = "booking_not_active"
    CAPACITY_BELOW_BOOKED = "capacity_below_booked"
    ALREADY_WAITING = "already_waiting"
    EMAIL_NOT_VERIFIED = "email_not_verified"
    CONTACT_INVALID = "contact_invalid"
    INVALID_NUMBER = "invalid_number"
    HOUSEHOLD_NOT_ALL_ARRIVED = "household_not_all_arrived"
    HOUSEHOLD_NOTHING_TO_BOOK = "household_nothing_to_book"
    HOUSEHOLD_NOT_MEMBER = "household_not_member"
    HOUSEHOLD_PICKUP_OFFICES = "household_pickup_offices"


class _Refusal(Conflict):
    code_value: AppointmentError
    text = ""

    def __init__(self, message: str = "", *, fields: dict[str, Any] | None = None) -> None:
        super().__init__(self.code_value, message or _(self.text), fields=fields)


class NotReadyForPickup(_Refusal):
    code_value = AppointmentError.NOT_READY_FOR_PICKUP
    text = gettext_noop("The card has not arrived at this office yet, so pickup cannot be booked.")


class AfterHoldingPeriod(_Refusal):
    code_value = AppointmentError.AFTER_HOLDING_PERIOD
    text = gettext_noop("This is after the last day the office holds the card.")


class SlotInPast(_Refusal):
    code_value = AppointmentError.SLOT_IN_PAST
    text = gettext_noop("This time has already passed.")


class TooShortNotice(_Refusal):
    code_value = AppointmentError.TOO_SHORT_NOTICE
    text = gettext_noop(
        "This time is too soon: bookings and changes close shortly before the appointment."
    )


class SlotClosed(_Refusal):
    code_value = AppointmentError.SLOT_CLOSED
    text = gettext_noop("The counter is not open for this service at this time.")


class AlreadyBooked(_Refusal):
    code_value = AppointmentError.ALREADY_BOOKED
    text = gettext_noop("This case already has an appointment. Change or cancel it instead.")


class SlotFull(_Refusal):
    code_value = AppointmentError.SLOT_FULL
    text = gettext_noop(
        "This time is fully booked. Please choose another time or join the waitlist."
    )


class BookingNotActive(_Refusal):
    code_value = AppointmentError.BOOKING_NOT_ACTIVE
    text = gettext_noop("This appointment is no longer active.")


class CapacityBelowBooked(_Refusal):
    code_value = AppointmentError.CAPACITY_BELOW_BOOKED
    text = gettext_noop("Capacity cannot be set below the number of places already booked.")


class AlreadyWaiting(_Refusal):
    code_value = AppointmentError.ALREADY_WAITING
    text = gettext_noop("This case is already on the waitlist.")


class TokenInvalid(LinkInvalid):
    """A booking or manage link that cannot be used: ``link_invalid`` like every link."""

    def __init__(self) -> None:
        super().__init__(_("This link is not valid. Please use the link from your latest email."))


class TokenExpired(LinkExpired):
    """``link_expired`` like every link; the message says which link to use instead."""

    def __init__(self) -> None:
        super().__init__(_("This link has expired. Please use the link from your latest email."))


class EmailNotVerified(_Refusal):
    code_value = AppointmentError.EMAIL_NOT_VERIFIED
    text = gettext_noop(
        "The waitlist books a freed place for you and tells you by email, so it needs a "
        "verified email address first."
    )


class ContactInvalid(ApplicationError):
    """An intake booking's name, email or time zone is missing or malformed (fields say which)."""

    status = 400

    def __init__(self, *, fields: dict[str, Any]) -> None:
        super().__init__(
            AppointmentError.CONTACT_INVALID,
            _("Please check your name, email address and time zone."),
            fields=fields,
        )


class StaffNotAllowed(Forbidden):
    """Appointment work of an office is done by its own staff, in the roles that do it."""

    def __init__(self, code: CoreError | str, *, fields: dict[str, Any] | None = None) -> None:
        super().__init__(
            code,
            _("Only the staff of this office (counter clerk or office admin) may do this.")
            if code == CoreError.OFFICE_NOT_ALLOWED
            else _("Your role may not do this at the appointment counter."),
            fields=fields,
        )
