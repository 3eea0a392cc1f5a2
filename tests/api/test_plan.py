"""POST /api/v1/plan: the same plan as `kokugai plan --json`, the planner's errors as 422."""

from __future__ import annotations

import datetime as dt
import io
import json
import re

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client
from hypothesis import given, settings
from hypothesis import strategies as st

# The plan reads the learned durations (tracking) like the CLI and the portal.
pytestmark = pytest.mark.django_db

API = "/api/v1"

# Invented: 国外 太郎, living in Taipei, 本籍 八戸市, visiting Japan and staying in 墨田区.
SITUATION = {
    "nationalities": ["JP"],
    "birth_date": "1990-04-01",
    "resident_in_japan": False,
    "left_japan_on": "2022-04-01",
    "honseki": "022039",
    "country": "TW",
    "city": "Taipei",
    "card": "expired",
    "visit": {"arrive": "2025-10-20", "depart": "2025-11-30", "municipality": "131075"},
    "licence": {"holds_japanese_licence": True, "drives_abroad": True},
}


@pytest.fixture(autouse=True)
def _frozen():
    with time_machine.travel(dt.datetime(2025, 10, 1, 3, 0, tzinfo=dt.UTC), tick=False):
        yield


def post(client, data: object, lang: str | None = None):
    url = f"{API}/plan" + (f"?lang={lang}" if lang else "")
    body = data if isinstance(data, str) else json.dumps(data)
    return client.post(url, data=body, content_type="application/json")


def cli_plan(tmp_path, lang: str) -> dict:
    path = tmp_path / "situation.json"
    path.write_text(json.dumps(SITUATION), encoding="utf-8")
    out = io.StringIO()
    call_command("plan", str(path), "--json", "--lang", lang, stdout=out)
    return json.loads(out.getvalue())


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_plan_is_the_cli_json(client, tmp_path, lang):
    r = post(client, SITUATION, lang)
    assert r.status_code == 200, r.content
    assert r.json() == cli_plan(tmp_path, lang)


def test_plan_content(client):
    body = post(client, SITUATION, "en").json()
    assert body["eligible"] is True
    assert body["as_of"] == "2025-10-01"
    assert body["routes"]
    assert body["recommended_route"] in range(len(body["routes"]))
    channels = {r["channel"] for r in body["routes"]}
    assert "municipality_visit" in channels
    # Assumptions are surfaced, never hidden.
    assert all(a["assumption"] is True for a in body["assumptions"])


def test_plan_language_changes_text_not_codes(client):
    ja = post(client, SITUATION).json()
    en = post(client, SITUATION, "en").json()
    assert [r["channel"] for r in ja["routes"]] == [r["channel"] for r in en["routes"]]
    assert ja["routes"][0]["channel_name"] != en["routes"][0]["channel_name"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"birth_date": "1990-13-01"}, "birth_date"),
        ({"resident_in_japan": None}, "resident_in_japan"),
        ({"honseki": "022031"}, "honseki"),
        ({"nationalities": "JP"}, "nationalities"),
        (
            {"visit": {"arrive": "2025-10-20", "depart": "2025-10-01", "municipality": "131075"}},
            "visit.depart",
        ),
        ({"card": "shiny"}, "card"),
    ],
)
def test_bad_situation_names_the_field(client, change, field):
    data = {**SITUATION, **change}
    data = {k: v for k, v in data.items() if v is not None}
    r = post(client, data, "en")
    assert r.status_code == 422, r.content
    body = r.json()
    assert body["code"] == "invalid_situation"
    assert list(body["fields"]) == [field]
    assert body["message"] == body["fields"][field]


def test_unknown_field_is_rejected(client):
    body = post(client, {**SITUATION, "shoe_size": 27}).json()
    assert body["code"] == "invalid_situation"
    assert "shoe_size" in json.dumps(body["fields"], ensure_ascii=False)


@pytest.mark.parametrize("raw", ["{not json", "[]", "null", ""])
def test_not_a_situation(client, raw):
    r = post(client, raw)
    assert r.status_code == 422
    assert r.json()["code"] == "invalid_situation"


