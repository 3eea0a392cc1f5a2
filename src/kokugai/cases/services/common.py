"""Helpers shared by the case services: office-local dates, sequences, receipt numbers."""

from __future__ import annotations

import datetime as dt
import secrets
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F

from kokugai.cases.models import Case, IdSequence
from kokugai.core import clock, config
from kokugai.people.models import CardStatus, Person
from kokugai.people.selectors import person_current_card
from kokugai.registry.models import Counter, Office
from kokugai.rules import checkdigits

PRODUCTION_OFFICE_CODE = "production"


def _next_value(name: str) -> int:
    """Increment a named sequence inside the caller's transaction (row-locked by UPDATE)."""
    for _attempt in range(3):
        if IdSequence.objects.filter(name=name).update(value=F("value") + 1):
            return IdSequence.objects.get(name=name).value
        try:
            with transaction.atomic():
                IdSequence.objects.create(name=name, value=1)
            return 1
        except IntegrityError:
            continue  # someone created it first: increment theirs
    raise RuntimeError(f"could not allocate a value of sequence {name}")


def _receipt_number_new(year: int) -> str:
    """A random receipt number (not a sequence: a known one tells nothing of the next, and a
    year never runs out). 10^15 numbers a year: a clash is a once-in-a-billion event at a
    million cases, checked anyway; the unique index is the last guard."""
    for _attempt in range(5):
        receipt = checkdigits.make_receipt_number(
            secrets.randbelow(10**checkdigits.RECEIPT_RANDOM_DIGITS), year
        )
        if not Case.objects.filter(receipt_number=receipt).exists():
            return receipt
    raise RuntimeError("could not draw a free receipt number")


def local_today(office: Office | None) -> dt.date:
    """Today where the office is: dates on cards and deadlines are office-local."""
    tz = ZoneInfo(office.timezone if office else "Asia/Tokyo")
    return clock.now().astimezone(tz).date()


def holding_days() -> int:
    configured = settings.KOKUGAI_HOLDING_DAYS
    if configured:
        return int(configured)
    return config.assumptions().int("uncollected_holding_days")


def card_state(person: Person, today: dt.date) -> str:
    """The rules' card_state vocabulary: none, valid, continued_abroad, returned, lost, expired."""
    card = person_current_card(person)
    if card is None:
        return "none"
    if card.status == CardStatus.SUSPENDED:
        return "lost"
    if card.status in (CardStatus.RETURNED, CardStatus.INVALIDATED):
        return "returned"
    if card.status == CardStatus.LAPSED or (card.expires_on and card.expires_on < today):
        return "expired"
    return "continued_abroad" if card.endorsement.startswith("国外転出") else "valid"


def pickup_counter(office: Office) -> Counter | None:
    """The counter that hands over overseas cards: the one the setup marks, else the first."""
    counters = list(office.counters.order_by("id"))
    for c in counters:
        if c.code == "card-pickup":
            return c
    return counters[0] if counters else None
