"""Constants of the appointment book and the staff check its services make."""

from __future__ import annotations

import datetime as dt
import logging

from kokugai.appointments.errors import StaffNotAllowed
from kokugai.core.errors import CoreError
from kokugai.core.models import User
from kokugai.registry.models import Office, StaffRole
from kokugai.registry.selectors import staff_office, staff_role

log = logging.getLogger("kokugai.appointments.services")
PICKUP_STATE = "ready_for_pickup"
#: The counter code registry setup gives the pickup counter (墨田区: 2F, not the 1F one).
PICKUP_COUNTER_CODE = "card-pickup"
PICKUP_NAME_JA = "国外転出者向けカード交付"
PICKUP_NAME_EN = "Card pickup for residents abroad (国外転出者向けカード交付)"
INTAKE_NAME_JA = "国外転出者向けカード申請受付"
INTAKE_NAME_EN = "Card application for residents abroad (申請受付)"
#: How many waiting cases one freed place is tried on before giving up (bounded work).
WAITLIST_TRIES = 20
#: A reminder goes out this long before the start. A booking made (or moved) closer to the
#: start than this gets none: its confirmation arrived moments ago and says the same.
REMINDER_LEAD = dt.timedelta(hours=36)
#: Who runs an office's appointment book (issue 12 §4): capacity by the counter clerk or the
#: office admin, the citizen at the counter (check-in, no-show) by the clerk.
CAPACITY_ROLES = frozenset({StaffRole.CLERK.value, StaffRole.ADMIN.value})
COUNTER_ROLES = frozenset({StaffRole.CLERK.value})


def _require_staff(actor: User | None, office: Office, roles: frozenset[str]) -> None:
    """The service checks, not its caller: staff of ``office`` in one of ``roles``."""
    own = staff_office(actor)
    if own is None or own.pk != office.pk:
        raise StaffNotAllowed(CoreError.OFFICE_NOT_ALLOWED, fields={"office": office.code})
    if staff_role(actor) not in roles:
        raise StaffNotAllowed(CoreError.ROLE_NOT_ALLOWED, fields={"role": staff_role(actor) or ""})
