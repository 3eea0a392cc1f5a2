from django.contrib import admin

from kokugai.notifications.models import DeliveryAttempt, EmailChangeRequest, Notification


class DeliveryAttemptInline(admin.TabularInline):
    model = DeliveryAttempt
    extra = 0
    can_delete = False
    readonly_fields = ("at", "status", "attempt", "smtp_code", "smtp_reply")


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ("id", "template", "language", "status", "attempts", "created_at", "sent_at")
    list_filter = ("status", "template", "language")
    search_fields = ("message_id",)
    readonly_fields = ("message_id", "created_at", "sent_at", "attempts", "last_error")
    inlines = [DeliveryAttemptInline]


@admin.register(EmailChangeRequest)
class EmailChangeRequestAdmin(admin.ModelAdmin):
    list_display = ("id", "person", "created_at", "expires_at", "verified_at")
    readonly_fields = ("token_hash",)
