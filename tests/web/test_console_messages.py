"""Console messages (issue 15.7): one "完了:" per notice, and the console's own translated
404/403 in the console's layout; the citizen's pages keep the citizen's layout."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation
from test_console import _check_all, _client, _fast_passwords_and_clean_cache, case, world

pytestmark = pytest.mark.django_db
__all__ = ["_fast_passwords_and_clean_cache", "case", "world"]  # fixtures


def test_an_action_says_done_once(client, world, case):
    _check_all(case, world["users"]["sumida-clerk"])
    case.refresh_from_db()
    _client(client, world, "sumida-clerk")
    url = reverse("console:case_action", args=[case.pk, "forward"])
    page = client.post(url, {"expected_version": case.version}, follow=True)
    html = page.content.decode()
    assert html.count("完了:") == 1, html.count("完了:")
    assert "完了: 完了:" not in html and "完了:</span>完了" not in html


def test_console_404_is_translated_and_in_the_console_layout(client, world):
    _client(client, world, "sumida-clerk")
    page = client.get(reverse("console:case", args=[999999]))
    html = page.content.decode()
    assert page.status_code == 404
    assert "見つかりません" in html and "not found" not in html
    assert "このアドレスには何も見つかりませんでした。" in html
    assert "Kokugai 職員画面" in html  # the console's layout
    assert 'href="/console/"' in html  # the console's brand link, not the portal's "/"
    with translation.override("en"):
        client.cookies["django_language"] = "en"
        page = client.get(reverse("console:case", args=[999999]), HTTP_ACCEPT_LANGUAGE="en")
    html = page.content.decode()
    assert "Nothing was found at this address." in html and "Error:" in html


def test_unknown_console_address_gets_the_console_404(client, world):
    _client(client, world, "sumida-clerk")
    page = client.get("/console/no-such-page/")
    assert page.status_code == 404
    html = page.content.decode()
    assert 'href="/console/"' in html and "このアドレスには何も見つかりませんでした。" in html


def test_unknown_portal_address_gets_the_citizen_404(client, db):
    page = client.get("/no-such-page/")
    assert page.status_code == 404
    html = page.content.decode()
    assert "このアドレスには何も見つかりませんでした。" in html
    assert 'href="/console/"' not in html and "Kokugai 職員画面" not in html


def test_console_403_is_translated_and_in_the_console_layout(client, world):
    _client(client, world, "kokugai-admin")
    page = client.get(reverse("console:home"))
    assert page.status_code == 403
    html = page.content.decode()
    assert 'href="/console/"' in html and "エラー:" in html
