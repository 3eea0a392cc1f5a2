"""How long a card and its electronic certificates last, and what the card face shows.

Card: to the 10th birthday after issue, or the 5th if the holder was under 18 at issue
(under 20 for applications made before 2022-04-01) [S46, S57]. A continued card keeps its
original expiry [S35, S37]. Certificates: to the 5th birthday after issue, or the card's
expiry if that comes first [S58]. A non-resident's card shows 「国外転出 YYYY年M月D日」 (the
planned departure date) where the address would be, and no 旧氏 [S27].
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from .assumptions import Assumptions
from .sources import sources
from .types import Source, Text

#: Applications before this day used 20 as the age line (成年年齢 reform) [S57].
AGE_LINE_CHANGE = dt.date(2022, 4, 1)

CARD_SOURCES = sources("S46", "S57", "S35", "S37")
CERT_SOURCES = sources("S58", "S57")
FACE_SOURCES = sources("S27", "S35", "S37", "S32")


def _birthday_in(birth_date: dt.date, year: int, leap_rule: str) -> dt.date:
    try:
        return birth_date.replace(year=year)
    except ValueError:
        # 29 February in a common year: which day counts is an assumption (leap_day_birthday).
        return dt.date(year, 3, 1) if leap_rule == "mar1" else dt.date(year, 2, 28)


def age_on(birth_date: dt.date, day: dt.date) -> int:
    """Completed years on ``day`` (a 29 February birthday is reached on 1 March in common years)."""
    before = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - (1 if before else 0)


def nth_birthday_after(
    birth_date: dt.date, day: dt.date, n: int, *, leap_rule: str = "feb28"
) -> dt.date:
    """The ``n``-th birthday strictly after ``day`` (a birthday on ``day`` itself does not count)."""
    if n < 1:
        raise ValueError("n must be >= 1")
    first = _birthday_in(birth_date, day.year, leap_rule)
    if first <= day:
        first = _birthday_in(birth_date, day.year + 1, leap_rule)
    return _birthday_in(birth_date, first.year + n - 1, leap_rule)


def card_years(
    birth_date: dt.date, issued_on: dt.date, *, applied_on: dt.date | None = None
) -> int:
    """10, or 5 for a holder under the age line (18; 20 before 2022-04-01) on the issue day."""
    applied = applied_on or issued_on
    age_line = 20 if applied < AGE_LINE_CHANGE else 18
    return 5 if age_on(birth_date, issued_on) < age_line else 10


@dataclass(frozen=True)
class Validity:
    card_expires_on: dt.date
    certificates_expire_on: dt.date | None
    reasons: tuple[Text, ...]
    sources: tuple[Source, ...]


def card_expiry(
    birth_date: dt.date,
    issued_on: dt.date,
    *,
    applied_on: dt.date | None = None,
    overrides: Mapping[str, object] | Assumptions | None = None,
) -> dt.date:
    """The card's last valid day (its 有効期間満了日)."""
    if issued_on < birth_date:
        raise ValueError("issued_on is before birth_date")
    a = Assumptions.of(overrides)
    years = card_years(birth_date, issued_on, applied_on=applied_on)
    return nth_birthday_after(birth_date, issued_on, years, leap_rule=_leap(a, birth_date))


def certificate_expiry(
    birth_date: dt.date,
    issued_on: dt.date,
    *,
    card_expires_on: dt.date,
    overrides: Mapping[str, object] | Assumptions | None = None,
) -> dt.date:
    """The electronic certificates' last valid day: 5th birthday or the card's expiry."""
    a = Assumptions.of(overrides)
    fifth = nth_birthday_after(birth_date, issued_on, 5, leap_rule=_leap(a, birth_date))
    return min(fifth, card_expires_on)


def validity(
    birth_date: dt.date,
    issued_on: dt.date,
    *,
    applied_on: dt.date | None = None,
    with_certificates: bool = True,
    overrides: Mapping[str, object] | Assumptions | None = None,
) -> Validity:
    a = Assumptions.of(overrides)
    card = card_expiry(birth_date, issued_on, applied_on=applied_on, overrides=a)
    cert = (
        certificate_expiry(birth_date, issued_on, card_expires_on=card, overrides=a)
        if with_certificates
        else None
    )
    years = card_years(birth_date, issued_on, applied_on=applied_on)
    reasons = [
        Text(
            f"カードは発行後{years}回目の誕生日まで有効",
            f"The card is valid until the {_ordinal(years)} birthday after issue",
        )
    ]
    if cert is not None:
        reasons.append(
            Text(
                "電子証明書は発行後5回目の誕生日（カードの有効期限が先ならその日）まで有効",
                "The certificates are valid until the 5th birthday after issue, or the card's expiry if earlier",
            )
        )
    return Validity(card, cert, tuple(reasons), CARD_SOURCES + (CERT_SOURCES if cert else ()))


def _leap(a: Assumptions, birth_date: dt.date) -> str:
    # Read (and so list) the assumption only when it can matter.
    if (birth_date.month, birth_date.day) == (2, 29):
        return a.str("leap_day_birthday")
    return "feb28"


def _ordinal(n: int) -> str:
    return {5: "5th", 10: "10th"}.get(n, f"{n}th")


def address_field(departure_date: dt.date) -> str:
    """What a non-resident card shows where the address would be: 「国外転出 YYYY年M月D日」.

    The date is the planned departure date (転出予定日) [S27].
    """
    d = departure_date
    return f"国外転出 {d.year}年{d.month}月{d.day}日"


@dataclass(frozen=True)
class CardFace:
    address: str
    shows_former_surname: bool
    printed_in_endorsement_area: bool
    sources: tuple[Source, ...]


def card_face(departure_date: dt.date, *, continued: bool) -> CardFace:
    """The face of a non-resident's card.

    No 旧氏 is printed [S27]; on a continued card the entry goes in the 追記欄 (the blue frame,
    bottom right) [S35, S37].
    """
    return CardFace(
        address=address_field(departure_date),
        shows_former_surname=False,
        printed_in_endorsement_area=continued,
        sources=FACE_SOURCES,
    )
