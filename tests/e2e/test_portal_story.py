"""The citizen's whole story in a real browser: plan, pre-register, intake from the
pre-registration at the counter, status at each stage, the correction reply, booking the
pickup, pickup — in Japanese, then the tracker and planner again in English. Every page
visited is checked with axe-core; the main pages are saved to docs/screenshots/."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core import mail
from django.urls import path

from factories import OfficeFactory, StaffFactory
from kokugai.appointments import services as appointment_services
from kokugai.appointments.models import Booking
from kokugai.cases import services
from kokugai.cases.models import Case
from kokugai.core import clock
from kokugai.notifications.delivery import deliver_pending
from kokugai.registry.models import OpeningHours, StaffRole
from kokugai.tracking import selectors
from kokugai.urls import urlpatterns as site
from kokugai.web.console.prereg import prereg_load

# The console mounts the pre-registration loader itself once its urls.py has the line;
# until then this test mounts it at the same address.
urlpatterns = [path("console/prereg/", prereg_load, name="prereg_load"), *site]

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "kokugai-test-pass"
# The shared helpers of tests/e2e/conftest.py, handed over by its fixtures (see _helpers).
axe_check = screenshot = set_language = console_login = None


@pytest.fixture(autouse=True)
def _helpers(axe_check, screenshot, set_language, console_login):  # noqa: F811
    g = globals()
    g.update(
        axe_check=axe_check,
        screenshot=screenshot,
        set_language=set_language,
        console_login=console_login,
    )


@pytest.fixture
def world(settings):
    settings.ROOT_URLCONF = __name__
    from django.urls import clear_url_caches

    clear_url_caches()
    selectors.learned_reset()
    sumida = OfficeFactory(code="131075", name_ja="東京都墨田区", name_en="Sumida City")
    hachinohe = OfficeFactory(code="022039", name_ja="青森県八戸市", name_en="Hachinohe City")
    production = OfficeFactory(production=True)
    for weekday in range(5):
        OpeningHours.objects.create(
            office=sumida, weekday=weekday, opens=dt.time(8, 30), closes=dt.time(17, 15)
        )
    clerk = StaffFactory(office=sumida, role=StaffRole.CLERK).user
    clerk.set_password(PASSWORD)
    clerk.save(update_fields=["password"])
    return {
        "sumida": sumida,
        "clerk": clerk,
        "reviewer": StaffFactory(office=hachinohe, role=StaffRole.REVIEWER).user,
        "producer": StaffFactory(office=production, role=StaffRole.PRODUCER).user,
        "production": production,
    }


def _visit(page, url: str, label: str) -> None:
    page.goto(url)
    page.wait_for_load_state()
    axe_check(page, label)


def _plan(page, base: str, lang: str) -> None:
    _visit(page, f"{base}/plan/", f"plan form ({lang})")
    page.fill("#id_birth_date", "1990-04-01")
    page.fill("#id_left_japan_on", "2022-04-01")
    page.fill("#id_honseki", "022039")
    page.select_option("#id_country", "TW")
    page.fill("#id_city", "Taipei")
    page.select_option("#id_card", "returned")
    page.click("form.k-form button[type=submit]")
    page.wait_for_selector("#routes")
    axe_check(page, f"plan result ({lang})")
    assert page.locator("#routes tbody tr").count() >= 3
    assert page.locator("[data-k-print]").count() == 1
    screenshot(page, f"portal-plan-{lang}")


def _track(page, base: str, reference: str, lang: str, label: str, departure: str = "") -> str:
    _visit(page, f"{base}/track/", f"tracker form ({lang})")
    page.fill("#id_reference", reference)
    page.fill("#id_birth_date", "1990-04-01")
    if departure:
        page.fill("#id_departure_date", departure)
    page.click("form.k-form button[type=submit]")
    page.wait_for_selector("#status")
    axe_check(page, f"tracker {label} ({lang})")
    return page.locator("#status").inner_text()


def test_plan_to_collected_card(page, live_server, world):
    base = live_server.url
    _visit(page, f"{base}/", "home (ja)")
    screenshot(page, "portal-home-ja")
    _plan(page, base, "ja")

    # Pre-registration at home.
    _visit(page, f"{base}/preregister/", "pre-registration form (ja)")
    page.check("input[name=channel][value=municipality_visit]")
    for field, value in {
        "family_name": "国外",
        "given_name": "太郎",
        "family_name_kana": "コクガイ",
        "given_name_kana": "タロウ",
        "family_name_romaji": "KOKUGAI",
        "given_name_romaji": "TARO",
        "birth_date": "1990-04-01",
        "honseki": "022039",
        "email": "taro@example.com",
        "city": "Taipei",
        "intake_office": "131075",
    }.items():
        page.fill(f"#id_{field}", value)
    page.select_option("#id_sex", "male")
    page.select_option("#id_country", "TW")
    screenshot(page, "portal-preregister-ja")
    page.click("form.k-form button[type=submit]")
    page.wait_for_url(re.compile(r".*/preregister/sent/$"))
    axe_check(page, "pre-registration sent (ja)")
    deliver_pending()  # the verification mail goes through the outbox
    link = re.search(r"https?://\S+(/preregister/verify/\S+/)", mail.outbox[-1].body).group(1)
    _visit(page, f"{base}{link}", "pre-registration code (ja)")
    assert page.locator("svg").count() >= 1
    code = page.locator(".k-prereg-code").inner_text().strip()
    screenshot(page, "portal-preregistration-code-ja")

    # At the counter: the clerk loads it; the intake form is filled, nothing is typed.
    console_login(page, live_server, world["clerk"].username, PASSWORD)
    _visit(page, f"{base}/console/prereg/", "console: load pre-registration")
    page.fill("#id_code", code)
    page.click("form.k-form button[type=submit]")
    page.wait_for_url(re.compile(r".*/console/intake/$"))
    axe_check(page, "console intake from pre-registration")
    assert page.input_value("#id_family_name") == "国外"
    assert page.input_value("#id_honseki") == "022039"
    screenshot(page, "console-intake-from-preregistration")
    page.click("button[name=open_case]")
    page.wait_for_url(re.compile(r".*/console/cases/\d+/$"))
    case = Case.objects.get()
    assert case.person.family_name_romaji == "KOKUGAI"
    page.context.clear_cookies()

    # The case moves on; the citizen follows it.
    receipt = case.receipt_number
    text = _track(page, base, receipt, "ja", "received")
    assert "受付済" in text
    for entry in case.checklist.filter(required=True):
        services.checklist_check(case=case, code=entry.code, actor=world["clerk"])
    services.case_forward(case=case, actor=world["clerk"])
    services.case_start_review(case=case, actor=world["reviewer"])
    text = _track(page, base, receipt, "ja", "review", departure="2099-01-01")
    assert "本籍地で審査中" in text and "はい" in text
    screenshot(page, "portal-tracker-review-ja")
    services.case_request_correction(
        case=case, actor=world["reviewer"], text="ローマ字氏名の綴りをご確認ください。"
    )
    text = _track(page, base, receipt, "ja", "action needed")
    assert "回答が必要です" in text
    page.click("#status a.k-button")
    page.wait_for_selector("textarea")
    axe_check(page, "correction reply (ja)")
    page.fill("textarea", "KOKUGAI で正しいです。")
    page.click("form.k-form button[type=submit]")
    page.wait_for_url(re.compile(r".*/reply/done/$"))
    axe_check(page, "reply sent (ja)")
    case.refresh_from_db()
    assert case.state == "under_review"

    services.case_accept(case=case, actor=world["reviewer"])
    services.case_order(case=case, actor=world["reviewer"], production_office=world["production"])
    case.refresh_from_db()
    text = _track(page, base, case.application_id, "ja", "production")
    assert "カード製造中" in text
    services.case_ship(case=case, actor=world["producer"])
    text = _track(page, base, receipt, "ja", "shipping")
    assert "輸送中" in text
    services.case_receive(case=case, actor=world["clerk"])
    appointment_services.service_ensure_pickup(office=world["sumida"])
    text = _track(page, base, receipt, "ja", "ready")
    assert "受取可能" in text
    screenshot(page, "portal-tracker-ready-ja")

    # Booking the pickup: the tracker's link leads to the appointments page.
    page.click("#status a[href*='/book/']")
    page.wait_for_load_state()
    axe_check(page, "booking (ja)")
    screenshot(page, "portal-booking-ja")
    page.locator("input[name=slot]").first.check()
    page.click("form.k-form:has(input[name=slot]) button[type=submit]")
    page.wait_for_url(re.compile(r".*/appointments/manage/.+/$"))
    axe_check(page, "booking confirmed (ja)")
    assert Booking.objects.filter(case=case).exists()

    with clock.frozen(clock.now() + dt.timedelta(minutes=5)):
        services.case_hand_over(
            case=case, actor=world["clerk"], identity_checked=True, identity_documents=["passport"]
        )
    text = _track(page, base, receipt, "ja", "collected")
    assert "受取済" in text

    # The same in English.
    set_language(page, "en")
    text = _track(page, base, receipt, "en", "collected")
    assert "Collected" in text
    screenshot(page, "portal-tracker-collected-en")
    _plan(page, base, "en")
    _visit(page, f"{base}/preregister/", "pre-registration form (en)")
    screenshot(page, "portal-preregister-en")


def test_tracker_on_a_phone_in_english(phone_page, live_server, world):
    page = phone_page
    _visit(page, f"{live_server.url}/track/", "tracker on a phone")
    set_language(page, "en")
    page.fill("#id_reference", "R2025-000123-4")
    page.fill("#id_birth_date", "1990-04-01")
    page.click("form.k-form button[type=submit]")
    page.wait_for_load_state()
    axe_check(page, "tracker error (en, phone)")
    assert page.locator(".k-field-error").count() >= 1
    screenshot(page, "portal-tracker-phone-en", full_page=False)
