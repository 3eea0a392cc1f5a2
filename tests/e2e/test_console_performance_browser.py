"""The performance page in the browser: charts with their tables, axe clean in ja and en."""

from __future__ import annotations

import pytest

from kokugai.registry import services as registry_services
from kokugai.registry.models import Office
from kokugai.rules.codes import OfficeKind
from kokugai.tracking.generate import generate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "kokugai-demo-e2e"


@pytest.fixture
def history(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    for code, kind, ja, en in [
        ("131075", OfficeKind.MUNICIPALITY, "東京都墨田区", "Sumida City, Tokyo"),
        ("022039", OfficeKind.MUNICIPALITY, "青森県八戸市", "Hachinohe City, Aomori"),
        ("production", OfficeKind.PRODUCTION, "J-LIS 製造", "J-LIS production"),
        ("jtea-tw-taipei", OfficeKind.MISSION, "日本台湾交流協会台北事務所", "JTEA Taipei"),
    ]:
        Office.objects.get_or_create(
            code=code, defaults={"kind": kind.value, "name_ja": ja, "name_en": en}
        )
    generate(400, seed=5)
    return registry_services.demo_staff_ensure(password=PASSWORD)


def test_the_performance_page_shows_charts_and_tables(
    page, live_server, history, console_login, axe_check, screenshot, set_language
):
    console_login(page, live_server, "hachinohe-reviewer", PASSWORD)
    page.goto(f"{live_server.url}/console/performance/?days=365")
    assert page.locator("h1").inner_text().startswith("青森県八戸市")
    assert page.locator("svg[role=img]").count() >= 2
    assert page.locator("table caption").count() == 3
    axe_check(page, "console performance ja")
    screenshot(page, "console-performance-ja")
    set_language(page, "en")
    assert "Performance of" in page.locator("h1").inner_text()
    axe_check(page, "console performance en")