def test_error_in_japanese_by_default(client):
    body = post(client, {**SITUATION, "birth_date": "2030-01-01"}).json()
    assert body["fields"] == {"birth_date": "birth_date が as_of より後です"}


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=60, deadline=None)
@given(
    st.fixed_dictionaries(
        {},
        optional={k: _json for k in [*SITUATION, "as_of"]},
    )
)
def test_any_json_is_a_plan_or_a_named_field(data):
    """Whatever a client sends, the answer is a plan or invalid_situation: never a 500."""
    r = post(Client(), {**SITUATION, **data})
    assert r.status_code in (200, 400, 422), r.content
    if r.status_code == 400:  # a NUL character, refused before the planner (any endpoint)
        body = r.json()
        assert body["code"] == "nul_character" and body["fields"]
        return
    if r.status_code == 422:
        body = r.json()
        assert body["code"] == "invalid_situation"
        assert len(body["fields"]) == 1


def test_plan_declares_the_new_route_and_source_fields(client):
    body = post(client, SITUATION, "en").json()
    source = body["sources"][0]
    assert isinstance(source["seen"], str) and source["seen"]
    assert "published" in source and isinstance(source["seen_estimated"], bool)
    for route in body["routes"]:
        assert route["received_on"] >= route["apply_on"]
        assert {d["audience"] for d in route["documents"]} <= {"applicant", "staff"}
    assert all("online_lecture_note" in o for o in body["licence_options"])


def test_plan_accepts_driver_class_and_rejects_an_unknown_one(client):
    ok = dict(SITUATION, licence={**SITUATION["licence"], "driver_class": "excellent"})
    assert post(client, ok, "en").status_code == 200
    bad = dict(SITUATION, licence={**SITUATION["licence"], "driver_class": "gold"})
    r = post(client, bad, "en")
    assert r.status_code == 422
    assert r.json()["code"] == "invalid_situation"
    assert "licence.driver_class" in r.json()["fields"]


def test_openapi_documents_the_new_fields():
    from kokugai.api.openapi import openapi_schema

    schemas = openapi_schema()["components"]["schemas"]
    assert schemas["SourceOut"]["properties"]["seen"]["type"] == "string"
    assert {"published", "seen_estimated"} <= set(schemas["SourceOut"]["properties"])
    assert "received_on" in schemas["RouteOut"]["properties"]
    assert "audience" in schemas["DocumentOut"]["properties"]
    assert "online_lecture_note" in schemas["LicenceOptionOut"]["properties"]
    body = openapi_schema()["paths"]["/api/v1/plan"]["post"]["requestBody"]
    licence = body["content"]["application/json"]["schema"]["properties"]["licence"]
    options = licence["anyOf"][0]["properties"]["driver_class"]
    assert "excellent" in json.dumps(options)


# --- issue 9: bad input of a card's whole life is a 422 naming the field ---------------------


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"country": "JP"}, "country"),
        (
            {"visit": {"arrive": "2025-10-20", "depart": "2026-10-20", "municipality": "131075"}},
            "visit.depart",
        ),
        (
            {"resident_in_japan": True, "card": "valid", "planned_departure": "2025-09-01"},
            "planned_departure",
        ),
    ],
)
def test_life_bad_input_is_422_naming_the_field(client, change, field):
    for lang, script in (("en", r"[a-z]"), ("ja", r"[ぁ-んァ-ン一-龥]")):
        r = post(client, {**SITUATION, **change}, lang)
        assert r.status_code == 422, r.content
        body = r.json()
        assert body["code"] == "invalid_situation" and field in body["fields"]
        assert re.search(script, body["fields"][field])


def test_a_body_with_a_byte_order_mark_is_422_naming_the_input(client):
    body = b"\xef\xbb\xbf" + json.dumps(SITUATION).encode()
    r = client.post(f"{API}/plan", data=body, content_type="application/json")
    assert r.status_code == 422
    assert list(r.json()["fields"]) == ["input"]


def test_leaving_japan_over_the_api(client):
    data = {
        "as_of": "2026-03-02",
        "nationalities": ["JP"],
        "birth_date": "1988-06-15",
        "resident_in_japan": True,
        "planned_departure": "2026-03-31",
        "honseki": "131016",
        "card": "valid",
    }
    r = post(client, data, "en")
    assert r.status_code == 200, r.content
    plan = r.json()
    assert plan["procedure"] == "continue_abroad"
    assert plan["steps"][0]["deadline"] == "2026-03-30"
    assert any("国外様式10" in d["label"] for d in plan["steps"][0]["documents"])
