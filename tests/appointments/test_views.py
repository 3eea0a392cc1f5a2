"""The citizen's pages (signed links) and the staff day view, through the full web stack."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from django.core import signing

from kokugai.appointments import services
from kokugai.appointments.access import book_token_make, manage_token_make
from kokugai.appointments.models import Booking, Slot
from kokugai.core.models import User
from kokugai.registry.models import Office, StaffProfile

from .conftest import ARRIVED, at_jst, slot_at

pytestmark = pytest.mark.django_db
FRIDAY = dt.date(2026, 1, 16)


@pytest.fixture(autouse=True)
def _arrived():
    with time_machine.travel(ARRIVED, tick=False):
        yield


def _book_url(case):
    return f"/appointments/book/{book_token_make(case)}/"


def test_booking_page_lists_free_slots_in_both_zones(client, service, make_case):
    case = make_case()
    page = client.get(_book_url(case))
    html = page.content.decode()
    assert page.status_code == 200
    assert "国外転出者向けカード交付" in html and "2F" in html
    # Zones named in words, not "Asia/Taipei".
    assert "台北時間" in html and "日本時間" in html and "Asia/Taipei" not in html
    assert "2025年12月8日(月)" in html  # first open day after the notice, office-local
    assert re.search(r"<h1>[^<]*予約[^<]*</h1>", html)  # Japanese by default
    assert case.receipt_number in html
    # A day first: no times until a day is chosen (a plain link, no JavaScript).
    assert 'name="slot"' not in html and 'href="?day=2025-12-08#pick-time"' in html
    html = client.get(_book_url(case), {"day": "2025-12-08"}).content.decode()
    assert "09:00 (台北時間 08:00)" in html
    assert 'aria-current="date"' in html


def test_english_via_the_language_cookie(client, service, make_case):
    client.cookies["django_language"] = "en"
    html = client.get(_book_url(make_case())).content.decode()
    assert 'lang="en"' in html and "Mon 8 Dec 2025" in html
    assert "Book your card pickup" in html


def test_book_then_manage_then_reschedule_then_cancel(client, service, make_case):
    case = make_case()
    slot = slot_at(service, at_jst(FRIDAY, 10))
    response = client.post(_book_url(case), {"action": "book", "slot": slot.pk})
    assert response.status_code == 302 and "/appointments/manage/" in response["Location"]
    manage = response["Location"]
    html = client.get(manage).content.decode()
    assert "2026-01-16 10:00 JST (09:00 Asia/Taipei)" in html
    # The booking link now leads to the booking, not to a second one.
    assert client.get(_book_url(case))["Location"] == manage

    ics = client.get(manage + "appointment.ics")
    assert ics["Content-Type"].startswith("text/calendar")
    assert b"DTSTART;TZID=Asia/Tokyo:20260116T100000" in ics.content

    later = slot_at(service, at_jst(FRIDAY, 15, 30))
    assert client.post(manage, {"action": "reschedule", "slot": later.pk}).status_code == 302
    assert "2026-01-16 15:30 JST (14:30 Asia/Taipei)" in client.get(manage).content.decode()
    assert Slot.objects.get(pk=slot.pk).booked == 0

    assert client.post(manage, {"action": "cancel"}).status_code == 302
    booking = Booking.objects.get(case=case)
    assert booking.status == "cancelled" and Slot.objects.get(pk=later.pk).booked == 0
    html = client.get(manage).content.decode()
    assert "/appointments/book/" in html  # may book again


def test_refusals_show_their_code_and_change_nothing(client, service, make_case):
    case = make_case()
    full = slot_at(service, at_jst(FRIDAY, 10))
    Slot.objects.filter(pk=full.pk).update(capacity=1, booked=1)
    response = client.post(_book_url(case), {"action": "book", "slot": full.pk})
    assert response.status_code == 409 and "slot_full" in response.content.decode()
    response = client.post(_book_url(case), {"action": "book", "slot": "999999"})
    assert response.status_code == 409 and "slot_closed" in response.content.decode()
    assert Booking.objects.count() == 0


def test_before_arrival_the_page_says_so(client, service, make_case):
    response = client.get(_book_url(make_case(state="shipped")))
    html = response.content.decode()
    assert response.status_code == 409 and "not_ready_for_pickup" in html
    assert "受取の予約はできません" in html  # Japanese by default


def test_tampered_and_expired_links(client, service, make_case):
    case = make_case()
    token = book_token_make(case)
    tampered = token[:-2] + ("A" if token[-2] != "A" else "B") + token[-1]
    response = client.get(f"/appointments/book/{tampered}/")
    assert response.status_code == 404 and "link_invalid" in response.content.decode()
    forged = signing.dumps({"c": case.pk}, salt="kokugai.cases.token.reply", compress=True)
    assert client.get(f"/appointments/book/{forged}/").status_code == 404
    booking = services.appointment_book(case=case, slot=slot_at(service, at_jst(FRIDAY, 10)))
    manage = f"/appointments/manage/{manage_token_make(booking)}/"
    with time_machine.travel(ARRIVED + dt.timedelta(days=181), tick=False):
        response = client.get(f"/appointments/book/{token}/")
        assert response.status_code == 410 and "link_expired" in response.content.decode()
        response = client.post(manage, {"action": "cancel"})
        assert response.status_code == 410 and "link_expired" in response.content.decode()
    assert Booking.objects.get(pk=booking.pk).status == "booked"


def test_the_arrival_mail_link_of_cases_also_opens_the_booking_page(client, service, make_case):
    tokens = pytest.importorskip("kokugai.cases.tokens")
    case = make_case()
    token = tokens.make_token(case.pk, tokens.BOOK)
    assert client.get(f"/appointments/book/{token}/").status_code == 200


def test_waitlist_join_from_the_page(client, service, make_case):
    case = make_case()
    response = client.post(
        _book_url(case), {"action": "waitlist", "earliest": "2026-01-10", "latest": "2026-01-20"}
    )
    assert response.status_code == 302
    from kokugai.appointments.models import WaitlistEntry

    entry = WaitlistEntry.objects.get(case=case)
    assert entry.earliest == dt.date(2026, 1, 10) and entry.latest == dt.date(2026, 1, 20)


# --- staff ------------------------------------------------------------------------------


@pytest.fixture
def clerk_client(client, sumida):
    user = User.objects.create_user(username="sumida-clerk", password="x-Unused-123")
    StaffProfile.objects.create(user=user, office=sumida, role="clerk")
    client.force_login(user)
    return client


def _day_url(service, day="2026-01-16"):
    return f"/appointments/staff/counter/{service.counter_id}/{day}/"


def test_staff_day_view_check_in_and_case_link(clerk_client, service, make_case):
    booking = services.appointment_book(case=make_case(), slot=slot_at(service, at_jst(FRIDAY, 10)))
    url = _day_url(service)
    html = clerk_client.get(url).content.decode()
    assert "2026-01-16 10:00 JST" in html and "2026-01-16 09:00 Asia/Taipei" in html
    assert f"/console/cases/{booking.case_id}/" in html
    with time_machine.travel(at_jst(FRIDAY, 9, 55), tick=False):
        clerk_client.force_login(User.objects.get(username="sumida-clerk"))  # weeks later
        assert (
            clerk_client.post(url, {"action": "check_in", "booking": booking.pk}).status_code == 302
        )
    assert Booking.objects.get(pk=booking.pk).status == "checked_in"
    response = clerk_client.post(url, {"action": "capacity", "service": service.pk, "delta": "1"})
    assert response.status_code == 302
    assert Slot.objects.get(pk=booking.slot_id).capacity == 3
    home = clerk_client.get("/appointments/staff/").content.decode()
    assert re.search(rf"/appointments/staff/counter/{service.counter_id}/\d{{4}}-\d\d-\d\d/", home)
    # The old per-service address leads to the counter's day.
    old = clerk_client.get(f"/appointments/staff/{service.pk}/2026-01-16/")
    assert old.status_code == 302 and old["Location"] == url


def test_staff_pages_are_console_pages(clerk_client, service):
    html = clerk_client.get(_day_url(service)).content.decode()
    # The console's layout: its navigation and sign-out, not the citizen portal's.
    assert 'href="/console/"' in html and "/console/logout/" in html
    home = clerk_client.get("/appointments/staff/").content.decode()
    assert "/console/logout/" in home


def test_the_day_view_is_per_counter_with_every_service_there(clerk_client, service, sumida):
    intake = services.service_ensure_intake(office=sumida, counter=service.counter)
    html = clerk_client.get(_day_url(service)).content.decode()
    assert "国外転出者向けカード交付" in html and intake.name_ja in html
    assert f'href="#service-{intake.pk}"' in html


def test_counter_names_in_the_language_of_the_page(clerk_client, service):
    clerk_client.cookies["django_language"] = "en"
    html = clerk_client.get(_day_url(service)).content.decode()
    assert "My Number card pickup counter" in html and "マイナンバーカード交付窓口" not in html
    home = clerk_client.get("/appointments/staff/").content.decode()
    assert "My Number card pickup counter" in home and "マイナンバーカード交付窓口" not in home
    clerk_client.cookies["django_language"] = "ja"
    assert "マイナンバーカード交付窓口" in clerk_client.get(_day_url(service)).content.decode()


def test_today_is_the_offices_date_not_utcs(clerk_client, service):
    # 2025-12-06 07:30 JST is still 2025-12-05 in UTC.
    with time_machine.travel(at_jst(dt.date(2025, 12, 6), 7, 30), tick=False):
        clerk_client.force_login(User.objects.get(username="sumida-clerk"))
        home = clerk_client.get("/appointments/staff/").content.decode()
    assert f"/appointments/staff/counter/{service.counter_id}/2025-12-06/" in home


def test_staff_set_one_slots_capacity(clerk_client, service, make_case):
    slot = slot_at(service, at_jst(FRIDAY, 10))
    services.appointment_book(case=make_case(), slot=slot)
    html = clerk_client.get(_day_url(service)).content.decode()
    assert f'name="slot" value="{slot.pk}"' in html
    ok = clerk_client.post(
        _day_url(service), {"action": "slot_capacity", "slot": slot.pk, "capacity": "5"}
    )
    assert ok.status_code == 302 and Slot.objects.get(pk=slot.pk).capacity == 5
    refused = clerk_client.post(
        _day_url(service), {"action": "slot_capacity", "slot": slot.pk, "capacity": "0"}
    )
    assert refused.status_code == 409 and b"capacity_below_booked" in refused.content
    assert Slot.objects.get(pk=slot.pk).capacity == 5


def test_staff_of_another_office_see_nothing(client, service, hachinohe):
    user = User.objects.create_user(username="hachinohe-clerk", password="x-Unused-123")
    StaffProfile.objects.create(user=user, office=hachinohe, role="clerk")
    client.force_login(user)
    assert client.get(_day_url(service)).status_code == 404
    assert client.get(f"/appointments/staff/{service.pk}/2026-01-16/").status_code == 404
    slot = slot_at(service, at_jst(FRIDAY, 10))
    refused = client.post(
        _day_url(service), {"action": "slot_capacity", "slot": slot.pk, "capacity": "9"}
    )
    assert refused.status_code == 404 and Slot.objects.get(pk=slot.pk).capacity == 2
    assert client.get("/appointments/staff/").status_code == 200


def test_staff_pages_need_a_login(client, service):
    response = client.get(_day_url(service))
    assert response.status_code == 302 and "login" in response["Location"]
    assert Office.objects.count() >= 1


def test_the_day_view_is_an_audited_read_of_personal_data(clerk_client, service, make_case):
    # Names and receipt numbers on screen: who looked, which day, which bookings.
    from kokugai.core.models import AuditEntry

    booking = services.appointment_book(case=make_case(), slot=slot_at(service, at_jst(FRIDAY, 10)))
    before = AuditEntry.objects.filter(action="appointments.day_read").count()
    html = clerk_client.get(_day_url(service)).content.decode()
    assert booking.case.receipt_number in html
    row = AuditEntry.objects.filter(action="appointments.day_read").order_by("-seq").first()
    assert AuditEntry.objects.filter(action="appointments.day_read").count() == before + 1
    assert row.actor.username == "sumida-clerk"
    assert row.detail == {
        "day": "2026-01-16",
        "bookings": [booking.pk],
        "cases": [booking.case_id],
    }
    assert row.office_code == service.office.code


def test_only_days_before_the_departure_are_offered(client, service, make_case):
    case = make_case()
    all_days = re.findall(
        r'href="\?day=(\d{4}-\d\d-\d\d)', client.get(_book_url(case)).content.decode()
    )
    assert len(all_days) >= 3
    case.departure_date = dt.date.fromisoformat(all_days[2])
    case.save(update_fields=["departure_date"])
    html = client.get(_book_url(case)).content.decode()
    offered = re.findall(r'href="\?day=(\d{4}-\d\d-\d\d)', html)
    assert offered == all_days[:2]  # the departure day itself is too late
    assert "日本を出発する" in html
    # A day after the departure typed into the address shows no times.
    late = client.get(_book_url(case), {"day": all_days[2]}).content.decode()
    assert 'name="slot"' not in late


def test_no_day_before_the_departure_says_so(client, service, make_case):
    case = make_case()
    case.departure_date = dt.date(2025, 12, 1)  # before the first free day
    case.save(update_fields=["departure_date"])
    html = client.get(_book_url(case)).content.decode()
    assert 'href="?day=' not in html
    assert "2025年12月1日(月)" in html and "k-notice--warning" in html


def test_english_zone_names(client, service, make_case):
    client.cookies["django_language"] = "en"
    case = make_case()
    html = client.get(_book_url(case), {"day": "2025-12-08"}).content.decode()
    assert "09:00 (Taipei time 08:00)" in html and "Japan time" in html


def test_manage_page_says_the_time_in_words(client, service, make_case):
    case = make_case()
    slot = slot_at(service, at_jst(FRIDAY, 10))
    manage = client.post(_book_url(case), {"action": "book", "slot": slot.pk})["Location"]
    html = client.get(manage).content.decode()
    assert "2026年1月16日(金)（令和8年） 10:00 (日本時間) / 台北時間 09:00" in html
    client.cookies["django_language"] = "en"
    html = client.get(manage).content.decode()
    assert "16 January 2026 10:00 (Japan time) / Taipei time 09:00" in html
