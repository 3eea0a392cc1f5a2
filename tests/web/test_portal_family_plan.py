"""The household planner page (/plan/household/): the same family plan as the CLI, members
added without a script, and the planner's household errors put on the member's field."""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path

import pytest
import time_machine

from kokugai.rules.household import household_plan_from_json

pytestmark = pytest.mark.django_db

GOLDEN = Path(__file__).resolve().parents[1] / "rules" / "golden_household"
FAMILY = json.loads((GOLDEN / "family_taipei_sumida.household.json").read_text("utf-8"))
URL = "/plan/household/"


@pytest.fixture(autouse=True)
def _frozen():
    with time_machine.travel(dt.datetime(2026, 3, 2, 3, 0, tzinfo=dt.UTC), tick=False):
        yield


def form_data(family: dict) -> dict[str, str]:
    v = family["visit"]
    data = {
        "country": family["country"],
        "city": family["city"],
        "visit_arrive": v["arrive"],
        "visit_depart": v["depart"],
        "visit_municipality": v["municipality"],
        "m-TOTAL_FORMS": str(len(family["members"])),
        "m-INITIAL_FORMS": "0",
        "m-MIN_NUM_FORMS": "1",
        "m-MAX_NUM_FORMS": "10",
    }
    for i, m in enumerate(family["members"]):
        data[f"m-{i}-name"] = m["name"]
        data[f"m-{i}-birth_date"] = m["birth_date"]
        data[f"m-{i}-left_japan_on"] = m.get("left_japan_on", "")
        data[f"m-{i}-honseki"] = m["honseki"]
        data[f"m-{i}-card"] = m.get("card", "none")
        data[f"m-{i}-wants_certificates"] = "on"
        data[f"m-{i}-representative"] = m.get("representative", "")
    return data


def test_the_page_asks_for_a_first_member(client):
    r = client.get(URL, HTTP_ACCEPT_LANGUAGE="en")
    assert r.status_code == 200
    body = r.content.decode()
    assert 'name="m-0-name"' in body and 'name="m-1-name"' not in body
    assert "Add a member" in body


def test_add_a_member_keeps_the_answers_and_adds_an_empty_member(client):
    data = form_data({**FAMILY, "members": FAMILY["members"][:1]})
    data["add"] = "1"
    r = client.post(URL, data, HTTP_ACCEPT_LANGUAGE="en")
    assert r.status_code == 200
    body = r.content.decode()
    assert 'name="m-1-name"' in body
    assert 'value="父"' in body and 'value="1986-06-12"' in body
    assert "There is a problem" not in body


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_family_plan_is_the_clis(client, lang):
    r = client.post(URL, form_data(FAMILY), HTTP_ACCEPT_LANGUAGE=lang)
    assert r.status_code == 200, r.content.decode()[:3000]
    body = html.unescape(r.content.decode())
    expected = household_plan_from_json(FAMILY, today=dt.date(2026, 3, 2), lang=lang)
    assert expected["recommended_reason"] in body
    for m in expected["members"]:
        assert m["card_expires_on"] in body
    for d in expected["shared_documents"]:
        assert d["label"] in body


def test_a_child_without_representative_is_an_error_on_that_member(client):
    family = json.loads(json.dumps(FAMILY))
    del family["members"][2]["representative"]
    r = client.post(URL, form_data(family), HTTP_ACCEPT_LANGUAGE="en")
    assert r.status_code == 400
    body = html.unescape(r.content.decode())
    assert 'id="id_m-2-representative_error"' in body
    assert "長女 (age 8) is under 15" in body


def test_a_representative_who_is_a_child_is_an_error_on_that_member(client):
    family = json.loads(json.dumps(FAMILY))
    family["members"][3]["representative"] = "長女"
    r = client.post(URL, form_data(family), HTTP_ACCEPT_LANGUAGE="en")
    assert r.status_code == 400
    assert 'id="id_m-3-representative_error"' in r.content.decode()
