"""The citizen's whole story in a real browser, once in Japanese and once in English: plan,
pre-register, verify, intake from the pre-registration at the counter (the console's own
route), status at each stage (with the ready-date range and a "No" departure verdict),
the correction reply, booking the pickup, pickup. Every page visited is checked with
axe-core in both languages; the main pages are saved as screenshots (var/screenshots/,
or docs/screenshots/ through bin/screenshots)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core import mail
from prereg_pages import preregister

from factories import OfficeFactory, StaffFactory
from kokugai.appointments import services as appointment_services
from kokugai.appointments.models import Booking
from kokugai.cases import services
from kokugai.cases.models import Case
from kokugai.core import clock
from kokugai.notifications.delivery import deliver_pending
from kokugai.registry.models import OpeningHours, StaffRole
from kokugai.tracking import selectors
from kokugai.web.models import PreRegistration

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "kokugai-test-pass"
# The shared helpers of tests/e2e/conftest.py, handed over by its fixtures (see _helpers).
axe_check = screenshot = set_language = console_login = None

# What each stage and verdict reads as, per language.
WORDS = {
    "ja": {
        "received": "受付済",
        "review": "本籍地で審査中",
        "action": "回答が必要です",
        "production": "カード製造中",
        "shipping": "輸送中",
        "ready": "受取可能",
        "collected": "受取済",
        "yes": "出発までに間に合う見込みです",
        "no": "出発までに間に合わない見込みです",
        "reply": "KOKUGAI で正しいです。",
    },
    "en": {
        "received": "Received",
        "review": "Under review at your 本籍地",
        "action": "Action needed from you",
        "production": "Card in production",
        "shipping": "On its way to the pickup office",
        "ready": "Ready for pickup",
        "collected": "Collected",
        "yes": "Likely ready before you leave",
        "no": "Likely not ready before you leave",
        "reply": "KOKUGAI is correct.",
    },
}


@pytest.fixture(autouse=True)
def _helpers(axe_check, screenshot, set_language, console_login):
    g = globals()
    g.update(
        axe_check=axe_check,
        screenshot=screenshot,
        set_language=set_language,
        console_login=console_login,
    )


@pytest.fixture
def world(settings):
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


def _visit(page, url: str, label: str, lang: str) -> None:
    page.goto(url)
    page.wait_for_load_state()
    # The header's switch, as a citizen presses it (a no-op when already in ``lang``).
    set_language(page, lang)
    assert page.locator("html").get_attribute("lang") == lang
    axe_check(page, f"{label} ({lang})")


def _plan(page, base: str, lang: str) -> None:
    _visit(page, f"{base}/plan/", "plan form", lang)
    page.fill("#id_birth_date", "1990-04-01")
    page.fill("#id_left_japan_on", "2022-04-01")
    page.fill("#id_honseki", "022039")
    page.select_option("#id_country", "TW")
    page.fill("#id_city", "Taipei")
    page.select_option("#id_card", "returned")
    page.click("form.k-form button[type=submit]")
    page.wait_for_selector("#recommended")
    axe_check(page, f"plan result ({lang})")
    assert page.locator(".k-route-card").count() >= 3
    # JavaScript runs here, so the print button is shown.
    assert page.locator("[data-k-print]").is_visible()
    screenshot(page, f"portal-plan-{lang}")


def _track(page, base: str, reference: str, lang: str, label: str, departure: str = "") -> str:
    _visit(page, f"{base}/track/", "tracker form", lang)
    page.fill("#id_reference", reference)
    page.fill("#id_birth_date", "1990-04-01")
    if departure:
        page.fill("#id_departure_date", departure)
    page.click("form.k-form button[type=submit]")
    page.wait_for_selector("#status")
    axe_check(page, f"tracker {label} ({lang})")
    return page.locator("#status").inner_text()


def _mailed_link(page, base: str, lang: str, action: str) -> str:
    """Press "send my link to my email" on the status page; the link as the mail has it."""
    page.click("#links button[type=submit]")
    page.wait_for_selector("#links-sent")
    axe_check(page, f"link sent ({lang})")
    assert "t***@example.com" in page.locator("#links-sent").inner_text()
    deliver_pending()
    body = mail.outbox[-1].body
    url = re.search(r"https?://\S+(/(?:reply|appointments/book)/\S+/)", body).group(1)
    assert ("/reply/" in url) == (action == "reply")
    return f"{base}{url}"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_plan_to_collected_card(page, live_server, world, lang):
    w = WORDS[lang]
    base = live_server.url
    _visit(page, f"{base}/", "home", lang)
    screenshot(page, f"portal-home-{lang}")
    _plan(page, base, lang)

    # Pre-registration at home: question pages, the planner's answers carried over.
    preregister(page, base, lang, axe_check=axe_check, screenshot=screenshot)
    page.wait_for_url(re.compile(r".*/preregister/sent/$"))
    axe_check(page, f"pre-registration sent ({lang})")
    deliver_pending()  # the verification mail goes through the outbox
    link = re.search(r"https?://\S+(/preregister/verify/\S+/)", mail.outbox[-1].body).group(1)
    assert "taro" not in link and "example" not in link
    _visit(page, f"{base}{link}", "pre-registration code", lang)
    assert page.locator("svg").count() >= 1
    code = page.locator(".k-prereg-code").inner_text().strip()
    screenshot(page, f"portal-preregistration-code-{lang}")

    # At the counter: the clerk loads it; the intake form is filled, nothing is typed.
    console_login(page, live_server, world["clerk"].username, PASSWORD)
    for attempt in ("first load", "load again (a refresh loses nothing)"):
        _visit(page, f"{base}/console/prereg/", f"console: load pre-registration, {attempt}", lang)
        page.fill("#id_code", code)
        page.click("form.k-form button[type=submit]")
        page.wait_for_url(re.compile(r".*/console/intake/$"))
        axe_check(page, f"console intake from pre-registration ({lang})")
        assert page.input_value("#id_family_name") == "国外"
        assert page.input_value("#id_honseki") == "022039"
    assert PreRegistration.objects.get().used_at is None  # loading uses nothing up
    if lang == "ja":
        screenshot(page, "console-intake-from-preregistration")
    page.click("button[name=open_case]")
    page.wait_for_url(re.compile(r".*/console/cases/\d+/$"))
    case = Case.objects.get()
    assert case.person.family_name_romaji == "KOKUGAI"
    page.context.clear_cookies()

    # The case moves on; the citizen follows it.
    receipt = case.receipt_number
    text = _track(page, base, receipt, lang, "received")
    assert w["received"] in text
    for entry in case.checklist.filter(required=True):
        services.checklist_check(case=case, code=entry.code, actor=world["clerk"])
    services.case_forward(case=case, actor=world["clerk"])
    services.case_start_review(case=case, actor=world["reviewer"])
    text = _track(page, base, receipt, lang, "review", departure="2099-01-01")
    assert w["review"] in text and w["yes"] in text
    # The ready-date range: three dates, likely between earliest and latest.
    rng = page.locator("#ready-range")
    likely, earliest, latest = (
        dt.date.fromisoformat(rng.get_attribute(f"data-{k}"))
        for k in ("likely", "earliest", "latest")
    )
    # Shown the way the language writes dates (issue 16.7), not as ISO.
    shown = rng.inner_text()
    assert not re.search(r"\d{4}-\d{2}-\d{2}", shown), shown
    assert (
        f"{likely.year}年{likely.month}月{likely.day}日" if lang == "ja" else str(likely.year)
    ) in shown
    assert clock.today() <= earliest <= likely <= latest
    screenshot(page, f"portal-tracker-review-{lang}")
    # Leaving the day after tomorrow: the card cannot be ready, and the page says so.
    soon = (clock.today() + dt.timedelta(days=2)).isoformat()
    text = _track(page, base, receipt, lang, "review, leaving soon", departure=soon)
    verdict = page.locator("#departure-verdict").inner_text()
    assert verdict.startswith(w["no"]), verdict
    assert page.locator("#alternatives li").count() >= 1
    screenshot(page, f"portal-tracker-departure-no-{lang}")

    services.case_request_correction(
        case=case, actor=world["reviewer"], text="ローマ字氏名の綴りをご確認ください。"
    )
    text = _track(page, base, receipt, lang, "action needed")
    assert w["action"] in text
    # The tracker carries no link that acts: it mails it to the verified address.
    assert page.locator("#status a[href*='/reply/']").count() == 0
    page.goto(_mailed_link(page, base, lang, "reply"))
    page.wait_for_selector("textarea")
    axe_check(page, f"correction reply ({lang})")
    page.fill("textarea", w["reply"])
    page.click("form.k-form button[type=submit]")
    page.wait_for_url(re.compile(r".*/reply/done/$"))
    axe_check(page, f"reply sent ({lang})")
    case.refresh_from_db()
    assert case.state == "under_review"

    services.case_accept(case=case, actor=world["reviewer"], production_office=world["production"])
    services.case_order(case=case, actor=world["producer"])
    case.refresh_from_db()
    text = _track(page, base, case.application_id, lang, "production")
    assert w["production"] in text
    assert page.locator("#ready-range").count() == 1
    services.case_ship(case=case, actor=world["producer"])
    text = _track(page, base, receipt, lang, "shipping")
    assert w["shipping"] in text
    services.case_receive(case=case, actor=world["clerk"])
    appointment_services.service_ensure_pickup(office=world["sumida"])
    text = _track(page, base, receipt, lang, "ready")
    assert w["ready"] in text
    screenshot(page, f"portal-tracker-ready-{lang}")

    # Booking the pickup: the link mailed from the tracker leads to the appointments page.
    assert page.locator("#status a[href*='/book/']").count() == 0
    page.goto(_mailed_link(page, base, lang, "book"))
    page.wait_for_load_state()
    axe_check(page, f"booking ({lang})")
    screenshot(page, f"portal-booking-{lang}")
    # A day first, then that day's times (issue 16.9).
    page.locator(".k-day-link").first.click()
    page.wait_for_load_state()
    axe_check(page, f"booking, times of a day ({lang})")
    page.locator("input[name=slot]").first.check()
    page.click("form.k-form:has(input[name=slot]) button[type=submit]")
    page.wait_for_url(re.compile(r".*/appointments/manage/.+/$"))
    axe_check(page, f"booking confirmed ({lang})")
    assert Booking.objects.filter(case=case).exists()
    # Back on the tracker: the appointment, and no link to change it (that is mailed too).
    _track(page, base, receipt, lang, "ready, booked")
    assert page.locator("#appointment").count() == 1
    assert page.locator("#status a[href*='/appointments/']").count() == 0

    with clock.frozen(clock.now() + dt.timedelta(minutes=5)):
        services.case_hand_over(
            case=case, actor=world["clerk"], identity_checked=True, identity_documents=["passport"]
        )
    text = _track(page, base, receipt, lang, "collected")
    assert w["collected"] in text
    screenshot(page, f"portal-tracker-collected-{lang}")


def test_tracker_on_a_phone_in_english(phone_page, live_server, world):
    page = phone_page
    _visit(page, f"{live_server.url}/track/", "tracker on a phone", "en")
    page.fill("#id_reference", "R2025-000123-4")
    page.fill("#id_birth_date", "1990-04-01")
    page.click("form.k-form button[type=submit]")
    page.wait_for_load_state()
    axe_check(page, "tracker error (en, phone)")
    assert page.locator(".k-field-error").count() >= 1
    screenshot(page, "portal-tracker-phone-en", full_page=False)
