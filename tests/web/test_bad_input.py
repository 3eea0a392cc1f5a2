"""Bad input that used to become a 500 (issue 14.9) answers 4xx naming the field.

Runs on SQLite and again on PostgreSQL (the database pass), where a NUL character in text is
refused by the database itself: the middleware must stop it before any query.
"""

from __future__ import annotations

import json

import pytest
from django.test import Client

from kokugai.appointments import services as appointment_services
from kokugai.cases.models import Case
from kokugai.core.models import AuditEntry
from kokugai.registry.models import Counter
from tracking.story import SeedStory

pytestmark = pytest.mark.django_db

API = "/api/v1"
NUL = "\x00"


@pytest.fixture
def story():
    s = SeedStory()
    s.apply()
    return s


def staff(user) -> Client:
    c = Client()
    c.force_login(user)
    return c


def refused(response, status: int, code: str, field: str) -> dict:
    assert response.status_code == status, response.content[:500]
    if response["Content-Type"].startswith("application/json"):
        body = response.json()
        assert body["code"] == code, body
        assert field in body["fields"], body
        return body
    html = response.content.decode()
    assert code in html and field in html
    return {}


def test_nul_in_the_appointment_intake_name(client, story):
    Counter.objects.create(office=story.sumida, code="card-pickup", name_ja="交付窓口", floor="2F")
    service = appointment_services.service_ensure_pickup(office=story.sumida)
    r = client.post(
        f"/appointments/intake/{service.pk}/",
        {"name": f"国外{NUL}太郎", "email": "taro@example.com", "slot": "1"},
    )
    refused(r, 400, "nul_character", "name")


def test_nul_in_the_console_login_username(client, story):
    r = client.post("/console/login/", {"username": f"clerk{NUL}", "password": "x" * 12})
    refused(r, 400, "nul_character", "username")
    assert client.get("/console/").status_code == 302  # not signed in


def test_nul_in_a_transition_text_through_the_api(story):
    story.forward()
    story.start_review()
    case = story.case
    r = staff(story.reviewer).post(
        f"{API}/cases/{case.pk}/transitions/request_correction",
        data=json.dumps({"expected_version": case.version, "text": f"写真{NUL}を"}),
        content_type="application/json",
    )
    refused(r, 400, "nul_character", "text")
    assert Case.objects.get(pk=case.pk).state == "under_review"  # nothing changed


def test_nul_in_a_query_parameter_and_a_json_key(story):
    c = staff(story.clerk)
    refused(c.get(f"{API}/queues/received?lang=ja{NUL}"), 400, "nul_character", "lang")
    r = c.post(
        f"{API}/cases/{story.case.pk}/transitions/forward",
        data=json.dumps({"expected_version": 0, f"no{NUL}te": "x"}),
        content_type="application/json",
    )
    assert r.status_code == 400 and r.json()["code"] == "nul_character"


def test_an_offset_beyond_bigint_is_a_422_naming_offset(story):
    r = staff(story.clerk).get(f"{API}/queues/received?offset={2**63 + 5}")
    assert r.status_code == 422, r.content
    body = r.json()
    assert "offset" in json.dumps(body["fields"])


def test_the_largest_documented_offset_works(story):
    r = staff(story.clerk).get(f"{API}/queues/received?offset={10**9}&limit=200")
    assert r.status_code == 200 and r.json()["items"] == []


def test_multipart_without_a_boundary(client, story):
    for url in ("/track/", f"{API}/track", "/console/login/"):
        r = client.generic(
            "POST", url, b"--x\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--x--\r\n",
            content_type="multipart/form-data",
        )  # fmt: skip
        refused(r, 400, "malformed_body", "body")


def test_an_api_body_over_the_limit_is_413(client, settings):
    limit = settings.KOKUGAI_MAX_BODY_BYTES
    body = json.dumps({"reference": "R" * (limit + 10), "birth_date": "1990-04-01"})
    r = client.post(f"{API}/track", data=body, content_type="application/json")
    refused(r, 413, "body_too_large", "body")
    assert not AuditEntry.objects.exists()  # no lookup was made


def test_a_100_mb_upload_to_a_page_without_a_file_field_is_refused_unread(client):
    # The declared length is refused before a byte of the body is read.
    r = client.generic(
        "POST", "/plan/", b"", content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(100 * 1024 * 1024),
    )  # fmt: skip
    refused(r, 413, "body_too_large", "body")


def test_a_small_file_upload_is_refused_naming_the_field(client):
    body = (
        b"--x\r\nContent-Disposition: form-data; name=photo; filename=a.jpg\r\n"
        b"Content-Type: image/jpeg\r\n\r\n\xff\xd8\xff\r\n--x--\r\n"
    )
    r = client.generic("POST", "/track/", body, content_type="multipart/form-data; boundary=x")
    refused(r, 400, "file_not_accepted", "photo")


def test_the_openapi_schema_states_the_limits_it_enforces(client):
    schema = client.get(f"{API}/openapi.json").json()
    comps = schema["components"]["schemas"]
    assert comps["TrackIn"]["properties"]["reference"]["maxLength"] == 64
    assert comps["TrackIn"]["properties"]["reference"]["minLength"] == 1
    params = schema["paths"][f"{API}/queues/{{queue}}"]["get"]["parameters"]
    offset = next(p for p in params if p["name"] == "offset")["schema"]
    assert offset["minimum"] == 0 and offset["maximum"] == 10**9
    assert comps["RequestCorrectionIn"]["properties"]["text"]["maxLength"] == 4000
    # The 413 the middleware answers is in every operation that takes a body.
    track = schema["paths"][f"{API}/track"]["post"]
    assert "413" in track["responses"] and "400" in track["responses"]


def test_an_empty_reference_is_refused_like_the_schema_says(client):
    r = client.post(
        f"{API}/track",
        data=json.dumps({"reference": "", "birth_date": "1990-04-01"}),
        content_type="application/json",
    )
    assert r.status_code in {400, 422} and "reference" in json.dumps(r.json()["fields"])
    r = client.post(
        f"{API}/track",
        data=json.dumps({"reference": "R2025-000123-3", "birth_date": ""}),
        content_type="application/json",
    )
    assert r.status_code == 422 and "birth_date" in json.dumps(r.json()["fields"])


@pytest.mark.parametrize("field", ["birth_date", "left_japan_on", "as_of", "visit.arrive"])
def test_plan_dates_are_non_empty_in_the_schema_and_in_behaviour(client, field):
    schema = client.get(f"{API}/openapi.json").json()
    situation = schema["paths"][f"{API}/plan"]["post"]["requestBody"]["content"][
        "application/json"
    ]["schema"]
    node = situation
    for part in field.split("."):
        prop = node["properties"][part]
        node = next((a for a in prop.get("anyOf", [prop]) if a.get("type") != "null"), prop)
    assert node["minLength"] == 1 and "date" in (node.get("format"), prop.get("format"))
    body = {
        "as_of": "2025-10-01",
        "nationalities": ["JP"],
        "birth_date": "1990-04-01",
        "resident_in_japan": False,
        "left_japan_on": "2022-04-01",
        "honseki": "022039",
        "country": "TW",
        "visit": {"arrive": "2025-10-20", "depart": "2025-11-30", "municipality": "131075"},
    }
    if field == "visit.arrive":
        body["visit"]["arrive"] = ""
    else:
        body[field] = ""
    r = client.post(f"{API}/plan", data=json.dumps(body), content_type="application/json")
    assert r.status_code == 422 and field in r.json()["fields"]
