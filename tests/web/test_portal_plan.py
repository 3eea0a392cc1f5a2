"""The planner page over HTTP: the print button needs JavaScript, and the estimate is the
tracker's (learned durations passed to the planner)."""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import re
from pathlib import Path

import pytest
import time_machine
from django.core.management import call_command

import kokugai.web
from kokugai.rules import planner
from kokugai.rules.estimate import ANY_OFFICE
from kokugai.tracking import eta, selectors

pytestmark = pytest.mark.django_db

STATIC = Path(kokugai.web.__file__).parent / "static"
SITUATION = {
    "birth_date": "1990-04-01",
    "nationalities": "JP",
    "resident_in_japan": "false",
    "left_japan_on": "2022-04-01",
    "honseki": "022039",
    "country": "TW",
    "city": "Taipei",
    "card": "returned",
    "wants_certificates": "on",
}


def test_the_print_button_appears_only_with_javascript(client):
    r = client.post("/plan/", SITUATION, HTTP_ACCEPT_LANGUAGE="en")
    assert r.status_code == 200, r.content.decode()[:2000]
    body = r.content.decode()
    button = re.search(r"<button[^>]*data-k-print[^>]*>", body).group(0)
    assert " hidden" in button  # without JavaScript it would do nothing: not shown
    assert "<noscript>" in body and "Print" in body.split("<noscript>")[1]
    # The script that reveals it is a static file (the CSP allows no inline script).
    assert "<script>" not in body and "kokugai/site.js" in body
    assert "b.hidden = false" in (STATIC / "kokugai" / "site.js").read_text()


def test_the_planner_is_given_the_learned_durations(client, monkeypatch):
    learned = {("review", "022039"): object()}
    monkeypatch.setattr(selectors, "learned_durations", lambda **kw: learned)
    seen: dict = {}
    real = planner.plan

    def plan(situation, *, overrides=None, learned=None):
        seen["learned"] = learned
        # Only the wiring is checked here; the planner's use of it is the rules' test.
        return real(situation, overrides=overrides)

    monkeypatch.setattr(planner, "plan", plan)
    r = client.post("/plan/", SITUATION)
    assert r.status_code == 200
    assert seen["learned"] is learned


# 国外 太郎 visits Japan and stays in 墨田区; he holds a Japanese licence.
VISIT = {
    **SITUATION,
    "card": "expired",
    "visit_arrive": "2025-10-20",
    "visit_depart": "2025-11-30",
    "visit_municipality": "131075",
    "licence": "holds",
}


@pytest.fixture
def _frozen():
    with time_machine.travel(dt.datetime(2025, 10, 1, 3, 0, tzinfo=dt.UTC), tick=False):
        yield


@pytest.fixture
def _no_history(monkeypatch):
    # The cache is per process: a plan must not see durations learned in another test.
    monkeypatch.setattr(selectors, "learned_durations", lambda **kw: {})


def _routes(body: str) -> list[list[str]]:
    """Each route card's facts, in route order: title, apply at, collect at, fee, ready
    (its ISO date first), and the departure verdict when there is one."""
    cards = re.findall(
        r'<(?:section|li) class="[^"]*k-route-card[^"]*"[^>]*data-route="(\d+)"(.*?)</dl>',
        body,
        re.S,
    )
    out = []
    for _index, card in sorted(cards, key=lambda c: int(c[0])):
        title = re.sub(r"<[^>]+>", "", re.search(r"<h[34][^>]*>(.*?)</h[34]>", card, re.S)[1])
        facts = dict(re.findall(r'<dd data-fact="(\w+)">(.*?)</dd>', card, re.S))
        row = [title.strip()]
        for key in ("apply", "collect", "fee", "ready", "verdict"):
            if key not in facts:
                continue
            text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", facts[key])).strip()
            if key == "ready":
                text = re.search(r'datetime="([^"]+)"', facts[key])[1] + " " + text
            row.append(text)
        out.append(row)
    return out


@pytest.mark.usefixtures("_frozen", "_no_history")
def test_a_mission_pickup_is_said_to_be_collected_abroad(client):
    r = client.post("/plan/", VISIT, HTTP_ACCEPT_LANGUAGE="en")
    assert r.status_code == 200, r.content.decode()[:2000]
    plan = r.context["plan"]
    rows = _routes(r.content.decode())
    assert len(rows) == len(plan["routes"])
    abroad = [
        (row, route)
        for row, route in zip(rows, plan["routes"], strict=True)
        if route["pickup_at"]["kind"] == "mission"
    ]
    assert abroad, "a visit plan offers a pickup abroad"
    for row, route in abroad:
        assert route["ready_before_departure"] is False
        assert row[-1] == "not before you leave Japan — collected abroad"
    assert "likely not" not in [row[-1] for row, _ in abroad]


