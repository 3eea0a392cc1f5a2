"""Read helpers for people. Reads of a person's data by staff go through people.access."""

from __future__ import annotations

import datetime as dt

from kokugai.core import crypto
from kokugai.people.models import Card, CardStatus, Person
from kokugai.rules.checkdigits import CheckDigitError, validate_mynumber

MASK = "••••"
#: Associated data of every My Number ciphertext: a blob copied into another column fails.
MYNUMBER_AAD = b"people.Person.mynumber"


def mynumber_aad(person_id: int) -> bytes:
    """The AAD binds a ciphertext to its row: a blob copied to another person fails to decrypt."""
    return MYNUMBER_AAD + b":" + str(int(person_id)).encode()


def mask_name(text: str) -> str:
    """``太＊＊``: the first character of a name, the rest hidden (queues, search, the API)."""
    return text[:1] + "＊" * max(len(text) - 1, 0) if text else ""


def mask_email(address: str) -> str:
    """``t***@example.com``: enough for the holder to recognise, not to learn the address."""
    local, _sep, domain = (address or "").partition("@")
    return f"{local[:1]}***@{domain}" if domain else "***"


def mask_mynumber(digits: str) -> str:
    """``•••• •••• 9018``: only the last four digits, as on most statements."""
    return f"{MASK} {MASK} {digits[-4:]}" if digits else ""


def person_mynumber_plain(person: Person) -> str:
    """The full number. Internal: callers must be people.access (audited) or masking."""
    if not person.mynumber_ciphertext:
        return ""
    return crypto.decrypt(
        person.mynumber_key_id, person.mynumber_ciphertext, aad=mynumber_aad(person.pk)
    )


def person_mynumber_masked(person: Person) -> str:
    return mask_mynumber(person_mynumber_plain(person))


def mynumber_index(mynumber: str) -> str:
    return crypto.blind_index(validate_mynumber(mynumber), purpose="mynumber")


def person_find_by_mynumber(mynumber: str) -> Person | None:
    """Lookup through the keyed hash; an invalid number finds nobody (and never hits the DB)."""
    try:
        digits = validate_mynumber(mynumber)
    except CheckDigitError:
        return None
    indexes = [crypto.blind_index(digits, purpose="mynumber")]
    previous = crypto.blind_index_previous(digits, purpose="mynumber")
    if previous is not None:  # an index-key rotation is under way
        indexes.append(previous)
    return Person.objects.filter(mynumber_index__in=indexes).first()


def person_age(person: Person, on: dt.date) -> int:
    years = on.year - person.birth_date.year
    if (on.month, on.day) < (person.birth_date.month, person.birth_date.day):
        years -= 1
    return years


def person_current_card(person: Person) -> Card | None:
    """The card the person holds now (not the one a case is producing)."""
    return person.cards.exclude(status=CardStatus.PENDING).order_by("-issued_on", "-id").first()
