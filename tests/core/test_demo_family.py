"""`kokugai demo --family --json` replays the family story: one pre-registration, four
cases linked as a household, one pickup booked only once the last card arrived, four
hand-overs; a replay on the same database works again."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command

from kokugai.appointments.models import Booking
from kokugai.cases.households import Household
from kokugai.core.audit import AuditEntry
from kokugai.notifications.models import Notification
from kokugai.rules.checkdigits import validate_receipt_number


def _demo() -> dict:
    out = io.StringIO()
    call_command("demo", "--family", "--json", stdout=out)
    return json.loads(out.getvalue())


@pytest.mark.django_db
def test_family_demo_json():
    report = _demo()
    h = Household.objects.get(reference=report["reference"])
    assert report["household"]["reference"] == h.reference
    assert report["household"]["representative"] == "花子"
    cases = report["cases"]
    assert [c["member"] for c in cases] == ["太郎", "花子", "さくら", "蓮"]
    for c in cases:
        validate_receipt_number(c["receipt_number"])
        assert c["state"] == "issued"
        assert c["events"][0] == "open" and c["events"][-1] == "hand_over"
    assert [c["represented_by"] for c in cases] == [None, None, "花子", "花子"]
    steps = {s["step"]: s for s in report["steps"]}
    assert steps["family_tries_to_book"]["refused"] == "household_not_all_arrived"
    assert steps["counter_opens_the_family"]["shared_checked_on"] == 2
    assert len(steps["family_books_one_pickup"]["bookings"]) == 4
    # ONE reminder (and one confirmation, one booking link) naming the four, to 花子 alone.
    assert steps["remind_the_representative"]["reminders"] == 1
    for template in (
        "household_arrived",
        "household_appointment_confirmed",
        "household_appointment_reminder",
    ):
        mail = Notification.objects.get(template=template)
        assert mail.to.startswith("hanako.kokugai+family")
        assert len(mail.context["members"].splitlines()) == 4
    # Booked only after the last arrival; every mail went to the representative.
    assert Booking.objects.filter(case__household_member__household=h).count() == 4
    to = set(
        Notification.objects.filter(case__household_member__household=h).values_list(
            "to", flat=True
        )
    )
    assert len(to) == 1 and next(iter(to)).startswith("hanako.kokugai+family")
    # Each member's hand-over is its own audited transition, by the counter's clerk.
    ids = [str(c.case_id) for c in h.members.all()]
    hand_overs = [
        e
        for e in AuditEntry.objects.filter(action="case.transition", object_id__in=ids)
        if e.detail.get("transition") == "hand_over"
    ]
    assert len(hand_overs) == 4 and {e.actor_label for e in hand_overs} == {"sumida-clerk"}
    # A replay on the same database gives a new household.
    again = _demo()
    assert again["reference"] != report["reference"]
    assert all(c["state"] == "issued" for c in again["cases"])
