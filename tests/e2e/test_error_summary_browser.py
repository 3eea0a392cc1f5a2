"""The error summary in a real browser (issue 16.4): focused after the submit, each link
moves focus to its field, axe finds nothing serious, in Japanese and in English."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_summary_takes_focus_and_links_to_fields(
    phone_page, live_server, lang, axe_check, set_language
):
    page = phone_page
    page.goto(f"{live_server.url}/track/")
    set_language(page, lang)
    page.fill("#id_reference", "R2025-000123-4")
    page.click("form.k-form button[type=submit]")
    page.wait_for_load_state()
    assert page.title().startswith("エラー: " if lang == "ja" else "Error: ")
    page.wait_for_function("document.activeElement && document.activeElement.id")
    assert page.evaluate("document.activeElement.id") == "error-summary"
    link = page.locator("#error-summary a[href='#id_birth_date']")
    assert link.inner_text() == (
        "生年月日を入力してください" if lang == "ja" else "Enter date of birth"
    )
    link.click()
    assert page.evaluate("document.activeElement.id") == "id_birth_date"
    axe_check(page, f"error summary ({lang})")
