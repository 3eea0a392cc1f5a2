"""Read helpers for offices and staff."""

from __future__ import annotations

import copy
import time
from collections.abc import Iterable

from django.db.models import Q
from django.utils.translation import gettext as _

from kokugai.core import config
from kokugai.core.errors import CoreError, Forbidden
from kokugai.registry.models import Office, StaffProfile
from kokugai.rules.calendars import Calendar, calendar_for_office, japan_calendar
from kokugai.rules.codes import OfficeRole

#: The office of each part a case is worked in: the field of the case that names it.
OFFICE_PART_FIELDS: dict[OfficeRole, str] = {
    OfficeRole.INTAKE: "intake_office",
    OfficeRole.HONSEKI: "honseki_office",
    OfficeRole.PRODUCTION: "production_office",
    OfficeRole.PICKUP: "pickup_office",
}


def office_parts_q(
    office: Office, *, via: str = "", parts: Iterable[OfficeRole] = tuple(OfficeRole)
) -> Q:
    """The office visibility rule: a case is seen by the offices that play a part in it.

    ``via`` reaches the cases through a relation (``"cases__"`` from a person); ``parts``
    narrows the parts. The one place the rule is written (``cases.access``,
    ``cases.selectors`` and ``people.access`` build on it).
    """
    q = Q()
    for part in parts:
        q |= Q(**{f"{via}{OFFICE_PART_FIELDS[part]}": office})
    return q


def _profile(user: object) -> StaffProfile | None:
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    try:
        return user.staff  # type: ignore[attr-defined,no-any-return]
    except StaffProfile.DoesNotExist:
        return None


def staff_office(user: object) -> Office | None:
    """The office of a staff account, or None (anonymous, citizen, or an account with no office)."""
    profile = _profile(user)
    return profile.office if profile is not None else None


def staff_role(user: object) -> str | None:
    """The role of a staff account inside its office (``StaffRole``), or None."""
    profile = _profile(user)
    return str(profile.role) if profile is not None else None


def staff_office_required(user: object) -> Office:
    office = staff_office(user)
    if office is None:
        raise Forbidden(
            CoreError.OFFICE_NOT_ALLOWED,
            _("A staff account that belongs to an office is required."),
        )
    return office


def office_calendar(office: Office | str) -> Calendar:
    """The closure calendar of an office (a row, or a code of the reference data).

    A mission's calendar rests on two assumptions a deployment may override
    (``missions_observe_japanese_holidays``, ``missions_observe_year_end``): they come from
    ``core.config``, so the tracker, the booking slots and the planner count the same days.
    """
    if isinstance(office, str):
        kind, code, country = None, office, None
    else:
        kind, code, country = office.kind, office.code, office.country or None
    a = config.assumptions()
    try:
        return calendar_for_office(
            kind,
            code,
            country,
            observe_japanese_holidays=a.bool("missions_observe_japanese_holidays"),
            observe_year_end=a.bool("missions_observe_year_end"),
        )
    except KeyError:
        return japan_calendar()


# --- offices from a per-process cache (reference data: the tracker's hot path) -------------

#: How long a process trusts an office it read (seconds). A change saved in this process
#: clears the cache at once (``post_save``/``post_delete``, registry/apps.py); another web
#: process sees it at most this long after.
OFFICE_CACHE_TTL_S = 60.0
_office_cache: dict[int, tuple[float, Office]] = {}


def offices_cached(ids: Iterable[int]) -> dict[int, Office]:
    """The offices of ``ids`` by id: from this process's cache when read less than
    :data:`OFFICE_CACHE_TTL_S` ago, else with ONE query for the missing ones. Each caller
    gets its own copies (a caller that changes one cannot change the cache)."""
    now = time.monotonic()
    found: dict[int, Office] = {}
    missing = []
    for pk in set(ids):
        hit = _office_cache.get(pk)
        if hit is not None and now - hit[0] < OFFICE_CACHE_TTL_S:
            found[pk] = copy.copy(hit[1])
        else:
            missing.append(pk)
    if missing:
        for office in Office.objects.filter(pk__in=missing):
            _office_cache[office.pk] = (now, office)
            found[office.pk] = copy.copy(office)
    return found


def offices_cache_clear(**_kwargs: object) -> None:
    """Forget every cached office (connected to ``Office``'s ``post_save``/``post_delete``)."""
    _office_cache.clear()