@pytest.mark.usefixtures("_frozen", "_no_history")
def test_the_driver_class_reaches_the_plan_and_its_lecture_note_is_shown(client):
    unknown = client.post("/plan/", VISIT, HTTP_ACCEPT_LANGUAGE="en")
    notes = [o["online_lecture_note"] for o in unknown.context["plan"]["licence_options"]]
    shown = [n for n in notes if n]
    assert shown, "with the class unknown the planner says who may take the lecture"
    body = unknown.content.decode()
    for note in shown:
        assert html.escape(note) in body

    r = client.post("/plan/", {**VISIT, "driver_class": "other"}, HTTP_ACCEPT_LANGUAGE="en")
    assert r.context["situation"]["licence"]["driver_class"] == "other"
    options = r.context["plan"]["licence_options"]
    assert not any(o["online_lecture"] for o in options)  # 違反運転者・初回: no online lecture

    r = client.post("/plan/", {**VISIT, "driver_class": "general"}, HTTP_ACCEPT_LANGUAGE="en")
    assert any(o["online_lecture"] for o in r.context["plan"]["licence_options"])


@pytest.mark.usefixtures("_frozen", "_no_history")
def test_no_driver_class_without_a_licence(client):
    r = client.post(
        "/plan/",
        {**VISIT, "licence": "none", "driver_class": "excellent"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert r.status_code == 200
    assert "driver_class" not in r.context["situation"]["licence"]


def test_an_unknown_driver_class_is_a_field_error(client):
    r = client.post("/plan/", {**VISIT, "driver_class": "gold"})
    assert r.status_code == 400
    assert "driver_class" in r.context["form"].errors


def test_the_driver_class_field_is_labelled_in_both_languages(client):
    ja = client.get("/plan/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    en = client.get("/plan/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    for body in (ja, en):
        assert 'name="driver_class"' in body
        assert "運転者区分" in body and "優良" in body


@pytest.mark.usefixtures("_frozen")
def test_a_learned_history_changes_the_ready_date_on_the_page(client, monkeypatch):
    monkeypatch.setattr(selectors, "learned_durations", lambda **kw: {})
    before = client.post("/plan/", SITUATION, HTTP_ACCEPT_LANGUAGE="en")
    ready_before = [r["ready"]["likely"] for r in before.context["plan"]["routes"]]

    # Production learned to take far longer than its prior: 60 business days, every office.
    slow = eta.Learned(median_bd=60.0, low_bd=50.0, high_bd=80.0, n=30)
    monkeypatch.setattr(
        selectors, "learned_durations", lambda **kw: {("production", ANY_OFFICE): slow}
    )
    after = client.post("/plan/", SITUATION, HTTP_ACCEPT_LANGUAGE="en")
    ready_after = [r["ready"]["likely"] for r in after.context["plan"]["routes"]]

    assert all(a > b for a, b in zip(ready_after, ready_before, strict=True))
    body = after.content.decode()
    assert ready_after[0] in _routes(body)[0][4]
    assert ready_after[0] not in _routes(before.content.decode())[0][4]


# --- issue 9: one answer everywhere, conditional questions, no refusal for a blank --------


LAPSED = {**SITUATION, "card": "valid", "left_japan_on": "2025-09-01", "insured_in_japan": "true"}
RENEWAL = {
    **SITUATION,
    "left_japan_on": "2024-09-30",
    "card": "continued_abroad",
    "certificates_expire_on": "2026-06-30",
    "name_changed": "on",
    "pin_forgotten": "on",
    "email_changed": "on",
    "return_to_japan_on": "2027-04-01",
}


@pytest.mark.usefixtures("_frozen")
@pytest.mark.parametrize("form", [LAPSED, RENEWAL], ids=["lapsed", "renewal"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_cli_portal_and_api_give_the_same_plan_with_a_learned_history(
    client, monkeypatch, tmp_path, lang, form
):
    # A history that moves every ready date: a surface that ignored it would differ.
    slow = eta.Learned(median_bd=60.0, low_bd=50.0, high_bd=80.0, n=30)
    monkeypatch.setattr(
        selectors, "learned_durations", lambda **kw: {("production", ANY_OFFICE): slow}
    )
    page = client.post("/plan/", form, HTTP_ACCEPT_LANGUAGE=lang)
    assert page.status_code == 200, page.content.decode()[:2000]
    situation = page.context["situation"]
    api = client.post(
        f"/api/v1/plan?lang={lang}", data=json.dumps(situation), content_type="application/json"
    )
    assert api.status_code == 200, api.content
    path = tmp_path / "situation.json"
    path.write_text(json.dumps(situation), encoding="utf-8")
    out = io.StringIO()
    call_command("plan", str(path), "--json", "--lang", lang, stdout=out)
    cli = json.loads(out.getvalue())
    assert page.context["plan"] == api.json() == cli
    assert cli["routes"] and cli["steps"]
    # And the history was used: production alone is 60 business days now.
    prior = planner.plan_from_json(situation, today=dt.date(2025, 10, 1), lang=lang)
    assert cli["routes"][0]["ready"]["likely"] > prior["routes"][0]["ready"]["likely"]


@pytest.mark.usefixtures("_frozen", "_no_history")
def test_a_resident_leaving_with_a_card_gets_continued_use(client):
    form = {
        **SITUATION,
        "resident_in_japan": "true",
        "left_japan_on": "",
        "planned_departure": "2025-11-15",
        "card": "valid",
        "registered_in_japan": "false",  # a leftover of the hidden "abroad" group
    }
    r = client.post("/plan/", form, HTTP_ACCEPT_LANGUAGE="en")
    assert r.status_code == 200, r.content.decode()[:2000]
    assert "registered_in_japan" not in r.context["situation"]
    plan = r.context["plan"]
    assert plan["procedure"] == "continue_abroad"
    assert plan["steps"][0]["deadline"] == "2025-11-14"
    body = r.content.decode()
    assert 'id="steps"' in body and "国外様式10" in body


@pytest.mark.usefixtures("_frozen", "_no_history")
def test_an_empty_departure_date_never_refuses_a_returned_card(client):
    r = client.post("/plan/", {**SITUATION, "left_japan_on": ""}, HTTP_ACCEPT_LANGUAGE="en")
    assert r.status_code == 200
    plan = r.context["plan"]
    assert plan["eligible"] is True
    assert "never_registered" not in [x["code"] for x in plan["reasons"]]
    assert 'id="recommended-reason"' in r.content.decode()
    assert 'id="pickup"' in r.content.decode()


@pytest.mark.usefixtures("_frozen", "_no_history")
@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"country": "JP"}, "country"),
        (
            {"resident_in_japan": "true", "card": "valid", "planned_departure": "2025-09-01"},
            "planned_departure",
        ),
    ],
)
def test_bad_answers_are_errors_on_their_field(client, change, field):
    r = client.post("/plan/", {**SITUATION, **change}, HTTP_ACCEPT_LANGUAGE="en")
    assert r.status_code == 400
    assert r.context["form"].errors.get(field), r.context["form"].errors


def test_the_form_groups_its_conditional_questions_and_works_without_javascript(client):
    body = client.get("/plan/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    for group, when in (
        ("group-abroad", "resident_in_japan:false"),
        ("group-leaving", "resident_in_japan:true"),
        ("group-card-dates", "card:valid,continued_abroad"),
        ("group-continued", "card:continued_abroad"),
    ):
        tag = re.search(rf'<[^>]*id="{group}"[^>]*>', body).group(0)
        assert f'data-k-when="{when}"' in tag
        assert "hidden" not in tag  # only the script hides, so without it all are asked
    # The script that hides them is the site's own static file (CSP: no inline script).
    assert "kokugai/site.js" in body
    site_js = Path(__file__).resolve().parents[2] / "src/kokugai/web/static/kokugai/site.js"
    assert "data-k-when" in site_js.read_text(encoding="utf-8")


@pytest.mark.usefixtures("_frozen", "_no_history")
def test_a_northern_territories_honseki_code_is_planned_with_nemuro(client):
    r = client.post("/plan/", {**SITUATION, "honseki": "016951"}, HTTP_ACCEPT_LANGUAGE="en")
    assert r.status_code == 200, r.content.decode()[:2000]
    plan = r.context["plan"]
    assert plan["reasons"][0]["code"] == "honseki_northern_territories"
    assert "根室市" in r.content.decode()
