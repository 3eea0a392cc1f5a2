"""Site-wide HTTP middleware: request ids and access logs, bad input, privacy headers.

* :class:`RequestIdMiddleware` gives every request an id (``X-Request-ID`` in the response;
  taken from the request only when a trusted proxy sent it), puts it on every log line of
  the request (``kokugai.core.logging.request_id_var``) and writes one access line: method,
  URL *route* (the pattern, never the path: paths carry signed tokens and receipt numbers),
  status and duration. No address, no query string, no user agent.
* :class:`BadInputMiddleware` answers 4xx naming the field, before any view or database sees
  it, for what would otherwise be a 500: NUL characters (PostgreSQL refuses them in text), a
  body over ``KOKUGAI_MAX_BODY_BYTES`` (413, decided from ``Content-Length`` before anything is
  read), a multipart body that cannot be parsed, and file uploads (no page takes a file).
* :class:`PrivacyHeadersMiddleware` adds ``Permissions-Policy`` and makes every dynamic
  response ``Cache-Control: no-store`` unless the view chose its own caching, so a page with
  personal data is never kept by a browser or a shared cache (static files are answered by
  WhiteNoise before this runs, with their own caching).
"""

from __future__ import annotations

import ipaddress
import json
import logging
import re
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.http.multipartparser import MultiPartParserError
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from kokugai.core.errors import ApplicationError, CoreError
from kokugai.core.logging import request_id_var
from kokugai.core.net import trusted_proxies
from kokugai.web.errors import render_application_error

access_log = logging.getLogger("kokugai.request")

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{8,64}$")
#: Probes of a load balancer: logged at DEBUG only, or they would drown the access log.
_QUIET_ROUTES = frozenset({"healthz", "readyz"})


def _from_trusted_proxy(request: HttpRequest) -> bool:
    proxies = trusted_proxies()
    if not proxies:
        return False
    try:
        remote = ipaddress.ip_address(str(request.META.get("REMOTE_ADDR", "")))
    except ValueError:
        return False
    return any(remote.version == net.version and remote in net for net in proxies)


class RequestIdMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        given = request.headers.get("X-Request-ID", "")
        if given and _REQUEST_ID.match(given) and _from_trusted_proxy(request):
            request_id = given
        else:
            request_id = uuid.uuid4().hex
        request.request_id = request_id  # type: ignore[attr-defined]
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            response["X-Request-ID"] = request_id
            match = getattr(request, "resolver_match", None)
            route = match.route if match is not None else None
            level = logging.DEBUG if route in _QUIET_ROUTES else logging.INFO
            access_log.log(
                level,
                "%s %s %s",
                request.method,
                route or "-",
                response.status_code,
                extra={
                    "method": request.method,
                    "route": route or "-",
                    "status": response.status_code,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                },
            )
            return response
        finally:
            request_id_var.reset(token)


# --- bad input ------------------------------------------------------------------------------


class BadInputError(ApplicationError):
    """Input refused before any view: ``fields`` names what was wrong."""


def _nul_fields(data: Any, prefix: str = "") -> Iterator[str]:
    """Names (dotted paths for JSON) of the values or keys that contain a NUL character."""
    if isinstance(data, dict):
        for key, value in data.items():
            name = f"{prefix}{key}"
            if "\x00" in str(key):
                yield name.replace("\x00", "\\0")
            else:
                yield from _nul_fields(value, name + ".")
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _nul_fields(value, f"{prefix}{i}.")
    elif isinstance(data, str) and "\x00" in data:
        yield prefix.rstrip(".") or "body"


def _querydict_nul_fields(qd: Any) -> list[str]:
    found = []
    for key, values in qd.lists():
        if "\x00" in key or any("\x00" in str(v) for v in values):
            found.append(key.replace("\x00", "\\0"))
    return found


def _content_length(request: HttpRequest) -> int:
    try:
        return max(int(request.META.get("CONTENT_LENGTH") or 0), 0)
    except ValueError:
        return 0


class BadInputMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            self.check(request)
        except BadInputError as exc:
            return self.refuse(request, exc)
        return self.get_response(request)

    def check(self, request: HttpRequest) -> None:
        limit = int(settings.KOKUGAI_MAX_BODY_BYTES)
        if _content_length(request) > limit:
            raise BadInputError(
                CoreError.BODY_TOO_LARGE,
                _("The request is too large (at most %(limit)d bytes).") % {"limit": limit},
                fields={"body": "too_large"},
                status=413,
            )
        if "\x00" in request.path:
            raise self.nul(["path"])
        nul = _querydict_nul_fields(request.GET)
        if request.method in {"POST", "PUT", "PATCH", "DELETE"}:
            nul += self.body_nul_fields(request)
        if nul:
            raise self.nul(nul)

    def body_nul_fields(self, request: HttpRequest) -> list[str]:
        content_type = request.content_type or ""
        if content_type in {"multipart/form-data", "application/x-www-form-urlencoded"}:
            try:
                post, files = request.POST, request.FILES
            except (MultiPartParserError, RequestDataTooBig, TooManyFieldsSent) as exc:
                raise BadInputError(
                    CoreError.MALFORMED_BODY,
                    _("The form data could not be read."),
                    fields={"body": "malformed"},
                ) from exc
            if files:
                name = next(iter(files))
                raise BadInputError(
                    CoreError.FILE_NOT_ACCEPTED,
                    _("This page does not accept files."),
                    fields={name: "file_not_accepted"},
                )
            return _querydict_nul_fields(post)
        if content_type == "application/json" or content_type.endswith("+json"):
            try:
                data = json.loads(request.body or b"null")
            except (ValueError, UnicodeDecodeError):
                return []  # malformed JSON: the API's own parser answers with its 4xx
            return list(_nul_fields(data))
        if content_type.startswith("multipart/"):
            raise BadInputError(
                CoreError.MALFORMED_BODY,
                _("The form data could not be read."),
                fields={"body": "malformed"},
            )
        return []

    @staticmethod
    def nul(fields: list[str]) -> BadInputError:
        return BadInputError(
            CoreError.NUL_CHARACTER,
            _("The input contains a NUL character, which is not allowed."),
            fields={name: "nul_character" for name in fields},
        )

    @staticmethod
    def refuse(request: HttpRequest, exc: BadInputError) -> HttpResponse:
        if request.path.startswith("/api/"):
            return JsonResponse(
                exc.as_dict(),
                status=exc.status,
                json_dumps_params={"ensure_ascii": False},
            )
        return render_application_error(request, exc)


# --- privacy headers ------------------------------------------------------------------------

#: Browser features no page uses. WebAuthn (publickey-credentials-*) keeps its default (self).
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
        "browsing-topics",
    )
)


class PrivacyHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if "Cache-Control" not in response:
            # Private by default: a page added later that shows personal data is covered.
            patch_cache_control(response, no_store=True)
        return response
