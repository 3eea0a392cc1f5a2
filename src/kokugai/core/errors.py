"""One error type for the whole application.

Clients branch on ``code`` (stable, English, snake_case), never on ``message`` (translated).
Rendered everywhere as ``{"code": ..., "message": ..., "fields": {...}}``.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _


class ApplicationError(Exception):
    #: HTTP status the web and API layers use for this error.
    status: int = 400

    def __init__(
        self,
        code: str,
        message: str = "",
        *,
        fields: dict[str, Any] | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(message or code)
        self.code = code
        self.message = message or code
        self.fields = fields or {}
        if status is not None:
            self.status = status

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": str(self.message), "fields": self.fields}


class NotFound(ApplicationError):
    """Also raised for records that exist but the caller may not see (never reveal existence)."""

    status = 404

    def __init__(self, message: str = "", *, code: str = "not_found") -> None:
        super().__init__(code, message or _("Nothing was found at this address."))


class Forbidden(ApplicationError):
    status = 403


class Conflict(ApplicationError):
    status = 409
