"""The write path for people: creation, the encrypted My Number, key rotation, and the
card writes the case transitions make (in their transaction)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django.db import IntegrityError, transaction

from kokugai.core import clock, crypto
from kokugai.core.audit import audit_record
from kokugai.core.errors import ApplicationError
from kokugai.core.i18n import current_lang
from kokugai.core.models import User
from kokugai.people.access import mynumber_not_usable
from kokugai.people.errors import PeopleError
from kokugai.people.models import Card, CardKind, CardStatus, Person
from kokugai.people.selectors import mynumber_aad
from kokugai.rules.checkdigits import CheckDigitError, validate_mynumber
from kokugai.rules.validity import address_field


def _validated(mynumber: str) -> str:
    try:
        return validate_mynumber(mynumber)
    except CheckDigitError as exc:
        # The number itself is never echoed back in the error: errors end up in logs.
        raise ApplicationError(
            PeopleError.MYNUMBER_INVALID,
            exc.message.get(current_lang()),
            fields={"mynumber": exc.code},
        ) from exc


def _store(person: Person, digits: str) -> None:
    # The row must have its pk first: the ciphertext is bound to it (see mynumber_aad).
    assert person.pk is not None
    key_id, blob = crypto.encrypt(digits, aad=mynumber_aad(person.pk))
    person.mynumber_key_id = key_id
    person.mynumber_ciphertext = blob
    person.mynumber_index = crypto.blind_index(digits, purpose="mynumber")


@transaction.atomic
def person_create(*, actor: User | None, mynumber: str = "", **fields: Any) -> Person:
    person = Person(**fields)
    digits = _validated(mynumber) if mynumber else ""
    if digits:
        # The unique index goes in with the insert, so a duplicate fails before anything else.
        person.mynumber_index = crypto.blind_index(digits, purpose="mynumber")
        _refuse_previous_index_duplicate(digits)
    try:
        with transaction.atomic():
            person.save()
    except IntegrityError as exc:
        raise mynumber_not_usable() from exc
    if digits:
        _store(person, digits)
        person.save(update_fields=["mynumber_key_id", "mynumber_ciphertext"])
    audit_record(actor=actor, action="person.create", object_type="person", object_id=person.pk)
    return person


def _refuse_previous_index_duplicate(digits: str) -> None:
    # While the index key rotates, a row not yet re-hashed carries the old hash, which the
    # unique index cannot compare with a new one.
    previous = crypto.blind_index_previous(digits, purpose="mynumber")
    if previous is not None and Person.objects.filter(mynumber_index=previous).exists():
        raise mynumber_not_usable()


@transaction.atomic
def person_set_mynumber(*, person: Person, mynumber: str, actor: User | None) -> Person:
    digits = _validated(mynumber)
    _refuse_previous_index_duplicate(digits)
    _store(person, digits)
    try:
        with transaction.atomic():
            person.save(update_fields=["mynumber_key_id", "mynumber_ciphertext", "mynumber_index"])
    except IntegrityError as exc:
        raise mynumber_not_usable() from exc
    audit_record(actor=actor, action="mynumber.set", object_type="person", object_id=person.pk)
    return person


def mynumber_rotate_keys(
    *, batch_size: int = 500, progress: Callable[[int], None] | None = None
) -> int:
    """Re-encrypt every My Number not under the newest key; returns how many rows changed.

    Batches commit one by one so a long rotation can be interrupted and resumed.
    """
    current = crypto.keyring().current_id
    changed = 0
    while True:
        with transaction.atomic():
            batch = list(
                Person.objects.select_for_update()
                .exclude(mynumber_ciphertext=None)
                .exclude(mynumber_key_id=current)
                .order_by("pk")[:batch_size]
            )
            if not batch:
                return changed
            for person in batch:
                aad = mynumber_aad(person.pk)
                plain = crypto.decrypt(person.mynumber_key_id, person.mynumber_ciphertext, aad=aad)
                person.mynumber_key_id, person.mynumber_ciphertext = crypto.encrypt(plain, aad=aad)
            Person.objects.bulk_update(batch, ["mynumber_key_id", "mynumber_ciphertext"])
            audit_record(
                actor=None,
                action="mynumber.rotate",
                object_type="person",
                object_id=f"{batch[0].pk}-{batch[-1].pk}",
                detail={"rows": len(batch), "key_id": current},
            )
        changed += len(batch)
        if progress is not None:
            progress(len(batch))


def mynumber_rotate_index(
    *, batch_size: int = 500, progress: Callable[[int], None] | None = None
) -> int:
    """Re-hash every stored My Number under the current ``KOKUGAI_INDEX_KEY``; returns how
    many rows changed.

    The hash cannot be re-keyed from the old hash, so each number is decrypted and hashed
    again. Rows are walked by primary key in batches, each batch in its own transaction with
    its rows locked, so the work can be interrupted and resumed (a second run changes 0 rows).
    """
    changed = 0
    last_pk = 0
    while True:
        with transaction.atomic():
            batch = list(
                Person.objects.select_for_update()
                .exclude(mynumber_ciphertext=None)
                .filter(pk__gt=last_pk)
                .order_by("pk")[:batch_size]
            )
            if not batch:
                return changed
            last_pk = batch[-1].pk
            stale = []
            for person in batch:
                plain = crypto.decrypt(
                    person.mynumber_key_id,
                    person.mynumber_ciphertext,
                    aad=mynumber_aad(person.pk),
                )
                index = crypto.blind_index(plain, purpose="mynumber")
                if person.mynumber_index != index:
                    person.mynumber_index = index
                    stale.append(person)
            if stale:
                Person.objects.bulk_update(stale, ["mynumber_index"])
                audit_record(
                    actor=None,
                    action="mynumber.rotate_index",
                    object_type="person",
                    object_id=f"{batch[0].pk}-{batch[-1].pk}",
                    detail={"rows": len(stale)},
                )
        changed += len(stale)
        if progress is not None:
            progress(len(batch))


# --- cards (written by the case transitions, in their transaction) ------------------------


def card_order(*, person: Person, application_id: str) -> Card:
    """Production took the order: the pending overseas card under its 申請書ID."""
    return Card.objects.create(
        person=person,
        kind=CardKind.OVERSEAS,
        status=CardStatus.PENDING,
        application_id=application_id,
        status_changed_at=clock.now(),
    )


def cards_invalidate_others(*, person: Person, keep: Card | None) -> list[int]:
    """The old cards collected at the hand-over: every other live card is invalidated."""
    old = person.cards.exclude(status__in=[CardStatus.INVALIDATED, CardStatus.PENDING])
    if keep is not None:
        old = old.exclude(pk=keep.pk)
    ids = list(old.values_list("pk", flat=True))
    old.update(status=CardStatus.INVALIDATED, status_changed_at=clock.now())
    return ids


def card_activate(
    *,
    card: Card,
    issued_on: dt.date,
    expires_on: dt.date,
    certificates_expire_on: dt.date | None,
    endorsement: str,
) -> Card:
    """交付: the card is active from ``issued_on``, with its validity and 追記欄."""
    card.status = CardStatus.ACTIVE
    card.status_changed_at = clock.now()
    card.issued_on = issued_on
    card.expires_on = expires_on
    card.signing_cert_expires_on = certificates_expire_on
    card.auth_cert_expires_on = certificates_expire_on
    card.endorsement = endorsement
    card.save()
    return card


def card_pending_invalidate(*, card: Card) -> bool:
    """A withdrawn case's card that was never handed over; False if it is not pending."""
    if card.status != CardStatus.PENDING:
        return False
    card.status = CardStatus.INVALIDATED
    card.status_changed_at = clock.now()
    card.save(update_fields=["status", "status_changed_at"])
    return True


def card_endorse_abroad(*, card: Card, person: Person, departure_date: dt.date) -> Card:
    """国外継続利用: 国外転出 <departure> in the 追記欄; the person is recorded as gone abroad."""
    card.endorsement = address_field(departure_date)
    card.kind = CardKind.OVERSEAS
    card.save(update_fields=["endorsement", "kind"])
    person.left_japan_on = departure_date
    person.save(update_fields=["left_japan_on"])
    return card


def card_certificates_renew(*, card: Card, until: dt.date) -> Card:
    card.signing_cert_expires_on = until
    card.auth_cert_expires_on = until
    card.save(update_fields=["signing_cert_expires_on", "auth_cert_expires_on"])
    return card


def card_return(*, card: Card) -> Card:
    """返納: the holder gave the card back."""
    card.status = CardStatus.RETURNED
    card.status_changed_at = clock.now()
    card.save(update_fields=["status", "status_changed_at"])
    return card


def card_convert_domestic(*, card: Card) -> Card:
    """Back in Japan: the card becomes a domestic card, its 追記欄 cleared."""
    card.kind = CardKind.DOMESTIC
    card.endorsement = ""
    card.save(update_fields=["kind", "endorsement"])
    return card
