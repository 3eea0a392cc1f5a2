"""The planner page over HTTP: the print button needs JavaScript, and the estimate is the
tracker's (learned durations passed to the planner)."""

from __future__ import annotations

import re

import pytest

from kokugai.rules import planner
from kokugai.tracking import selectors

pytestmark = pytest.mark.django_db

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
    assert "b.hidden = false" in body  # the script that reveals it


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
