"""`kokugai demo --json` replays the seed's story through the services and ends in `issued`."""

from __future__ import annotations

import datetime as dt
import io
import json
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from kokugai.cases.models import Case
from kokugai.rules.checkdigits import validate_application_id, validate_receipt_number

JST = ZoneInfo("Asia/Tokyo")


def _demo() -> dict:
    out = io.StringIO()
    call_command("demo", "--json", stdout=out)
    return json.loads(out.getvalue())


@pytest.mark.django_db
def test_demo_json_is_the_seed_story_in_order():
    report = _demo()
    case = report["case"]
    assert case["state"] == "issued" and case["procedure"] == "new_issuance"
    validate_receipt_number(case["receipt_number"])
    assert validate_application_id(case["application_id"]).startswith("20251115")

    events = report["events"]
    assert [e["transition"] for e in events] == [
        "open",
        "forward",
        "start_review",
        "request_correction",
        "applicant_replied",
        "accept",
        "order",
        "ship",
        "receive",
        "hand_over",
    ]
    for before, after in zip(events, events[1:], strict=False):
        assert before["to"] == after["from"]
        assert before["at"] < after["at"]
    day = {
        e["transition"]: dt.datetime.fromisoformat(e["at"]).astimezone(JST).date() for e in events
    }
    assert day["open"] == dt.date(2025, 10, 28)
    assert day["accept"] == dt.date(2025, 11, 11)
    assert day["order"] == dt.date(2025, 11, 15)
    assert day["ship"] == dt.date(2025, 11, 21)
    assert day["receive"] == dt.date(2025, 12, 5)
    assert day["hand_over"] == dt.date(2026, 1, 16)
    offices = {e["transition"]: e["office"] for e in events}
    assert offices["open"] == offices["receive"] == offices["hand_over"] == "131075"  # 墨田区
    assert offices["accept"] == offices["request_correction"] == "022039"  # 八戸市
    assert offices["ship"] == "production"

    # The outbox rows of the case, in the story's time: the appointment mails are there too.
    notifications = report["notifications"]
    assert [n["template"] for n in notifications] == [
        "received",
        "forwarded",
        "correction_requested",
        "accepted",
        "application_id_issued",
        "shipped",
        "arrived",
        "appointment_confirmed",
        "appointment_reminder",
        "collected",
    ]
    assert {n["status"] for n in notifications} == {"sent"}
    mailed = {
        n["template"]: dt.datetime.fromisoformat(n["at"]).astimezone(JST).date()
        for n in notifications
    }
    assert mailed["received"] == day["open"]
    assert mailed["arrived"] == day["receive"]
    assert mailed["appointment_confirmed"] == dt.date(2025, 12, 6)  # booked from Taipei
    assert mailed["appointment_reminder"] == dt.date(2026, 1, 15)  # the day before
    assert mailed["collected"] == day["hand_over"]


@pytest.mark.django_db
def test_demo_runs_repeatedly_with_a_new_person_each_time():
    first, second = _demo(), _demo()
    assert first["case"]["receipt_number"] != second["case"]["receipt_number"]
    cases = Case.objects.order_by("pk")
    assert cases.count() == 2 and cases[0].person_id != cases[1].person_id
    old_card = cases[1].person.cards.exclude(pk=cases[1].card_id).get()
    assert old_card.status == "invalidated"  # the old card was exchanged


@pytest.mark.django_db
def test_demo_prints_a_timeline():
    out = io.StringIO()
    call_command("demo", stdout=out)
    text = out.getvalue()
    assert "2025-10-28" in text and "hand_over" in text and "issued" in text
