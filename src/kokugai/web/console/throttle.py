"""Login throttling for the staff console.

Failures are counted per username (any address) and per client address (any username) in
Django's cache. Reaching the limit locks that key for ``LOCK_SECONDS``. The per-address limit
is higher than the per-username one because a whole office may sit behind one address.

The cache must be shared by every web process for the limit to hold across them: configure a
database or Redis cache in production (the default local-memory cache is per process).
"""

from __future__ import annotations

import hashlib

from django.core.cache import cache
from django.http import HttpRequest

from kokugai.core.net import client_rate_key

USERNAME_LIMIT = 5
ADDRESS_LIMIT = 20
LOCK_SECONDS = 15 * 60
_PREFIX = "kokugai:login"


def _digest(value: str) -> str:
    # Usernames are not secret, but hashing keeps cache keys short and free of odd characters.
    return hashlib.sha256(value.strip().casefold().encode()).hexdigest()[:32]


def _keys(username: str, address: str) -> list[tuple[str, int]]:
    keys = [(f"{_PREFIX}:addr:{_digest(address)}", ADDRESS_LIMIT)]
    if username:
        keys.append((f"{_PREFIX}:user:{_digest(username)}", USERNAME_LIMIT))
    return keys


def client_address(request: HttpRequest) -> str:
    # Behind a listed proxy, X-Forwarded-For; IPv6 counted per /64 (kokugai.core.net).
    return client_rate_key(request)


def is_locked(username: str, address: str) -> bool:
    return any(cache.get(f"{key}:locked") for key, _ in _keys(username, address))


def record_failure(username: str, address: str) -> bool:
    """Count one failed login; True when this failure locked the username or address."""
    locked = False
    for key, limit in _keys(username, address):
        # add() starts the window only on the first failure; incr() keeps its expiry.
        cache.add(key, 0, LOCK_SECONDS)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.set(key, 1, LOCK_SECONDS)
            count = 1
        if count >= limit:
            cache.set(f"{key}:locked", True, LOCK_SECONDS)
            cache.delete(key)
            locked = True
    return locked


def record_success(username: str, address: str) -> None:
    # Only the username's count is forgiven: other users' failures from the same address
    # still count towards the address limit.
    for key, limit in _keys(username, address):
        if limit == USERNAME_LIMIT:
            cache.delete(key)
