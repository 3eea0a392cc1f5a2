"""Signed links for citizens, who have no account: reply to a correction, book a pickup.

A token carries only the case id and its purpose, signed and time-limited by
``kokugai.core.tokens``; never the receipt number, a name or the My Number.
"""

from __future__ import annotations

import datetime as dt

from kokugai.core.links import absolute_url
from kokugai.core.tokens import LinkInvalid, LinkKind, link_make, link_read

REPLY = "reply"
BOOK = "book"
_SALT = "kokugai.cases.token."
KINDS = {
    REPLY: LinkKind(REPLY, _SALT + REPLY, dt.timedelta(days=30), compress=True),
    BOOK: LinkKind(BOOK, _SALT + BOOK, dt.timedelta(days=120), compress=True),
}


def make_token(case_id: int, purpose: str) -> str:
    return link_make(KINDS[purpose], {"c": case_id})


def case_id_from_token(token: str, purpose: str) -> int:
    """The case id in a valid token; ``LinkInvalid`` / ``LinkExpired`` if not."""
    data = link_read(KINDS[purpose], token)
    try:
        return int(data["c"])
    except (KeyError, TypeError, ValueError) as exc:
        raise LinkInvalid() from exc


def reply_url(case_id: int) -> str:
    return absolute_url("portal:reply", make_token(case_id, REPLY))


def booking_url(case_id: int) -> str:
    return absolute_url("appointments:book", make_token(case_id, BOOK))


def tracking_url() -> str:
    return absolute_url("portal:track")
