"""The only write path for service types, slots, bookings and the waitlist.

Every function is keyword-only, runs in one transaction, and writes its audit row and its
queued notification in that same transaction (a rolled-back booking sends no mail).

Capacity: a place is taken by ``UPDATE slot SET booked = booked + 1 WHERE id = ? AND
booked < capacity`` and given back by the mirror UPDATE. Whichever process gets the row
lock first wins; the loser's UPDATE sees the new value and matches no row. The CHECK
constraint ``booked <= capacity`` and the partial UNIQUE index "one active booking per
case" are the backstops if any code path ever forgets this.

The package splits the write path by concern; every public name is re-exported here, so
``from kokugai.appointments.services import appointment_book`` keeps working:

- ``common``: constants, the staff check of an office's appointment book
- ``service_types``: the pickup and intake services of an office, created on first need
- ``calendars``: an office's calendar, opening blocks and open days
- ``materialise``: slot rows from the calendar, the booking window
- ``capacity``: staff change the capacity of a slot or a day
- ``booking``: places, checks, book, reschedule, cancel, complete; a freed place offered to
  the waitlist
- ``checkin``: check-in and no-show at the counter
- ``waitlist``: joining and leaving the waitlist
- ``reminders``: the reminder before an appointment
- ``rendering``: the context of mails, pages and the demo; audit and mail of a booking
"""

from kokugai.appointments.services.booking import (
    appointment_book,
    appointment_book_at,
    appointment_book_intake,
    appointment_cancel,
    appointment_cancel_for_case,
    appointment_complete_for_case,
    appointment_reschedule,
    booking_open_check,
    family_together_refuse,
    intake_contact_clean,
)
from kokugai.appointments.services.calendars import OpenDays, office_blocks, office_open_days
from kokugai.appointments.services.capacity import day_capacity_adjust, slot_capacity_set
from kokugai.appointments.services.checkin import appointment_check_in, appointment_no_show
from kokugai.appointments.services.common import (
    CAPACITY_ROLES,
    COUNTER_ROLES,
    INTAKE_NAME_EN,
    INTAKE_NAME_JA,
    PICKUP_COUNTER_CODE,
    PICKUP_NAME_EN,
    PICKUP_NAME_JA,
    PICKUP_STATE,
    REMINDER_LEAD,
    WAITLIST_TRIES,
    log,
)
from kokugai.appointments.services.materialise import (
    booking_window,
    slots_extend,
    slots_materialise,
)
from kokugai.appointments.services.reminders import appointment_reminders_send
from kokugai.appointments.services.rendering import (
    appointment_context,
    appointment_summary,
    appointment_times,
    manage_url,
)
from kokugai.appointments.services.service_types import (
    service_ensure_intake,
    service_ensure_pickup,
    service_for_case,
)
from kokugai.appointments.services.waitlist import waitlist_join
from kokugai.registry.selectors import office_calendar

__all__ = [
    "CAPACITY_ROLES",
    "COUNTER_ROLES",
    "INTAKE_NAME_EN",
    "INTAKE_NAME_JA",
    "OpenDays",
    "PICKUP_COUNTER_CODE",
    "PICKUP_NAME_EN",
    "PICKUP_NAME_JA",
    "PICKUP_STATE",
    "REMINDER_LEAD",
    "WAITLIST_TRIES",
    "appointment_book",
    "appointment_book_at",
    "appointment_book_intake",
    "appointment_cancel",
    "appointment_cancel_for_case",
    "appointment_check_in",
    "appointment_complete_for_case",
    "appointment_context",
    "appointment_no_show",
    "appointment_reminders_send",
    "appointment_reschedule",
    "appointment_summary",
    "appointment_times",
    "booking_open_check",
    "family_together_refuse",
    "booking_window",
    "day_capacity_adjust",
    "intake_contact_clean",
    "log",
    "manage_url",
    "office_blocks",
    "office_calendar",
    "office_open_days",
    "service_ensure_intake",
    "service_ensure_pickup",
    "service_for_case",
    "slot_capacity_set",
    "slots_extend",
    "slots_materialise",
    "waitlist_join",
]
