"""Issue 15 in real chromium: the counter's day (names on request, check-in answered in
place by htmx) and the checklist's "mark all" without JavaScript (the plain form path)."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
from signin_helpers import pass_second_factor, totp_code_for

from kokugai.appointments import services as appointment_services
from kokugai.appointments.models import Booking, Slot
from kokugai.cases import services
from kokugai.cases.models import Case
from kokugai.core import clock
from kokugai.core.models import AuditEntry
from kokugai.people.services import person_create
from kokugai.registry import services as registry_services
from kokugai.registry.models import Office
from kokugai.rules.codes import Channel, OfficeKind, Procedure

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "kokugai-demo-e2e"
JST = ZoneInfo("Asia/Tokyo")
OFFICES = [
    ("131075", OfficeKind.MUNICIPALITY, "東京都墨田区", "Sumida City Office, Tokyo", "Asia/Tokyo"),
    ("022039", OfficeKind.MUNICIPALITY, "青森県八戸市", "Hachinohe City Office", "Asia/Tokyo"),
    ("production", OfficeKind.PRODUCTION, "J-LIS 製造", "J-LIS production", "Asia/Tokyo"),
    (
        "jtea-tw-taipei",
        OfficeKind.MISSION,
        "日本台湾交流協会台北事務所",
        "JTEA Taipei",
        "Asia/Taipei",
    ),
]


@pytest.fixture
def staff(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    for code, kind, ja, en, tz in OFFICES:
        Office.objects.get_or_create(
            code=code, defaults={"kind": kind.value, "name_ja": ja, "name_en": en, "timezone": tz}
        )
    return registry_services.demo_staff_ensure(password=PASSWORD)


def _case(staff) -> Case:
    person = person_create(
        actor=None,
        family_name="国外",
        given_name="太郎",
        family_name_kana="コクガイ",
        given_name_kana="タロウ",
        birth_date=dt.date(1990, 4, 1),
        sex="male",
        nationalities=["JP"],
        honseki=Office.objects.get(code="022039"),
        email="taro.kokugai@example.com",
        email_verified_at=clock.now(),
        country="TW",
        city="Taipei",
        timezone="Asia/Taipei",
    )
    return services.case_open(
        person=person,
        procedure=Procedure.NEW_ISSUANCE,
        channel=Channel.MUNICIPALITY_VISIT,
        intake_office=Office.objects.get(code="131075"),
        actor=staff["sumida-clerk"],
    )


def _login(page, url: str, username: str) -> None:
    totp_code_for(username)
    page.goto(f"{url}/console/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form.k-login button[type=submit]").click()
    pass_second_factor(page, username)
    assert "/console/login/" not in page.url


def _ready_for_pickup_with_a_booking(staff) -> Booking:
    case = _case(staff)
    services.checklist_check_all(case=case, actor=staff["sumida-clerk"])
    for name, who in (
        ("forward", "sumida-clerk"),
        ("start_review", "hachinohe-reviewer"),
        ("accept", "hachinohe-reviewer"),
        ("order", "production-operator"),
        ("ship", "production-operator"),
        ("receive", "sumida-clerk"),
    ):
        case = services.case_transition(case=case, name=name, actor=staff[who])
    service = appointment_services.service_ensure_pickup(office=case.pickup_office)
    soon = clock.now() + dt.timedelta(days=2)
    for offset in range(2, 16):
        day = (clock.now().astimezone(JST) + dt.timedelta(days=offset)).date()
        appointment_services.slots_materialise(service=service, start=day, end=day)
        slot = (
            Slot.objects.filter(service=service, starts_at__gte=soon).order_by("starts_at").first()
        )
        if slot is not None:
            return appointment_services.appointment_book(
                case=case, slot=slot, actor=staff["sumida-clerk"]
            )
    raise AssertionError("no slot in the next two weeks")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_counter_day_names_on_request_and_check_in_in_place(
    lang, page, live_server, staff, axe_check, set_language
):
    booking = _ready_for_pickup_with_a_booking(staff)
    day = booking.slot.starts_at.astimezone(JST).date().isoformat()
    _login(page, live_server.url, "sumida-clerk")
    set_language(page, lang)
    url = f"{live_server.url}/appointments/staff/counter/{booking.slot.service.counter_id}/{day}/"
    page.goto(url)
    row = page.locator(f"#booking-{booking.pk}")
    assert booking.case.receipt_number in row.inner_text()
    assert "国外 太郎" not in page.content()
    axe_check(page, f"day view ({lang})")

    # "Show names": an audited read, the names in this response only.
    with page.expect_navigation():
        page.locator("#reveal-names button").click()
    assert "国外 太郎（コクガイ タロウ）" in row.inner_text()
    assert page.locator("#names-shown").count() == 1
    assert AuditEntry.objects.filter(action="appointment.reveal_names").count() == 1
    axe_check(page, f"day view with names ({lang})")

    # Check-in: answered in place (htmx swaps the row), the status line says it.
    page.evaluate("window.kokugaiStayed = true")
    row.locator("button[value=check_in]").click()
    page.locator(f"#booking-{booking.pk} [data-status=checked_in]").wait_for()
    assert page.evaluate("window.kokugaiStayed === true")  # no page load
    assert booking.case.receipt_number in page.locator("#k-live .k-notice--success").inner_text()
    assert Booking.objects.get(pk=booking.pk).status == "checked_in"
    axe_check(page, f"day view after check-in ({lang})")


def test_mark_all_without_javascript(browser, live_server, staff):
    case = _case(staff)
    context = browser.new_context(locale="ja-JP", java_script_enabled=False)
    try:
        page = context.new_page()
        _login(page, live_server.url, "sumida-clerk")
        page.goto(f"{live_server.url}/console/cases/{case.pk}/")
        assert page.locator("form[data-action=forward]").count() == 0
        with page.expect_navigation():
            page.locator("#checklist-all").click()
        assert re.search(rf"/console/cases/{case.pk}/(#checklist)?$", page.url)
        assert page.locator(".k-notice--success").count() == 1
        assert page.locator("form[data-action=forward]").count() == 1
        assert page.locator("#checklist-all").count() == 0
        # (No axe here: axe runs as a script, and this context runs none.)
    finally:
        context.close()
