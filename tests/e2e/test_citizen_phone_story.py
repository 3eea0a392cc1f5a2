"""Issue 16, done when: the seed's story on a phone (390x844), in Japanese and in English,
through the pages of §10–§12 and the office details of §2: the planner's result (the
recommended route first, no sideways scrolling, the checklist printed alone on one page),
the tracker (the departure date the case holds, the verdict in words, dated steps, the
holding office's contact), the task list, the booking confirmation with the office's
address, the tracker once booked, and the task list at the end. axe-core on every page;
screenshots under var/screenshots/ (docs/screenshots/ through bin/screenshots)."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

import pytest

from factories import OfficeFactory, PersonFactory, StaffFactory
from kokugai.appointments import services as appointment_services
from kokugai.appointments.models import Slot
from kokugai.cases import services
from kokugai.core import clock
from kokugai.registry import services as registry_services
from kokugai.registry.models import OpeningHours, StaffRole
from kokugai.tracking import selectors

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
axe_check = screenshot = set_language = None

WORDS = {
    "ja": {
        "not_ready": "出発までに間に合わない見込みです",
        "done": "完了",
        "todo": "未着手",
        "contact": "申請を扱っている窓口の連絡先",
        "everything": "すべて完了しました。",
    },
    "en": {
        "not_ready": "Likely not ready before you leave",
        "done": "Completed",
        "todo": "Not yet started",
        "contact": "Contact the office holding your case",
        "everything": "Everything is done.",
    },
}


@pytest.fixture(autouse=True)
def _helpers(axe_check, screenshot, set_language):
    globals().update(axe_check=axe_check, screenshot=screenshot, set_language=set_language)


@pytest.fixture
def world():
    selectors.learned_reset()
    sumida = OfficeFactory(code="131075", name_ja="東京都墨田区", name_en="Sumida City, Tokyo")
    hachinohe = OfficeFactory(
        code="022039", name_ja="青森県八戸市", name_en="Hachinohe City, Aomori"
    )
    OfficeFactory(
        code="jtea-tw-taipei",
        kind="mission",
        name_ja="日本台湾交流協会台北事務所",
        name_en="Japan-Taiwan Exchange Association, Taipei Office",
        country="TW",
        timezone="Asia/Taipei",
    )
    production = OfficeFactory(production=True)
    registry_services.demo_office_contacts_ensure()  # invented, and marked so on the pages
    for weekday in range(5):
        OpeningHours.objects.create(
            office=sumida, weekday=weekday, opens=dt.time(8, 30), closes=dt.time(17, 15)
        )
    return {
        "sumida": sumida,
        "production": production,
        "clerk": StaffFactory(office=sumida, role=StaffRole.CLERK).user,
        "reviewer": StaffFactory(office=hachinohe, role=StaffRole.REVIEWER).user,
        "producer": StaffFactory(office=production, role=StaffRole.PRODUCER).user,
        "person": PersonFactory(honseki=hachinohe, birth_date=dt.date(1990, 4, 1)),
    }


def _visit(page, url: str, label: str, lang: str) -> None:
    page.goto(url)
    page.wait_for_load_state()
    set_language(page, lang)
    axe_check(page, f"{label} ({lang}, phone)")


def _no_sideways_scroll(page, label: str) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"{label}: {width}px wide on a 390px phone"


def _pdf_pages(data: bytes) -> int:
    counts = [int(n) for n in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", data)]
    counts += [int(n) for n in re.findall(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", data)]
    assert counts, "no page tree found in the PDF"
    return max(counts)


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
    axe_check(page, f"plan result ({lang}, phone)")
    _no_sideways_scroll(page, "plan result")
    assert page.locator("table").count() == 0
    # The recommended route comes first, with its reason.
    first = page.locator(".k-route-card").first
    assert first.get_attribute("id") == "recommended"
    assert page.locator("#recommended #recommended-reason").is_visible()
    titles = page.locator(".k-route-card__title").all_inner_texts()
    assert len(titles) >= 3 and len(set(titles)) == len(titles)
    # Assumptions are behind the disclosure, closed.
    assert not page.locator("#assumptions").is_visible()
    page.locator("#how-we-estimate summary").click()
    assert page.locator("#assumptions").is_visible()
    page.locator("#how-we-estimate summary").click()
    screenshot(page, f"portal-plan-phone-{lang}")
    page.evaluate("window.scrollTo(0, 0)")  # the disclosure's clicks scrolled the page down
    screenshot(page, f"portal-plan-phone-top-{lang}", full_page=False)

    # Printing shows the checklist alone, on one page.
    page.emulate_media(media="print")
    visible_outside = page.evaluate(
        """() => [...document.querySelectorAll('main *')]
              .filter(e => !e.closest('#print-checklist') && !e.contains(document.querySelector('#print-checklist')))
              .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
              .map(e => e.tagName + '#' + e.id + '.' + e.className)"""
    )
    assert visible_outside == [], visible_outside
    assert not page.locator(".k-header").is_visible()
    assert page.locator("#checklist-documents li").count() >= 3
    assert page.locator("#print-checklist .k-office").count() >= 1
    pdf = page.pdf(format="A4", print_background=True)
    assert _pdf_pages(pdf) == 1
    page.emulate_media(media="screen")


def _track(page, base: str, reference: str, lang: str, label: str) -> None:
    _visit(page, f"{base}/track/", "tracker form", lang)
    page.fill("#id_reference", reference)
    page.fill("#id_birth_date", "1990-04-01")
    page.click("form.k-form button[type=submit]")
    page.wait_for_selector("#status")
    axe_check(page, f"tracker {label} ({lang}, phone)")
    _no_sideways_scroll(page, f"tracker {label}")


def _tasks(page, lang: str, label: str) -> dict[str, str]:
    page.click("#tasks-form button[type=submit]")
    page.wait_for_selector("#task-list")
    axe_check(page, f"task list {label} ({lang}, phone)")
    _no_sideways_scroll(page, f"task list {label}")
    return {
        li.get_attribute("id").removeprefix("task-"): li.get_attribute("data-state")
        for li in page.locator("#task-list > li").all()
    }


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_seed_story_on_a_phone(phone_page, live_server, world, lang):
    page, w, base = phone_page, WORDS[lang], live_server.url
    _plan(page, base, lang)

    # Applied at 墨田区 during a visit, leaving again in ten days (the case holds the date).
    today = clock.today()
    case = services.case_open(
        person=world["person"],
        procedure="new_issuance",
        channel="municipality_visit",
        intake_office=world["sumida"],
        actor=world["clerk"],
        departure_date=today + dt.timedelta(days=10),
    )
    for entry in case.checklist.filter(required=True):
        services.checklist_check(case=case, code=entry.code, actor=world["clerk"])
    services.case_forward(case=case, actor=world["clerk"])
    services.case_start_review(case=case, actor=world["reviewer"])
    receipt = case.receipt_number

    _track(page, base, receipt.lower(), lang, "review")
    assert receipt in page.locator("#status-heading").inner_text()
    verdict = page.locator("#departure-verdict")
    assert verdict.get_attribute("data-verdict") == "no"
    assert w["not_ready"] in verdict.inner_text()
    assert page.locator("#departure-source").is_visible()
    assert page.locator(".k-steps time").count() >= 2  # received, review: each dated
    holder = page.locator("#holder-contact")
    assert w["contact"] in holder.inner_text() and "0178-00-0203" in holder.inner_text()
    screenshot(page, f"portal-tracker-review-phone-{lang}")
    states = _tasks(page, lang, "review")
    assert list(states) == ["plan", "prereg", "apply", "card", "book", "collect"]
    assert states["apply"] == "done" and states["card"] == "in_progress"
    assert states["book"] == "not_started"
    screenshot(page, f"portal-tasks-phone-{lang}")

    # Accepted, made, shipped, arrived at 墨田区.
    services.case_accept(case=case, actor=world["reviewer"], production_office=world["production"])
    services.case_order(case=case, actor=world["producer"])
    services.case_ship(case=case, actor=world["producer"])
    services.case_receive(case=case, actor=world["clerk"])
    _track(page, base, receipt, lang, "ready")
    assert "031-0000" not in page.locator("#holder-contact").inner_text()
    assert "03-0000-0130" in page.locator("#holder-contact").inner_text()
    states = _tasks(page, lang, "ready")
    assert states["card"] == "done" and states["book"] == "not_started"
    assert page.locator("#task-book").get_attribute("aria-current") == "step"

    # Booked (the link the arrival mail carries); the confirmation names the office in full.
    service = appointment_services.service_ensure_pickup(office=world["sumida"])
    appointment_services.slots_materialise(
        service=service, start=today + dt.timedelta(days=1), end=today + dt.timedelta(days=8)
    )
    slot = Slot.objects.filter(service=service).order_by("starts_at").first()
    booking = appointment_services.appointment_book(
        case=case, slot=slot, applicant_timezone="Asia/Taipei"
    )
    path = urlsplit(appointment_services.manage_url(booking)).path
    _visit(page, f"{base}{path}", "booking confirmed", lang)
    office = page.locator(".k-office").first.inner_text()
    assert "03-0000-0130" in office and ("吾妻橋" in office or "Azumabashi" in office)
    _no_sideways_scroll(page, "booking confirmed")
    screenshot(page, f"portal-booking-confirmed-phone-{lang}")

    _track(page, base, receipt, lang, "booked")
    assert page.locator("#appointment").count() == 1
    assert "Book a pickup visit before you leave." not in page.content()
    assert "出発前に受取の予約をしてください" not in page.content()
    states = _tasks(page, lang, "booked")
    assert states["book"] == "done" and states["collect"] == "not_started"

    with clock.frozen(clock.now() + dt.timedelta(minutes=5)):
        services.case_hand_over(
            case=case, actor=world["clerk"], identity_checked=True, identity_documents=["passport"]
        )
    _track(page, base, receipt, lang, "collected")
    states = _tasks(page, lang, "collected")
    assert states["collect"] == "done" and states["book"] == "done"
    assert w["everything"] in page.locator("#next-action").inner_text()
    assert w["done"] in page.locator("#task-list").inner_text()
    screenshot(page, f"portal-tasks-collected-phone-{lang}")
