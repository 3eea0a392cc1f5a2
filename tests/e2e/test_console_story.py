"""The seed's story, every step done by staff in the console, in real chromium.

墨田区 clerk opens the case and ticks the checklist, forwards it; 八戸市 reviewer starts the
review and asks for a correction; the applicant replies (through the service, as the reply
link would); the reviewer accepts; the production operator takes the order and ships;
墨田区 clerk records the arrival and hands the card over. Every page visited is checked
with axe-core; the story runs once in Japanese and once in English.
"""

from __future__ import annotations

import re

import pytest
from signin_helpers import pass_second_factor, totp_code_for

from kokugai.cases import services
from kokugai.cases.models import Case
from kokugai.registry import services as registry_services
from kokugai.registry.models import Office
from kokugai.rules.codes import OfficeKind

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "kokugai-demo-e2e"
OFFICES = [
    ("131075", OfficeKind.MUNICIPALITY, "東京都墨田区", "Sumida City Office, Tokyo", "Asia/Tokyo"),
    (
        "022039",
        OfficeKind.MUNICIPALITY,
        "青森県八戸市",
        "Hachinohe City Office, Aomori",
        "Asia/Tokyo",
    ),
    (
        "production",
        OfficeKind.PRODUCTION,
        "J-LIS 個人番号カード製造",
        "J-LIS production",
        "Asia/Tokyo",
    ),
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


class Console:
    """The steps a member of staff takes, with an axe check on every page reached."""

    def __init__(self, page, live_server, lang, axe_check, screenshot, set_language):
        self.page = page
        self.url = live_server.url
        self.live_server = live_server
        self.lang = lang
        self.axe = axe_check
        self.shot = screenshot
        self.set_language = set_language

    def check(self, name: str | None = None, *, axe: bool = True) -> None:
        assert self.page.locator("html").get_attribute("lang") == self.lang
        if axe:
            self.axe(self.page, f"{self.page.url} ({self.lang})")
        if name:
            self.shot(self.page, f"{name}-{self.lang}")

    def login(self, username: str, shot: bool = False) -> None:
        self.page.goto(f"{self.url}/console/login/")
        self.set_language(self.page, self.lang)
        self.check("console-login" if shot else None, axe=shot)
        self.page.locator("input[name=username]").fill(username)
        self.page.locator("input[name=password]").fill(PASSWORD)
        totp_code_for(username)
        self.page.locator("form.k-login button[type=submit]").click()
        pass_second_factor(self.page, username)
        self.page.wait_for_url(re.compile(r"/console/$"))
        self.check("console-home" if shot else None, axe=shot)

    def logout(self) -> None:
        with self.page.expect_navigation():
            self.page.locator("form.k-logout button[type=submit]").click()
        assert "/console/login/" in self.page.url

    def open_case_from_queue(self, queue: str, receipt: str, shot: str | None = None) -> None:
        self.page.locator(f"a[href='/console/queues/{queue}/']").click()
        self.page.wait_for_url(re.compile(f"/console/queues/{queue}/"))
        self.check(shot, axe=shot is not None)
        self.page.get_by_role("link", name=receipt).click()
        self.page.wait_for_url(re.compile(r"/console/cases/\d+/$"))
        self.check(axe=False)

    def act(self, action: str, shot: str | None = None, *, axe: bool = False, **fill: str) -> None:
        form = self.page.locator(f"form[data-action={action}]")
        for selector, value in fill.items():
            form.locator(f"[name={selector}]").fill(value)
        with self.page.expect_navigation():
            form.locator("button[type=submit]").click()
        notice = self.page.locator(".k-notice--success")
        assert notice.count() == 1, self.page.content()[:3000]
        # The case page is the same template in every state: axe runs on the states whose
        # action forms differ (review, hand-over) rather than after every step.
        self.check(shot, axe=axe or shot is not None)

    def state(self) -> str:
        return Case.objects.get().state


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_seed_story_in_the_console(
    lang, page, live_server, staff, axe_check, screenshot, set_language
):
    c = Console(page, live_server, lang, axe_check, screenshot, set_language)

    # 2025-10-28, 墨田区: the clerk opens the case with the checklist.
    c.login("sumida-clerk", shot=True)
    page.locator("a[href='/console/intake/']").first.click()
    page.wait_for_url(re.compile("/console/intake/"))
    c.check(axe=False)
    page.locator("#id_family_name").fill("国外")
    page.locator("#id_given_name").fill("太郎")
    page.locator("#id_family_name_kana").fill("コクガイ")
    page.locator("#id_given_name_kana").fill("タロウ")
    page.locator("#id_family_name_romaji").fill("KOKUGAI")
    page.locator("#id_given_name_romaji").fill("TARO")
    page.locator("#id_birth_date").fill("1990-04-01")
    page.locator("#id_sex_0").check()
    page.locator("#id_email").fill("taro.kokugai@example.com")
    page.locator("#id_country").select_option("TW")
    page.locator("#id_city").fill("Taipei")
    # The time zone follows from the country (Taiwan has one).
    page.locator("#id_departure_date").fill("2025-11-30")
    # 本籍地 through the picker: type part of the name, pick the hit.
    page.locator("#honseki_q").fill("八戸")
    pick = page.locator("[data-k-pick=honseki][value='022039']")
    pick.wait_for()
    c.check("console-intake")
    pick.click()
    assert page.locator("#id_honseki").input_value() == "022039"
    page.locator("button[name=open_case]").click()
    page.wait_for_url(re.compile(r"/console/cases/\d+/$"))
    case = Case.objects.get()
    assert case.state == "received" and case.honseki_office.code == "022039"
    c.check(axe=False)

    # Tick every checklist item (htmx swaps each item in place).
    todo = page.locator("#checklist form:has(input[name=checked][value='1']) button")
    total = todo.count()
    assert total >= 3
    for remaining in range(total, 0, -1):
        todo.first.click()
        page.wait_for_function(
            "n => document.querySelectorAll("
            "\"#checklist form input[name=checked][value='1']\").length === n",
            arg=remaining - 1,
        )
    assert page.locator("#checklist .k-badge--done").count() == total
    page.reload()
    c.check("console-case-received")
    assert page.locator("#checklist").get_by_text("sumida-clerk").count() == total
    c.act("forward")
    assert c.state() == "at_honseki"
    assert page.locator("form[data-action=start_review]").count() == 0
    c.logout()

    # 八戸市: the reviewer starts the review and asks for a correction.
    c.login("hachinohe-reviewer")
    c.open_case_from_queue("to_review", case.receipt_number, shot="console-queue")
    c.act("start_review", axe=True)
    c.act("request_correction", text="本籍の番地をご確認ください。")
    assert c.state() == "awaiting_applicant"

    # The applicant answers through the reply link (the service the link calls).
    services.case_applicant_replied(case=Case.objects.get(), text="番地を訂正しました。")
    page.reload()
    c.check(axe=False)
    c.act("accept")
    assert c.state() == "accepted"
    c.logout()

    # Production takes the order (申請書ID) and ships to 墨田区.
    c.login("production-operator")
    c.open_case_from_queue("to_produce", case.receipt_number)
    c.act("order")
    case = Case.objects.get()
    assert case.state == "in_production" and len(case.application_id) == 23
    assert case.application_id in page.content()
    c.act("ship")
    assert c.state() == "shipped"
    c.logout()

    # 墨田区: arrival, then hand-over at the counter.
    c.login("sumida-clerk")
    c.open_case_from_queue("arriving", case.receipt_number)
    c.act("receive", axe=True)
    assert c.state() == "ready_for_pickup"
    # Hand-over cannot be undone: its own page spells out what happens, then confirms.
    with page.expect_navigation():
        page.locator("a[data-action=hand_over]").click()
    assert page.locator("#consequence").count() == 1
    c.check(axe=True)
    form = page.locator("form[data-action=hand_over]")
    assert not form.locator("input[name=old_card_collected]").is_checked()  # never pre-ticked
    form.locator("input[name=identity_checked]").check()
    form.locator("input[name=identity_documents][value=passport]").check()
    form.locator("input[name=identity_documents][value=driving_licence]").check()
    form.locator("input[name=old_card_collected]").check()
    form.locator("input[name=receipt_signed]").check()
    c.act("hand_over", shot="console-case-issued")
    case = Case.objects.get()
    assert case.state == "issued"
    transitions = list(case.events.order_by("seq").values_list("transition", flat=True))
    assert transitions == [
        "open",
        "forward",
        "start_review",
        "request_correction",
        "applicant_replied",
        "accept",
        "order",
        "ship",
        "receive",
        "hand_over",
    ]
    # The history on the page is newest first.
    history = page.locator("#history li strong").all_inner_texts()
    assert len(history) == 10
    assert page.locator("form.k-action").count() == 0
