"""The planner page over HTTP: the print button needs JavaScript, and the estimate is the
tracker's (learned durations passed to the planner)."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pytest
import time_machine

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
    real = planner.plan_from_json

    def plan_from_json(data, *, today, overrides=None, lang="ja", learned=None):
        seen["learned"] = learned
        # Only the wiring is checked here; the planner's use of it is the rules' test.
        return real(data, today=today, overrides=overrides, lang=lang)

    monkeypatch.setattr(planner, "plan_from_json", plan_from_json)
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
    table = body.split('id="routes"')[1].split("</table>")[0]
    rows = re.findall(r"<tr>(.*?)</tr>", table.split("<tbody>")[1], re.S)
    return [
        [
            re.sub(r"<[^>]+>", "", c).strip()
            for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", r, re.S)
        ]
        for r in rows
    ]


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
