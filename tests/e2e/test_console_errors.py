"""The console in the browser when things go wrong, and on a phone."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from signin_helpers import pass_second_factor, totp_code_for

from kokugai.cases import services
from kokugai.cases.models import Case, CaseEvent
from kokugai.people.services import person_create
from kokugai.registry import services as registry_services
from kokugai.registry.models import Office
from kokugai.rules.codes import Channel, OfficeKind, Procedure

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "kokugai-demo-e2e"


@pytest.fixture
def opened_case(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    offices = {}
    for code, kind, ja in [
        ("131075", OfficeKind.MUNICIPALITY, "東京都墨田区"),
        ("022039", OfficeKind.MUNICIPALITY, "青森県八戸市"),
        ("production", OfficeKind.PRODUCTION, "J-LIS 製造"),
        ("jtea-tw-taipei", OfficeKind.MISSION, "日本台湾交流協会台北事務所"),
    ]:
        offices[code], _ = Office.objects.get_or_create(
            code=code, defaults={"kind": kind.value, "name_ja": ja}
        )
    users = registry_services.demo_staff_ensure(password=PASSWORD)
    person = person_create(
        actor=None,
        family_name="国外",
        given_name="太郎",
        family_name_kana="コクガイ",
        given_name_kana="タロウ",
        birth_date=dt.date(1990, 4, 1),
        sex="male",
        honseki=offices["022039"],
        email="taro.kokugai@example.com",
        country="TW",
        city="Taipei",
        timezone="Asia/Taipei",
    )
    case = services.case_open(
        person=person,
        procedure=Procedure.NEW_ISSUANCE,
        channel=Channel.MUNICIPALITY_VISIT,
        intake_office=offices["131075"],
        actor=users["sumida-clerk"],
    )
    for entry in case.checklist.filter(required=True):
        services.checklist_check(case=case, code=entry.code, actor=users["sumida-clerk"])
    return Case.objects.get(pk=case.pk)


def test_double_submit_from_two_tabs_fires_once_and_says_409(
    page, live_server, opened_case, axe_check, screenshot, console_login
):
    console_login(page, live_server, "sumida-clerk", PASSWORD)
    url = f"{live_server.url}/console/cases/{opened_case.pk}/"
    page.goto(url)
    other = page.context.new_page()
    other.goto(url)  # same version in both tabs

    with page.expect_navigation():
        page.locator("form[data-action=forward] button[type=submit]").click()
    assert page.locator(".k-notice--success").count() == 1

    with other.expect_navigation() as nav:
        other.locator("form[data-action=forward] button[type=submit]").click()
    assert nav.value.status == 409
    assert other.locator("[role=alert]").count() >= 1
    assert "stale_version" in other.locator(".k-error-code").inner_text()
    axe_check(other, "409 page")
    screenshot(other, "console-error-409-ja")
    assert CaseEvent.objects.filter(case=opened_case, transition="forward").count() == 1


def test_out_of_scope_case_is_404_in_the_browser(page, live_server, opened_case, console_login):
    console_login(page, live_server, "taipei-clerk", PASSWORD)
    response = page.goto(f"{live_server.url}/console/cases/{opened_case.pk}/")
    assert response.status == 404
    assert opened_case.receipt_number not in page.content()


def test_console_on_a_phone(phone_page, live_server, opened_case, axe_check, screenshot):
    page = phone_page
    page.goto(f"{live_server.url}/console/login/")
    axe_check(page, "login on a phone")
    page.locator("input[name=username]").fill("sumida-clerk")
    page.locator("input[name=password]").fill(PASSWORD)
    totp_code_for("sumida-clerk")  # the clerk has enrolled an authenticator app
    page.locator("form.k-login button[type=submit]").click()
    pass_second_factor(page, "sumida-clerk")
    page.wait_for_url(re.compile(r"/console/$"))
    page.goto(f"{live_server.url}/console/cases/{opened_case.pk}/")
    axe_check(page, "case page on a phone")
    # Nothing wider than the screen: the layout reflows to one column.
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
    screenshot(page, "console-case-phone-ja")


def test_keyboard_only_sign_in_with_visible_focus(page, live_server, opened_case):
    totp_code_for("sumida-clerk")  # the clerk has enrolled an authenticator app
    page.goto(f"{live_server.url}/console/login/")
    # The username field has focus on arrival; typing is enough.
    assert page.evaluate("document.activeElement.name") == "username"
    page.keyboard.type("sumida-clerk")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "password"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
    page.keyboard.type(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    # The second step: the code field has focus too.
    assert page.evaluate("document.activeElement.name") == "code"
    page.keyboard.type(totp_code_for("sumida-clerk"))
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/console/")
    # On a fresh page the first Tab reaches the skip link, which then becomes visible.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "k-skip"
    assert page.locator(".k-skip").bounding_box()["y"] >= 0
    page.keyboard.press("Enter")
    assert page.url.endswith("#main")
