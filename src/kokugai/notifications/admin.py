"""The outbox in the Django admin: read-only (the worker and the services own every change).

Recipient addresses and rendering context are personal data: only superusers see them.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db import models

from kokugai.core.admin import AuditedAdminMixin
from kokugai.core.audit import audit_record
from kokugai.notifications.models import (
    DeliveryAttempt,
    EmailChangeRequest,
    Notification,
    WebhookDelivery,
    WebhookSubscription,
)
from kokugai.registry.admin_scope import OwnOfficeRows
from kokugai.registry.staff_access import office_admin_office

#: Fields with personal data (the address, the values mails are rendered with).
PERSONAL_FIELDS = ("to", "context", "attachments")


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request: Any, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: Any, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: Any, obj: Any = None) -> bool:
        return False

    def change_view(
        self, request: Any, object_id: str, form_url: str = "", extra_context: Any = None
    ) -> Any:
        response = super().change_view(request, object_id, form_url, extra_context)
        if response.status_code == 200:
            # A read of personal data like any other (the address, the mail's values).
            audit_record(
                actor=request.user,
                action="admin.read",
                object_type=self.model._meta.model_name,
                object_id=object_id,
                detail={"personal_fields": bool(request.user.is_superuser)},
            )
        return response


class DeliveryAttemptInline(admin.TabularInline):
    model = DeliveryAttempt
    extra = 0
    can_delete = False
    readonly_fields = ("at", "status", "attempt", "smtp_code", "smtp_reply")

    def has_add_permission(self, request: Any, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: Any, obj: Any = None) -> bool:
        return False


@admin.register(Notification)
class NotificationAdmin(ReadOnlyAdmin):
    list_display = ("id", "template", "language", "status", "attempts", "created_at", "sent_at")
    list_filter = ("status", "template", "language")
    search_fields = ("message_id",)
    inlines = [DeliveryAttemptInline]

    def get_fields(self, request: Any, obj: Any = None) -> Any:
        fields = [f.name for f in Notification._meta.get_fields() if f.concrete]
        fields = [f for f in fields if f != "id"]
        if not request.user.is_superuser:
            fields = [f for f in fields if f not in PERSONAL_FIELDS]
        return fields

    def get_readonly_fields(self, request: Any, obj: Any = None) -> Any:
        return self.get_fields(request, obj)

    def get_search_fields(self, request: Any) -> Any:
        # Searching by address would reveal who got mail even with the column hidden.
        return ("message_id", "to") if request.user.is_superuser else ("message_id",)


@admin.register(EmailChangeRequest)
class EmailChangeRequestAdmin(ReadOnlyAdmin):
    list_display = ("id", "person", "created_at", "expires_at", "verified_at")

    def get_fields(self, request: Any, obj: Any = None) -> Any:
        fields = ["person", "created_at", "expires_at", "verified_at"]
        return (["new_email", *fields]) if request.user.is_superuser else fields

    def get_readonly_fields(self, request: Any, obj: Any = None) -> Any:
        return self.get_fields(request, obj)


class WebhookDeliveryInline(admin.TabularInline):
    """The latest deliveries of a subscription: read-only, the worker owns them."""

    model = WebhookDelivery
    extra = 0
    can_delete = False
    ordering = ("-created_at",)
    fields = ("event_type", "event_id", "status", "attempts", "last_status_code", "last_error")
    readonly_fields = fields
    max_num = 0

    def get_queryset(self, request: Any) -> Any:
        return super().get_queryset(request).order_by("-created_at")


@admin.register(WebhookSubscription)
class WebhookSubscriptionAdmin(AuditedAdminMixin, OwnOfficeRows, admin.ModelAdmin):
    """An office admin manages their own office's subscriptions (the office is theirs, fixed);
    superusers every office's."""

    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ("office", "url", "active", "description", "created_at")
    list_filter = ("active",)
    inlines = (WebhookDeliveryInline,)

    def get_queryset(self, request: Any) -> Any:
        qs = super().get_queryset(request).select_related("office")
        office = office_admin_office(request.user)
        return qs if office is None else qs.filter(office=office)

    def get_exclude(self, request: Any, obj: Any = None) -> Any:
        return ("office",) if office_admin_office(request.user) is not None else ()

    def save_model(self, request: Any, obj: WebhookSubscription, form: Any, change: bool) -> None:
        office = office_admin_office(request.user)
        if office is not None:
            obj.office = office  # whatever was posted
        super().save_model(request, obj, form, change)

    def has_module_permission(self, request: Any) -> bool:
        return office_admin_office(request.user) is not None or super().has_module_permission(
            request
        )

    def has_add_permission(self, request: Any) -> bool:
        own = self._own(request, None)
        return super().has_add_permission(request) if own is None else own
