"""Read helpers for offices and staff."""

from __future__ import annotations

from django.utils.translation import gettext as _

from kokugai.core.errors import CoreError, Forbidden
from kokugai.registry.models import Office, StaffProfile


def staff_office(user: object) -> Office | None:
    """The office of a staff account, or None (anonymous, citizen, or an account with no office)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    try:
        profile = user.staff  # type: ignore[attr-defined]
    except StaffProfile.DoesNotExist:
        return None
    return profile.office


def staff_role(user: object) -> str | None:
    """The role of a staff account inside its office (``StaffRole``), or None."""
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    try:
        profile = user.staff  # type: ignore[attr-defined]
    except StaffProfile.DoesNotExist:
        return None
    return str(profile.role)


def staff_office_required(user: object) -> Office:
    office = staff_office(user)
    if office is None:
        raise Forbidden(
            CoreError.OFFICE_NOT_ALLOWED,
            _("A staff account that belongs to an office is required."),
        )
    return office
