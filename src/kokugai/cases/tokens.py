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
#: The family's one booking link, mailed to the representative only: bound to the household
#: and to its representative (a new representative makes the old link invalid).
HOUSEHOLD_BOOK = LinkKind(
    "household_book", _SALT + "household_book", dt.timedelta(days=120), compress=True
)


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


def household_book_token(household_id: int, representative_id: int) -> str:
    return link_make(HOUSEHOLD_BOOK, {"h": household_id, "r": representative_id})


def household_from_token(token: str) -> tuple[int, int]:
    """(household id, representative person id) of a valid token; ``LinkInvalid`` /
    ``LinkExpired`` if not."""
    data = link_read(HOUSEHOLD_BOOK, token)
    try:
        return int(data["h"]), int(data["r"])
    except (KeyError, TypeError, ValueError) as exc:
        raise LinkInvalid() from exc


def household_booking_url(household_id: int, representative_id: int) -> str:
    return absolute_url(
        "appointments:household_book", household_book_token(household_id, representative_id)
    )


def tracking_url() -> str:
    return absolute_url("portal:track")
