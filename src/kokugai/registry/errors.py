"""The error codes of the registry app (offices and their staff)."""

from __future__ import annotations

from enum import StrEnum


class RegistryError(StrEnum):
    STAFF_NOT_MANAGED = "staff_not_managed"
    DEMO_PASSWORD_MISSING = "demo_password_missing"  # noqa: S105 - a code, not a password
