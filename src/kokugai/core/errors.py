"""One error type for the whole application, and the codes every app shares.

Clients branch on ``code`` (stable, English, snake_case), never on ``message`` (translated).
Rendered everywhere as ``{"code": ..., "message": ..., "fields": {...}}``.

Every code comes from a registry: one ``StrEnum`` per app, in its ``errors.py``
(:class:`CoreError` here for the codes all apps share: not found, a refused office or role,
every signed link). ``tests/test_error_codes.py`` fails on a code raised anywhere in ``src``
that no registry holds; the API lists them all in its OpenAPI document (``x-error-codes``).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from kokugai.rules.types import Text


class CoreError(StrEnum):
    """Codes shared by every app: one meaning, one code, wherever it is raised."""

    NOT_FOUND = "not_found"
    FORBIDDEN = "forbidden"
    OFFICE_NOT_ALLOWED = "office_not_allowed"
    ROLE_NOT_ALLOWED = "role_not_allowed"
    INVALID_INPUT = "invalid_input"
    RATE_LIMITED = "rate_limited"
    #: Every signed link (``core/tokens.py``): tampered, unknown or void ...
    LINK_INVALID = "link_invalid"
    #: ... past its age (the same code for every kind of link) ...
    LINK_EXPIRED = "link_expired"
    #: ... or single-use and used already.
    LINK_USED = "link_used"
    #: Refusals of ``web.middleware.BadInputMiddleware``, before any view or API operation.
    BODY_TOO_LARGE = "body_too_large"
    MALFORMED_BODY = "malformed_body"
    FILE_NOT_ACCEPTED = "file_not_accepted"
    NUL_CHARACTER = "nul_character"


def _in_current_language(text: Text) -> str:
    from kokugai.core.i18n import current_lang

    return text.get(current_lang())


class ApplicationError(Exception):
    """``message`` is either translated where it is raised (``gettext``) or a bilingual
    ``rules.types.Text`` (the rules' own messages), kept as ``text`` and shown in the
    language of whoever renders it (a page: the request's; the API: ``?lang=``)."""

    #: HTTP status the web and API layers use for this error.
    status: int = 400
    #: The message in both languages, when it was given as a Text.
    text: Text | None = None

    def __init__(
        self,
        code: str,
        message: str | Text = "",
        *,
        fields: dict[str, Any] | None = None,
        status: int | None = None,
    ) -> None:
        if isinstance(message, Text):
            self.text = message
            message = lazy(_in_current_language, str)(message)
        super().__init__(message or code)
        # A registry member or its value: stored as the plain string clients see.
        self.code = str(code)
        self.message = message or code
        self.fields = fields or {}
        if status is not None:
            self.status = status

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": str(self.message), "fields": self.fields}


class NotFound(ApplicationError):
    """Also raised for records that exist but the caller may not see (never reveal existence)."""

    status = 404

    def __init__(self, message: str = "", *, code: str = CoreError.NOT_FOUND) -> None:
        super().__init__(code, message or _("Nothing was found at this address."))


class Forbidden(ApplicationError):
    status = 403


class Conflict(ApplicationError):
    status = 409
