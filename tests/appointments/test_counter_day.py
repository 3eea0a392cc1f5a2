"""Issue 15 §6, the counter's day: names through an audited reveal, check-in feedback."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from kokugai.appointments import services
from kokugai.appointments.access import day_names_reveal
from kokugai.appointments.models import Booking
from kokugai.core.errors import ApplicationError
from kokugai.core.models import AuditEntry, User
from kokugai.registry.models import StaffProfile

from .conftest import ARRIVED, at_jst, slot_at

pytestmark = pytest.mark.django_db
FRIDAY = dt.date(2026, 1, 16)


@pytest.fixture(autouse=True)
def _arrived():
    with time_machine.travel(ARRIVED, tick=False):
        yield


@pytest.fixture
def clerk(sumida):
    user = User.objects.create_user(username="sumida-clerk", password="x-Unused-123")
    StaffProfile.objects.create(user=user, office=sumida, role="clerk")
    return user


def _day_url(service, day="2026-01-16"):
    return f"/appointments/staff/counter/{service.counter_id}/{day}/"


def test_names_are_hidden_until_revealed_and_the_reveal_is_audited(
    client, clerk, service, make_case
):
    booking = services.appointment_book(case=make_case(), slot=slot_at(service, at_jst(FRIDAY, 10)))
    client.force_login(clerk)
    html = client.get(_day_url(service)).content.decode()
    assert booking.case.receipt_number in html
    assert "国外 太郎" not in html  # receipt numbers only
    assert 'value="reveal_names"' in html
    assert not AuditEntry.objects.filter(action="appointment.reveal_names").exists()

    response = client.post(_day_url(service), {"action": "reveal_names"})
    assert response.status_code == 200  # shown in this response, not after a redirect
    html = response.content.decode()
    assert "国外 太郎（コクガイ タロウ）" in html
    assert 'id="names-shown"' in html
    assert "no-store" in response["Cache-Control"]
    row = AuditEntry.objects.get(action="appointment.reveal_names")
    assert row.actor == clerk and row.office_code == "131075"
    assert row.detail == {"bookings": [booking.pk], "cases": [booking.case_id]}
    # The next plain view hides them again.
    assert "国外 太郎" not in client.get(_day_url(service)).content.decode()


def test_another_offices_staff_cannot_reveal_names(client, service, make_case, hachinohe):
    booking = services.appointment_book(case=make_case(), slot=slot_at(service, at_jst(FRIDAY, 10)))
    outsider = User.objects.create_user(username="hachinohe-clerk", password="x-Unused-123")
    StaffProfile.objects.create(user=outsider, office=hachinohe, role="clerk")
    client.force_login(outsider)
    response = client.post(_day_url(service), {"action": "reveal_names"})
    assert response.status_code == 404 and "国外" not in response.content.decode()
    # The service refuses too, whoever calls it.
    with pytest.raises(ApplicationError) as exc:
        day_names_reveal(actor=outsider, counter=service.counter, bookings=[booking])
    assert exc.value.code == "office_not_allowed"
    assert not AuditEntry.objects.filter(action="appointment.reveal_names").exists()


@pytest.mark.parametrize("role", ["reviewer", "admin"])
def test_only_the_counters_clerks_may_reveal_names(service, make_case, sumida, role):
    """Staff of the same office in another role (a reviewer, the office admin) do not call
    applicants at the counter: the service refuses them as it refuses check-in."""
    booking = services.appointment_book(case=make_case(), slot=slot_at(service, at_jst(FRIDAY, 10)))
    other = User.objects.create_user(username=f"sumida-{role}", password="x-Unused-123")
    StaffProfile.objects.create(user=other, office=sumida, role=role)
    with pytest.raises(ApplicationError) as exc:
        day_names_reveal(actor=other, counter=service.counter, bookings=[booking])
    assert exc.value.code == "role_not_allowed"
    assert not AuditEntry.objects.filter(action="appointment.reveal_names").exists()


def test_check_in_says_so_without_javascript(client, clerk, service, make_case):
    booking = services.appointment_book(case=make_case(), slot=slot_at(service, at_jst(FRIDAY, 10)))
    with time_machine.travel(at_jst(FRIDAY, 9, 55), tick=False):
        client.force_login(clerk)
        response = client.post(
            _day_url(service), {"action": "check_in", "booking": booking.pk}, follow=True
        )
    html = response.content.decode()
    assert "k-notice--success" in html and booking.case.receipt_number in html
    assert 'data-status="checked_in"' in html
    assert Booking.objects.get(pk=booking.pk).status == "checked_in"


def test_check_in_with_htmx_swaps_the_row_and_announces_it(client, clerk, service, make_case):
    booking = services.appointment_book(case=make_case(), slot=slot_at(service, at_jst(FRIDAY, 10)))
    with time_machine.travel(at_jst(FRIDAY, 9, 55), tick=False):
        client.force_login(clerk)
        page = client.get(_day_url(service)).content.decode()
        assert f'hx-target="#booking-{booking.pk}"' in page
        response = client.post(
            _day_url(service),
            {"action": "check_in", "booking": booking.pk},
            headers={"HX-Request": "true"},
        )
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith(f'<tr id="booking-{booking.pk}">')
    assert 'data-status="checked_in"' in html
    assert 'id="k-live" hx-swap-oob="innerHTML"' in html and "k-notice--success" in html
    assert Booking.objects.get(pk=booking.pk).status == "checked_in"
