"""POST /api/v1/cases and the one intake service behind it and the console's form
(cases.intake.case_intake): office and role checked inside the service."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.test import Client

from factories import OfficeFactory, StaffFactory
from kokugai.cases.errors import OfficeNotAllowedError, RoleNotAllowedError
from kokugai.cases.intake import Applicant, case_intake
from kokugai.cases.models import Case
from kokugai.core import clock
from kokugai.core.models import AuditEntry
from kokugai.notifications.models import Notification
from kokugai.people.models import Person
from kokugai.registry.models import StaffRole
from kokugai.web.models import PreRegistration
from kokugai.web.portal.prereg import check_character

pytestmark = pytest.mark.django_db

URL = "/api/v1/cases"


@pytest.fixture
def offices():
    sumida = OfficeFactory(code="131075", name_ja="東京都墨田区", name_en="Sumida City")
    hachinohe = OfficeFactory(code="022039", name_ja="青森県八戸市", name_en="Hachinohe City")
    return sumida, hachinohe


def _as(user) -> Client:
    c = Client()
    c.force_login(user)
    return c


def _body(**kw) -> dict:
    body = {
        "procedure": "new_issuance",
        "channel": "municipality_visit",
        "family_name": "国外",
        "given_name": "太郎",
        "family_name_kana": "こくがい",
        "given_name_kana": "タロウ",
        "family_name_romaji": "kokugai",
        "given_name_romaji": "taro",
        "birth_date": "1990-04-01",
        "sex": "male",
        "honseki": "022039",
        "email": "taro@example.com",
        "country": "TW",
        "city": "Taipei",
        "timezone": "Asia/Taipei",
    }
    body.update(kw)
    return body


def _post(client: Client, body: dict):
    return client.post(URL, data=json.dumps(body), content_type="application/json")


def test_a_clerk_opens_a_case_at_their_office(offices):
    sumida, hachinohe = offices
    clerk = StaffFactory(office=sumida, role=StaffRole.CLERK).user
    r = _post(_as(clerk), _body())
    assert r.status_code == 201, r.content
    out = r.json()
    case = Case.objects.get(pk=out["id"])
    assert case.intake_office == sumida and case.honseki_office == hachinohe
    assert case.state == out["state"] and case.person.family_name_kana == "コクガイ"
    assert case.person.family_name_romaji == "KOKUGAI"
    assert out["receipt_number"] == case.receipt_number
    # The typed address is not proved: a verification link goes to it, the case's mail waits.
    assert case.person.email_verified_at is None
    assert Notification.objects.filter(template="email_verify", to="taro@example.com").exists()
    assert AuditEntry.objects.filter(action="case.open", object_id=str(case.pk)).exists()


def test_a_reviewer_may_not_open_a_case_and_nothing_is_written(offices):
    sumida, _ = offices
    reviewer = StaffFactory(office=sumida, role=StaffRole.REVIEWER).user
    r = _post(_as(reviewer), _body(mynumber="123456789018"))
    assert r.status_code == 403 and r.json()["code"] == "role_not_allowed"
    assert not Case.objects.exists() and not Person.objects.exists()
    # Refused before the lookup: the role learns nothing about the number either.
    assert not AuditEntry.objects.filter(action="person.lookup_by_mynumber").exists()


def test_an_office_admin_may_not_open_a_case(offices):
    sumida, _ = offices
    admin = StaffFactory(office=sumida, role=StaffRole.ADMIN).user
    r = _post(_as(admin), _body())
    assert r.status_code == 403 and r.json()["code"] == "role_not_allowed"
    assert not Case.objects.exists()


def test_the_service_refuses_a_clerk_of_another_office(offices):
    sumida, hachinohe = offices
    other = StaffFactory(office=hachinohe, role=StaffRole.CLERK).user
    applicant = Applicant(
        family_name="国外",
        given_name="太郎",
        family_name_kana="コクガイ",
        given_name_kana="タロウ",
        birth_date=dt.date(1990, 4, 1),
        sex="male",
        honseki=hachinohe,
    )
    with pytest.raises(OfficeNotAllowedError):
        case_intake(
            actor=other,
            office=sumida,
            applicant=applicant,
            mynumber="",
            procedure="new_issuance",
            channel="municipality_visit",
        )
    producer = StaffFactory(office=sumida, role=StaffRole.PRODUCER).user
    with pytest.raises(RoleNotAllowedError):
        case_intake(
            actor=producer,
            office=sumida,
            applicant=applicant,
            mynumber="",
            procedure="new_issuance",
            channel="municipality_visit",
        )
    assert not Case.objects.exists() and not Person.objects.exists()


def test_anonymous_gets_401_and_the_office_cannot_be_chosen(offices):
    assert _post(Client(), _body()).status_code == 401
    clerk = StaffFactory(office=offices[0], role=StaffRole.CLERK).user
    r = _post(_as(clerk), _body(intake_office="022039"))
    assert r.status_code == 422 and "intake_office" in r.json()["fields"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("honseki", "999999"),
        ("pickup_office", "nowhere"),
        ("family_name_kana", "Kokugai"),
        ("timezone", "Mars/Olympus"),
        ("mynumber", "１２３"),
    ],
)
def test_bad_input_is_named_and_nothing_is_written(offices, field, value):
    clerk = StaffFactory(office=offices[0], role=StaffRole.CLERK).user
    r = _post(_as(clerk), _body(**{field: value}))
    assert r.status_code == 422, r.content
    assert field in r.json()["fields"]
    assert value not in r.content.decode()
    assert not Case.objects.exists()


def test_a_pre_registration_is_used_up_by_the_case(offices):
    sumida, _ = offices
    clerk = StaffFactory(office=sumida, role=StaffRole.CLERK).user
    code = "P00000000" + check_character("00000000")
    now = clock.now()
    PreRegistration.objects.create(
        code=code,
        channel="municipality_visit",
        family_name="国外",
        given_name="太郎",
        family_name_kana="コクガイ",
        given_name_kana="タロウ",
        birth_date=dt.date(1990, 4, 1),
        sex="male",
        honseki_code="022039",
        email="taro@example.com",
        email_verified_at=now,
        intake_office_code="131075",
        pickup_office_code="131075",
        created_at=now,
    )
    client = _as(clerk)
    r = _post(client, _body(preregistration=code))
    assert r.status_code == 201, r.content
    prereg = PreRegistration.objects.get(code=code)
    assert prereg.case_id == r.json()["id"] and prereg.used_at is not None
    # Used once: a second case with the same code is refused and rolls back.
    again = _post(client, _body(preregistration=code, given_name="次郎"))
    assert again.status_code == 409, again.content
    assert Case.objects.count() == 1
