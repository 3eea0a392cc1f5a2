"""Staff API credentials other than the console's session: an office's API key, sent as
``Authorization: Bearer <key>`` or ``X-API-Key: <key>`` (``kokugai.registry.apikeys``).

A key authenticates as its service account (a staff member of its office, in the role chosen
when it was made), so office scoping and role checks are the services' own. Its scopes are
checked here, before any operation: ``read`` allows GET and HEAD, ``act`` every other method.
A key that is sent but unknown or revoked is a 401 at once (never a fall-back to a session
cookie that happens to ride along).
"""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja.errors import AuthenticationError
from ninja.security import APIKeyHeader, HttpBearer

from kokugai.core.errors import Forbidden
from kokugai.core.models import User
from kokugai.registry.apikeys import ApiKeyError, apikey_authenticate
from kokugai.registry.models import ApiKey, ApiScope

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def scope_needed(method: str) -> str:
    return ApiScope.READ.value if method.upper() in SAFE_METHODS else ApiScope.ACT.value


def _account(request: HttpRequest, raw: str | None) -> User:
    key = apikey_authenticate((raw or "").strip())
    if key is None:
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
