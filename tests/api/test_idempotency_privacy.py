"""Attacks on what Idempotency-Key keeps (kokugai.api.idempotency): the stored records must
not become a copy of personal data. A My Number sent to the public check must not be
recoverable from the record's fingerprint (a plain SHA-256 of a 12-digit number is found by
trying the 10^11 candidates), and a revealed identity is never kept (its retry reveals
again, checked and audited again, instead of being served from the table)."""

from __future__ import annotations

import hashlib
import json

import pytest
from django.test import Client

from factories import StaffFactory
from kokugai.api.models import IdempotencyRecord
from kokugai.core.models import AuditEntry
from kokugai.registry.apikeys import apikey_create
from kokugai.registry.models import StaffRole
from kokugai.rules import checkdigits
from tracking.story import SeedStory

pytestmark = pytest.mark.django_db

API = "/api/v1"


def _mynumber(body11: str) -> str:
    return body11 + str(checkdigits.mynumber_check_digit(body11))


def test_a_my_number_cannot_be_recovered_from_the_kept_fingerprint():
    number = _mynumber("12345678901")
    body = json.dumps({"number": number})
    r = Client().post(
        f"{API}/check/mynumber",
        data=body,
        content_type="application/json",
        HTTP_IDEMPOTENCY_KEY="check-1",
    )
    assert r.status_code == 200
    record = IdempotencyRecord.objects.get()
    assert number not in record.body and number not in record.fingerprint
    # The attacker with a copy of the table tries candidates (here a few, the real one among
    # them), hashing each request the way it would have been sent.
    candidates = [_mynumber(f"{n:011d}") for n in range(12345678890, 12345678910)]
    assert number in candidates
    found = [
        c
        for c in candidates
        if hashlib.sha256(
            f"POST {API}/check/mynumber\n".encode() + json.dumps({"number": c}).encode()
        ).hexdigest()
        == record.fingerprint
    ]
    assert found == []
    # The retry is still recognised as the same request.
    again = Client().post(
        f"{API}/check/mynumber",
        data=body,
        content_type="application/json",
        HTTP_IDEMPOTENCY_KEY="check-1",
    )
    assert again.status_code == 200 and again["Idempotent-Replayed"] == "true"


@pytest.fixture
def story():
    s = SeedStory()
    s.apply()
    return s


def _reveal(raw: str, case_id: int, key: str):
    return Client().post(
        f"{API}/cases/{case_id}/identity",
        data=json.dumps({"reason": "identity check at the counter"}),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {raw}",
        HTTP_IDEMPOTENCY_KEY=key,
    )


def test_a_revealed_identity_is_not_kept_and_each_retry_is_checked_and_audited(story):
    admin = StaffFactory(office=story.sumida, role=StaffRole.ADMIN).user
    admin.is_staff = True
    admin.save(update_fields=["is_staff"])
    raw = apikey_create(actor=admin, name="CMS", role="clerk", scopes=["read", "act"])[1]
    person = story.case.person
    first = _reveal(raw, story.case.pk, "reveal-1")
    assert first.status_code == 200, first.content
    assert first.json()["family_name"] == person.family_name
    # Nothing of the answer stays in the table.
    assert not IdempotencyRecord.objects.filter(body__contains=person.family_name).exists()
    assert not IdempotencyRecord.objects.exists()
    reveals = AuditEntry.objects.filter(action="person.identity_reveal").count()
    second = _reveal(raw, story.case.pk, "reveal-1")
    assert second.status_code == 200 and "Idempotent-Replayed" not in second
    assert AuditEntry.objects.filter(action="person.identity_reveal").count() == reveals + 1
