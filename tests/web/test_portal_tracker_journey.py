"""Issue 16 §11 and §12: the tracker uses the departure date the case holds, says the verdict
in plain words, gives no "book before you leave" advice once booked, heads the page with the
reference typed, dates each past step, shows the holding office's contact details; and the
task list, reached from a tracker result only."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from kokugai.appointments import services as appointments
from kokugai.appointments.models import ServiceType, Slot
from kokugai.core import clock
from kokugai.core.audit import AuditEntry
from kokugai.registry import services as registry_services
from kokugai.tracking import selectors
from kokugai.tracking.services import links_token
from kokugai.tracking.tasklist import tasks_token
from tracking.story import BIRTH, SeedStory, at

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_learning():
    selectors.learned_reset()


def _story_until(last: str, **apply_kwargs):
    story = SeedStory()
    story.apply(**apply_kwargs)
    for step in SeedStory.STEPS[1 : SeedStory.STEPS.index(last) + 1]:
        getattr(story, step)()
    return story, story.case


def _track(client, reference, lang="ja", **extra):
    data = {"reference": reference, "birth_date": BIRTH.isoformat(), **extra}
    r = client.post("/track/", data, HTTP_ACCEPT_LANGUAGE=lang)
    assert r.status_code == 200, r.content.decode()[:2000]
    return r.content.decode()


def test_the_departure_date_of_the_case_is_used_and_the_verdict_is_in_plain_words(client):
    # Applied on 10-28 leaving on 11-09: the card cannot be ready in 12 days.
    _story, case = _story_until("forward")
    with clock.frozen(at(2025, 10, 30)):
        ja = _track(client, case.receipt_number, "ja")
        en = _track(client, case.receipt_number, "en")
    assert 'data-verdict="no"' in ja
    assert "間に合わない見込みです" in ja and 'id="departure-source"' in ja
    assert "Likely not ready before you leave" in en
    # A date typed on the tracker still wins over the case's.
    with clock.frozen(at(2025, 10, 30)):
        later = _track(client, case.receipt_number, "en", departure_date="2099-01-01")
    assert 'data-verdict="yes"' in later and "Likely ready before you leave" in later
    assert 'id="departure-source"' not in later


def test_without_a_departure_date_there_is_no_verdict(client):
    _story, case = _story_until("forward", departure=None)
    with clock.frozen(at(2025, 10, 30)):
        page = _track(client, case.receipt_number, "en")
    assert 'id="departure-verdict"' not in page


def test_the_heading_carries_the_reference_the_person_typed(client):
    _story, case = _story_until("order")
    assert case.application_id
    with clock.frozen(at(2025, 11, 16)):
        by_receipt = _track(client, case.receipt_number, "en")
        by_id = _track(client, case.application_id, "en")
    heading = re.compile(r'<h2 id="status-heading">.*?</h2>', re.S)
    assert case.receipt_number in heading.search(by_receipt).group(0)
    assert case.application_id not in heading.search(by_receipt).group(0)
    assert case.application_id in heading.search(by_id).group(0)


def test_each_past_step_carries_its_date(client):
    _story, case = _story_until("order")
    with clock.frozen(at(2025, 11, 16)):
        ja = _track(client, case.receipt_number, "ja")
        en = _track(client, case.receipt_number, "en")
    steps = re.search(r'<ol class="k-steps".*?</ol>', en, re.S).group(0)
    # received 10-28, review from 10-29 (forwarded), production from 11-13 (accepted).
    for iso in ("2025-10-28", "2025-10-29", "2025-11-13"):
        assert f'datetime="{iso}"' in steps, iso
    assert "28 October 2025" in steps
    assert "2025年10月28日" in re.search(r'<ol class="k-steps".*?</ol>', ja, re.S).group(0)
    # Steps still ahead have no date.
    todo = re.findall(r"<li>○ [^<]*(<span[^>]*k-step__date)?", steps)
    assert todo and not any(todo)


def test_the_holding_office_is_shown_with_its_contact_details(client):
    story, case = _story_until("forward")
    registry_services.demo_office_contacts_ensure()  # 八戸市 holds it: demo data, marked
    with clock.frozen(at(2025, 10, 30)):
        ja = _track(client, case.receipt_number, "ja")
        en = _track(client, case.receipt_number, "en")
    block = re.search(r'<section aria-labelledby="holder-heading".*?</section>', ja, re.S).group(0)
    assert "0178-00-0203" in block and "八戸市内丸" in block and "8:15" in block
    assert "デモ用の架空の連絡先" in block  # never presented as the real office's
    block_en = re.search(r'<section aria-labelledby="holder-heading".*?</section>', en, re.S)
    assert "Uchimaru, Hachinohe" in block_en.group(0) and "Demo data" in block_en.group(0)


def _book(case):
    service = ServiceType.objects.get(office=case.pickup_office, code="overseas_card_pickup")
    day = dt.date(2025, 12, 10)
    appointments.slots_materialise(service=service, start=day, end=day)
    slot = Slot.objects.filter(service=service).order_by("starts_at").first()
    return appointments.appointment_book(case=case, slot=slot, applicant_timezone="Asia/Taipei")


def test_no_book_before_you_leave_advice_once_a_booking_exists(client):
    _story, case = _story_until("receive")
    with clock.frozen(at(2025, 12, 6)):
        before = _track(client, case.receipt_number, "en", departure_date="2025-12-20")
    assert "Book a pickup visit before you leave." in before
    with clock.frozen(at(2025, 12, 6)):
        _book(case)
        after = _track(client, case.receipt_number, "en", departure_date="2025-12-20")
    assert 'id="appointment"' in after
    assert "Book a pickup visit before you leave." not in after
    assert "before you leave" in after  # the verdict itself stays


# --- the task list (§12) -----------------------------------------------------------------


def _tasks_form(page: str) -> dict[str, str]:
    form = re.search(r'<form method="post" action="/track/tasks/".*?</form>', page, re.S).group(0)
    return dict(re.findall(r'name="(tasks_token|reference)" value="([^"]*)"', form))


def _states(page: str) -> dict[str, str]:
    return dict(re.findall(r'id="task-(\w+)" data-state="(\w+)"', page))


def test_task_list_from_the_tracker_through_the_story(client):
    story = SeedStory()
    story.apply()
    expected = {
        "forward": ("in_progress", "not_started", "not_started"),
        "request_correction": ("in_progress", "not_started", "not_started"),
        "receive": ("done", "not_started", "not_started"),
        "hand_over": ("done", "done", "done"),
    }
    when = {
        "forward": at(2025, 10, 30),
        "request_correction": at(2025, 11, 11, 12),
        "receive": at(2025, 12, 6),
        "hand_over": at(2026, 1, 17),
    }
    for step in SeedStory.STEPS[1:]:
        case = getattr(story, step)()
        if step not in expected:
            continue
        with clock.frozen(when[step]):
            page = _track(client, case.receipt_number, "ja")
            form = _tasks_form(page)
            r = client.post("/track/tasks/", form, HTTP_ACCEPT_LANGUAGE="ja")
        assert r.status_code == 200 and r["Cache-Control"] == "no-store"
        body = r.content.decode()
        states = _states(body)
        assert list(states) == ["plan", "prereg", "apply", "card", "book", "collect"]
        assert states["apply"] == "done"
        assert (states["card"], states["book"], states["collect"]) == expected[step], step
        assert case.receipt_number in body  # the reference typed, as on the tracker
        for word in ("完了", "未着手", "不要"):
            assert word in body or step == "hand_over"
        assert 'id="next-action"' in body
        if step == "request_correction":
            assert "回答してください" in body
    en = client.post("/track/tasks/", form, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Completed" in en and "Not needed" in en and "Everything is done." in en


def test_task_list_when_the_card_is_ready_says_book_then_shows_the_booking(client):
    _story, case = _story_until("receive")
    with clock.frozen(at(2025, 12, 6)):
        form = _tasks_form(_track(client, case.receipt_number, "en"))
        body = client.post("/track/tasks/", form, HTTP_ACCEPT_LANGUAGE="en").content.decode()
        assert _states(body)["book"] == "not_started"
        assert 'id="task-book" data-state="not_started" aria-current="step"' in body
        _book(case)
        body = client.post("/track/tasks/", form, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert _states(body)["book"] == "done" and "Booked:" in body
    assert 'id="task-collect" data-state="not_started" aria-current="step"' in body


def test_task_list_cannot_be_opened_without_a_tracker_lookup(client, monkeypatch):
    _story, case = _story_until("forward")
    assert client.get("/track/tasks/").status_code == 405  # never by a link
    refused = client.post("/track/tasks/", {"tasks_token": "1:forged:token"})
    assert refused.status_code == 404 and case.receipt_number not in refused.content.decode()
    # The "send my links" token is not a task-list token (salts differ).
    other = client.post("/track/tasks/", {"tasks_token": links_token(case)})
    assert other.status_code == 404
    assert AuditEntry.objects.filter(action="link.refused", object_id="tracker_tasks").count() == 2
    # Expired after 15 minutes (the signature's own clock).
    import time

    from django.core import signing

    token = tasks_token(case)
    assert client.post("/track/tasks/", {"tasks_token": token}).status_code == 200
    later = time.time() + 16 * 60
    monkeypatch.setattr(signing.time, "time", lambda: later)
    assert client.post("/track/tasks/", {"tasks_token": token}).status_code == 410


def test_a_crafted_reference_is_never_echoed(client):
    _story, case = _story_until("forward")
    with clock.frozen(at(2025, 10, 30)):
        form = _tasks_form(_track(client, case.receipt_number, "en"))
        form["reference"] = "CALL 0120-FAKE-NUMBER"
        body = client.post("/track/tasks/", form).content.decode()
    assert "FAKE" not in body and case.receipt_number in body


def test_task_list_shows_nothing_personal(client):
    _story, case = _story_until("forward")
    with clock.frozen(at(2025, 10, 30)):
        form = _tasks_form(_track(client, case.receipt_number, "ja"))
        body = client.post("/track/tasks/", form).content.decode()
    for private in ("太郎", "タロウ", "taro@", "1990-04-01"):
        assert private not in body, private
