"""``kokugai rotate_index_key`` (issue 10.6): the blind index moves to a new key in batches,
lookups keep working throughout, and the old key finds nothing afterwards."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from factories import PersonFactory
from kokugai.core import crypto
from kokugai.core.errors import Conflict
from kokugai.core.models import AuditEntry
from kokugai.people import selectors, services
from kokugai.people.models import Person

pytestmark = pytest.mark.django_db

NUMBERS = ["123456789018", "000000000019", "111111111118", "222222222225", "333333333332"]
OLD, NEW = "old-index-material", "new-index-material"


def indexes() -> dict[int, str]:
    return dict(Person.objects.values_list("pk", "mynumber_index"))


def test_rotation_rehashes_every_row_and_lookups_work_throughout(settings):
    settings.KOKUGAI_INDEX_KEY = OLD
    people = [PersonFactory(mynumber=n) for n in NUMBERS]
    PersonFactory()  # no My Number: left alone
    before = indexes()

    # Deploy the new key with the old one as "previous": every row is still found.
    settings.KOKUGAI_INDEX_KEY, settings.KOKUGAI_INDEX_KEY_PREVIOUS = NEW, OLD
    for person, number in zip(people, NUMBERS, strict=True):
        assert selectors.person_find_by_mynumber(number) == person
    # A duplicate of a row not yet re-hashed is still a duplicate.
    with pytest.raises(Conflict):
        PersonFactory(mynumber=NUMBERS[0])

    out, err = io.StringIO(), io.StringIO()
    call_command("rotate_index_key", "--batch-size", "2", stdout=out, stderr=err)
    assert "re-hashed 5 of 5" in out.getvalue()
    assert "5/5" in err.getvalue()  # the progress bar
    after = indexes()
    changed = [pk for pk in before if before[pk] is not None]
    assert all(after[pk] != before[pk] for pk in changed) and len(changed) == 5
    assert AuditEntry.objects.filter(action="mynumber.rotate_index").count() == 3  # 2+2+1

    # Resumable and idempotent: a second run changes nothing.
    assert services.mynumber_rotate_index() == 0

    # Old key gone: every number is found under the new key alone.
    settings.KOKUGAI_INDEX_KEY_PREVIOUS = ""
    for person, number in zip(people, NUMBERS, strict=True):
        assert selectors.person_find_by_mynumber(number) == person
        assert person.pk in after and after[person.pk] == crypto.blind_index(number)
    # And the old material no longer finds anyone.
    settings.KOKUGAI_INDEX_KEY = OLD
    assert all(selectors.person_find_by_mynumber(n) is None for n in NUMBERS)


def test_new_key_prints_fresh_material():
    out = io.StringIO()
    call_command("rotate_index_key", "--new-key", stdout=out)
    a = out.getvalue().strip()
    out = io.StringIO()
    call_command("rotate_index_key", "--new-key", stdout=out)
    assert len(a) >= 48 and a != out.getvalue().strip()


def test_an_empty_index_key_is_never_used(settings):
    settings.KOKUGAI_INDEX_KEY = ""
    with pytest.raises(crypto.KeyRingError):
        crypto.blind_index("123456789018")
