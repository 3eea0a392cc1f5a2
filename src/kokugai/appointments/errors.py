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


#: What each refusal says (translated when raised, in the request's language).
REFUSALS: dict[AppointmentError, str] = {
    AppointmentError.NOT_READY_FOR_PICKUP: gettext_noop(
        "The card has not arrived at this office yet, so pickup cannot be booked."
    ),
    AppointmentError.AFTER_HOLDING_PERIOD: gettext_noop(
        "This is after the last day the office holds the card."
    ),
    AppointmentError.SLOT_IN_PAST: gettext_noop("This time has already passed."),
    AppointmentError.TOO_SHORT_NOTICE: gettext_noop(
        "This time is too soon: bookings and changes close shortly before the appointment."
    ),
    AppointmentError.SLOT_CLOSED: gettext_noop(
        "The counter is not open for this service at this time."
    ),
    AppointmentError.ALREADY_BOOKED: gettext_noop(
        "This case already has an appointment. Change or cancel it instead."
    ),
    AppointmentError.SLOT_FULL: gettext_noop(
        "This time is fully booked. Please choose another time or join the waitlist."
    ),
    AppointmentError.BOOKING_NOT_ACTIVE: gettext_noop("This appointment is no longer active."),
    AppointmentError.CAPACITY_BELOW_BOOKED: gettext_noop(
        "Capacity cannot be set below the number of places already booked."
    ),
    AppointmentError.ALREADY_WAITING: gettext_noop("This case is already on the waitlist."),
    AppointmentError.EMAIL_NOT_VERIFIED: gettext_noop(
        "The waitlist books a freed place for you and tells you by email, so it needs a "
        "verified email address first."
    ),
}


class _Refusal(Conflict):
    """A booking refused for a reason of :data:`REFUSALS` (409): one class per code, so
    callers can catch one reason."""

    code_value: AppointmentError

    def __init__(self, message: str = "", *, fields: dict[str, Any] | None = None) -> None:
        super().__init__(self.code_value, message or _(REFUSALS[self.code_value]), fields=fields)


def _refusal(name: str, code: AppointmentError) -> type[_Refusal]:
    return type(name, (_Refusal,), {"code_value": code, "__module__": __name__})


NotReadyForPickup = _refusal("NotReadyForPickup", AppointmentError.NOT_READY_FOR_PICKUP)
AfterHoldingPeriod = _refusal("AfterHoldingPeriod", AppointmentError.AFTER_HOLDING_PERIOD)
SlotInPast = _refusal("SlotInPast", AppointmentError.SLOT_IN_PAST)
TooShortNotice = _refusal("TooShortNotice", AppointmentError.TOO_SHORT_NOTICE)
SlotClosed = _refusal("SlotClosed", AppointmentError.SLOT_CLOSED)
AlreadyBooked = _refusal("AlreadyBooked", AppointmentError.ALREADY_BOOKED)
SlotFull = _refusal("SlotFull", AppointmentError.SLOT_FULL)
BookingNotActive = _refusal("BookingNotActive", AppointmentError.BOOKING_NOT_ACTIVE)
CapacityBelowBooked = _refusal("CapacityBelowBooked", AppointmentError.CAPACITY_BELOW_BOOKED)
AlreadyWaiting = _refusal("AlreadyWaiting", AppointmentError.ALREADY_WAITING)
EmailNotVerified = _refusal("EmailNotVerified", AppointmentError.EMAIL_NOT_VERIFIED)


class TokenInvalid(LinkInvalid):
    """A booking or manage link that cannot be used: ``link_invalid`` like every link."""

    def __init__(self) -> None:
        super().__init__(_("This link is not valid. Please use the link from your latest email."))


class TokenExpired(LinkExpired):
    """``link_expired`` like every link; the message says which link to use instead."""

    def __init__(self) -> None:
        super().__init__(_("This link has expired. Please use the link from your latest email."))


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
