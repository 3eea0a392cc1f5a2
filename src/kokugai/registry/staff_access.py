"""Who may manage a staff member's access, and the office admin's tools for it.

A superuser manages every account. An office admin (StaffProfile role ``admin``) manages only
the accounts of staff in their own office, never a superuser and never an account without a
staff profile (those are superusers' alone: otherwise any office admin in the country could
take them over). The checks are here, in the service, not only in the admin pages.

Removing a staff profile removes the account's permissions and groups, its admin access and
every session (``staff_profile_removed``, connected to ``post_delete``).
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from kokugai.core.audit import audit_record
from kokugai.core.errors import Forbidden
from kokugai.core.models import User
from kokugai.core.staffauth import services as staffauth
from kokugai.registry.errors import RegistryError
from kokugai.registry.models import Office, StaffProfile, StaffRole


def office_admin_office(user: Any) -> Office | None:
    """The office ``user`` administers (active staff account with role admin), else None."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    if user.is_superuser or not user.is_staff:
        return None
    try:
        profile = user.staff
    except StaffProfile.DoesNotExist:
        return None
    return profile.office if profile.role == StaffRole.ADMIN else None


def may_manage(actor: Any, target: User) -> bool:
    if actor is None or not getattr(actor, "is_authenticated", False) or not actor.is_active:
        return False
    if actor.is_superuser:
        return True
    office = office_admin_office(actor)
    if office is None or target.is_superuser:
        return False
    return StaffProfile.objects.filter(user=target, office=office).exists()


def _require(actor: Any, target: User, action: str) -> None:
    if not may_manage(actor, target):
        audit_record(
            actor=actor if getattr(actor, "is_authenticated", False) else None,
            action="staff.manage_refused",
            object_type="user",
            object_id=target.pk,
            detail={"attempted": action},
        )
        raise Forbidden(
            RegistryError.STAFF_NOT_MANAGED,
            _("Only a superuser or the admin of this staff member's office may do this."),
        )


def staff_factors_reset(actor: User, target: User, *, reason: str = "") -> None:
    """Remove the target's second factors (they enrol again at the next sign-in)."""
    _require(actor, target, "factors.reset")
    staffauth.factors_reset(target, actor=actor, reason=reason)


def staff_password_reset(actor: User, target: User) -> str:
    """A one-time reset link for the target (the old password stops working at once)."""
    _require(actor, target, "password.reset")
    return staffauth.password_reset_issue(target, actor=actor)


def staff_password_set(actor: User, target: User) -> None:
    """After an admin typed a password for the target: it is temporary (changed at next
    sign-in) and the target's sessions end."""
    _require(actor, target, "password.set")
    with transaction.atomic():
        state = staffauth.account_state(target)
        state.must_change_password = True
        state.save(update_fields=["must_change_password"])
        audit_record(
            actor=actor, action="password.set_by_admin", object_type="user", object_id=target.pk
        )
        staffauth.sessions_end(target, actor=actor, reason="password set by an admin")


def staff_unlock(actor: User, target: User) -> None:
    _require(actor, target, "login.unlock")
    staffauth.unlock(target, actor=actor)


@transaction.atomic
def staff_account_created(actor: User, target: User) -> None:
    """An admin created ``target`` with a password: temporary; an office admin's new account
    joins their office as a clerk (so it never sits unattached, out of their reach)."""
    office = office_admin_office(actor)
    if office is not None:
        StaffProfile.objects.get_or_create(
            user=target, defaults={"office": office, "role": StaffRole.CLERK}
        )
    state = staffauth.account_state(target)
    state.must_change_password = True
    state.save(update_fields=["must_change_password"])


def staff_profile_removed(
    sender: Any, instance: StaffProfile, origin: Any = None, **kw: Any
) -> None:
    """``post_delete`` of a StaffProfile: the account keeps no permission and no session."""
    if isinstance(origin, User) or getattr(origin, "model", None) is User:
        return  # the account itself is being deleted
    user = User.objects.filter(pk=instance.user_id).first()
    if user is None:
        return
    with transaction.atomic():
        permissions = list(user.user_permissions.values_list("codename", flat=True))
        groups = list(user.groups.values_list("name", flat=True))
        user.user_permissions.clear()
        user.groups.clear()
        if not user.is_superuser:
            user.is_staff = False
            user.save(update_fields=["is_staff"])
        audit_record(
            actor=None,
            action="staff.profile_removed",
            object_type="user",
            object_id=user.pk,
            office_code=getattr(Office.objects.filter(pk=instance.office_id).first(), "code", ""),
            detail={"role": instance.role, "permissions": permissions, "groups": groups},
        )
        staffauth.sessions_end(user, actor=None, reason="staff profile removed")
