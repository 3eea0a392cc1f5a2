"""Issue 16 §7 and §8 on the citizen's pages, for the seed's situation, in Japanese and in
English: no ISO date ("2027-01-29") in the visible text (a date is written the way the
language writes it; ``<input>`` values and ``datetime`` attributes are not visible text),
and in English no municipality named by its kanji and code ("青森県八戸市 (022039)").

Pages: the planner's result (with a chosen route's checklist), every pre-registration
question page and the check page, the tracker, the task list and the booking page."""

from __future__ import annotations

import datetime as dt
import html as html_lib
import re

import pytest
from prereg_walk import preselected
from test_portal_prereg_steps import PLAN
from test_portal_tracker_journey import _tasks_form, _track

from kokugai.appointments import services as appointments
from kokugai.appointments.access import book_token_make
from kokugai.appointments.models import ServiceType
from kokugai.core import clock
from kokugai.tracking import selectors
from tracking.story import SeedStory, at

pytestmark = pytest.mark.django_db

ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
CODE_NAME = re.compile(r"[\u4e00-\u9fff]+ \(\d{6}\)")

#: The seed's situation: living in Taipei, 本籍地 八戸市, a visit to 墨田区.
SEED_PLAN = {
    **PLAN,
    "visit_arrive": "2025-10-25",
    "visit_depart": "2025-11-08",
    "visit_municipality": "131075",
}


def visible_text(page: str) -> str:
    """What a reader sees: no tags, so no attribute values (``<input value>``,
    ``datetime``), no scripts or comments."""
    page = re.sub(r"<script\b.*?</script>|<style\b.*?</style>|<!--.*?-->", " ", page, flags=re.S)
    return html_lib.unescape(re.sub(r"<[^>]+>", " ", page))


def assert_clean(page: str, where: str, lang: str) -> None:
    text = visible_text(page)
    found = [text[max(0, m.start() - 60) : m.end() + 20] for m in ISO.finditer(text)]
    assert not found, (where, lang, found)
    if lang == "en":
        named = CODE_NAME.findall(text)
        assert not named, (where, named)


@pytest.fixture(autouse=True)
def _fresh_learning():
    selectors.learned_reset()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_planner_result_and_checklist(client, lang):
    with clock.frozen(at(2025, 10, 20)):
        r = client.post("/plan/", SEED_PLAN, HTTP_ACCEPT_LANGUAGE=lang)
        assert r.status_code == 200 and 'id="recommended"' in r.content.decode()
        assert_clean(r.content.decode(), "plan", lang)
        for i in range(5):
            r = client.post("/plan/", {**SEED_PLAN, "route": str(i)}, HTTP_ACCEPT_LANGUAGE=lang)
            assert 'id="print-checklist"' in r.content.decode()
            assert_clean(r.content.decode(), f"plan, checklist of route {i}", lang)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_preregistration_page_after_the_planner(client, lang):
    answers = {
        "channel": "municipality_visit",
        "family_name": "山田",
        "given_name": "太郎",
        "family_name_kana": "ヤマダ",
        "given_name_kana": "タロウ",
        "family_name_romaji": "YAMADA",
        "given_name_romaji": "TARO",
        "sex": "male",
        "intake_office": "131075",
        "departure_date": "2025-11-08",
        "email": "taro@example.com",
    }
    with clock.frozen(at(2025, 10, 20)):
        client.post("/plan/", SEED_PLAN, HTTP_ACCEPT_LANGUAGE=lang)
        response = client.post("/preregister/", HTTP_ACCEPT_LANGUAGE=lang)
        seen = []
        for _ in range(20):
            url = response["Location"]
            page = client.get(url, HTTP_ACCEPT_LANGUAGE=lang).content.decode()
            assert_clean(page, url, lang)
            seen.append(url)
            if url.endswith("/check/"):
                break
            response = client.post(url, {**preselected(page), **answers}, HTTP_ACCEPT_LANGUAGE=lang)
            assert response.status_code == 302, (url, response.content.decode()[:3000])
    assert any("/q/pickup/" in u for u in seen) and seen[-1].endswith("/check/"), seen


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_tracker_task_list_and_booking(client, lang):
    story = SeedStory()
    story.apply()
    for step in SeedStory.STEPS[1 : SeedStory.STEPS.index("receive") + 1]:
        getattr(story, step)()
    case = story.case
    with clock.frozen(at(2025, 12, 6)):
        page = _track(client, case.receipt_number, lang)
        assert_clean(page, "tracker", lang)
        tasks = client.post("/track/tasks/", _tasks_form(page), HTTP_ACCEPT_LANGUAGE=lang)
        assert tasks.status_code == 200
        assert_clean(tasks.content.decode(), "task list", lang)
        service = ServiceType.objects.get(office=case.pickup_office, code="overseas_card_pickup")
        day = clock.today() + dt.timedelta(days=4)
        appointments.slots_materialise(service=service, start=day, end=day)
        url = f"/appointments/book/{book_token_make(case)}/"
        book = client.get(url, HTTP_ACCEPT_LANGUAGE=lang)
        assert book.status_code == 200, book.content.decode()[:2000]
        assert_clean(book.content.decode(), "booking", lang)
        chosen = client.get(url, {"day": day.isoformat()}, HTTP_ACCEPT_LANGUAGE=lang)
        assert chosen.status_code == 200
        assert_clean(chosen.content.decode(), "booking, a day's times", lang)
