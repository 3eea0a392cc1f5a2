"""Signed, expiring links: the only way a citizen reaches a booking (no account needed).

A link carries only an id, signed with the site's SECRET_KEY (``django.core.signing``) under
a salt per purpose, so a booking link cannot be replayed as a manage link. Errors never say
whether the record exists.
"""

from __future__ import annotations

import datetime as dt

from django.core import signing

from kokugai.appointments.errors import TokenExpired, TokenInvalid
from kokugai.appointments.models import Booking
from kokugai.cases import tokens
from kokugai.cases.models import Case
from kokugai.core.errors import ApplicationError

MANAGE_SALT = "kokugai.appointments.manage"
# Longer than any holding period: the booking rules, not the link, decide what is allowed.
MANAGE_TOKEN_MAX_AGE = dt.timedelta(days=180)


def book_token_make(case: Case) -> str:
    # One format for the "arrived" mail (cases) and the portal: kokugai.cases.tokens.
    return tokens.make_token(case.pk, tokens.BOOK)


def manage_token_make(booking: Booking) -> str:
    return signing.dumps({"booking": booking.pk, "case": booking.case_id}, salt=MANAGE_SALT)


def _load(token: str, salt: str, max_age: dt.timedelta) -> dict[str, object]:
    try:
        data = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired as exc:
        raise TokenExpired() from exc
    except signing.BadSignature as exc:
        raise TokenInvalid() from exc
    if not isinstance(data, dict):
        raise TokenInvalid()
    return data


def access_case_by_book_token(token: str) -> Case:
    try:
        case_id = tokens.case_id_from_token(token, tokens.BOOK)
    except ApplicationError as exc:
        if exc.code == "link_expired":
            raise TokenExpired() from exc
        raise TokenInvalid() from exc
    case = Case.objects.select_related("person", "pickup_office").filter(pk=case_id).first()
    if case is None:
        raise TokenInvalid()
    return case


def access_booking_by_manage_token(token: str) -> Booking:
    data = _load(token, MANAGE_SALT, MANAGE_TOKEN_MAX_AGE)
    booking = (
        Booking.objects.select_related(
            "slot__service__office", "slot__service__counter", "case", "person"
        )
        .filter(pk=data.get("booking"), case_id=data.get("case"))
        .first()
    )
    if booking is None:
        raise TokenInvalid()
    return booking
