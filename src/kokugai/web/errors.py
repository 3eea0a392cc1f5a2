"""The one place that turns an ApplicationError into an HTTP response for the web views.

HTML pages get ``console/error.html`` in the console's layout (console and staff
appointment pages) or ``portal/error.html`` in the citizen's (code, message, fields),
with the error's status (404 / 403 / 409 …); htmx and JSON clients get ``{"code", "message", "fields"}``. Views
never build error responses themselves: they raise, and either
:class:`ApplicationErrorMiddleware` (site-wide) or :func:`handle_application_errors`
(one view) renders.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from kokugai.core.errors import ApplicationError, CoreError, Forbidden, NotFound


class WebError(StrEnum):
    """Codes the portal and console views raise themselves (besides their services' codes)."""

    FORM_INVALID = "form_invalid"
    PDF_FONT_MISSING = "pdf_font_missing"
    PREREG_CODE_INVALID = "prereg_code_invalid"
    PREREG_CODE_CHECK = "prereg_code_check"
    PREREG_RATE_LIMITED = "prereg_rate_limited"
    PREREG_NOT_FOUND = "prereg_not_found"
    PREREG_USED = "prereg_used"
    PREREG_EMAIL_FIXED = "prereg_email_fixed"
    STEP_UNKNOWN = "step_unknown"


logger = logging.getLogger(__name__)

ERROR_TEMPLATE = "console/error.html"
PORTAL_ERROR_TEMPLATE = "portal/error.html"
#: Paths served in the console's layout: its own error pages, never the citizen's.
CONSOLE_PREFIXES = ("/console/", "/appointments/staff/", "/appointments/intake/")


def is_console(request: HttpRequest) -> bool:
    return request.path.startswith(CONSOLE_PREFIXES)


def wants_json(request: HttpRequest) -> bool:
    """htmx requests and clients that ask for JSON get the machine-readable body."""
    if request.headers.get("HX-Request") == "true":
        return True
    if request.content_type == "application/json":
        return True
    accept = request.headers.get("Accept", "")
    return "application/json" in accept and "text/html" not in accept


def _json_safe(fields: dict[str, Any]) -> dict[str, Any]:
    # Messages and field errors are often lazy translations: render them in the request's
    # language now, while it is active.
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if isinstance(value, list | tuple):
            out[key] = [str(v) for v in value]
        elif isinstance(value, dict):
            out[key] = _json_safe(value)
        elif isinstance(value, int | float | bool) or value is None:
            out[key] = value
        else:
            out[key] = str(value)
    return out


def error_payload(exc: ApplicationError) -> dict[str, Any]:
    return {"code": exc.code, "message": str(exc.message), "fields": _json_safe(exc.fields)}


def _back_url(request: HttpRequest) -> str:
    referer = request.headers.get("Referer", "")
    if referer and url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return referer
    return request.path if request.method == "POST" else "/"


def render_application_error(request: HttpRequest, exc: ApplicationError) -> HttpResponse:
    payload = error_payload(exc)
    if exc.status >= 500:
        logger.error("application error %s: %s", exc.code, exc.message)
    if wants_json(request):
        return JsonResponse(payload, status=exc.status, json_dumps_params={"ensure_ascii": False})
    return render(
        request,
        ERROR_TEMPLATE if is_console(request) else PORTAL_ERROR_TEMPLATE,
        {"error": payload, "status": exc.status, "back_url": _back_url(request)},
        status=exc.status,
    )


class ApplicationErrorMiddleware:
    """Renders any ApplicationError a view lets through (add to MIDDLEWARE)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, ApplicationError):
            return render_application_error(request, exception)
        return None


def handle_application_errors(
    view: Callable[..., HttpResponse],
) -> Callable[..., HttpResponse]:
    """Per-view equivalent of the middleware, for views that must not depend on settings."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except ApplicationError as exc:
            return render_application_error(request, exc)

    return wrapper


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """handler404: unknown addresses get the same translated page as any NotFound."""
    return render_application_error(request, NotFound())


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """handler403, in the layout of the part of the site that was asked for."""
    return render_application_error(
        request, Forbidden(CoreError.FORBIDDEN, _("You are not allowed to see this page."))
    )
