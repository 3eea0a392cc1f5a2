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

from kokugai.api import errors, idempotency
from kokugai.api.routers import intake, plan, public, staff, track
from kokugai.api.schemas import lang_of
from kokugai.core.errors import NotFound
from kokugai.registry.apikeys import ApiKeyError


def _finish(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Two things ninja does not do for us on every response:

    - a wrong method gets ninja's plain-text 405: give it the error shape too;
    - answers carry case and tracker data: ``Cache-Control: no-store`` unless the operation
      chose otherwise, so no shared cache or back button keeps them.
    """

    @functools.wraps(view)  # keeps csrf_exempt and the other view attributes
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        key = request.headers.get(idempotency.HEADER) if request.method == "POST" else None
        if key is None:
            response = view(request, *args, **kwargs)
        else:
            response = _idempotent(request, key, view, *args, **kwargs)
        if isinstance(response, HttpResponseNotAllowed):
            body = errors.error_body(
                errors.ApiError.METHOD_NOT_ALLOWED,
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


def _idempotent(
    request: HttpRequest, key: str, view: Callable[..., HttpResponse], *args: Any, **kwargs: Any
) -> HttpResponse:
    """A POST with an ``Idempotency-Key`` (``kokugai.api.idempotency``)."""
    outcome = idempotency.idempotency_begin(request, key)
    if outcome.replay is not None:
        return outcome.replay
    if outcome.refuse is not None:
        code = outcome.refuse
        body = errors.error_body(
            code.value,
            idempotency.MESSAGES[code].get(lang_of(request)),
            {"Idempotency-Key": code.value},
        )
        return api.create_response(request, body, status=idempotency.STATUS[code])
    assert outcome.record_id is not None
    try:
        response = view(request, *args, **kwargs)
    except BaseException:
        idempotency.idempotency_forget(outcome.record_id)
        raise
    idempotency.idempotency_finish(outcome.record_id, response, request)
    return response


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


IDEMPOTENCY_PARAMETER = {
    "name": idempotency.HEADER,
    "in": "header",
    "required": False,
    "description": (
        "Any string of 1 to 255 printable ASCII characters (a UUID), unique per intended "
        "action. A retry with the same key and the same request gets the first answer again "
        "(header `Idempotent-Replayed: true`) without acting; the same key with another "
        "request is `422 idempotency_key_reused`; while the first still runs, `409 "
        "idempotency_key_in_progress`; a malformed key is `400 idempotency_key_invalid`. "
        "Kept per credential for KOKUGAI_IDEMPOTENCY_HOURS (24 h by default)."
    ),
    "schema": {"type": "string", "minLength": 1, "maxLength": idempotency.MAX_KEY},
}


def _document_idempotency(operation: dict[str, Any], error_ref: dict[str, str]) -> None:
    operation.setdefault("parameters", []).append(IDEMPOTENCY_PARAMETER)
    responses = operation.setdefault("responses", {})
    for status, text in (
        (409, "`idempotency_key_in_progress` (and the operation's own conflicts)."),
        (422, "`idempotency_key_reused` (and the operation's own input errors)."),
    ):
        if status not in responses and str(status) not in responses:
            responses[status] = {
                "description": text,
                "content": {"application/json": {"schema": error_ref}},
            }


class KokugaiAPI(NinjaAPI):
    def get_openapi_schema(self, **kwargs: Any) -> Any:
        schema = super().get_openapi_schema(**kwargs)
        error_ref = {"$ref": "#/components/schemas/ErrorOut"}
        for operations in schema.get("paths", {}).values():
            for method, operation in operations.items():
                responses = operation.setdefault("responses", {})
                if method == "post":
                    _document_idempotency(operation, error_ref)
                for status, text in BAD_INPUT_RESPONSES.items():
                    if status == 413 and "requestBody" not in operation:
                        continue
                    if status not in responses and str(status) not in responses:
                        responses[status] = {
                            "description": text,
                            "content": {"application/json": {"schema": error_ref}},
                        }
        # Every registered error code, by app (the registries of kokugai.api.errors).
        schema["x-error-codes"] = errors.error_codes()
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
        "Japanese is the default.\n\n"
        "Staff operations: an office's API key (`Authorization: Bearer kgk_…` or "
        "`X-API-Key`), made by the office admin, acting in its role; scope `read` for GET, "
        "`act` for POST. Codes: `not_authenticated` (401: no, unknown or revoked key), "
        + ", ".join(f"`{c.value}`" for c in ApiKeyError)
        + ". Every POST takes an `Idempotency-Key` header; codes: "
        + ", ".join(f"`{c.value}`" for c in idempotency.IdempotencyError)
        + ". Webhooks and details: docs/api.md."
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
