"""The error codes of the registry app (offices and their staff)."""

from __future__ import annotations

from enum import StrEnum


class RegistryError(StrEnum):
    STAFF_NOT_MANAGED = "staff_not_managed"
    DEMO_PASSWORD_MISSING = "demo_password_missing"  # noqa: S105 - a code, not a password
    OFFICE_NOT_ADMINISTERED = "office_not_administered"
    OFFICE_FIELD_UNKNOWN = "office_field_unknown"
    OFFICE_INVALID = "office_invalid"


class ApiKeyError(StrEnum):
    """Codes of the errors the API-key services raise."""

    NOT_OFFICE_ADMIN = "office_admin_required"
    SCOPES_INVALID = "api_key_scopes_invalid"
    ROLE_INVALID = "api_key_role_invalid"
    NAME_REQUIRED = "api_key_name_required"
    NOT_FOUND = "api_key_not_found"
    SCOPE_INSUFFICIENT = "api_key_scope_insufficient"
