"""Staff API credentials other than the console's session: an office's API key, sent as
``Authorization: Bearer <key>`` or ``X-API-Key: <key>`` (``kokugai.registry.apikeys``).

A key authenticates as its service account (a staff member of its office, in the role chosen
when it was made), so office scoping and role checks are the services' own. Its scopes are
checked here, before any operation: ``read`` allows GET and HEAD, ``act`` every other method.
A key that is sent but unknown or revoked is a 401 at once (never a fall-back to a session
cookie that happens to ride along), and audited (``apikey.auth_failed``, see ``_failed``).
"""

from __future__ import annotations

from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja.errors import AuthenticationError
from ninja.security import APIKeyHeader, HttpBearer

from kokugai.core.audit import audit_record
from kokugai.core.errors import Forbidden
from kokugai.core.models import User
from kokugai.core.net import client_rate_key
from kokugai.registry.apikeys import ApiKeyError, apikey_authenticate, apikey_named
from kokugai.registry.models import ApiKey, ApiScope
from kokugai.tracking.ratelimit import Limit, rate_hit

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def scope_needed(method: str) -> str:
    return ApiScope.READ.value if method.upper() in SAFE_METHODS else ApiScope.ACT.value


#: Failed attempts are audited once per window per client and once per window per key they
#: name (``apikey.auth_failed``), counted every time: a revoked, leaked or mistyped key still
#: in use shows up in the office's audit, and a stranger's stream of guesses cannot flood the
#: audit chain. (A 256-bit key is not guessed; this is for noticing, not throttling.)
FAILURE_AUDIT_WINDOW_S = 600


def _failed(request: HttpRequest, raw: str) -> None:
    named = apikey_named(raw)
    counted = [Limit("apikey.failed_client", client_rate_key(request), 1, FAILURE_AUDIT_WINDOW_S)]
    if named is not None:
        counted.append(Limit("apikey.failed_key", str(named.pk), 1, FAILURE_AUDIT_WINDOW_S))
    with transaction.atomic():
        counts = rate_hit(counted)
        if not any(n == 1 for n in counts.values()):
            return
        audit_record(
            actor=None,
            actor_label="api",
            action="apikey.auth_failed",
            object_type="apikey",
            object_id=named.pk if named is not None else "",
            office_code=named.office.code if named is not None else "",
            # Never the key itself: only the prefix it names, and why it failed.
            detail={
                "prefix": named.prefix if named is not None else "",
                "revoked": bool(named is not None and named.revoked_at is not None),
                "method": request.method or "",
                "path": request.path[:200],
            },
        )


def _account(request: HttpRequest, raw: str | None) -> User:
    raw = (raw or "").strip()
    key = apikey_authenticate(raw)
    if key is None:
        _failed(request, raw)
        raise AuthenticationError()
    needed = scope_needed(request.method or "GET")
    if needed not in key.scopes:
        raise Forbidden(
            ApiKeyError.SCOPE_INSUFFICIENT.value,
            _("This API key may not do this (it needs the “%(scope)s” scope).") % {"scope": needed},
            fields={"scope": needed},
        )
    request.api_key = key  # type: ignore[attr-defined]
    account: User = key.account
    return account


class ApiKeyBearer(HttpBearer):
    """``Authorization: Bearer kgk_…``"""

    def authenticate(self, request: HttpRequest, token: str) -> User:
        return _account(request, token)


class ApiKeyInHeader(APIKeyHeader):
    """``X-API-Key: kgk_…``"""

    param_name = "X-API-Key"

    def authenticate(self, request: HttpRequest, key: str | None) -> User | None:
        if not key:
            return None
        return _account(request, key)


def api_key_of(request: HttpRequest) -> ApiKey | None:
    """The key the request authenticated with, if it did with one."""
    return getattr(request, "api_key", None)


api_key_bearer = ApiKeyBearer()
api_key_header = ApiKeyInHeader()
