"""Shared Playwright fixtures for the browser tests (console and portal).

- ``browser``: Debian's chromium (``shutil.which("chromium")``), launched once per session.
  Never ``playwright install``: no browser is downloaded.
- ``page``: a fresh context and page per test (Japanese locale, Tokyo time, desktop size);
  ``phone_page``: the same at a phone's size.
- ``axe_check(page, label)``: runs axe-core and fails on serious or critical violations.
- ``screenshot(page, name)``: saves <name>.png under var/screenshots/ (bin/screenshots: docs/).
- ``console_login(page, live_server, username, password)``: signs a staff member in, second
  factor included (``pass_second_factor``: types the account's current TOTP code).
- ``set_language(page, "en")``: the header's language switch, as a user presses it.

Playwright's sync API runs an event loop in the test's thread; Django refuses ORM calls
there unless DJANGO_ALLOW_ASYNC_UNSAFE is set. The tests run the ORM in that thread on
purpose (to arrange data), so the flag is set here, for the browser tests only.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from signin_helpers import pass_second_factor, totp_code_for

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
# Tests write their screenshots under var/; only bin/screenshots points this at docs/screenshots
# (the README's pictures), so a test run never changes a committed file.
SCREENSHOTS = Path(os.environ.get("KOKUGAI_SCREENSHOT_DIR") or ROOT / "var" / "screenshots")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BLOCKING_IMPACTS = frozenset({"serious", "critical"})


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    executable = shutil.which("chromium")
    if executable is None:
        pytest.skip("chromium not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(autouse=True)
def _plain_http_cookies(settings: Any) -> None:
    # The live server speaks plain HTTP: "Secure" cookies would not come back from it.
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False


def _new_page(browser: Any, **context_kw: Any) -> Iterator[Any]:
    context = browser.new_context(locale="ja-JP", timezone_id="Asia/Tokyo", **context_kw)
    context.set_default_timeout(15_000)
    page = context.new_page()
    try:
        yield page
    finally:
        context.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    yield from _new_page(browser, viewport={"width": 1280, "height": 900})


@pytest.fixture
def phone_page(browser: Any) -> Iterator[Any]:
    yield from _new_page(
        browser, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """Serious and critical axe-core violations of the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [v for v in results.response["violations"] if v.get("impact") in BLOCKING_IMPACTS]


def _describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for v in violations:
        targets = "; ".join(", ".join(n["target"]) for n in v["nodes"][:5])
        lines.append(f"- {v['id']} ({v['impact']}): {v['help']} — {targets}")
    return "\n".join(lines)


def axe_check(page: Any, label: str = "") -> None:
    """Fail the test on any serious or critical accessibility violation of the page."""
    bad = axe_violations(page)
    if bad:
        where = label or page.url
        pytest.fail(f"axe: {len(bad)} serious/critical violation(s) on {where}:\n{_describe(bad)}")


def screenshot(page: Any, name: str, *, full_page: bool = True) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


def set_language(page: Any, lang: str) -> None:
    """Switch the site language with the header's button, if it is not already ``lang``."""
    current = page.locator("html").get_attribute("lang")
    if current == lang:
        return
    page.locator("form.k-lang button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == lang


def console_login(page: Any, live_server: Any, username: str, password: str) -> None:
    totp_code_for(username)  # the account has its authenticator before it signs in
    page.goto(f"{live_server.url}/console/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(password)
    page.locator("form.k-login button[type=submit]").click()
    pass_second_factor(page, username)
    assert "/console/login/" not in page.url, "login failed"


def console_logout(page: Any) -> None:
    page.locator("form.k-logout button[type=submit]").click()
    page.wait_for_load_state()


# The helpers are plain functions; these fixtures hand them to tests that prefer fixtures.
@pytest.fixture(name="axe_check")
def _axe_check_fixture() -> Callable[..., None]:
    return axe_check


@pytest.fixture(name="screenshot")
def _screenshot_fixture() -> Callable[..., Path]:
    return screenshot


@pytest.fixture(name="set_language")
def _set_language_fixture() -> Callable[..., None]:
    return set_language


@pytest.fixture(name="console_login")
def _console_login_fixture() -> Callable[..., None]:
    return console_login
