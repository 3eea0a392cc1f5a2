"""Issue 16 points 2, 5 and 6: pre-registration as question pages.

One question per page with conditional pages (offices and departure only where the route
needs them), a check-your-answers page whose change links return to it, the planner's
answers carried over (nothing asked twice), pickup as an explicit choice with the planner's
recommendation preselected and its reason shown, the draft in the session only (no row
before sending), and a language switch that keeps the page and what was typed."""

from __future__ import annotations

import re

import pytest
from prereg_walk import preselected, walk
from test_portal_prereg import FORM

from kokugai.web.models import PreRegistration

pytestmark = pytest.mark.django_db

Q = "/preregister/q/{}/"

PLAN = {
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


def _post(client, slug: str, data: dict, **kw):
    return client.post(Q.format(slug) + kw.pop("query", ""), data, **kw)


def test_each_route_asks_only_what_it_needs(client):
    pages: list[str] = []
    assert walk(client, FORM, pages=pages).status_code == 302
    # By mail to a mission from Taipei: the city tells the office; no visit, no departure.
    assert pages == [
        "route",
        "name",
        "birth-date",
        "sex",
        "honseki",
        "residence",
        "pickup",
        "certificates",
        "contact",
        "check",
    ]
    visit: list[str] = []
    data = {
        **FORM,
        "channel": "municipality_visit",
        "intake_office": "131075",
        "departure_date": "2099-01-10",
        "email": "visit@example.com",
    }
    assert walk(client, data, pages=visit).status_code == 302
    assert "intake" in visit and "departure" in visit
    p = PreRegistration.objects.get(email="visit@example.com")
    assert p.intake_office_code == "131075" and str(p.departure_date) == "2099-01-10"


def test_no_row_before_the_check_page_is_sent(client):
    client.post("/preregister/")
    for slug in ("route", "name", "birth-date", "sex", "honseki", "residence"):
        html = client.get(Q.format(slug)).content.decode()
        r = _post(client, slug, {**preselected(html), **FORM})
        assert r.status_code == 302, (slug, r.content.decode()[:1500])
    assert not PreRegistration.objects.exists()
    # A later question cannot be opened before the earlier ones are answered.
    other = type(client)()
    assert other.get(Q.format("contact"))["Location"] == Q.format("route")


def test_a_forged_draft_is_checked_again_on_the_server(client):
    walk(client, {**FORM, "email": ""})  # stops at the contact page
    session = client.session
    session["prereg_draft"]["raw"]["birth-date"] = {"birth_date": "not a date"}
    session.save()
    r = client.get("/preregister/check/")
    assert r.status_code == 302 and r["Location"] == Q.format("birth-date")
    assert client.post("/preregister/check/").status_code == 302
    assert not PreRegistration.objects.exists()


def test_check_answers_change_link_returns_to_the_check_page(client):
    walk(client, {**FORM, "email": ""})
    _post(client, "contact", {"email": "taro@example.com"})
    html = client.get("/preregister/check/").content.decode()
    assert "国外 太郎" in html and "taro@example.com" in html
    assert f'href="{Q.format("name")}?from=check"' in html
    # The change link opens the question filled in, and goes back to the check page.
    page = client.get(Q.format("name") + "?from=check").content.decode()
    assert 'value="国外"' in page and 'href="/preregister/check/"' in page
    names = {k: v for k, v in FORM.items() if "name" in k}
    r = _post(client, "name", {**names, "given_name": "次郎"}, query="?from=check")
    assert r.status_code == 302 and r["Location"] == "/preregister/check/"
    assert "国外 次郎" in client.get("/preregister/check/").content.decode()


def test_changing_the_route_asks_the_new_questions_then_returns(client):
    walk(client, {**FORM, "email": ""})
    _post(client, "contact", {"email": "taro@example.com"})
    r = _post(client, "route", {"channel": "municipality_visit"}, query="?from=check")
    # The visit needs a municipality and a departure date: asked before the check page.
    assert r["Location"] == Q.format("intake") + "?from=check"
    r = _post(client, "intake", {"intake_office": "131075"}, query="?from=check")
    assert r["Location"] == Q.format("departure") + "?from=check"
    r = _post(client, "departure", {"departure_date": "2001-01-10"}, query="?from=check")
    assert r.status_code == 400  # a departure in the past is not a plan
    r = _post(client, "departure", {"departure_date": "2099-01-10"}, query="?from=check")
    # Taipei, chosen for pickup before, is still offered for this route: back to the check.
    assert r["Location"] == "/preregister/check/"
    html = client.get("/preregister/check/").content.decode()
    assert "2099" in html and "墨田区" in html


def test_the_planner_answers_are_not_asked_again(client):
    r = client.post("/plan/", PLAN)
    assert r.status_code == 200 and 'id="routes"' in r.content.decode()
    start = client.get("/preregister/").content.decode()
    assert 'id="carried"' in start
    pages: list[str] = []
    names = {k: v for k, v in FORM.items() if k not in ("birth_date", "honseki", "country", "city")}
    assert walk(client, {**names, "channel": "honseki_mail"}, pages=pages).status_code == 302
    for carried in ("birth-date", "honseki", "residence", "certificates"):
        assert carried not in pages, pages
    p = PreRegistration.objects.get()
    assert p.honseki_code == "022039" and str(p.birth_date) == "1990-04-01"
    assert p.country == "TW" and p.city == "Taipei"


def test_the_planner_recommendation_is_preselected_as_the_route(client):
    client.post("/plan/", PLAN)
    client.post("/preregister/")
    html = client.get(Q.format("route")).content.decode()
    chosen = re.findall(r'name="channel" value="([^"]+)"[^>]*checked', html)
    assert len(chosen) == 1


def test_mail_to_the_honseki_from_taipei_does_not_collect_at_the_honseki(client):
    """Issue 16.2: the 本籍地 by mail; pickup is asked, Taipei preselected, with the reason."""
    walk(client, {**FORM, "channel": "honseki_mail", "email": ""})
    html = client.get(Q.format("pickup")).content.decode()
    assert 'id="pickup-recommendation"' in html and 'id="pickup-reason"' in html
    checked = re.findall(r'name="pickup" value="([^"]+)"[^>]*checked', html)
    assert checked == ["jtea-tw-taipei"]
    # The 本籍地 is offered, not chosen.
    assert 'value="022039"' in html
    reason = re.search(r'id="pickup-reason">([^<]*)<', html).group(1)
    assert "Taipei" in reason or "台北" in reason
    r = walk(client, {**FORM, "channel": "honseki_mail"})
    assert r.status_code == 302
    p = PreRegistration.objects.get()
    assert p.intake_office_code == "022039"  # the application goes to the 本籍地
    assert p.pickup_office_code == "jtea-tw-taipei"  # the card is collected in Taipei


def test_pickup_needs_an_explicit_answer_and_another_office_needs_its_name(client):
    walk(client, {**FORM, "email": ""})
    r = _post(client, "pickup", {})
    assert r.status_code == 400 and 'href="#id_pickup_0"' in r.content.decode()
    r = _post(client, "pickup", {"pickup": "other", "pickup_other": ""})
    assert r.status_code == 400 and 'id="id_pickup_other_error"' in r.content.decode()
    r = _post(client, "pickup", {"pickup": "other", "pickup_other": "府中"})
    assert r.status_code == 400 and "132063" in r.content.decode()  # which 府中?
    # Text left in the box while a listed office is chosen decides nothing.
    r = _post(client, "pickup", {"pickup": "jtea-tw-taipei", "pickup_other": "府中"})
    assert r.status_code == 302
    r = _post(client, "pickup", {"pickup": "other", "pickup_other": "131075"})
    assert r.status_code == 302
    _post(client, "contact", {"email": "taro@example.com"})
    assert client.post("/preregister/check/").status_code == 302
    assert PreRegistration.objects.get().pickup_office_code == "131075"


def test_the_language_switch_keeps_the_page_and_what_was_typed(client):
    client.post("/preregister/")
    _post(client, "route", {"channel": "mission_mail"})
    typed = {"family_name": "国外", "given_name": "太郎", "family_name_romaji": "Kokugai"}
    r = _post(client, "name", {**typed, "_language": "en"})
    assert r.status_code == 302 and r["Location"] == Q.format("name")
    assert r.cookies["django_language"].value == "en"
    page = client.get(Q.format("name")).content.decode()
    assert '<html lang="en">' in page
    # What was typed is there, and nothing was refused for the fields left empty.
    assert 'value="国外"' in page and 'value="Kokugai"' in page
    assert "k-error-summary" not in page
    # The header's button submits this page's form.
    assert 'form="k-question" name="_language" value="ja"' in page


def test_the_planner_keeps_its_answers_for_change_and_language(client):
    r = client.post("/plan/", {**PLAN, "_language": "en"})
    assert r.status_code == 302 and r["Location"] == "/plan/"
    page = client.get("/plan/").content.decode()
    assert '<html lang="en">' in page and 'value="Taipei"' in page
    client.post("/plan/", PLAN)
    # "Change my answers" returns to the filled form.
    page = client.get("/plan/").content.decode()
    assert 'value="Taipei"' in page and 'value="1990-04-01"' in page


def test_the_confirmation_page_says_what_happens_next(client):
    assert walk(client, FORM).status_code == 302
    html = client.get("/preregister/sent/").content.decode()
    assert 'id="next-steps"' in html and "taro@example.com" in html
    # The draft is gone: the journey starts afresh.
    assert client.post("/preregister/")["Location"] == Q.format("route")


def _visit_plan() -> dict[str, str]:
    """PLAN with a short visit to 墨田区: the visit's routes differ by pickup office only
    (collect in 墨田区, or at the Taipei office), so the channel alone cannot tell them."""
    import datetime as dt

    from kokugai.core import clock

    today = clock.today()
    return {
        **PLAN,
        "visit_arrive": (today + dt.timedelta(days=20)).isoformat(),
        "visit_depart": (today + dt.timedelta(days=27)).isoformat(),
        "visit_municipality": "131075",
    }


def _plan_routes(data: dict[str, str]) -> tuple[list[dict], int]:
    from kokugai.tracking.planning import plan_for
    from kokugai.web.portal.forms import PlanForm

    form = PlanForm(data)
    assert form.is_valid(), form.errors
    plan = plan_for(form.situation(), lang="ja")
    return plan["routes"], plan["recommended_route"]


def _key(r: dict) -> tuple[str, str]:
    return r["channel"], r["pickup_at"]["code"]


@pytest.mark.parametrize("shares_channel", [True, False])
def test_the_route_chosen_for_the_checklist_is_preselected_not_the_recommended_one(
    client, shares_channel
):
    """'Make my checklist for this route' on the planner: pre-registration preselects that
    route (its channel, and its pickup office on the pickup page), not the recommended one."""
    data = _visit_plan()
    routes, best = _plan_routes(data)
    prereg = {"municipality_visit", "mission_counter", "mission_mail", "honseki_mail"}
    if shares_channel:
        # A route whose channel an earlier route has too, with another pickup office: the
        # channel alone would preselect that earlier route's office.
        others = [
            i
            for i, r in enumerate(routes)
            if i != best
            and r["channel"] in prereg
            and any(q["channel"] == r["channel"] and _key(q) != _key(r) for q in routes[:i])
        ]
    else:
        others = [
            i
            for i, r in enumerate(routes)
            if r["channel"] in prereg and r["channel"] != routes[best]["channel"]
        ]
    assert others, [_key(r) for r in routes]  # the situation offers such a route
    i = others[0]
    r = client.post("/plan/", {**data, "route": str(i)})
    assert r.status_code == 200 and 'id="print-checklist"' in r.content.decode()
    client.post("/preregister/")
    html = client.get(Q.format("route")).content.decode()
    assert re.findall(r'name="channel" value="([^"]+)"[^>]*checked', html) == [routes[i]["channel"]]
    # Walk to the pickup page with the preselected answers: the chosen route's office.
    answers = {
        k: v
        for k, v in FORM.items()
        if k not in ("birth_date", "honseki", "country", "city", "channel")
    }
    answers |= {"intake_office": "131075", "departure_date": data["visit_depart"]}
    response = client.post(Q.format("route"), {**preselected(html), **answers})
    for _ in range(15):
        url = response["Location"]
        if "/q/pickup/" in url:
            break
        page = client.get(url).content.decode()
        response = client.post(url, {**preselected(page), **answers})
    page = client.get(Q.format("pickup")).content.decode()
    checked = re.findall(r'name="pickup" value="([^"]+)"[^>]*checked', page)
    assert checked == [routes[i]["pickup_at"]["code"]], (checked, _key(routes[i]))


def test_without_a_chosen_route_the_recommended_one_is_preselected(client):
    data = _visit_plan()
    routes, best = _plan_routes(data)
    client.post("/plan/", data)
    client.post("/preregister/")
    html = client.get(Q.format("route")).content.decode()
    assert re.findall(r'name="channel" value="([^"]+)"[^>]*checked', html) == [
        routes[best]["channel"]
    ]
