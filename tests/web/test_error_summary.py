"""The error summary on every citizen form (issue 16.4): one box listing each error as a
link to its field, a page title that starts with 「エラー:」/"Error:", and messages that
say what to do in the form's own words."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from test_console import _client, _fast_passwords_and_clean_cache, _intake_data, world

pytestmark = pytest.mark.django_db
__all__ = ["_fast_passwords_and_clean_cache", "world"]  # fixtures


def _summary(html: str) -> str:
    m = re.search(r'<div class="k-error-summary".*?</div>', html, re.S)
    assert m, "no error summary"
    return m.group(0)


def _title(html: str) -> str:
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()


def test_preregistration_errors_in_japanese(client):
    # A choice says "choose", and a radio group links to its first radio.
    client.post("/preregister/")
    html = client.post("/preregister/q/route/", {}).content.decode()
    box = _summary(html)
    assert _title(html).startswith("エラー: ")
    assert '<a href="#id_channel_0">' in box and "を選択してください" in box
    client.post("/preregister/q/route/", {"channel": "mission_mail"})
    client.post(
        "/preregister/q/name/",
        {
            "family_name": "国外",
            "given_name": "太郎",
            "family_name_kana": "コクガイ",
            "given_name_kana": "タロウ",
            "family_name_romaji": "KOKUGAI",
            "given_name_romaji": "TARO",
        },
    )
    html = client.post("/preregister/q/birth-date/", {"birth_date": ""}).content.decode()
    box = _summary(html)
    assert _title(html).startswith("エラー: ")
    assert '<a href="#id_birth_date">生年月日を入力してください</a>' in box
    assert "This field is required" not in html and "このフィールドは必須です" not in html
    # Every link points at an element that exists on the page.
    for target in re.findall(r'href="#([^"]+)"', box):
        assert f'id="{target}"' in html, target


def test_tracker_errors_in_english(client):
    client.cookies["django_language"] = "en"
    html = client.post(reverse("portal:track"), {"reference": ""}).content.decode()
    assert _title(html).startswith("Error: ")
    box = _summary(html)
    assert '<a href="#id_birth_date">Enter date of birth</a>' in box
    assert 'href="#id_reference"' in box


def test_a_page_without_errors_has_no_summary_and_a_plain_title(client):
    html = client.get("/preregister/").content.decode()
    assert "k-error-summary" not in html
    assert not _title(html).startswith("エラー")


def test_console_intake_uses_the_same_summary(client, world):
    _client(client, world, "sumida-clerk")
    html = client.post(
        reverse("console:intake"), _intake_data(birth_date="", family_name_kana="Kokugai")
    ).content.decode()
    assert _title(html).startswith("エラー: ")
    box = _summary(html)
    assert 'href="#id_birth_date"' in box and 'href="#id_family_name_kana"' in box
