"""The JSON API, ``/api/v1/`` (design §9): one NinjaAPI, one router per area.

Every error has the shape ``{"code", "message", "fields"}`` (see ``kokugai.api.errors``);
the OpenAPI document generated from this module is committed as ``openapi.json``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.urls import URLPattern, URLResolver
from ninja import NinjaAPI, Router

from kokugai.api import errors
from kokugai.api.routers import intake, plan, public, staff, track
from kokugai.api.schemas import lang_of
from kokugai.core.errors import NotFound


def _finish(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Two things ninja does not do for us on every response:

    - a wrong method gets ninja's plain-text 405: give it the error shape too;
    - answers carry case and tracker data: ``Cache-Control: no-store`` unless the operation
      chose otherwise, so no shared cache or back button keeps them.
    """

    @functools.wraps(view)  # keeps csrf_exempt and the other view attributes
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        if isinstance(response, HttpResponseNotAllowed):
            body = errors.error_body(
                "method_not_allowed",
                errors.METHOD_NOT_ALLOWED.get(lang_of(request)),
                {"allowed": sorted(response["Allow"].split(", "))},
            )
            out = api.create_response(request, body, status=405)
            out["Allow"] = response["Allow"]
            response = out
        if not response.has_header("Cache-Control"):
            response["Cache-Control"] = "no-store"
        return response

    return wrapper


#: Refusals of kokugai.web.middleware.BadInputMiddleware, which answers before any operation:
#: documented on every operation so that the schema says what the server enforces.
BAD_INPUT_RESPONSES = {
    400: (
        "Bad input refused before the operation: `nul_character` (a NUL in a parameter or "
        "a body value; `fields` names it), `malformed_body` (multipart without a boundary), "
        "`file_not_accepted`."
    ),
    413: (
        "`body_too_large`: the body is longer than the server's limit "
        "(KOKUGAI_MAX_BODY_BYTES, 1 MiB by default), refused before it is read."
    ),
}


class KokugaiAPI(NinjaAPI):
    def get_openapi_schema(self, **kwargs: Any) -> Any:
        schema = super().get_openapi_schema(**kwargs)
        error_ref = {"$ref": "#/components/schemas/ErrorOut"}
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                responses = operation.setdefault("responses", {})
                for status, text in BAD_INPUT_RESPONSES.items():
                    if status == 413 and "requestBody" not in operation:
                        continue
                    if status not in responses and str(status) not in responses:
                        responses[status] = {
                            "description": text,
                            "content": {"application/json": {"schema": error_ref}},
                        }
        return schema

    def _get_urls(self) -> list[URLResolver | URLPattern]:
        urls = super()._get_urls()
        for pattern in urls:
            if isinstance(pattern, URLPattern):
                pattern.callback = _finish(pattern.callback)
        return urls


api = KokugaiAPI(
    title="Kokugai API",
    version="1",
    urls_namespace="api-v1",
    description=(
        "The My Number card for Japanese nationals abroad (国外転出者向けマイナンバーカード): "
        "reference data, the planner, the public status tracker and the staff work queues.\n\n"
        'Every error is `{"code": "...", "message": "...", "fields": {...}}`; branch on '
        "`code`, never on `message`. `?lang=en` (or Accept-Language) selects English; "
        "Japanese is the default."
    ),
)
errors.install(api)
api.add_router("/", public.router)
api.add_router("/", plan.router)
api.add_router("/", track.router)
api.add_router("/", staff.router)
api.add_router("/", intake.router)

# Last: unknown paths under /api/v1/ answer in the API's error shape, not Django's HTML 404.
_fallback = Router()


@_fallback.api_operation(
    ["GET", "POST", "PUT", "PATCH", "DELETE"], "/{path:rest}", include_in_schema=False
)
def unknown_path(request: HttpRequest, rest: str) -> None:
    raise NotFound()


api.add_router("/", _fallback)
