"""Signed links for citizens, who have no account: reply to a correction, book a pickup.

A token carries only the case id and its purpose, signed with SECRET_KEY (django.core.signing)
and time-limited; never the receipt number, a name or the My Number.
"""

from __future__ import annotations

from django.core import signing
from django.utils.translation import gettext as _

from kokugai.core.errors import ApplicationError
from kokugai.core.links import absolute_url

REPLY = "reply"
BOOK = "book"
MAX_AGE_DAYS = {REPLY: 30, BOOK: 120}
_SALT = "kokugai.cases.token."


def make_token(case_id: int, purpose: str) -> str:
    return signing.dumps({"c": case_id}, salt=_SALT + purpose, compress=True)


def case_id_from_token(token: str, purpose: str) -> int:
    """The case id in a valid token; ``ApplicationError(link_invalid|link_expired)`` if not."""
    try:
        data = signing.loads(token, salt=_SALT + purpose, max_age=MAX_AGE_DAYS[purpose] * 86400)
    except signing.SignatureExpired as exc:
        raise ApplicationError("link_expired", _("This link has expired."), status=410) from exc
    except signing.BadSignature as exc:
        raise ApplicationError("link_invalid", _("This link is not valid."), status=404) from exc
    return int(data["c"])


def reply_url(case_id: int) -> str:
    return absolute_url("portal:reply", make_token(case_id, REPLY))


def booking_url(case_id: int) -> str:
    return absolute_url("appointments:book", make_token(case_id, BOOK))


def tracking_url() -> str:
    return absolute_url("portal:track")
