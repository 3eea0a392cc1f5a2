"""The My Number: validated, encrypted at rest, found by hash, masked, revealed with audit."""

from __future__ import annotations

import base64
import datetime as dt

import pytest
from django.contrib.auth.models import Permission

from factories import OfficeFactory, PersonFactory, StaffFactory
from kokugai.core.errors import ApplicationError, Conflict, Forbidden, NotFound
from kokugai.core.models import AuditEntry
from kokugai.people import access, selectors, services
from kokugai.people.models import Person

VALID = "123456789018"
OTHER_VALID = "000000000019"


@pytest.mark.django_db
def test_stored_encrypted_found_by_hash_and_masked():
    person = PersonFactory(mynumber="1234 5678 9018")
    raw = bytes(Person.objects.get(pk=person.pk).mynumber_ciphertext)
    assert VALID.encode() not in raw
    assert selectors.person_find_by_mynumber("１２３４５６７８９０１８") == person
    assert selectors.person_find_by_mynumber(OTHER_VALID) is None
    assert selectors.person_find_by_mynumber("123456789019") is None  # bad check digit
    assert selectors.person_mynumber_masked(person) == "•••• •••• 9018"


@pytest.mark.django_db
def test_invalid_number_is_refused_without_echoing_it():
    person = PersonFactory()
    with pytest.raises(ApplicationError) as exc:
        services.person_set_mynumber(person=person, mynumber="123456789019", actor=None)
    assert exc.value.code == "mynumber_invalid"
    assert exc.value.fields == {"mynumber": "check_digit"}
    assert "123456789019" not in exc.value.message


@pytest.mark.django_db
def test_same_number_twice_is_a_conflict():
    PersonFactory(mynumber=VALID)
    with pytest.raises(Conflict) as exc:
        PersonFactory(mynumber=VALID)
    assert exc.value.code == "mynumber_not_usable"
    assert "registered" not in exc.value.message


@pytest.mark.django_db
def test_rotation_re_encrypts_old_rows(settings):
    k1 = "k1:" + base64.b64encode(b"\x01" * 32).decode()
    k2 = "k2:" + base64.b64encode(b"\x02" * 32).decode()
    settings.MYNUMBER_KEYS = k1
    a = PersonFactory(mynumber=VALID)
    b = PersonFactory(mynumber=OTHER_VALID)
    settings.MYNUMBER_KEYS = f"{k2},{k1}"
    assert services.mynumber_rotate_keys(batch_size=1) == 2
    assert services.mynumber_rotate_keys() == 0
    settings.MYNUMBER_KEYS = k2  # the old key is gone: everything must still decrypt
    for p, number in ((a, VALID), (b, OTHER_VALID)):
        p.refresh_from_db()
        assert p.mynumber_key_id == "k2"
        assert selectors.person_mynumber_plain(p) == number


@pytest.mark.django_db
def test_reveal_needs_permission_and_is_audited():
    honseki = OfficeFactory()
    person = PersonFactory(mynumber=VALID, honseki=honseki)
    clerk = StaffFactory(office=honseki).user
    with pytest.raises(Forbidden):
        access.access_mynumber(clerk, person.pk, why="test")
    assert not AuditEntry.objects.filter(action="mynumber.reveal").exists()
    clerk.user_permissions.add(Permission.objects.get(codename="reveal_mynumber"))
    clerk = type(clerk).objects.get(pk=clerk.pk)  # drop the permission cache
    assert access.access_mynumber(clerk, person.pk, why="identity check") == VALID
    row = AuditEntry.objects.get(action="mynumber.reveal")
    assert (row.actor, row.office_code, row.reason) == (clerk, honseki.code, "identity check")


@pytest.mark.django_db
def test_person_out_of_scope_is_not_found_like_missing():
    person = PersonFactory()
    stranger = StaffFactory().user
    with pytest.raises(NotFound) as hidden:
        access.access_person_by_id(stranger, person.pk, why="x")
    with pytest.raises(NotFound) as missing:
        access.access_person_by_id(stranger, 10**9, why="x")
    assert hidden.value.as_dict() == missing.value.as_dict()
    assert AuditEntry.objects.filter(action="person.read_denied").count() == 2


@pytest.mark.django_db
def test_person_read_by_honseki_is_audited():
    person = PersonFactory()
    reviewer = StaffFactory(office=person.honseki).user
    assert access.access_person_by_id(reviewer, person.pk, why="review") == person
    assert AuditEntry.objects.filter(
        action="person.read", object_id=str(person.pk), actor=reviewer
    ).exists()


def test_age():
    p = Person(birth_date=dt.date(1990, 4, 1))
    assert selectors.person_age(p, dt.date(2025, 3, 31)) == 34
    assert selectors.person_age(p, dt.date(2025, 4, 1)) == 35


@pytest.mark.django_db
def test_ciphertext_is_bound_to_its_row():
    from cryptography.exceptions import InvalidTag

    a = PersonFactory(mynumber=VALID)
    b = PersonFactory()
    # Someone with database access copies a's encrypted number onto b's row.
    Person.objects.filter(pk=b.pk).update(
        mynumber_ciphertext=a.mynumber_ciphertext, mynumber_key_id=a.mynumber_key_id
    )
    b.refresh_from_db()
    with pytest.raises(InvalidTag):
        selectors.person_mynumber_plain(b)
    assert selectors.person_mynumber_plain(Person.objects.get(pk=a.pk)) == VALID


@pytest.mark.django_db
def test_rotation_keeps_the_row_binding(settings):
    from cryptography.exceptions import InvalidTag

    k1 = "k1:" + base64.b64encode(b"\x01" * 32).decode()
    k2 = "k2:" + base64.b64encode(b"\x02" * 32).decode()
    settings.MYNUMBER_KEYS = k1
    a = PersonFactory(mynumber=VALID)
    b = PersonFactory()
    settings.MYNUMBER_KEYS = f"{k2},{k1}"
    assert services.mynumber_rotate_keys() == 1
    a.refresh_from_db()
    Person.objects.filter(pk=b.pk).update(
        mynumber_ciphertext=a.mynumber_ciphertext, mynumber_key_id=a.mynumber_key_id
    )
    b.refresh_from_db()
    with pytest.raises(InvalidTag):
        selectors.person_mynumber_plain(b)


@pytest.mark.django_db
def test_refused_reveal_is_audited():
    honseki = OfficeFactory()
    person = PersonFactory(mynumber=VALID, honseki=honseki)
    clerk = StaffFactory(office=honseki).user
    with pytest.raises(Forbidden) as exc:
        access.access_mynumber(clerk, person.pk, why="curious")
    assert exc.value.code == "mynumber_reveal_forbidden"
    row = AuditEntry.objects.get(action="mynumber.reveal_denied")
    assert (row.actor, row.object_id, row.reason) == (clerk, str(person.pk), "curious")
