"""The clerk loads a pre-registration and the intake form opens filled in."""

from __future__ import annotations

import datetime as dt

import pytest

from factories import OfficeFactory, StaffFactory
from kokugai.core import clock
from kokugai.registry.models import StaffRole
from kokugai.web.console.prereg import (
    CODE_SESSION_KEY,
    INTAKE_SESSION_KEY,
    prereg_code_take,
    preregistration_use,
)
from kokugai.web.models import PreRegistration
from kokugai.web.portal.prereg import check_character, code_display

pytestmark = pytest.mark.django_db


@pytest.fixture
def clerk_client(client):
    sumida = OfficeFactory(code="131075", name_ja="東京都墨田区", name_en="Sumida City")
    OfficeFactory(code="022039", name_ja="青森県八戸市", name_en="Hachinohe City")
    user = StaffFactory(office=sumida, role=StaffRole.CLERK).user
    client.force_login(user)
    return client


def _code(body: str) -> str:
    return "P" + body + check_character(body)


def _prereg(**kw):
    now = clock.now()
    fields = dict(
        code=_code("00000000"),
        channel="municipality_visit",
        family_name="国外",
        given_name="太郎",
        family_name_kana="コクガイ",
        given_name_kana="タロウ",
        family_name_romaji="KOKUGAI",
        given_name_romaji="TARO",
        birth_date=dt.date(1990, 4, 1),
        sex="male",
        honseki_code="022039",
        email="taro@example.com",
        email_verified_at=now,
        country="TW",
        city="Taipei",
        timezone="Asia/Taipei",
        intake_office_code="131075",
        pickup_office_code="131075",
        departure_date=dt.date(2030, 1, 1),
        created_at=now,
    )
    fields.update(kw)
    return PreRegistration.objects.create(**fields)


def test_loading_fills_the_intake_form(clerk_client):
    p = _prereg()
    r = clerk_client.post("/console/prereg/", {"code": code_display(p.code)})
    assert r.status_code == 302 and r["Location"].endswith("/console/intake/")
    r = clerk_client.get(r["Location"])
    body = r.content.decode()
    for value in (
        'value="国外"',
        'value="コクガイ"',
        'value="KOKUGAI"',
        'value="1990-04-01"',
        'value="taro@example.com"',
        'value="022039"',
        'value="Asia/Taipei"',
        'value="2030-01-01"',
    ):
        assert value in body, value
    p.refresh_from_db()
    # Loaded, not used: a refresh of the intake form must not lose it.
    assert p.used_at is None and p.loaded_by_office == "131075"
    r = clerk_client.post("/console/prereg/", {"code": p.code})
    assert r.status_code == 302


def test_a_get_changes_nothing(clerk_client):
    p = _prereg()
    r = clerk_client.get("/console/prereg/", {"code": p.code})
    assert r.status_code == 200
    body = r.content.decode()
    assert f'value="{p.code}"' in body and "csrfmiddlewaretoken" in body
    p.refresh_from_db()
    assert p.loaded_at is None and p.used_at is None
    assert clerk_client.session.get(INTAKE_SESSION_KEY) is None


def test_the_case_opened_from_the_intake_uses_it_up(clerk_client, rf):
    from factories import CaseFactory

    p = _prereg()
    clerk_client.post("/console/prereg/", {"code": p.code})
    session = clerk_client.session
    assert session[CODE_SESSION_KEY] == p.code
    case = CaseFactory()
    request = rf.post("/console/intake/")
    request.session = session
    actor = StaffFactory().user
    preregistration_use(prereg_code_take(request), case, actor)
    p.refresh_from_db()
    assert p.case == case and p.used_at is not None
    assert CODE_SESSION_KEY not in session
    # An abandoned load does not use a pre-registration up for someone else's case.
    q = _prereg(code=_code("33333333"))
    clerk_client.post("/console/prereg/", {"code": q.code})
    request.session = clerk_client.session
    stranger = CaseFactory()
    stranger.person.birth_date = dt.date(1985, 1, 1)
    stranger.person.save(update_fields=["birth_date"])
    preregistration_use(prereg_code_take(request), stranger, actor)
    q.refresh_from_db()
    assert q.used_at is None


def test_the_other_office_note_is_bilingual(clerk_client):
    p = _prereg(intake_office_code="022039", pickup_office_code="022039")
    clerk_client.post("/console/prereg/", {"code": p.code})
    note = clerk_client.session[INTAKE_SESSION_KEY]["note"]
    assert "事前登録" in note and "pre-registered" in note and "022039" in note


def test_a_used_or_unverified_code_is_refused_the_same_way(clerk_client):
    used = _prereg(code=_code("11111111"), used_at=clock.now())
    unverified = _prereg(code=_code("22222222"), email_verified_at=None)
    a = clerk_client.post("/console/prereg/", {"code": used.code})
    b = clerk_client.post("/console/prereg/", {"code": unverified.code})
    assert a.status_code == b.status_code == 400
    assert "prereg" not in a.get("Location", "")


def test_anonymous_users_are_sent_to_login(client):
    r = client.get("/console/prereg/")
    assert r.status_code == 302 and "/console/login/" in r["Location"]
