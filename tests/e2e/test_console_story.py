"""The seed's story, every step done by staff in the console, in real chromium.

墨田区 clerk scans the applicant's pre-registration code, types the My Number, opens the
case, marks the checklist (the system has checked what it knows) and forwards it; 八戸市
reviewer opens it from the review queue (which starts the review) and asks for a
correction; the applicant replies (through the service, as the reply link would) and the
reply is on top of the case page; the reviewer accepts; the production operator takes the
order and ships, by batch; 墨田区 clerk records the arrival and hands the card over.

The story COUNTS what staff do (issue 15, done-when): clicks and typed fields per step,
printed at the end and asserted, so that a change that adds a click shows up here. Signing
in and out is not counted. Every page visited is checked with axe-core; the story runs once
in Japanese and once in English.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest
from signin_helpers import pass_second_factor, totp_code_for

from kokugai.cases import services
from kokugai.cases.models import Case
from kokugai.core import clock
from kokugai.registry import services as registry_services
from kokugai.registry.models import Office
from kokugai.rules.checkdigits import mynumber_check_digit
from kokugai.rules.codes import OfficeKind
from kokugai.web.models import PreRegistration
from kokugai.web.portal.prereg import check_character

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
        #: What staff did, per step: clicks and typed fields (scans are counted apart).
        self.clicks: Counter[str] = Counter()
        self.typed: Counter[str] = Counter()
        self.scanned: Counter[str] = Counter()
        self.step = ""

    def click(self, locator) -> None:
        self.clicks[self.step] += 1
        locator.click()

    def type(self, locator, value: str) -> None:
        self.typed[self.step] += 1
        locator.fill(value)

    def scan(self, text: str) -> None:
        """A QR scanner "types" into the focused field and presses Enter."""
        self.scanned[self.step] += 1
        self.page.keyboard.type(text)
        self.page.keyboard.press("Enter")

    def report(self) -> str:
        steps = list(dict.fromkeys([*self.clicks, *self.typed, *self.scanned]))
        lines = [f"console story ({self.lang}): clicks and typed fields per step"]
        for step in steps:
            lines.append(
                f"  {step:<28} clicks {self.clicks[step]:>2}  typed {self.typed[step]:>2}"
                f"  scanned {self.scanned[step]:>2}"
            )
        lines.append(
            f"  {'TOTAL':<28} clicks {sum(self.clicks.values()):>2}  "
            f"typed {sum(self.typed.values()):>2}  scanned {sum(self.scanned.values()):>2}"
        )
        return "\n".join(lines)

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
        # The production centre lands on its own page (issue 15 §5), everyone else on the queues.
        self.page.wait_for_url(re.compile(r"/console/(production/)?$"))
        self.check("console-home" if shot else None, axe=shot)

    def logout(self) -> None:
        with self.page.expect_navigation():
            self.page.locator("form.k-logout button[type=submit]").click()
        assert "/console/login/" in self.page.url

    def open_case_from_queue(self, queue: str, receipt: str, shot: str | None = None) -> None:
        self.click(self.page.locator(f"a[href='/console/queues/{queue}/']"))
        self.page.wait_for_url(re.compile(f"/console/queues/{queue}/"))
        self.check(shot, axe=shot is not None)
        self.click(self.page.get_by_role("link", name=receipt))
        self.page.wait_for_url(re.compile(r"/console/cases/\d+/$"))
        self.check(axe=False)

    def act(self, action: str, shot: str | None = None, *, axe: bool = False, **fill: str) -> None:
        form = self.page.locator(f"form[data-action={action}]")
        for selector, value in fill.items():
            self.type(form.locator(f"[name={selector}]"), value)
        with self.page.expect_navigation():
            self.click(form.locator("button[type=submit]"))
        notice = self.page.locator(".k-notice--success")
        assert notice.count() == 1, self.page.content()[:3000]
        # The case page is the same template in every state: axe runs on the states whose
        # action forms differ (review, hand-over) rather than after every step.
        self.check(shot, axe=axe or shot is not None)

    def state(self) -> str:
        return Case.objects.get().state


#: A My Number with a valid check digit (invented).
MYNUMBER = "12345678901" + str(mynumber_check_digit("12345678901"))


def _preregistration() -> PreRegistration:
    """What the applicant filled in on the portal and confirmed by email (the portal story,
    tests/e2e/test_portal_story.py, walks through making one)."""
    body = "20251028"
    now = clock.now()
    return PreRegistration.objects.create(
        code="P" + body + check_character(body),
        channel="municipality_visit",
        family_name="国外",
        given_name="太郎",
        family_name_kana="コクガイ",
        given_name_kana="タロウ",
        family_name_romaji="KOKUGAI",
        given_name_romaji="TARO",
        birth_date=dt.date(1990, 4, 1),
        sex="male",
        honseki_code="022039",
        email="taro.kokugai@example.com",
        email_verified_at=now,
        country="TW",
        city="Taipei",
        timezone="Asia/Taipei",
        intake_office_code="131075",
        pickup_office_code="131075",
        departure_date=clock.today() + dt.timedelta(days=60),
        created_at=now,
    )


#: What the story costs staff, per step (clicks, typed fields); asserted so that a change
#: that adds work shows up here. Typed at intake: the My Number only (issue 15 done-when).
EXPECTED = {
    "intake": (2, 1),  # "Open a case"; scan; My Number; "Open the case"
    "checklist and forward": (2, 0),  # "mark all"; forward (offered without a reload)
    "review": (4, 1),  # queue; open (starts the review); correction text + send; accept
    "production": (2, 0),  # the whole batch: take the orders; ship
    "arrival": (3, 0),  # queue; case; record arrival
    "hand-over": (5, 0),  # step; identity checked; passport; receipt signed; confirm
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_seed_story_in_the_console(
    lang, page, live_server, staff, axe_check, screenshot, set_language
):
    c = Console(page, live_server, lang, axe_check, screenshot, set_language)
    prereg = _preregistration()

    # 2025-10-28, 墨田区: the applicant shows the QR code of the pre-registration.
    c.login("sumida-clerk", shot=True)
    c.step = "intake"
    c.click(page.locator("nav a[href='/console/intake/']"))
    page.wait_for_url(re.compile("/console/intake/"))
    # The code field has the focus: the scanner types into it and presses Enter.
    assert page.evaluate("document.activeElement.id") == "prereg-code"
    c.check(axe=True)
    with page.expect_navigation():
        c.scan(prereg.code)
    page.wait_for_url(re.compile("/console/intake/$"))
    assert page.locator("#prereg-loaded").count() == 1
    assert page.input_value("#id_family_name") == "国外"
    # A reload keeps what was loaded (kept in the session; the URL carries nothing).
    page.reload()
    assert page.input_value("#id_family_name") == "国外"
    assert page.input_value("#id_honseki") == "022039"
    assert page.url.endswith("/console/intake/")
    # What is left to type is the My Number, and it has the focus.
    assert page.evaluate("document.activeElement.id") == "id_mynumber"
    c.check("console-intake-prereg")
    c.type(page.locator("#id_mynumber"), MYNUMBER)
    with page.expect_navigation():
        c.click(page.locator("button[name=open_case]"))
    page.wait_for_url(re.compile(r"/console/cases/\d+/$"))
    case = Case.objects.get()
    assert case.state == "received" and case.honseki_office.code == "022039"
    assert PreRegistration.objects.get().used_at is not None

    # The checklist: what the system knows is checked, with the evidence; one click marks
    # the rest and the actions panel offers "forward" without a reload (htmx, out-of-band).
    c.step = "checklist and forward"
    assert page.locator("#checklist li[data-system]").count() == 4
    assert page.locator("form[data-action=forward]").count() == 0
    c.check(axe=True)
    c.click(page.locator("#checklist-all"))
    page.locator("form[data-action=forward]").wait_for()
    assert page.locator("#checklist-all").count() == 0
    assert page.locator("#k-live .k-notice--success").count() == 1
    c.check("console-case-received")
    c.act("forward")
    assert c.state() == "at_honseki"
    c.logout()

    # 八戸市: opening the case from the review queue starts the review.
    c.login("hachinohe-reviewer")
    c.step = "review"
    c.click(page.locator("a[href='/console/queues/to_review/']"))
    page.wait_for_url(re.compile("/console/queues/to_review/"))
    c.check("console-queue")
    with page.expect_navigation():
        c.click(page.locator(f"[data-open-review='{case.receipt_number}']"))
    assert c.state() == "under_review"
    assert page.locator(".k-notice--success").count() == 1
    c.check(axe=True)
    c.act("request_correction", text="本籍の番地をご確認ください。")
    assert c.state() == "awaiting_applicant"

    # The applicant answers through the reply link (the service the link calls): the reply
    # is on top of the case page while the case waits for the reviewer.
    services.case_applicant_replied(case=Case.objects.get(), text="番地を訂正しました。")
    page.reload()
    reply = page.locator("#applicant-reply")
    assert "番地を訂正しました。" in reply.inner_text()
    assert page.evaluate(
        "document.getElementById('applicant-reply').getBoundingClientRect().top"
        " < document.getElementById('h-summary').getBoundingClientRect().top"
    )
    c.check("console-case-reply")
    c.act("accept")
    assert c.state() == "accepted"
    c.logout()

    # Production: its own page only, by batch; the whole batch in one click, each case its
    # own transition.
    c.login("production-operator")
    c.step = "production"
    assert page.url.endswith("/console/production/")
    assert page.locator("nav a[href='/console/intake/']").count() == 0
    c.check("console-production")
    with page.expect_navigation():
        c.click(page.locator("#order-list [data-whole]").first)
    case = Case.objects.get()
    assert case.state == "in_production" and len(case.application_id) == 23
    c.check(axe=False)
    with page.expect_navigation():
        c.click(page.locator("#ship-list [data-whole]").first)
    assert c.state() == "shipped"
    c.check(axe=True)
    c.logout()

    # 墨田区: arrival, then hand-over at the counter.
    c.login("sumida-clerk")
    c.step = "arrival"
    c.open_case_from_queue("arriving", case.receipt_number)
    c.act("receive", axe=True)
    assert c.state() == "ready_for_pickup"
    # Hand-over cannot be undone: its own page spells out what happens, then confirms.
    c.step = "hand-over"
    with page.expect_navigation():
        c.click(page.locator("a[data-action=hand_over]"))
    assert page.locator("#consequence").count() == 1
    c.check(axe=True)
    form = page.locator("form[data-action=hand_over]")
    assert not form.locator("input[name=old_card_collected]").is_checked()  # never pre-ticked
    c.click(form.locator("input[name=identity_checked]"))
    c.click(form.locator("input[name=identity_documents][value=passport]"))
    c.click(form.locator("input[name=receipt_signed]"))
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

    print("\n" + c.report())
    counted = {step: (c.clicks[step], c.typed[step]) for step in EXPECTED}
    assert counted == EXPECTED, c.report()
    assert c.scanned["intake"] == 1
    assert sum(c.typed.values()) == 2  # the My Number and the correction text


@pytest.mark.parametrize("lang", ["ja"])
def test_intake_without_a_preregistration(
    lang, page, live_server, staff, axe_check, screenshot, set_language
):
    """Without a pre-registration everything is typed, with the pickers (countries from a
    list, the time zone derived, the 本籍地 searched by name)."""
    c = Console(page, live_server, lang, axe_check, screenshot, set_language)
    c.login("sumida-clerk")
    c.step = "typed intake"
    page.locator("nav a[href='/console/intake/']").click()
    page.wait_for_url(re.compile("/console/intake/"))
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
    # The email was typed by the clerk, not proved: that item is the clerk's to tick.
    assert page.locator("#check-email_address[data-system]").count() == 0
    assert page.locator("#check-honseki_known[data-system]").count() == 1
