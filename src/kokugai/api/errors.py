"""One error shape for every failure the API can produce.

``{"code": ..., "message": ..., "fields": {...}}`` for our ApplicationError, for ninja's
input validation (422 ``invalid_input``), authentication (401), CSRF and other HTTP errors,
and Django's Http404. Nothing here echoes what the client sent: a rejected value may be a
My Number (design §8), so a field gets its error message, never its input.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from kokugai.api.schemas import lang_of
from kokugai.appointments.errors import AppointmentError
from kokugai.cases.errors import CaseError, GuardReason
from kokugai.core.errors import ApplicationError, CoreError
from kokugai.core.staffauth.errors import StaffAuthError
from kokugai.notifications.errors import NotificationError
from kokugai.people.errors import PeopleError
from kokugai.registry.errors import ApiKeyError, RegistryError
from kokugai.rules.types import Text
from kokugai.tracking.errors import TrackingError

logger = logging.getLogger("kokugai.api")

INTERNAL_ERROR = Text(
    "サーバーで問題が発生しました。時間をおいてもう一度お試しください。",
    "Something went wrong on our side. Please try again later.",
)
INVALID_INPUT = Text("入力内容に誤りがあります。", "Some of the input is invalid.")
NOT_AUTHENTICATED = Text("ログインが必要です。", "You need to sign in with a staff account.")
CSRF_FAILED = Text(
    "CSRFトークンが無効です。ページを再読み込みしてください。",
    "The CSRF token is missing or invalid; reload the page.",
)
NOT_FOUND = Text("見つかりません。", "Not found.")
METHOD_NOT_ALLOWED = Text(
    "このURLではこのメソッドは使えません。", "This method is not allowed on this URL."
)


class ApiError(StrEnum):
    """Codes only the API raises (its own checks and ninja's HTTP errors)."""

    BAD_REQUEST = "bad_request"
    NOT_AUTHENTICATED = "not_authenticated"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    CSRF_FAILED = "csrf_failed"
    HTTP_ERROR = "http_error"
    INTERNAL_ERROR = "internal_error"
    UNKNOWN_QUEUE = "unknown_queue"
    INVALID_SITUATION = "invalid_situation"
    MYNUMBER_LENGTH = "mynumber_length"
    MYNUMBER_NON_DIGIT = "mynumber_non_digit"
    MYNUMBER_CHECK_DIGIT = "mynumber_check_digit"
    LGCODE_LENGTH = "lgcode_length"
    LGCODE_NON_DIGIT = "lgcode_non_digit"
    LGCODE_CHECK_DIGIT = "lgcode_check_digit"
    LGCODE_UNKNOWN_CODE = "lgcode_unknown_code"


#: The codes of a number failing its check, by (what, ``rules.checkdigits`` fault).
CHECK_DIGIT_CODES: dict[tuple[str, str], ApiError] = {
    ("mynumber", "length"): ApiError.MYNUMBER_LENGTH,
    ("mynumber", "non_digit"): ApiError.MYNUMBER_NON_DIGIT,
    ("mynumber", "check_digit"): ApiError.MYNUMBER_CHECK_DIGIT,
    ("lgcode", "length"): ApiError.LGCODE_LENGTH,
    ("lgcode", "non_digit"): ApiError.LGCODE_NON_DIGIT,
    ("lgcode", "check_digit"): ApiError.LGCODE_CHECK_DIGIT,
    ("lgcode", "unknown_code"): ApiError.LGCODE_UNKNOWN_CODE,
}

#: Every registry of codes an API client may meet, by app (listed in the OpenAPI document).
REGISTRIES: dict[str, tuple[type[StrEnum], ...]] = {
    "core": (CoreError, StaffAuthError),
    "registry": (RegistryError, ApiKeyError),
    "people": (PeopleError,),
    "notifications": (NotificationError,),
    "cases": (CaseError, GuardReason),
    "appointments": (AppointmentError,),
    "tracking": (TrackingError,),
    "api": (ApiError,),
}


def error_codes() -> dict[str, list[str]]:
    """The codes of every registry, by app: ``x-error-codes`` in the OpenAPI document."""
    return {
        app: sorted({str(code) for registry in registries for code in registry})
        for app, registries in REGISTRIES.items()
    }


#: Codes for ninja's own HTTP errors, by status.
HTTP_CODES: dict[int, str] = {
    400: ApiError.BAD_REQUEST,
    401: ApiError.NOT_AUTHENTICATED,
    403: CoreError.FORBIDDEN,
    404: CoreError.NOT_FOUND,
    405: ApiError.METHOD_NOT_ALLOWED,
    429: CoreError.RATE_LIMITED,
}


class InvalidInputError(ApplicationError):
    """Input that passed the schema but not a check only the operation can make."""

    def __init__(self, fields: dict[str, Any]) -> None:
        super().__init__(CoreError.INVALID_INPUT, INVALID_INPUT, fields=fields, status=422)


def error_body(code: str, message: str, fields: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"code": str(code), "message": message, "fields": fields or {}}


def _field_name(loc: tuple[Any, ...] | list[Any]) -> str:
    """("body", "payload", "birth_date") -> "birth_date"; ("query", "q") -> "q"."""
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("body", "query", "path", "header", "cookie", "form"):
        source, parts = parts[0], parts[1:]
        # A body schema is one parameter named in the function; clients never see that name.
        if source == "body" and len(parts) > 1:
            parts = parts[1:]
    return ".".join(parts) or "__all__"


def validation_fields(errors: list[dict[str, Any]]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for err in errors:
        fields.setdefault(_field_name(err.get("loc", ())), str(err.get("msg", "invalid")))
    return fields


def install(api: NinjaAPI) -> None:
    """Register the handlers on ``api`` (replacing ninja's ``{"detail": ...}`` defaults)."""

    def respond(request: HttpRequest, body: dict[str, Any], status: int) -> HttpResponse:
        return api.create_response(request, body, status=status)

    def on_application_error(request: HttpRequest, exc: ApplicationError) -> HttpResponse:
        body = exc.as_dict()
        # A message given in both languages is answered in the one asked for (?lang=).
        if exc.text is not None:
            body["message"] = exc.text.get(lang_of(request))
        return respond(request, body, exc.status)

    def on_validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        body = error_body(
            CoreError.INVALID_INPUT,
            INVALID_INPUT.get(lang_of(request)),
            validation_fields(exc.errors),
        )
        return respond(request, body, 422)

    def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        lang = lang_of(request)
        code = HTTP_CODES.get(exc.status_code, ApiError.HTTP_ERROR)
        message = str(exc)
        if isinstance(exc, AuthenticationError):
            code, message = ApiError.NOT_AUTHENTICATED, NOT_AUTHENTICATED.get(lang)
        elif exc.status_code == 403 and "CSRF" in message:
            code, message = ApiError.CSRF_FAILED, CSRF_FAILED.get(lang)
        return respond(request, error_body(code, message), exc.status_code)

    def on_404(request: HttpRequest, exc: Http404) -> HttpResponse:
        return respond(
            request, error_body(CoreError.NOT_FOUND, NOT_FOUND.get(lang_of(request))), 404
        )

    def on_unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
        # Logged with the traceback; the client learns only that it was our fault.
        logger.exception("API error on %s %s", request.method, request.path, exc_info=exc)
        return respond(
            request, error_body(ApiError.INTERNAL_ERROR, INTERNAL_ERROR.get(lang_of(request))), 500
        )

    api.add_exception_handler(Exception, on_unexpected)
    api.add_exception_handler(ApplicationError, on_application_error)
    api.add_exception_handler(ValidationError, on_validation_error)
    api.add_exception_handler(HttpError, on_http_error)
    api.add_exception_handler(Http404, on_404)
