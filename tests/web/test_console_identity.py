"""Issue 10 §10: the staff who verify identity (intake clerk, 本籍地 reviewer, pickup clerk)
may reveal the full name and birth date with a reason, audited; everyone else in the case
keeps the masked name and the birth year only."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from factories import CaseFactory
from kokugai.core.models import AuditEntry
from kokugai.registry.models import StaffRole

pytestmark = pytest.mark.django_db

FULL_NAME = "国外 太郎"
BIRTH = "1990-04-01"


def _client(user) -> Client:
    c = Client()
    c.force_login(user)
    return c


def _reveal(user, case, reason="本人確認のため旅券と照合"):
    return _client(user).post(
        reverse("console:case_reveal_identity", args=[case.pk]), {"reason": reason}
    )


@pytest.fixture
def case():
    return CaseFactory(accepted=True)  # every office plays its part (production too)


@pytest.mark.parametrize(
    ("part", "role"), [("honseki", "reviewer"), ("pickup", "clerk"), ("intake", "clerk")]
)
def test_those_who_verify_identity_see_it_with_a_reason(case, part, role):
    user = CaseFactory.cast_of(case).member(part, role)
    page = _client(user).get(reverse("console:case", args=[case.pk])).content.decode()
    assert 'id="identity-reveal"' in page
    assert FULL_NAME not in page and BIRTH not in page  # masked until revealed
    response = _reveal(user, case)
    html = response.content.decode()
    assert response.status_code == 200
    assert FULL_NAME in html and BIRTH in html
    assert "no-store" in response["Cache-Control"]
    entry = AuditEntry.objects.get(action="person.identity_reveal", actor=user)
    assert entry.reason == "本人確認のため旅券と照合"
    assert entry.object_id == str(case.person_id)


def test_a_reason_is_required(case):
    reviewer = CaseFactory.cast_of(case).staff["honseki"]
    response = _reveal(reviewer, case, reason="  ")
    assert response.status_code == 400
    assert FULL_NAME not in response.content.decode()
    assert not AuditEntry.objects.filter(action="person.identity_reveal").exists()


@pytest.mark.parametrize(
    ("part", "role"),
    [
        ("production", StaffRole.PRODUCER),
        ("honseki", StaffRole.CLERK),
        ("intake", StaffRole.ADMIN),
        ("pickup", StaffRole.REVIEWER),
    ],
)
def test_everyone_else_keeps_the_masked_name(case, part, role):
    user = CaseFactory.cast_of(case).member(part, role)
    page = _client(user).get(reverse("console:case", args=[case.pk])).content.decode()
    assert 'id="identity-reveal"' not in page
    assert FULL_NAME not in page
    response = _reveal(user, case)
    assert response.status_code == 403
    assert FULL_NAME not in response.content.decode() and BIRTH not in response.content.decode()
    denied = AuditEntry.objects.get(action="person.identity_reveal_denied", actor=user)
    assert denied.reason == "本人確認のため旅券と照合"


def test_an_office_outside_the_case_gets_not_found(case):
    stranger = CaseFactory.cast_of(case).staff["other"]
    assert _reveal(stranger, case).status_code == 404


def test_reveal_through_the_api(case):
    cast = CaseFactory.cast_of(case)
    url = f"/api/v1/cases/{case.pk}/identity"
    ok = _client(cast.staff["honseki"]).post(
        url, data={"reason": "戸籍の附票と照合"}, content_type="application/json"
    )
    assert ok.status_code == 200 and ok.json()["birth_date"] == BIRTH
    refused = _client(cast.staff["production"]).post(
        url, data={"reason": "見たい"}, content_type="application/json"
    )
    assert refused.status_code == 403 and refused.json()["code"] == "identity_reveal_forbidden"
    assert "birth_date" not in refused.json()
