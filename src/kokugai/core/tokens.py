"""Signed links, one helper for every kind: reply, book, manage, "send my links", email change,
pre-registration confirmation.

A citizen has no account: a link mailed to them is the key. Each kind of link is a
:class:`LinkKind` (its own salt, so a token of one kind is never accepted as another, and its
own maximum age), declared next to the code that uses it. A token carries only ids and
digests, signed with ``SECRET_KEY`` (``django.core.signing``); anyone can read its payload,
so it never holds a name, an address or a My Number.

Reading a token fails with one of three codes whatever its kind: :class:`LinkInvalid`
(``link_invalid``, 404: tampered, of another kind, or its record is gone),
:class:`LinkExpired` (``link_expired``, 410: past its age) and :class:`LinkUsed`
(``link_used``, 410: a single-use link opened again). Callers may give a kind its own message
(what to do next), never its own code. No other module signs links
(``tests/test_error_codes.py``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.core import signing
from django.utils.translation import gettext as _

from kokugai.core.errors import ApplicationError, CoreError, NotFound


class LinkInvalid(NotFound):
    """404, like any record the caller may not see: never says whether one exists."""

    def __init__(self, message: str = "") -> None:
        super().__init__(message or _("This link is not valid."), code=CoreError.LINK_INVALID)


class LinkExpired(ApplicationError):
    status = 410

    def __init__(self, message: str = "") -> None:
        super().__init__(CoreError.LINK_EXPIRED, message or _("This link has expired."))


class LinkUsed(ApplicationError):
    status = 410

    def __init__(self, message: str = "") -> None:
        super().__init__(CoreError.LINK_USED, message or _("This link has already been used."))


#: Every kind of link, by name (filled as the modules that declare them are imported).
KINDS: dict[str, LinkKind] = {}


@dataclass(frozen=True)
class LinkKind:
    """One kind of signed link. ``max_age`` None: the record behind it decides (e.g. an email
    change request has its own ``expires_at``, cut short by a newer request)."""

    name: str
    salt: str
    max_age: dt.timedelta | None
    compress: bool = False

    def __post_init__(self) -> None:
        KINDS[self.name] = self


def link_make(kind: LinkKind, payload: dict[str, Any]) -> str:
    return signing.dumps(payload, salt=kind.salt, compress=kind.compress)


def link_read(kind: LinkKind, token: str) -> dict[str, Any]:
    """The payload of a valid token of ``kind``; LinkExpired or LinkInvalid if not."""
    try:
        data = signing.loads(token, salt=kind.salt, max_age=kind.max_age)
    except signing.SignatureExpired as exc:
        raise LinkExpired() from exc
    except (signing.BadSignature, ValueError, TypeError) as exc:
        raise LinkInvalid() from exc
    if not isinstance(data, dict):
        raise LinkInvalid()
    return data
