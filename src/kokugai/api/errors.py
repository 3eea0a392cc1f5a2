"""One error shape for every failure the API can produce.

``{"code": ..., "message": ..., "fields": {...}}`` for our ApplicationError, for ninja's
input validation (422 ``invalid_input``), authentication (401), CSRF and other HTTP errors,
and Django's Http404. Nothing here echoes what the client sent: a rejected value may be a
My Number (design §8), so a field gets its error message, never its input.
"""

from __future__ import annotations

import logging
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from kokugai.api.schemas import lang_of
from kokugai.core.errors import ApplicationError
from kokugai.rules.types import Text

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

#: Codes for ninja's own HTTP errors, by status.
HTTP_CODES: dict[int, str] = {
    400: "bad_request",
    401: "not_authenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    429: "rate_limited",
}


class InvalidInputError(ApplicationError):
    """Input that passed the schema but not a check only the operation can make."""

    def __init__(self, fields: dict[str, Any]) -> None:
        super().__init__("invalid_input", INVALID_INPUT.en, fields=fields, status=422)
        self.text = INVALID_INPUT


def error_body(code: str, message: str, fields: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"code": code, "message": message, "fields": fields or {}}


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
        # Some errors carry their message in both languages (e.g. the tracker's).
        text = getattr(exc, "text", None)
        if isinstance(text, Text):
            body["message"] = text.get(lang_of(request))
        return respond(request, body, exc.status)

    def on_validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        body = error_body(
            "invalid_input", INVALID_INPUT.get(lang_of(request)), validation_fields(exc.errors)
        )
        return respond(request, body, 422)

    def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        lang = lang_of(request)
        code = HTTP_CODES.get(exc.status_code, f"http_{exc.status_code}")
        message = str(exc)
        if isinstance(exc, AuthenticationError):
            code, message = "not_authenticated", NOT_AUTHENTICATED.get(lang)
        elif exc.status_code == 403 and "CSRF" in message:
            code, message = "csrf_failed", CSRF_FAILED.get(lang)
        return respond(request, error_body(code, message), exc.status_code)

    def on_404(request: HttpRequest, exc: Http404) -> HttpResponse:
        return respond(request, error_body("not_found", NOT_FOUND.get(lang_of(request))), 404)

    def on_unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
        # Logged with the traceback; the client learns only that it was our fault.
        logger.exception("API error on %s %s", request.method, request.path, exc_info=exc)
        return respond(
            request, error_body("internal_error", INTERNAL_ERROR.get(lang_of(request))), 500
        )

    api.add_exception_handler(Exception, on_unexpected)
    api.add_exception_handler(ApplicationError, on_application_error)
    api.add_exception_handler(ValidationError, on_validation_error)
    api.add_exception_handler(HttpError, on_http_error)
    api.add_exception_handler(Http404, on_404)
