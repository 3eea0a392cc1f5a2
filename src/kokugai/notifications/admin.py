"""The outbox in the Django admin: read-only (the worker and the services own every change).

Recipient addresses and rendering context are personal data: only superusers see them.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin

from kokugai.core.audit import audit_record
from kokugai.notifications.models import DeliveryAttempt, EmailChangeRequest, Notification

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
