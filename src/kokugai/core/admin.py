"""Admin registrations of core, the audited admin mixin, and the admin's way in.

- ``/admin/login/`` is the staff sign-in page (throttled, audited, second factor): the admin
  site's own login view only redirects there.
- ``AuditedAdminMixin``: every addition, change and deletion made in the admin is written to
  our audit log (``kokugai.core.audit``), not only to the mutable ``django_admin_log``.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from kokugai.core.audit import audit_record
from kokugai.core.models import AuditEntry, User


def _admin_login(request: HttpRequest, extra_context: Any = None) -> HttpResponseRedirect:
    """The admin signs in through the staff sign-in page, nowhere else."""
    target = request.GET.get("next") or reverse("admin:index")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = reverse("admin:index")
    return HttpResponseRedirect(f"{settings.LOGIN_URL}?{urlencode({'next': target})}")


admin.site.login = _admin_login  # type: ignore[method-assign]


def _office_code(request: HttpRequest) -> str:
    staff = getattr(request.user, "staff", None)
    office = getattr(staff, "office", None)
    return getattr(office, "code", "")


def _snapshot(obj: Any) -> dict[str, Any]:
    """What an auditor needs to know about an account after an admin touched it."""
    if isinstance(obj, User):
        return {
            "is_active": obj.is_active,
            "is_staff": obj.is_staff,
            "is_superuser": obj.is_superuser,
            "permissions": sorted(
                f"{p.content_type.app_label}.{p.codename}"
                for p in obj.user_permissions.select_related("content_type")
            ),
            "groups": sorted(obj.groups.values_list("name", flat=True)),
        }
    if isinstance(obj, Group):
        return {
            "permissions": sorted(
                f"{p.content_type.app_label}.{p.codename}"
                for p in obj.permissions.select_related("content_type")
            )
        }
    return {}


class AuditedAdminMixin:
    """Mirror the admin's log entries into the audit log, with the account's state after."""

    def _audit(self, request: HttpRequest, obj: Any, verb: str, message: Any) -> None:
        meta = obj._meta
        audit_record(
            actor=request.user if request.user.is_authenticated else None,  # type: ignore[arg-type]
            action=f"admin.{verb}",
            object_type=f"{meta.app_label}.{meta.model_name}"[:32],
            object_id=obj.pk,
            office_code=_office_code(request),
            detail={"object": str(obj)[:200], "message": message, **_snapshot(obj)},
        )

    def log_addition(self, request: HttpRequest, obj: Any, message: Any) -> Any:
        self._audit(request, obj, "add", message)
        return super().log_addition(request, obj, message)  # type: ignore[misc]

    def log_change(self, request: HttpRequest, obj: Any, message: Any) -> Any:
        self._audit(request, obj, "change", message)
        return super().log_change(request, obj, message)  # type: ignore[misc]

    def log_deletions(self, request: HttpRequest, queryset: Any) -> Any:
        for obj in queryset:
            self._audit(request, obj, "delete", "")
        return super().log_deletions(request, queryset)  # type: ignore[misc]


class AuditedUserAdmin(AuditedAdminMixin, UserAdmin):
    pass


class AuditedGroupAdmin(AuditedAdminMixin, GroupAdmin):
    pass


admin.site.register(User, AuditedUserAdmin)
admin.site.unregister(Group)
admin.site.register(Group, AuditedGroupAdmin)


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ("at", "actor_label", "office_code", "action", "object_type", "object_id")
    list_filter = ("action", "object_type")
    search_fields = ("object_id", "actor_label", "office_code")

    def has_change_permission(self, request, obj=None):  # append-only
        return False

    def has_delete_permission(self, request, obj=None):
        return False
