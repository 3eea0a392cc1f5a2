"""The booking and manage pages show personal data: never cached (issue 10.7)."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from kokugai.appointments.access import book_token_make

from .conftest import ARRIVED, at_jst, slot_at

pytestmark = pytest.mark.django_db


def test_booking_and_manage_pages_are_no_store(client, service, make_case):
    with time_machine.travel(ARRIVED, tick=False):
        case = make_case()
        book = client.get(f"/appointments/book/{book_token_make(case)}/")
        assert book.status_code == 200 and case.receipt_number in book.content.decode()
        slot = slot_at(service, at_jst(dt.date(2026, 1, 16), 10))
        booked = client.post(
            f"/appointments/book/{book_token_make(case)}/", {"action": "book", "slot": slot.pk}
        )
        manage = client.get(booked["Location"])
        ics = client.get(booked["Location"] + "appointment.ics")
    assert manage.status_code == 200 and ics.status_code == 200
    for name, response in {"book": book, "book POST": booked, "manage": manage, "ics": ics}.items():
        assert "no-store" in response.get("Cache-Control", ""), name
