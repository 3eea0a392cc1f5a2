"""The staff console through Django's test client: status codes, scoping, actions, htmx."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.cache import cache
from django.urls import reverse

from kokugai.cases import services
from kokugai.cases.models import Case, CaseEvent, CaseNote
from kokugai.core.models import AuditEntry
from kokugai.people.services import person_create
from kokugai.registry import services as registry_services
from kokugai.registry.models import Office
from kokugai.rules.codes import Channel, OfficeKind, Procedure

pytestmark = pytest.mark.django_db

PASSWORD = "kokugai-demo-test"
OFFICES = [
    ("131075", OfficeKind.MUNICIPALITY, "東京都墨田区", "Sumida City Office, Tokyo", "Asia/Tokyo"),
    (
        "022039",
        OfficeKind.MUNICIPALITY,
        "青森県八戸市",
        "Hachinohe City Office, Aomori",
        "Asia/Tokyo",
    ),
    ("131032", OfficeKind.MUNICIPALITY, "東京都港区", "", "Asia/Tokyo"),
    ("production", OfficeKind.PRODUCTION, "J-LIS 製造", "J-LIS production", "Asia/Tokyo"),
    (
        "jtea-tw-taipei",
        OfficeKind.MISSION,
        "日本台湾交流協会台北事務所",
        "JTEA Taipei",
        "Asia/Taipei",
    ),
]


@pytest.fixture(autouse=True)
def _fast_passwords_and_clean_cache(settings):
    # Argon2 is deliberately slow; these tests are about the console, not hashing.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MIDDLEWARE = [
        *settings.MIDDLEWARE,
        "kokugai.web.errors.ApplicationErrorMiddleware",
    ]
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def world():
    offices = {}
    for code, kind, ja, en, tz in OFFICES:
        offices[code], _ = Office.objects.get_or_create(
            code=code, defaults={"kind": kind.value, "name_ja": ja, "name_en": en, "timezone": tz}
        )
    users = registry_services.demo_staff_ensure(password=PASSWORD)
    return {"offices": offices, "users": users}


def _person(world):
    return person_create(
        actor=None,
        family_name="国外",
        given_name="太郎",
        family_name_kana="コクガイ",
        given_name_kana="タロウ",
        family_name_romaji="KOKUGAI",
        given_name_romaji="TARO",
        birth_date=dt.date(1990, 4, 1),
        sex="male",
        nationalities=["JP"],
        honseki=world["offices"]["022039"],
        email="taro.kokugai@example.com",
        country="TW",
        city="Taipei",
        timezone="Asia/Taipei",
    )


@pytest.fixture
def case(world):
    return services.case_open(
        person=_person(world),
        procedure=Procedure.NEW_ISSUANCE,
        channel=Channel.MUNICIPALITY_VISIT,
        intake_office=world["offices"]["131075"],
        actor=world["users"]["sumida-clerk"],
    )


def _client(client, world, username):
    client.force_login(world["users"][username])
    return client


def _check_all(case, user):
    for entry in case.checklist.filter(required=True):
        services.checklist_check(case=case, code=entry.code, actor=user)


# --- sign-in and throttle ----------------------------------------------------------------


def test_console_requires_login(client, world):
    response = client.get(reverse("console:home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("console:login"))


# The sign-in itself (password, second factor, throttle): tests/web/test_staff_signin.py.


def test_logout_needs_post(client, world):
    _client(client, world, "sumida-clerk")
    assert client.get(reverse("console:logout")).status_code == 405
    assert client.post(reverse("console:logout")).status_code == 302
    assert client.get(reverse("console:home")).status_code == 302


# --- home, queues ------------------------------------------------------------------------


def test_home_shows_every_queue_with_counts(client, world, case):
    _client(client, world, "sumida-clerk")
    response = client.get(reverse("console:home"))
    assert response.status_code == 200
    html = response.content.decode()
    for code in ("received", "to_review", "awaiting_applicant", "to_produce", "to_ship"):
        assert reverse("console:queue", args=[code]) in html
    received = [q for q in response.context["queues"] if q["code"] == "received"][0]
    assert received["count"] == 1


def test_queue_lists_the_case_without_names(client, world, case):
    _client(client, world, "sumida-clerk")
    response = client.get(reverse("console:queue", args=["received"]))
    assert response.status_code == 200
    html = response.content.decode()
    assert case.receipt_number in html
    assert "太郎" not in html and "コクガイ" not in html


def test_unknown_queue_is_404(client, world):
    _client(client, world, "sumida-clerk")
    assert client.get(reverse("console:queue", args=["nonsense"])).status_code == 404


def test_account_without_office_gets_403(client, world):
    _client(client, world, "kokugai-admin")
    response = client.get(reverse("console:home"))
    assert response.status_code == 403
    assert b"office_not_allowed" in response.content


# --- the case page -----------------------------------------------------------------------


def test_case_page_for_the_intake_clerk(client, world, case):
    _client(client, world, "sumida-clerk")
    response = client.get(reverse("console:case", args=[case.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert case.receipt_number in html
    assert "太＊" in html  # given name masked
    assert "TARO" not in html
    # Only this role's actions: the clerk may forward (once checked) and withdraw, never accept.
    names = [a["name"] for a in response.context["actions"]]
    assert "accept" not in names and "start_review" not in names
    assert AuditEntry.objects.filter(action="case.read", object_id=str(case.pk)).exists()


def test_case_of_another_office_is_404_and_audited(client, world, case):
    _client(client, world, "taipei-clerk")
    response = client.get(reverse("console:case", args=[case.pk]))
    assert response.status_code == 404
    assert case.receipt_number not in response.content.decode()
    assert AuditEntry.objects.filter(action="case.read_denied").exists()
    # The same answer as for an id that does not exist.
    assert client.get(reverse("console:case", args=[999999])).status_code == 404


def test_checklist_tick_via_htmx_returns_the_item(client, world, case):
    _client(client, world, "sumida-clerk")
    entry = case.checklist.order_by("position").first()
    url = reverse("console:case_checklist", args=[case.pk, entry.code])
    response = client.post(url, {"checked": "1"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'id="check-{entry.code}"' in html
    assert "sumida-clerk" in html
    entry.refresh_from_db()
    assert entry.checked_by == world["users"]["sumida-clerk"]
    # Undo
    client.post(url, {"checked": "0"}, HTTP_HX_REQUEST="true")
    entry.refresh_from_db()
    assert entry.checked_at is None


def test_checklist_unknown_item_is_json_error_for_htmx(client, world, case):
    _client(client, world, "sumida-clerk")
    url = reverse("console:case_checklist", args=[case.pk, "no_such_item"])
    response = client.post(url, {"checked": "1"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 400
    body = json.loads(response.content)
    assert body["code"] == "checklist_item_unknown"
    assert set(body) == {"code", "message", "fields"}


def test_forward_with_expected_version_fires_once(client, world, case):
    _check_all(case, world["users"]["sumida-clerk"])
    case.refresh_from_db()
    _client(client, world, "sumida-clerk")
    url = reverse("console:case_action", args=[case.pk, "forward"])
    first = client.post(url, {"expected_version": case.version})
    assert first.status_code == 302
    second = client.post(url, {"expected_version": case.version})  # the double submit
    assert second.status_code == 409
    assert b"stale_version" in second.content
    assert CaseEvent.objects.filter(case=case, transition="forward").count() == 1
    case.refresh_from_db()
    assert case.state == "at_honseki"


def test_forward_blocked_by_the_checklist_is_409(client, world, case):
    _client(client, world, "sumida-clerk")
    url = reverse("console:case_action", args=[case.pk, "forward"])
    response = client.post(url, {"expected_version": case.version})
    assert response.status_code == 409
    assert b"checklist_incomplete" in response.content
    case.refresh_from_db()
    assert case.state == "received"


def test_action_of_another_role_is_403(client, world, case):
    _check_all(case, world["users"]["sumida-clerk"])
    case = services.case_forward(case=case, actor=world["users"]["sumida-clerk"])
    _client(client, world, "sumida-clerk")
    url = reverse("console:case_action", args=[case.pk, "start_review"])
    response = client.post(url, {"expected_version": case.version})
    assert response.status_code == 403
    assert b"office_not_allowed" in response.content


def test_action_as_json_error(client, world, case):
    _client(client, world, "sumida-clerk")
    url = reverse("console:case_action", args=[case.pk, "accept"])
    response = client.post(url, {"expected_version": case.version}, HTTP_ACCEPT="application/json")
    assert response.status_code == 409
    assert json.loads(response.content)["code"] == "transition_not_allowed"


def test_action_without_version_is_400(client, world, case):
    _client(client, world, "sumida-clerk")
    response = client.post(reverse("console:case_action", args=[case.pk, "withdraw"]), {})
    assert response.status_code == 400
    case.refresh_from_db()
    assert case.state == "received"


def test_note_add(client, world, case):
    _client(client, world, "sumida-clerk")
    response = client.post(reverse("console:case_note", args=[case.pk]), {"text": "旧カード持参"})
    assert response.status_code == 302
    assert CaseNote.objects.get(case=case).text == "旧カード持参"
    page = client.get(reverse("console:case", args=[case.pk]))
    assert "旧カード持参" in page.content.decode()


def test_note_on_a_case_out_of_scope_is_404(client, world, case):
    _client(client, world, "taipei-clerk")
    response = client.post(reverse("console:case_note", args=[case.pk]), {"text": "x"})
    assert response.status_code == 404
    assert not CaseNote.objects.exists()


def test_reviewer_sees_review_actions_after_forward(client, world, case):
    clerk = world["users"]["sumida-clerk"]
    _check_all(case, clerk)
    case = services.case_forward(case=case, actor=clerk)
    _client(client, world, "hachinohe-reviewer")
    response = client.get(reverse("console:case", args=[case.pk]))
    assert [a["name"] for a in response.context["actions"]][:1] == ["start_review"]
    queue = client.get(reverse("console:queue", args=["to_review"]))
    assert case.receipt_number in queue.content.decode()


def test_request_correction_needs_text(client, world, case):
    clerk = world["users"]["sumida-clerk"]
    _check_all(case, clerk)
    case = services.case_forward(case=case, actor=clerk)
    case = services.case_start_review(case=case, actor=world["users"]["hachinohe-reviewer"])
    _client(client, world, "hachinohe-reviewer")
    url = reverse("console:case_action", args=[case.pk, "request_correction"])
    empty = client.post(url, {"expected_version": case.version, "text": " "})
    assert empty.status_code == 422  # the field is named on the page
    ok = client.post(url, {"expected_version": case.version, "text": "本籍の番地"})
    assert ok.status_code == 302
    case.refresh_from_db()
    assert case.state == "awaiting_applicant"
    assert case.correction_request == "本籍の番地"


# --- intake ------------------------------------------------------------------------------


def _intake_data(**overrides):
    data = {
        "procedure": "new_issuance",
        "channel": "municipality_visit",
        "family_name": "国外",
        "given_name": "花子",
        "family_name_kana": "コクガイ",
        "given_name_kana": "ハナコ",
        "family_name_romaji": "kokugai",
        "given_name_romaji": "hanako",
        "birth_date": "1990-04-01",
        "sex": "female",
        "honseki": "022039",
        "email": "hanako.kokugai@example.com",
        "country": "tw",
        "city": "Taipei",
        "timezone": "Asia/Taipei",
        "pickup_office": "",
        "with_certificates": "on",
        "language": "en",
    }
    data.update(overrides)
    return data


def test_intake_form_renders_with_initial(client, world):
    _client(client, world, "sumida-clerk")
    response = client.get(reverse("console:intake"))
    assert response.status_code == 200
    form = response.context["form"]
    assert form.initial["pickup_office"] == "131075"


def test_intake_opens_a_case_with_its_checklist(client, world):
    _client(client, world, "sumida-clerk")
    response = client.post(reverse("console:intake"), _intake_data())
    assert response.status_code == 302, response.content.decode()[:2000]
    case = Case.objects.get()
    assert response["Location"] == reverse("console:case", args=[case.pk])
    assert case.intake_office.code == "131075"
    assert case.honseki_office.code == "022039"
    assert case.pickup_office.code == "131075"
    assert case.person.family_name_romaji == "KOKUGAI"
    assert case.person.country == "TW"
    assert case.checklist.exists()


def test_intake_rejects_unknown_honseki_and_bad_zone(client, world):
    _client(client, world, "sumida-clerk")
    response = client.post(
        reverse("console:intake"), _intake_data(honseki="999999", timezone="Mars/Base")
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "honseki" in errors and "timezone" in errors
    assert not Case.objects.exists()
    assert 'aria-invalid="true"' in response.content.decode()


def test_intake_picker_without_javascript(client, world):
    _client(client, world, "sumida-clerk")
    data = _intake_data(honseki="", honseki_q="八戸", honseki_search="1")
    response = client.post(reverse("console:intake"), data)
    assert response.status_code == 200
    assert [r["code"] for r in response.context["search_results"]] == ["022039"]
    picked = client.post(reverse("console:intake"), {**data, "pick_honseki": "022039"})
    assert picked.context["form"]["honseki"].value() == "022039"
    assert "青森県八戸市" in picked.content.decode()
    assert not Case.objects.exists()


def test_office_search_partial(client, world):
    _client(client, world, "sumida-clerk")
    response = client.get(reverse("console:offices_search"), {"q": "はちのへ"})
    assert response.status_code == 200
    assert b'value="022039"' in response.content
    # Offices missing from the database are not offered even if the reference data has them.
    assert b'value="022012"' not in response.content


def test_intake_choices_follow_the_language(client, world):
    _client(client, world, "sumida-clerk")
    client.cookies["django_language"] = "en"
    html = client.get(reverse("console:intake"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "In person at a municipality during a visit to Japan" in html
    client.cookies["django_language"] = "ja"
    html = client.get(reverse("console:intake")).content.decode()
    assert "一時帰国中に市区町村の窓口で" in html


def test_intake_from_a_preregistration_keeps_the_verified_email(client, world):
    _client(client, world, "sumida-clerk")
    session = client.session
    session["console_intake_initial"] = {
        "preregistration": "PRE-TEST",
        "family_name": "国外",
        "email": "hanako.kokugai@example.com",
        "email_verified_at": "2025-10-20T01:00:00+00:00",
        "honseki": "022039",
    }
    session.save()
    page = client.get(reverse("console:intake"))
    assert page.context["form"]["family_name"].value() == "国外"
    assert "PRE-TEST" in page.content.decode()
    response = client.post(reverse("console:intake"), _intake_data())
    assert response.status_code == 302
    person = Case.objects.get().person
    assert person.email_verified_at == dt.datetime(2025, 10, 20, 1, 0, tzinfo=dt.UTC)
    assert person.language == "en"


def test_intake_with_another_email_than_the_verified_one_is_not_verified(client, world):
    _client(client, world, "sumida-clerk")
    session = client.session
    session["console_intake_initial"] = {
        "email": "old@example.com",
        "email_verified_at": "2025-10-20T01:00:00+00:00",
    }
    session.save()
    client.get(reverse("console:intake"))
    client.post(reverse("console:intake"), _intake_data())
    assert Case.objects.get().person.email_verified_at is None


def test_prereg_load_page_is_mounted(client, world):
    _client(client, world, "sumida-clerk")
    assert client.get(reverse("console:prereg_load")).status_code == 200


def test_blocked_actions_say_why(client, world, case):
    _client(client, world, "sumida-clerk")
    response = client.get(reverse("console:case", args=[case.pk]), HTTP_ACCEPT_LANGUAGE="en")
    blocked = response.context["blocked"]
    assert any("checklist" in " ".join(b["reasons"]) for b in blocked)
    assert "forward" not in [a["name"] for a in response.context["actions"]]
