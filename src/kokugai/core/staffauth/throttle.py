"""Sign-in throttling with growing delays, per account and per client address.

No hard lock that a stranger can trigger: each key gets a few free failures, then every
further failure makes that key wait longer (``BASE_DELAY_SECONDS`` doubling, at most
``MAX_DELAY_SECONDS``). Failures are forgotten a day after the last one, on a successful
sign-in (for the account's own key), or when an office admin unlocks the account.

A browser that completed a full sign-in (password and second factor) for an account carries
a signed *known-device* cookie for it. Its attempts for that account are counted under a key
of their own (account + device), so a stranger hammering the account from elsewhere cannot
keep its owner out; the owner's own mistakes still slow them down. The per-address key is
higher because a whole office may sit behind one address (``kokugai.core.net``).

The state lives in Django's cache, which must be shared by every web process (settings: the
database cache).
"""

from __future__ import annotations

import hashlib
import math
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

from kokugai.core import clock

ACCOUNT_FREE_FAILURES = 3
DEVICE_FREE_FAILURES = 5
ADDRESS_FREE_FAILURES = 20
BASE_DELAY_SECONDS = 5
MAX_DELAY_SECONDS = 15 * 60
FORGET_SECONDS = 24 * 3600
DEVICE_COOKIE = "kokugai_signin_device"
DEVICE_COOKIE_SALT = "kokugai.staffauth.known-device"
DEVICE_COOKIE_MAX_AGE = 180 * 24 * 3600
_PREFIX = "kokugai:signin"


def _digest(value: str) -> str:
    # Usernames are not secret, but hashing keeps cache keys short and free of odd characters.
    return hashlib.sha256(value.strip().casefold().encode()).hexdigest()[:32]


@dataclass(frozen=True)
class Key:
    name: str
    free: int
    kind: str  # "account", "device" or "address"


def _device_state(request: HttpRequest | None) -> dict[str, object]:
    if request is None:
        return {}
    raw = request.COOKIES.get(DEVICE_COOKIE, "")
    if not raw:
        return {}
    try:
        value = signing.loads(raw, salt=DEVICE_COOKIE_SALT, max_age=DEVICE_COOKIE_MAX_AGE)
    except signing.BadSignature:
        return {}
    return value if isinstance(value, dict) else {}


def keys_for(username: str, address: str, request: HttpRequest | None = None) -> list[Key]:
    keys = [Key(f"{_PREFIX}:addr:{_digest(address)}", ADDRESS_FREE_FAILURES, "address")]
    if username:
        account = _digest(username)
        state = _device_state(request)
        known = state.get("u") or []
        if isinstance(known, list) and account in known and state.get("d"):
            keys.append(
                Key(f"{_PREFIX}:dev:{account}:{state['d']}", DEVICE_FREE_FAILURES, "device")
            )
        else:
            keys.append(Key(f"{_PREFIX}:user:{account}", ACCOUNT_FREE_FAILURES, "account"))
    return keys


def delay_for(failures: int, free: int) -> int:
    """Seconds to wait after ``failures`` failures of a key allowing ``free`` of them."""
    excess = failures - free
    if excess < 0:
        return 0
    return int(min(BASE_DELAY_SECONDS * 2**excess, MAX_DELAY_SECONDS))


def wait_seconds(keys: list[Key]) -> int:
    """How long the caller must wait before the next attempt is even checked (0: go ahead)."""
    now = clock.now().timestamp()
    wait = 0.0
    for key in keys:
        until = cache.get(f"{key.name}:until")
        if until:
            wait = max(wait, until - now)
    return math.ceil(wait) if wait > 0 else 0


def record_failure(keys: list[Key]) -> int:
    """Count one failure on every key; returns the wait this failure imposed (seconds)."""
    now = clock.now().timestamp()
    imposed = 0
    for key in keys:
        count = int(cache.get(key.name) or 0) + 1
        cache.set(key.name, count, FORGET_SECONDS)
        delay = delay_for(count, key.free)
        if delay:
            cache.set(f"{key.name}:until", now + delay, delay + 5)
            imposed = max(imposed, delay)
    return imposed


def record_success(keys: list[Key]) -> None:
    # The account's (or this device's) count is forgiven; the address keeps other accounts'
    # failures counted.
    for key in keys:
        if key.kind != "address":
            cache.delete_many([key.name, f"{key.name}:until"])


def unlock_account(username: str) -> None:
    """An office admin lifts the account's delay (device keys expire on their own)."""
    name = f"{_PREFIX}:user:{_digest(username)}"
    cache.delete_many([name, f"{name}:until"])


def remember_device(request: HttpRequest, response: HttpResponse, username: str) -> None:
    """After a full sign-in: this browser becomes a known device for ``username``."""
    state = _device_state(request)
    device = state.get("d") if isinstance(state.get("d"), str) else None
    known = [u for u in (state.get("u") or []) if isinstance(u, str)]
    account = _digest(username)
    known = [account] + [u for u in known if u != account]
    value = {"d": device or secrets.token_urlsafe(16), "u": known[:8]}
    response.set_cookie(
        DEVICE_COOKIE,
        signing.dumps(value, salt=DEVICE_COOKIE_SALT),
        max_age=DEVICE_COOKIE_MAX_AGE,
        path="/",
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
