"""Checklist items the system already knows (issue 15 §1): checked by the system, with evidence.

Four items of the intake checklist are facts held in the database, not things a clerk
verifies on paper:

- ``email_address``: the applicant proved the address (``Person.email_verified_at``);
- ``honseki_known``: the 本籍地 is recorded (``Person.honseki``);
- ``pickup_place``: the pickup office is set (``Case.pickup_office``);
- ``fee``: the fee is 0 yen (``Case.fee_yen``).

They are derived when read, never stored: if a fact changes (a new, unverified email) the
item is open again. The guards read them through ``case_facts`` (an item checked by the
system counts as checked), the console shows them as checked with the evidence and offers
no button for them.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass

from django.utils.translation import gettext as _

from kokugai.cases.models import Case
from kokugai.core.i18n import current_lang

#: The codes the system can check, in no particular order.
SYSTEM_CODES: frozenset[str] = frozenset({"email_address", "honseki_known", "pickup_place", "fee"})


@dataclass(frozen=True)
class SystemCheck:
    """One checklist item the system has checked: its code and the evidence, in words."""

    code: str
    evidence: str


def _local_day(at: dt.datetime, zone: str) -> str:
    try:
        tz = zoneinfo.ZoneInfo(zone or "Asia/Tokyo")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        tz = zoneinfo.ZoneInfo("Asia/Tokyo")
    return at.astimezone(tz).date().isoformat()


def _office_label(office: object) -> str:
    name = office.name(current_lang())  # type: ignore[attr-defined]
    return f"{name} {office.code}"  # type: ignore[attr-defined]


def system_checks(case: Case) -> dict[str, SystemCheck]:
    """The items of ``case`` the system has checked now, by code (evidence in the request's
    language). Reads the person and the offices already on the case (no query if loaded)."""
    out: dict[str, SystemCheck] = {}
    person = case.person
    zone = case.intake_office.timezone if case.intake_office_id else "Asia/Tokyo"
    if person.email and person.email_verified_at is not None:
        out["email_address"] = SystemCheck(
            "email_address",
            _("email confirmed %(day)s") % {"day": _local_day(person.email_verified_at, zone)},
        )
    if person.honseki_id is not None:
        out["honseki_known"] = SystemCheck(
            "honseki_known",
            _("本籍地 on record: %(office)s") % {"office": _office_label(person.honseki)},
        )
    if case.pickup_office_id is not None:
        out["pickup_place"] = SystemCheck(
            "pickup_place",
            _("pickup office: %(office)s") % {"office": _office_label(case.pickup_office)},
        )
    if case.fee_yen == 0:
        out["fee"] = SystemCheck("fee", _("fee 0 yen"))
    return out


def system_checked_codes(case: Case) -> frozenset[str]:
    """The codes the system has checked, for the guards (no words, no office names)."""
    person = case.person
    codes = set()
    if person.email and person.email_verified_at is not None:
        codes.add("email_address")
    if person.honseki_id is not None:
        codes.add("honseki_known")
    if case.pickup_office_id is not None:
        codes.add("pickup_place")
    if case.fee_yen == 0:
        codes.add("fee")
    return frozenset(codes)
