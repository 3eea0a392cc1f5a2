"""Issue 16 points 1, 2, 5 and 6 in a real browser on a phone (390x844), in Japanese and
in English, without the planner first (every question is asked): the question pages, the
pickup recommendation preselected with its reason, the language switch that keeps what was
typed, a change link from the check page and back, the confirmation page with "wrong
address? change it", the code page and "send my code again". axe on every page;
screenshots under var/screenshots/."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from prereg_pages import NAMES, preregister

from kokugai.notifications.delivery import deliver_pending
from kokugai.web.models import PreRegistration

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OTHER = {"ja": "en", "en": "ja"}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_preregistration_on_a_phone(
    phone_page, live_server, axe_check, screenshot, set_language, lang
):
    page = phone_page
    base = live_server.url
    page.goto(f"{base}/")
    set_language(page, lang)

    def switch_and_back() -> None:
        # Typed, not yet sent: the header's switch keeps the page and what is in it.
        set_language(page, OTHER[lang])
        assert "/preregister/q/name/" in page.url
        assert page.input_value("#id_family_name") == NAMES["family_name"]
        assert page.input_value("#id_given_name_romaji") == NAMES["given_name_romaji"]
        axe_check(page, f"name page after switching to {OTHER[lang]}")
        set_language(page, lang)
        assert page.input_value("#id_given_name") == NAMES["given_name"]

    def recommendation_shown() -> None:
        assert page.locator("#pickup-recommendation").is_visible()
        reason = page.locator("#pickup-reason").inner_text()
        assert "Taipei" in reason or "台北" in reason, reason

    shown = preregister(
        page,
        base,
        lang,
        axe_check=axe_check,
        screenshot=screenshot,
        shots="portal-preregister-phone",
        channel="honseki_mail",
        pickup="jtea-tw-taipei",
        after={"name": switch_and_back, "route": lambda: None, "pickup": recommendation_shown},
    )
    # Without the planner every question is asked; a mail route needs no office or date.
    assert "birth-date" in shown and "honseki" in shown
    assert "intake" not in shown and "departure" not in shown
    page.wait_for_url(re.compile(r".*/preregister/sent/$"))
    axe_check(page, f"pre-registration sent ({lang}, phone)")
    screenshot(page, f"portal-preregister-phone-sent-{lang}")
    p = PreRegistration.objects.get()
    assert p.intake_office_code == "022039" and p.pickup_office_code == "jtea-tw-taipei"

    # A mistyped address, corrected on the "check your email" page.
    page.locator("#change-email summary").click()
    page.fill("#id_email", "taro.kokugai@example.com")
    page.click("#change-email button[type=submit]")
    page.wait_for_selector("#email-changed")
    axe_check(page, f"address changed ({lang}, phone)")
    deliver_pending()
    assert mail.outbox[-1].to == ["taro.kokugai@example.com"]
    link = re.search(r"https?://\S+(/preregister/verify/\S+/)", mail.outbox[-1].body).group(1)
    page.goto(f"{base}{link}")
    page.wait_for_selector(".k-prereg-code")
    axe_check(page, f"pre-registration code ({lang}, phone)")
    screenshot(page, f"portal-preregistration-code-phone-{lang}")
    deliver_pending()
    code_mail = mail.outbox[-1]
    assert code_mail.to == ["taro.kokugai@example.com"]
    assert page.locator(".k-prereg-code").inner_text().strip() in code_mail.body
    assert code_mail.attachments[0][2] == "image/png"

    # "Send my code again", from the code page's link.
    page.click("#code-mailed a")
    page.wait_for_selector("#id_birth_date")
    axe_check(page, f"send my code again ({lang}, phone)")
    page.fill("#id_email", "taro.kokugai@example.com")
    page.fill("#id_birth_date", "1990-04-01")
    page.click("form.k-form button[type=submit]")
    page.wait_for_selector("#resent")
    axe_check(page, f"code sent again ({lang}, phone)")
    deliver_pending()
    assert mail.outbox[-1].body == code_mail.body


def test_a_change_link_returns_to_the_check_page(phone_page, live_server, axe_check):
    page = phone_page
    base = live_server.url
    preregister(
        page,
        base,
        "ja",
        axe_check=axe_check,
        screenshot=lambda *a, **k: None,
        channel="mission_counter",
        pickup="jtea-tw-taipei",
        send=False,
    )
    page.locator("#answers a[href*='/q/name/']").click()
    page.wait_for_url(re.compile(r".*/q/name/\?from=check$"))
    axe_check(page, "name page opened from the check page")
    assert page.input_value("#id_given_name") == NAMES["given_name"]  # filled in
    page.fill("#id_given_name", "次郎")
    page.click("#continue")
    page.wait_for_url(re.compile(r".*/preregister/check/$"))
    assert "国外 次郎" in page.locator("#answers").inner_text()
    assert not PreRegistration.objects.exists()  # nothing stored before sending
    page.click("#send")
    page.wait_for_url(re.compile(r".*/preregister/sent/$"))
    assert PreRegistration.objects.get().given_name == "次郎"
