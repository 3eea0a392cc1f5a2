"""The reminder before an appointment."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.db.models import F, Q, QuerySet

from kokugai.appointments.models import Booking, BookingStatus, ReminderStatus, ServiceKind
from kokugai.appointments.services.common import PICKUP_STATE, REMINDER_LEAD
from kokugai.appointments.services.rendering import (
    _notify,
    _notify_household,
    household_of_booking,
)
from kokugai.core import clock


def appointment_reminders_send(*, lead: dt.timedelta = REMINDER_LEAD) -> int:
    """Queue one reminder per booking starting within ``lead``; safe to run as often as wanted.

    Not reminded, and recorded as not needed: bookings confirmed less than ``lead`` before
    their start (the confirmation is the reminder) and pickups whose case has left
    ``ready_for_pickup`` (collected, moved, expired: the appointment is moot).
    A household's bookings due together go as ONE reminder to its representative, naming
    every member (``household_appointment_reminder``).
    """
    now = clock.now()
    pending = Booking.objects.filter(
        status=BookingStatus.BOOKED,
        reminder_status=ReminderStatus.PENDING,
        slot__starts_at__gt=now,
        slot__starts_at__lte=now + lead,
    )
    moot = Q(slot__service__kind=ServiceKind.PICKUP) & ~Q(case__state=PICKUP_STATE)
    fresh = Q(confirmed_at__isnull=False, slot__starts_at__lte=F("confirmed_at") + lead)
    pending.filter(moot | fresh).update(reminder_status=ReminderStatus.NOT_NEEDED)
    sent = 0
    for pk in list(pending.values_list("pk", flat=True)):
        with transaction.atomic():
            # Claimed by a conditional update, so two workers never remind twice.
            if not Booking.objects.filter(pk=pk, reminder_status=ReminderStatus.PENDING).update(
                reminder_status=ReminderStatus.SENT, reminder_sent_at=now
            ):
                continue
            booking = Booking.objects.select_related(
                "slot__service__office", "slot__service__counter", "case", "person"
            ).get(pk=pk)
            household = household_of_booking(booking)
            if household is not None:
                sent += _remind_household(household, booking, pending, now)
                continue
            notification = _notify("appointment_reminder", booking)
            if notification is None:
                booking.reminder_status = ReminderStatus.NOT_NEEDED
            booking.reminder = notification
            booking.save(update_fields=["reminder", "reminder_status"])
            sent += notification is not None
    return sent


def _remind_household(
    household: Any, booking: Booking, pending: QuerySet[Booking], now: dt.datetime
) -> int:
    """Claim the household's other pending bookings due now and send one reminder for all."""
    others = list(
        pending.filter(
            case__household_member__household=household,
            case__household_member__active=True,
            reminder_status=ReminderStatus.PENDING,
        )
        .exclude(pk=booking.pk)
        .values_list("pk", flat=True)
    )
    claimed = [booking.pk] + [
        pk
        for pk in others
        if Booking.objects.filter(pk=pk, reminder_status=ReminderStatus.PENDING).update(
            reminder_status=ReminderStatus.SENT, reminder_sent_at=now
        )
    ]
    bookings = list(
        Booking.objects.select_related(
            "slot__service__office", "slot__service__counter", "case__person", "person"
        ).filter(pk__in=claimed)
    )
    notification = _notify_household("household_appointment_reminder", household, bookings)
    Booking.objects.filter(pk__in=claimed).update(
        reminder=notification,
        reminder_status=ReminderStatus.SENT if notification else ReminderStatus.NOT_NEEDED,
    )
    return int(notification is not None)
