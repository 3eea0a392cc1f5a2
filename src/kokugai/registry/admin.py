"""Django admin for office admins and reference data (not for the staff's daily case work).

Superusers see everything. An office admin (a StaffProfile with role ``admin``) sees and edits
only their own office: its counters, opening hours, closures and staff. They cannot create or
delete offices, and a staff member they manage always stays in their office. Accounts with no
staff profile are the superusers' alone (``kokugai.registry.staff_access``). Every change made
here is written to the audit log (``kokugai.core.admin.AuditedAdminMixin``).
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _

from kokugai.core.admin import AuditedAdminMixin, AuditedUserAdmin
from kokugai.core.errors import ApplicationError
from kokugai.core.models import User
from kokugai.registry import staff_access
from kokugai.registry.admin_scope import OwnOfficeRows, office_admin_of
from kokugai.registry.models import (
    Closure,
    Counter,
    Office,
    OpeningHours,
    StaffProfile,
)


class OfficeScopedInline(OwnOfficeRows, admin.TabularInline):
    """Rows that belong to an office: an office admin manages those of their own office."""

    extra = 0

    def row_office_id(self, obj: Office) -> Any:
        return obj.pk  # the inline's object is the office itself

    def has_add_permission(self, request: Any, obj: Any = None) -> bool:
        own = self._own(request, obj)
        return super().has_add_permission(request, obj) if own is None else own


class CounterInline(OfficeScopedInline):
    model = Counter


class OpeningHoursInline(OfficeScopedInline):
    model = OpeningHours
    readonly_fields = ("is_default",)


class ClosureInline(OfficeScopedInline):
    model = Closure


@admin.register(Office)
class OfficeAdmin(AuditedAdminMixin, admin.ModelAdmin):
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
            return ("code", "kind", "is_active", "contact_is_demo")
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

    def save_model(self, request: Any, obj: Office, form: Any, change: bool) -> None:
        from kokugai.registry.services import CONTACT_FIELDS, office_contact_update

        contact = {
            name: form.cleaned_data[name] for name in CONTACT_FIELDS if name in form.changed_data
        }
        if change and contact:
            # The contact details go through the service: its permission check and its
            # ``office.update`` audit row (the service clears the demo marker).
            saved = Office.objects.get(pk=obj.pk)
            for name in contact:
                setattr(obj, name, getattr(saved, name))
            office_contact_update(actor=request.user, office=obj, **contact)
            obj.refresh_from_db(fields=[*contact, "contact_is_demo"])
        super().save_model(request, obj, form, change)

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
class StaffProfileAdmin(AuditedAdminMixin, OwnOfficeRows, admin.ModelAdmin):
    list_display = ("user", "office", "role")
    list_filter = ("role",)
    search_fields = ("user__username", "office__code", "office__name_ja")
    autocomplete_fields = ("office",)

    def get_queryset(self, request: Any) -> Any:
        qs = super().get_queryset(request).select_related("user", "office")
        office = office_admin_of(request)
        # API keys' service accounts are managed on the console's API keys page.
        return qs if office is None else qs.filter(office=office, user__api_key__isnull=True)

    def get_readonly_fields(self, request: Any, obj: Any = None) -> Any:
        if office_admin_of(request) is not None:
            return ("office",)
        return super().get_readonly_fields(request, obj)

    def formfield_for_foreignkey(self, db_field: Any, request: Any, **kwargs: Any) -> Any:
        office = office_admin_of(request)
        if office is not None and db_field.name == "user":
            # Accounts already in this office only: never a superuser, never someone else's
            # staff, never an account without an office (superusers manage those).
            kwargs["queryset"] = User.objects.filter(is_superuser=False, staff__office=office)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request: Any, obj: StaffProfile, form: Any, change: bool) -> None:
        office = office_admin_of(request)
        if office is not None:
            obj.office = office  # whatever was posted: an office admin cannot move staff out
        super().save_model(request, obj, form, change)

    def has_module_permission(self, request: Any) -> bool:
        return office_admin_of(request) is not None or super().has_module_permission(request)

    def has_add_permission(self, request: Any) -> bool:
        # An office admin's new accounts join their office when created (the account page);
        # attaching an existing account to an office is a superuser's decision.
        return office_admin_of(request) is None and super().has_add_permission(request)


class OfficeScopedUserAdmin(AuditedUserAdmin):
    """Staff accounts: an office admin sees and edits only the accounts of their own office,
    never a superuser's nor one without an office, and cannot grant superuser or staff-wide
    permissions. Passwords an admin types are temporary; the actions reset second factors,
    issue a one-time password reset link and lift the sign-in delay."""

    actions = ("reset_second_factors", "issue_password_reset_link", "unlock_signin")

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
        # Their own staff only: an account without a profile is a superuser's to manage. An
        # API key's service account is managed on the console's API keys page (revoked there,
        # never given a password or another role here).
        return qs.filter(staff__office=office, is_superuser=False, api_key__isnull=True)

    def get_readonly_fields(self, request: Any, obj: User | None = None) -> Any:
        fields = tuple(super().get_readonly_fields(request, obj))
        if office_admin_of(request) is not None:
            fields += ("is_superuser", "groups", "user_permissions")
        return fields

    def save_model(self, request: Any, obj: User, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        if not change:
            staff_access.staff_account_created(request.user, obj)

    def user_change_password(
        self, request: HttpRequest, id: str, form_url: str = ""
    ) -> HttpResponse:
        response = super().user_change_password(request, id, form_url)
        if request.method == "POST" and response.status_code == 302:
            target = self.get_object(request, unquote(id))
            if target is not None and target.pk != request.user.pk:
                staff_access.staff_password_set(request.user, target)  # type: ignore[arg-type]
        return response

    def _each(self, request: Any, queryset: Any, do: Any, done: str) -> None:
        for target in queryset:
            try:
                result = do(request.user, target)
            except ApplicationError as exc:
                self.message_user(request, f"{target}: {exc.message}", messages.ERROR)
                continue
            text = f"{target}: {done}"
            if isinstance(result, str):
                text += " " + request.build_absolute_uri(result)
            self.message_user(request, text, messages.SUCCESS)

    @admin.action(description=_("Reset second factors (enrol again at next sign-in)"))
    def reset_second_factors(self, request: Any, queryset: Any) -> None:
        self._each(
            request,
            queryset,
            lambda actor, target: staff_access.staff_factors_reset(actor, target),
            str(_("second factors removed; sessions ended.")),
        )

    @admin.action(description=_("Issue a one-time password reset link"))
    def issue_password_reset_link(self, request: Any, queryset: Any) -> None:
        self._each(
            request,
            queryset,
            staff_access.staff_password_reset,
            str(_("password reset; hand over this one-time link in person:")),
        )

    @admin.action(description=_("Lift the sign-in delay"))
    def unlock_signin(self, request: Any, queryset: Any) -> None:
        self._each(
            request,
            queryset,
            staff_access.staff_unlock,
            str(_("sign-in delay lifted.")),
        )


# The account admin lives here (not in core) because scoping it needs the office registry.
admin.site.unregister(User)
admin.site.register(User, OfficeScopedUserAdmin)
