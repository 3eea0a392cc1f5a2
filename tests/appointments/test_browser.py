"""A citizen in Taipei books, reschedules and cancels a pickup in a real browser.

Debian's chromium through Playwright (never ``playwright install``); the live server runs
on the real clock, so the case is made ready now and the slots are the next open days.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from kokugai.appointments.access import book_token_make
from kokugai.appointments.models import Booking, Slot

# Playwright's sync API runs an event loop in this thread; the test arranges data with the
# ORM in the same thread on purpose.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BOTH_ZONES = re.compile(
    r"^\d{4}-\d\d-\d\d \d\d:\d\d JST \((\d{4}-\d\d-\d\d )?\d\d:\d\d Asia/Taipei\)$"
)


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    executable = shutil.which("chromium")
    if executable is None:
        pytest.skip("chromium not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(chromium, settings) -> Iterator[Any]:
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    context = chromium.new_context(locale="zh-TW", timezone_id="Asia/Taipei")
    context.set_default_timeout(15_000)
    try:
        yield context.new_page()
    finally:
        context.close()


def _serious_axe_violations(page) -> list[str]:
    # No fallback: a missing axe must fail the test, not pass it with nothing checked.
    from axe_playwright_python.sync_playwright import Axe

    result = Axe().run(page)
    return [
        v["id"] for v in result.response["violations"] if v.get("impact") in {"serious", "critical"}
    ]


def test_book_reschedule_cancel_in_both_time_zones(page, live_server, service, make_case):
    case = make_case(deadline=dt.date.today() + dt.timedelta(days=30))
    page.goto(f"{live_server.url}/appointments/book/{book_token_make(case)}/")

    # Japanese by default; the office zone first, the citizen's zone beside it.
    assert page.locator("html").get_attribute("lang") == "ja"
    assert "2F" in page.locator("main").inner_text()
    # A day first (short on a phone), then that day's times.
    assert page.locator("input[name=slot]").count() == 0
    page.locator(".k-day-link").first.click()
    page.wait_for_url(re.compile(r"\?day=\d{4}-\d\d-\d\d"))
    radios = page.locator("form:has(input[name=action][value=book]) input[name=slot]")
    assert radios.count() >= 2
    first = radios.nth(0)
    first_slot = first.get_attribute("value")
    label = page.locator(f"label[for={first.get_attribute('id')}]").inner_text()
    assert re.search(r"\d\d:\d\d \(台北時間 \d\d:\d\d\)", label), label
    assert _serious_axe_violations(page) == []
    # Keyboard: focus the first time, choose it with the space bar, submit with Enter.
    first.focus()
    page.keyboard.press("Space")
    assert first.is_checked()
    page.locator("form:has(input[name=action][value=book]) button[type=submit]").click()
    page.wait_for_url(re.compile(r"/appointments/manage/"))

    booked = page.locator("#appointment-time").get_attribute("data-dual")
    assert BOTH_ZONES.match(booked), booked
    # Shown in words: the date as Japanese writes it, both zones named.
    shown = page.locator("#appointment-time").inner_text()
    assert "（令和" in shown and "日本時間" in shown and "台北時間" in shown, shown
    booking = Booking.objects.get(case=case)
    assert booking.status == "booked" and booking.slot.booked == 1
    assert _serious_axe_violations(page) == []

    # Reschedule to another time: again a day first.
    page.locator(".k-day-link").first.click()
    page.wait_for_load_state()
    moves = page.locator("form:has(input[name=action][value=reschedule]) input[name=slot]")
    moves.nth(1).check()
    page.locator("form:has(input[name=action][value=reschedule]) button[type=submit]").click()
    page.wait_for_load_state()
    moved = page.locator("#appointment-time").get_attribute("data-dual")
    assert BOTH_ZONES.match(moved) and moved != booked
    booking.refresh_from_db()
    assert booking.rescheduled_count == 1
    assert Slot.objects.get(pk=first_slot).booked == 0

    # The same page in English, via the header's language switch.
    page.locator("form.k-lang button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("#appointment-time").get_attribute("data-dual") == moved
    assert _serious_axe_violations(page) == []

    page.locator("form:has(input[name=action][value=cancel]) button[type=submit]").click()
    page.wait_for_load_state()
    booking.refresh_from_db()
    assert booking.status == "cancelled" and booking.slot.booked == 0
    assert "cancelled" in page.locator("#appointment-status").inner_text().lower()
    assert page.get_by_role("link", name=re.compile("Book a new time")).count() == 1

    # The booking page in English passes the same accessibility check.
    page.get_by_role("link", name=re.compile("Book a new time")).click()
    page.wait_for_url(re.compile(r"/appointments/book/"))
    assert page.locator("html").get_attribute("lang") == "en"
    assert _serious_axe_violations(page) == []


def _phone(chromium, *, js: bool, lang: str) -> Any:
    context = chromium.new_context(
        viewport={"width": 390, "height": 844},
        is_mobile=True,
        has_touch=True,
        java_script_enabled=js,
        locale="ja-JP" if lang == "ja" else "en-US",
        timezone_id="Asia/Taipei",
    )
    context.set_default_timeout(15_000)
    return context


def test_day_then_time_on_a_phone_without_javascript(
    chromium, settings, live_server, service, make_case
):
    """Issue 16.9: a list of days, then one day's times; plain links and a plain form, so
    booking works with JavaScript off."""
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    context = _phone(chromium, js=False, lang="ja")
    page = context.new_page()
    try:
        case = make_case(deadline=dt.date.today() + dt.timedelta(days=30))
        page.goto(f"{live_server.url}/appointments/book/{book_token_make(case)}/")
        assert page.locator("input[name=slot]").count() == 0
        days = page.locator(".k-day-link")
        assert days.count() >= 2
        assert "台北時間" in page.locator("main").inner_text()
        days.nth(1).click()
        page.wait_for_url(re.compile(r"\?day="))
        assert page.locator(".k-day-link[aria-current=date]").count() == 1
        radios = page.locator("input[name=slot]")
        assert radios.count() >= 1
        label = page.locator(f"label[for={radios.first.get_attribute('id')}]").inner_text()
        assert "台北時間" in label
        radios.first.check()
        page.locator("form:has(input[name=slot]) button[type=submit]").click()
        page.wait_for_url(re.compile(r"/appointments/manage/"))
        assert Booking.objects.get(case=case).status == "booked"
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_day_picker_on_a_phone_is_short_and_accessible(
    chromium, settings, live_server, service, make_case, lang
):
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    context = _phone(chromium, js=True, lang=lang)
    page = context.new_page()
    try:
        case = make_case(deadline=dt.date.today() + dt.timedelta(days=30))
        page.goto(f"{live_server.url}/appointments/book/{book_token_make(case)}/")
        assert page.locator("html").get_attribute("lang") == lang
        assert ("台北時間" if lang == "ja" else "Taipei time") in page.locator("main").inner_text()
        assert _serious_axe_violations(page) == []
        # Far shorter than the old single page with every time of 7 days (6,500 px).
        assert page.evaluate("document.documentElement.scrollHeight") < 4000
        page.locator(".k-day-link").first.click()
        page.wait_for_url(re.compile(r"\?day="))
        assert page.locator("input[name=slot]").count() >= 1
        assert _serious_axe_violations(page) == []
    finally:
        context.close()
