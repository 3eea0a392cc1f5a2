"""Django admin for office admins and reference data (not for the staff's daily case work).

Superusers see everything. An office admin (a StaffProfile with role ``admin``) sees and edits
only their own office: its counters, opening hours, closures and staff. They cannot create or
delete offices, and a staff member they manage always stays in their office.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.db import models
from django.db.models import Q, QuerySet

from kokugai.core.models import User
from kokugai.registry.models import (
    Closure,
    Counter,
    Office,
    OpeningHours,
    StaffProfile,
    StaffRole,
)


def office_admin_of(request: Any) -> Office | None:
    """The office a non-superuser administers, or None (superusers and everyone else)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_active or not user.is_staff or user.is_superuser:
        return None
    try:
        profile = user.staff
    except StaffProfile.DoesNotExist:
        return None
    return profile.office if profile.role == StaffRole.ADMIN else None


class OfficeScopedInline(admin.TabularInline):
    """Rows that belong to an office: an office admin manages those of their own office."""

    extra = 0

    def _own(self, request: Any, obj: Office | None) -> bool | None:
        """True/False for an office admin (their office or not), None for anyone else."""
        office = office_admin_of(request)
        if office is None:
            return None
        return obj is None or obj.pk == office.pk

    def has_view_permission(self, request: Any, obj: Any = None) -> bool:
        own = self._own(request, obj)
        return super().has_view_permission(request, obj) if own is None else own

    def has_add_permission(self, request: Any, obj: Any = None) -> bool:
        own = self._own(request, obj)
        return super().has_add_permission(request, obj) if own is None else own

    def has_change_permission(self, request: Any, obj: Any = None) -> bool:
        own = self._own(request, obj)
        return super().has_change_permission(request, obj) if own is None else own

    def has_delete_permission(self, request: Any, obj: Any = None) -> bool:
        own = self._own(request, obj)
        return super().has_delete_permission(request, obj) if own is None else own


class CounterInline(OfficeScopedInline):
    model = Counter


class OpeningHoursInline(OfficeScopedInline):
    model = OpeningHours
    readonly_fields = ("is_default",)


class ClosureInline(OfficeScopedInline):
    model = Closure


@admin.register(Office)
class OfficeAdmin(admin.ModelAdmin):
    # A website typed without a scheme is https (Django 6's default, adopted now).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ("code", "name_ja", "kind", "country", "timezone", "is_active")
    list_filter = ("kind", "is_active", "country")
    search_fields = ("code", "name_ja", "name_en", "name_kana")
    inlines = (CounterInline, OpeningHoursInline, ClosureInline)

    def get_queryset(self, request: Any) -> Any:
        qs = super().get_queryset(request)
        office = office_admin_of(request)
        return qs if office is None else qs.filter(pk=office.pk)

    def get_readonly_fields(self, request: Any, obj: Any = None) -> Any:
        if office_admin_of(request) is not None:
            # What the office is (its code, kind, whether it exists) comes from the reference
            # data; an office admin keeps its names, contact and hours current.
            return ("code", "kind", "is_active")
        return super().get_readonly_fields(request, obj)

    def has_module_permission(self, request: Any) -> bool:
        return office_admin_of(request) is not None or super().has_module_permission(request)

    def has_view_permission(self, request: Any, obj: Any = None) -> bool:
        office = office_admin_of(request)
        if office is not None:
            return obj is None or obj.pk == office.pk
        return super().has_view_permission(request, obj)

    def has_change_permission(self, request: Any, obj: Any = None) -> bool:
        office = office_admin_of(request)
        if office is not None:
            return obj is None or obj.pk == office.pk
        return super().has_change_permission(request, obj)

    def has_add_permission(self, request: Any) -> bool:
        return office_admin_of(request) is None and super().has_add_permission(request)

    def has_delete_permission(self, request: Any, obj: Any = None) -> bool:
        return office_admin_of(request) is None and super().has_delete_permission(request, obj)

    def save_formset(self, request: Any, form: Any, formset: Any, change: bool) -> None:
        # Hours an admin saved are the office's own, no longer the generic defaults.
        instances = formset.save(commit=False)
        for obj in instances:
            if isinstance(obj, OpeningHours):
                obj.is_default = False
            obj.save()
        for obj in formset.deleted_objects:
            obj.delete()
        formset.save_m2m()


