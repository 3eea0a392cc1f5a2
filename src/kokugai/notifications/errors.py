"""The error codes of the notifications app (links use the shared CoreError codes)."""

from __future__ import annotations

from enum import StrEnum


class NotificationError(StrEnum):
    INVALID_EMAIL = "invalid_email"
    EMAIL_UNCHANGED = "email_unchanged"
    EMAIL_CHANGE_OFFICE_ONLY = "email_change_office_only"
    UNKNOWN_TEMPLATE = "notification_unknown_template"
    CONTEXT_MISSING = "notification_context_missing"
    CONTEXT_FORBIDDEN = "notification_context_forbidden"
    HOLD_WITHOUT_PERSON = "notification_hold_without_person"
