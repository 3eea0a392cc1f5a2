"""The write path for people: creation, the encrypted My Number, key rotation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import IntegrityError, transaction
from django.utils.translation import get_language

from kokugai.core import crypto
from kokugai.core.audit import audit_record
from kokugai.core.errors import ApplicationError
from kokugai.core.models import User
from kokugai.people.access import mynumber_not_usable
from kokugai.people.errors import PeopleError
from kokugai.people.models import Person
from kokugai.people.selectors import mynumber_aad
from kokugai.rules.checkdigits import CheckDigitError, validate_mynumber


def _validated(mynumber: str) -> str:
    try:
        return validate_mynumber(mynumber)
    except CheckDigitError as exc:
        # The number itself is never echoed back in the error: errors end up in logs.
        raise ApplicationError(
            PeopleError.MYNUMBER_INVALID,
            exc.message.get("en" if (get_language() or "ja").startswith("en") else "ja"),
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