@admin.register(StaffProfile)
class StaffProfileAdmin(admin.ModelAdmin):
    list_display = ("user", "office", "role")
    list_filter = ("role",)
    search_fields = ("user__username", "office__code", "office__name_ja")
    autocomplete_fields = ("office",)

    def get_queryset(self, request: Any) -> Any:
        qs = super().get_queryset(request).select_related("user", "office")
        office = office_admin_of(request)
        return qs if office is None else qs.filter(office=office)

    def get_readonly_fields(self, request: Any, obj: Any = None) -> Any:
        if office_admin_of(request) is not None:
            return ("office",)
        return super().get_readonly_fields(request, obj)

    def formfield_for_foreignkey(self, db_field: Any, request: Any, **kwargs: Any) -> Any:
        office = office_admin_of(request)
        if office is not None and db_field.name == "user":
            # Accounts with no office yet, or already in this one; never a superuser, never
            # someone else's staff.
            kwargs["queryset"] = User.objects.filter(is_superuser=False).filter(
                Q(staff__isnull=True) | Q(staff__office=office)
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request: Any, obj: StaffProfile, form: Any, change: bool) -> None:
        office = office_admin_of(request)
        if office is not None:
            obj.office = office  # whatever was posted: an office admin cannot move staff out
        super().save_model(request, obj, form, change)

    def has_module_permission(self, request: Any) -> bool:
        return office_admin_of(request) is not None or super().has_module_permission(request)

    def _own(self, request: Any, obj: Any) -> bool | None:
        office = office_admin_of(request)
        if office is None:
            return None
        return obj is None or obj.office_id == office.pk

    def has_view_permission(self, request: Any, obj: Any = None) -> bool:
        own = self._own(request, obj)
        return super().has_view_permission(request, obj) if own is None else own

    def has_change_permission(self, request: Any, obj: Any = None) -> bool:
        own = self._own(request, obj)
        return super().has_change_permission(request, obj) if own is None else own

    def has_delete_permission(self, request: Any, obj: Any = None) -> bool:
        own = self._own(request, obj)
        return super().has_delete_permission(request, obj) if own is None else own

    def has_add_permission(self, request: Any) -> bool:
        return office_admin_of(request) is not None or super().has_add_permission(request)


class OfficeScopedUserAdmin(UserAdmin):
    """Staff accounts: an office admin sees and edits only the accounts of their own office,
    never a superuser's, and cannot grant superuser or staff-wide permissions."""

    def _may(self, request: Any, obj: User | None) -> bool | None:
        """True/False for an office admin (an account in their scope or not), else None."""
        office = office_admin_of(request)
        if office is None:
            return None
        return obj is None or self.get_queryset(request).filter(pk=obj.pk).exists()

    def has_module_permission(self, request: Any) -> bool:
        return office_admin_of(request) is not None or super().has_module_permission(request)

    def has_view_permission(self, request: Any, obj: Any = None) -> bool:
        may = self._may(request, obj)
        return super().has_view_permission(request, obj) if may is None else may

    def has_add_permission(self, request: Any) -> bool:
        return office_admin_of(request) is not None or super().has_add_permission(request)

    def has_change_permission(self, request: Any, obj: Any = None) -> bool:
        may = self._may(request, obj)
        return super().has_change_permission(request, obj) if may is None else may

    def get_queryset(self, request: Any) -> QuerySet[User]:
        qs = super().get_queryset(request)
        office = office_admin_of(request)
        if office is None:
            return qs
        # Their own staff, plus accounts not yet attached to any office (to attach them).
        return qs.filter(Q(staff__office=office) | Q(staff__isnull=True), is_superuser=False)

    def get_readonly_fields(self, request: Any, obj: User | None = None) -> Any:
        fields = tuple(super().get_readonly_fields(request, obj))
        if office_admin_of(request) is not None:
            fields += ("is_superuser", "groups", "user_permissions")
        return fields


# The account admin lives here (not in core) because scoping it needs the office registry.
admin.site.unregister(User)
admin.site.register(User, OfficeScopedUserAdmin)
