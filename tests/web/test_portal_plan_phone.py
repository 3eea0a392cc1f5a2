"""Issue 16 §10: the planner's result on a phone. The recommended route first, as a card
with its reason; the others as short cards with the same facts (no table, no two routes of
the same name); warnings grouped by what the person must do, same-kind warnings said once;
the assumptions behind a "how we estimate" disclosure; a checklist for the chosen route."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine

from kokugai.tracking import selectors
from kokugai.web.portal.planview import grouped_warnings, route_titles
from web.test_portal_plan import SITUATION, VISIT

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _frozen(monkeypatch):
    monkeypatch.setattr(selectors, "learned_durations", lambda **kw: {})
    with time_machine.travel(dt.datetime(2025, 10, 1, 3, 0, tzinfo=dt.UTC), tick=False):
        yield


def _post(client, data, lang="en"):
    r = client.post("/plan/", data, HTTP_ACCEPT_LANGUAGE=lang)
    assert r.status_code == 200, r.content.decode()[:2000]
    return r, r.content.decode()


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("answers", [SITUATION, VISIT], ids=["abroad", "visit"])
def test_recommended_card_first_then_short_cards_no_table(client, lang, answers):
    r, body = _post(client, answers, lang)
    plan = r.context["plan"]
    result = body[body.index('id="plan"') :]
    assert "<table" not in result
    rec = plan["recommended_route"]
    first_card = re.search(r'class="[^"]*k-route-card[^"]*"[^>]*data-route="(\d+)"', result)
    assert int(first_card.group(1)) == rec
    assert 'id="recommended-reason"' in result.split('id="routes"')[0]
    cards = re.findall(r'class="[^"]*k-route-card[^"]*"[^>]*data-route="(\d+)"', result)
    assert sorted(map(int, cards)) == list(range(len(plan["routes"])))
    # Every card gives the same facts in the same order.
    orders = {
        tuple(re.findall(r'data-fact="(\w+)"', card))
        for card in re.split(r'data-route="\d+"', result)[1:]
    }
    assert len({o[:4] for o in orders}) == 1


def test_no_two_routes_share_a_name(client):
    r, body = _post(client, VISIT)
    titles = [
        t.strip() for t in re.findall(r'<h[34] id="route-\d+-title"[^>]*>(.*?)</h[34]>', body)
    ]
    assert len(titles) == len(r.context["plan"]["routes"]) and len(set(titles)) == len(titles)


def test_route_titles_tell_same_channel_routes_apart():
    def route(apply, pickup):
        return {
            "channel_name": "Apply during a visit",
            "apply_at": {"name": apply},
            "pickup_at": {"name": pickup},
        }

    titles = route_titles([route("Sumida", "Sumida"), route("Sumida", "Taipei")], "en")
    assert titles == [
        "Apply during a visit (Sumida)",
        "Apply during a visit (apply at Sumida, collect at Taipei)",
    ]
    ja = route_titles([route("墨田区", "墨田区"), route("墨田区", "台北")], "ja")
    assert ja[1] == "Apply during a visit（墨田区で申請・台北で受取）"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_warnings_are_grouped_by_what_to_do_and_said_once(client, lang):
    r, body = _post(client, SITUATION, lang)
    plan = r.context["plan"]
    assert len(plan["warnings"]) >= 10
    section = re.search(r'<section aria-labelledby="warnings-heading".*?</section>', body, re.S)[0]
    assert "Warning:" not in section and "注意:" not in section
    groups = re.findall(r'data-group="(\w+)"', section)
    order = ["now", "apply", "collect", "after", "other"]
    assert groups == sorted(groups, key=order.index) and len(groups) >= 3
    items = re.findall(r"<li>", section)
    codes = {w["code"] for w in plan["warnings"]}
    assert len(items) == len(codes) < len(plan["warnings"])  # one line per kind
    kiosk = [w["message"] for w in plan["warnings"] if w["code"] == "konbini_not_for_non_residents"]
    assert len(kiosk) == 4
    merged = (
        "住民票の写し、住民票除票の写し、印鑑登録証明書、課税証明書は"
        if lang == "ja"
        else ("Certificate of residence (住民票), Former-residence record (住民票除票)")
    )
    assert merged in section


def test_a_lone_warning_is_kept_whole():
    w = [{"code": "x", "message": "A thing."}, {"code": "x", "message": "Another."}]
    groups = grouped_warnings(w, "en")
    assert groups[0]["code"] == "other" and groups[0]["items"] == ["A thing. Another."]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_assumptions_are_behind_how_we_estimate(client, lang):
    r, body = _post(client, SITUATION, lang)
    details = re.search(r'<details id="how-we-estimate".*?</details>', body, re.S)[0]
    scale = "倍率" if lang == "ja" else "scale"
    assert scale in details
    outside = body.replace(details, "")
    assert "倍率" not in outside
    for a in r.context["plan"]["assumptions"]:
        assert a["text"] not in outside.replace("&quot;", '"')


def test_the_checklist_is_for_the_chosen_route(client):
    r, body = _post(client, SITUATION)
    plan = r.context["plan"]
    rec = plan["recommended_route"]
    sheet = re.search(r'<section class="k-panel k-print-sheet".*?</section>', body, re.S)[0]
    titles = r.context["view"]["routes"]
    assert titles[rec]["title"] in sheet
    other = next(i for i in range(len(plan["routes"])) if i != rec)
    # "Make my checklist for this route" posts the same answers with the route.
    form = re.search(
        rf'<form method="post" action="/plan/#print-checklist" class="k-route-card__choose">(?:(?!</form>).)*?name="route" value="{other}".*?</form>',
        body,
        re.S,
    )[0]
    data: dict[str, list[str]] = {}
    for name, value in re.findall(r'name="(\w+)" value="([^"]*)"', form):
        data.setdefault(name, []).append(value)
    assert data["honseki"] == ["022039"] and data["route"] == [str(other)]
    r2, body2 = _post(client, data)
    sheet2 = re.search(r'<section class="k-panel k-print-sheet".*?</section>', body2, re.S)[0]
    assert titles[other]["title"] in sheet2
    docs = plan["routes"][other]["documents"]
    assert all(d["label"].replace("'", "&#x27;") in sheet2 for d in docs)


def test_the_print_stylesheet_shows_the_checklist_alone():
    from pathlib import Path

    import kokugai.web

    css = (Path(kokugai.web.__file__).parent / "static/kokugai/site.css").read_text()
    prints = re.findall(r"@media print \{(.*?)\n\}", css, re.S)
    rules = "\n".join(prints)
    hidden = re.search(r"([^{}]*)\{\s*display: none !important;", rules)[1]
    selectors_hidden = {s.strip() for s in hidden.split(",")}
    assert ".k-plan-result > :not(#print-checklist)" in selectors_hidden
    assert "body:has(#print-checklist) .k-header" in selectors_hidden
    assert "body:has(#print-checklist) .k-footer" in selectors_hidden
    assert "#print-checklist .k-actions" in selectors_hidden
