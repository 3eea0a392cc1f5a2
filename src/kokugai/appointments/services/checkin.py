"""The citizen at the counter: check-in, or no-show."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from kokugai.appointments.errors import BookingNotActive
from kokugai.appointments.models import Booking, BookingStatus
from kokugai.appointments.services.booking import _locked_booking
from kokugai.appointments.services.common import COUNTER_ROLES, _require_staff
from kokugai.appointments.services.rendering import _audit
from kokugai.core import clock
from kokugai.core.models import User


def appointment_check_in(*, booking: Booking, actor: User) -> Booking:
    """The citizen is at the counter. The hand-over itself is recorded on the case page."""
    _require_staff(actor, booking.slot.service.office, COUNTER_ROLES)
    with transaction.atomic():
        booking = _locked_booking(booking)
        if booking.status != BookingStatus.BOOKED:
            raise BookingNotActive(fields={"status": booking.status})
        booking.status = BookingStatus.CHECKED_IN
        booking.checked_in_at = clock.now()
        booking.save(update_fields=["status", "checked_in_at"])
        _audit(booking, actor, "appointment_check_in", {})
    return booking


def appointment_no_show(*, booking: Booking, actor: User) -> Booking:
    """Mark a booking not attended; the case may book again (it is no longer active)."""
    _require_staff(actor, booking.slot.service.office, COUNTER_ROLES)
    with transaction.atomic():
        booking = _locked_booking(booking)
        if booking.status != BookingStatus.BOOKED:
            raise BookingNotActive(fields={"status": booking.status})
        if booking.slot.starts_at > clock.now():
            raise BookingNotActive(
                _("The appointment has not started yet."), fields={"status": booking.status}
            )
        booking.status = BookingStatus.NO_SHOW
        booking.no_show_at = clock.now()
        booking.save(update_fields=["status", "no_show_at"])
        _audit(booking, actor, "appointment_no_show", {})
    return booking
