"""The family's story in real chromium, once in Japanese and once in English: the household
planner, one family pre-registration (four members added on the page), the confirmation
link with the one code and QR, the counter opening the four cases from the code, the
representative's passport checked once for both children, the family tracker, one pickup
booked once the last card arrived, and four hand-overs on the case pages (the household
panel side by side). Steps between (review, production, shipping) run through the services,
as the console story covers their pages. Every page is checked with axe-core; the main pages
are saved under var/screenshots/."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
from signin_helpers import pass_second_factor, totp_code_for

from kokugai.appointments import services as appointments
from kokugai.appointments.models import Booking, Slot
from kokugai.cases import household_services as hs
from kokugai.cases import services
from kokugai.cases.households import FamilyPreRegistration, Household
from kokugai.cases.models import Case
from kokugai.core import clock
from kokugai.notifications.models import Notification
from kokugai.registry import services as registry_services
from kokugai.registry.models import Office, OpeningHours
from kokugai.rules.codes import OfficeKind

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "kokugai-demo-e2e"
JST = ZoneInfo("Asia/Tokyo")
OFFICES = [
    ("131075", OfficeKind.MUNICIPALITY, "東京都墨田区", "Sumida City Office, Tokyo", "Asia/Tokyo"),
    ("022039", OfficeKind.MUNICIPALITY, "青森県八戸市", "Hachinohe City Office", "Asia/Tokyo"),
    ("production", OfficeKind.PRODUCTION, "J-LIS 個人番号カード製造", "J-LIS", "Asia/Tokyo"),
    ("jtea-tw-taipei", OfficeKind.MISSION, "日本台湾交流協会台北事務所", "JTEA", "Asia/Taipei"),
]
HANAKO_BIRTH = "1988-11-03"


def _members() -> list[dict[str, str]]:
    today = clock.today()
    child = today.replace(year=today.year - 8) - dt.timedelta(days=40)
    baby = today - dt.timedelta(days=213)  # about 7 months
    base = {"family_name": "国外", "family_name_kana": "コクガイ", "family_name_romaji": "KOKUGAI"}
    return [
        {**base, "given_name": "太郎", "given_name_kana": "タロウ", "given_name_romaji": "TARO",
         "birth_date": "1986-06-12", "sex": "male", "represented_by": ""},
        {**base, "given_name": "花子", "given_name_kana": "ハナコ", "given_name_romaji": "HANAKO",
         "birth_date": HANAKO_BIRTH, "sex": "female", "represented_by": ""},
        {**base, "given_name": "さくら", "given_name_kana": "サクラ",
         "given_name_romaji": "SAKURA", "birth_date": child.isoformat(), "sex": "female",
         "represented_by": "2"},
        {**base, "given_name": "蓮", "given_name_kana": "レン", "given_name_romaji": "REN",
         "birth_date": baby.isoformat(), "sex": "male", "represented_by": "2"},
    ]  # fmt: skip


@pytest.fixture
def staff(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    for code, kind, ja, en, tz in OFFICES:
        Office.objects.get_or_create(
            code=code, defaults={"kind": kind.value, "name_ja": ja, "name_en": en, "timezone": tz}
        )
    sumida = Office.objects.get(code="131075")
    for weekday in range(5):
        OpeningHours.objects.get_or_create(
            office=sumida,
            weekday=weekday,
            defaults={"opens": dt.time(8, 30), "closes": dt.time(17, 15)},
        )
    return registry_services.demo_staff_ensure(password=PASSWORD)


class Story:
    def __init__(self, page, base, lang, axe_check, screenshot, set_language):
        self.page, self.base, self.lang = page, base, lang
        self.axe, self.shot, self.set_language = axe_check, screenshot, set_language

    def visit(self, path: str, label: str, shot: str | None = None) -> None:
        self.page.goto(self.base + path)
        self.page.wait_for_load_state()
        self.set_language(self.page, self.lang)
        self.check(label, shot)

    def check(self, label: str, shot: str | None = None) -> None:
        assert self.page.locator("html").get_attribute("lang") == self.lang
        self.axe(self.page, f"{label} ({self.lang})")
        if shot:
            self.shot(self.page, f"{shot}-{self.lang}")

    def submit(self, selector: str) -> None:
        with self.page.expect_navigation():
            self.page.locator(selector).click()

    def login(self, username: str) -> None:
        self.page.goto(f"{self.base}/console/login/")
        self.set_language(self.page, self.lang)
        self.page.locator("input[name=username]").fill(username)
        self.page.locator("input[name=password]").fill(PASSWORD)
        totp_code_for(username)
        self.page.locator("form.k-login button[type=submit]").click()
        pass_second_factor(self.page, username)
        self.page.wait_for_url(re.compile(r"/console/$"))

    def logout(self) -> None:
        with self.page.expect_navigation():
            self.page.locator("form.k-logout button[type=submit]").click()


def _family_slot() -> dt.datetime:
    """A 14:00 start on a coming open day with the 14:30 slot after it (40 minutes)."""
    sumida = Office.objects.get(code="131075")
    service = appointments.service_ensure_pickup(office=sumida)
    today = clock.today()
    appointments.slots_materialise(
        service=service, start=today + dt.timedelta(days=2), end=today + dt.timedelta(days=20)
    )
    for slot in Slot.objects.filter(
        service=service, starts_at__gt=clock.now() + dt.timedelta(days=2)
    ):
        local = slot.starts_at.astimezone(JST)
        if (local.hour, local.minute) == (14, 0) and Slot.objects.filter(
            service=service, starts_at=slot.starts_at + dt.timedelta(minutes=30)
        ).exists():
            return local
    raise AssertionError("no open afternoon in the next weeks")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_family_story(lang, page, live_server, staff, axe_check, screenshot, set_language):
    s = Story(page, live_server.url, lang, axe_check, screenshot, set_language)
    members = _members()

    # The household planner: two members typed, the plan shows the shared documents.
    s.visit("/plan/household/", "household planner", "family-plan-form")
    page.select_option("#id_country", "TW")
    page.fill("#id_city", "Taipei")
    page.fill("#id_m-0-name", "花子")
    page.fill("#id_m-0-birth_date", HANAKO_BIRTH)
    page.fill("#id_m-0-left_japan_on", "2023-09-01")
    page.fill("#id_m-0-honseki", "022039")
    page.select_option("#id_m-0-card", "returned")
    s.submit("button[name=add]")
    page.fill("#id_m-1-name", "さくら")
    page.fill("#id_m-1-birth_date", members[2]["birth_date"])
    page.fill("#id_m-1-left_japan_on", "2023-09-01")
    page.fill("#id_m-1-honseki", "022039")
    page.fill("#id_m-1-representative", "花子")
    s.submit("form.k-form button[type=submit]:not([name=add])")
    page.wait_for_selector("#family-plan")
    s.check("household plan", "family-plan")
    assert page.locator("#family-shared li").count() == 2

    # One family pre-registration: shared data once, four members added on the page.
    s.visit("/preregister/family/", "family pre-registration", None)
    page.check("input[name=channel][value=municipality_visit]")
    page.fill("#id_honseki", "022039")
    page.fill("#id_email", "hanako@example.com")
    page.select_option("#id_country", "TW")
    page.fill("#id_city", "Taipei")
    page.fill("#id_intake_office", "131075")
    page.fill("#id_departure_date", (clock.today() + dt.timedelta(days=60)).isoformat())
    for i, m in enumerate(members):
        if i:
            s.submit("button[name=add]")
        for key in ("family_name", "given_name", "family_name_kana", "given_name_kana",
                    "family_name_romaji", "given_name_romaji", "birth_date"):  # fmt: skip
            page.fill(f"#id_m-{i}-{key}", m[key])
        page.select_option(f"#id_m-{i}-sex", m["sex"])
        if m["represented_by"]:
            page.select_option(f"#id_m-{i}-represented_by", m["represented_by"])
    page.select_option("#id_representative", "2")
    s.check("family pre-registration filled", "family-prereg-form")
    s.submit("form.k-form button[type=submit]:not([name=add])")
    assert "/preregister/family/sent/" in page.url, page.content()[:3000]
    s.check("family pre-registration sent")
    fp = FamilyPreRegistration.objects.get()
    url = Notification.objects.filter(to="hanako@example.com").last().context["verify_url"]
    s.visit(re.sub(r"^https?://[^/]+", "", url), "family code", "family-prereg-code")
    code = hs.code_display(fp.code)
    assert page.locator(".k-prereg-code").inner_text().strip() == code
    assert page.locator("#family-code svg").count() == 1

    # The counter: the code opens the four cases as one household.
    s.login("sumida-clerk")
    s.visit("/console/family/", "console family open", None)
    page.fill("#id_code", code.lower())
    s.submit("form.k-form button[type=submit]")
    assert re.search(r"/console/households/\d+/$", page.url)
    household = Household.objects.get()
    cases = hs.household_cases(household)
    assert len(cases) == 4
    s.check("household page", "console-household")
    # 花子's passport: one item on both children's cases, checked once.
    s.submit("#household-shared li:first-child button")
    assert page.locator("#household-shared .k-badge--done").count() == 1
    clerk = cases[0].intake_office and staff["sumida-clerk"]
    for case in cases:
        for entry in case.checklist.filter(required=True, checked_at__isnull=True):
            services.checklist_check(case=case, code=entry.code, actor=clerk)
        services.case_forward(case=case, actor=clerk)
    # 八戸市 and production, case by case (the console story covers these pages).
    for case in hs.household_cases(household):
        case = services.case_start_review(case=case, actor=staff["hachinohe-reviewer"])
        case = services.case_accept(case=case, actor=staff["hachinohe-reviewer"])
        case = services.case_order(case=case, actor=staff["production-operator"])
        case = services.case_ship(case=case, actor=staff["production-operator"])
    for case in hs.household_cases(household)[:3]:
        services.case_receive(case=case, actor=clerk)

    # The family tracker: every member's stage, the children minimised.
    s.visit("/track/household/", "family tracker form", None)
    page.fill("#id_reference", household.reference_display)
    page.fill("#id_birth_date", HANAKO_BIRTH)
    s.submit("form.k-form button[type=submit]")
    s.check("family tracker", "family-tracker")
    rows = page.locator("#family-stages tbody tr")
    assert rows.count() == 4
    assert (
        "さ." in rows.nth(2).inner_text()
        and "さくら" not in page.locator("#family-stages").inner_text()
    )

    # Not bookable until the last card arrives; then one booking for four.
    s.visit(f"/console/households/{household.pk}/", "household waiting", None)
    assert page.locator("#household-waiting").count() == 1
    services.case_receive(case=hs.household_cases(household)[3], actor=clerk)
    # The representative alone gets the family's one booking link, and books from the portal.
    mail = Notification.objects.get(template="household_arrived")
    assert mail.to == "hanako@example.com"
    link = re.sub(r"^https?://[^/]+", "", mail.context["booking_url"])
    start = _family_slot()
    s.visit(f"{link}?day={start.date().isoformat()}", "family booking", "portal-family-book")
    assert page.locator("#family-to-book li").count() == 4
    slot = Slot.objects.get(service__office__code="131075", starts_at=start)
    page.check(f"#slot-{slot.pk}")
    s.submit("form.k-form button[type=submit]")
    assert page.locator("#family-booked li").count() == 4
    s.check("family booked", "portal-family-booked")
    assert Booking.objects.filter(case__in=cases).count() == 4
    confirmation = Notification.objects.get(template="household_appointment_confirmed")
    assert confirmation.to == "hanako@example.com"
    s.visit(f"/console/households/{household.pk}/", "household booked", None)
    assert page.locator("#household-bookings li").count() == 4
    s.check("household booked", "console-household-booked")

    # Four hand-overs, each on its own case page with the household panel beside it.
    for i, case in enumerate(hs.household_cases(household)):
        s.visit(f"/console/cases/{case.pk}/", "case page with household", None)
        assert page.locator("#household table tbody tr").count() == 4
        if i == 2:
            s.check("case page with household", "console-case-household")
        with page.expect_navigation():
            page.locator("a[data-action=hand_over]").click()
        form = page.locator("form[data-action=hand_over]")
        form.locator("input[name=identity_checked]").check()
        form.locator("input[name=identity_documents][value=passport]").check()
        form.locator("input[name=receipt_signed]").check()
        s.submit("form[data-action=hand_over] button[type=submit]")
        assert page.locator(".k-notice--success").count() == 1
    states = [c.state for c in hs.household_cases(household)]
    assert states == ["issued"] * 4
    s.visit(
        f"/console/households/{household.pk}/", "household collected", "console-household-issued"
    )
    for c in Case.objects.all():
        assert c.events.filter(transition="hand_over").count() == 1
