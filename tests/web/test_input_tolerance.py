"""What people type is taken, not refused (issue 16.7, 16.8): 和暦 and full-width dates,
full-width email addresses and phone numbers, kana in either script stored as katakana."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from prereg_walk import walk
from test_console import _client, _fast_passwords_and_clean_cache, _intake_data, world
from test_portal_prereg import FORM

from kokugai.cases.models import Case
from kokugai.core.forms import DateField, EmailField, PhoneField, kana_value
from kokugai.web.portal.forms import TrackerForm

pytestmark = pytest.mark.django_db
__all__ = ["_fast_passwords_and_clean_cache", "world"]  # fixtures
FULL_EMAIL = "ｈａｎａｋｏ．ｋｏｋｕｇａｉ＠ｅｘａｍｐｌｅ．ｃｏｍ"


@pytest.mark.parametrize(
    "typed", ["平成2年4月1日", "H2.4.1", "１９９０年４月１日", "1990/4/1", "令和7年10月28日"]
)
def test_date_field_takes_wareki_and_full_width(typed):
    value = DateField().clean(typed)
    assert value in (dt.date(1990, 4, 1), dt.date(2025, 10, 28))


def test_date_field_says_what_to_type():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as exc:
        DateField().clean("平成32年1月1日")
    assert exc.value.code == "era_range"
    with pytest.raises(ValidationError) as exc:
        DateField().clean("someday")
    assert "1990年4月1日" in exc.value.messages[0]


def test_email_and_phone_are_normalised():
    assert EmailField().clean(FULL_EMAIL) == "hanako.kokugai@example.com"
    assert PhoneField().clean("＋８８６－２－１２３４－５６７８") == "+886-2-1234-5678"
    assert PhoneField().clean("090ー1234ー5678") == "090-1234-5678"
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        PhoneField().clean("call me")


def test_kana_in_either_script_is_katakana():
    assert kana_value("こくがい") == "コクガイ"
    assert kana_value("ｺｸｶﾞｲ") == "コクガイ"


@pytest.mark.django_db
def test_portal_preregistration_takes_full_width_and_wareki(client):
    from kokugai.web.models import PreRegistration
    from kokugai.web.portal.prereg_flow import BirthDateForm

    r = walk(
        client,
        {
            **FORM,
            "email": FULL_EMAIL,
            "phone": "＋８８６　２　１２３４　５６７８",
            "birth_date": "平成2年4月1日",
            "family_name_kana": "こくがい",
        },
    )
    assert r.status_code == 302, r.content.decode()[:2000]
    p = PreRegistration.objects.get()
    assert p.email == "hanako.kokugai@example.com"
    assert p.phone == "+886 2 1234 5678"
    assert p.birth_date == dt.date(1990, 4, 1)
    assert p.family_name_kana == "コクガイ"
    # The date box is a text box: a date picker cannot take 和暦.
    assert 'type="text"' in str(BirthDateForm()["birth_date"])


def test_tracker_takes_a_reiwa_date():
    form = TrackerForm({"reference": "R2025-000123-3", "birth_date": "Ｒ２．４．１"})
    form.is_valid()
    assert form.cleaned_data["birth_date"] == dt.date(2020, 4, 1)


@pytest.mark.django_db
def test_console_intake_stores_kana_in_katakana_and_takes_full_width(client, world):
    _client(client, world, "sumida-clerk")
    response = client.post(
        reverse("console:intake"),
        _intake_data(
            family_name_kana="こくがい",
            given_name_kana="ﾊﾅｺ",
            email=FULL_EMAIL,
            phone="０９０－１２３４－５６７８",
            birth_date="平成2年4月1日",
        ),
    )
    assert response.status_code == 302, response.context["form"].errors
    person = Case.objects.get().person
    assert (person.family_name_kana, person.given_name_kana) == ("コクガイ", "ハナコ")
    assert person.email == "hanako.kokugai@example.com"
    assert person.phone == "090-1234-5678"
    assert person.birth_date == dt.date(1990, 4, 1)


@pytest.mark.django_db
def test_console_intake_refuses_latin_letters_as_kana(client, world):
    _client(client, world, "sumida-clerk")
    response = client.post(reverse("console:intake"), _intake_data(family_name_kana="Kokugai"))
    assert response.status_code == 200
    assert "family_name_kana" in response.context["form"].errors


def test_pages_and_mails_write_dates_the_same_way():
    from django.template import Context, Template
    from django.utils import translation

    from kokugai.notifications.rendering import _display_date

    t = Template("{% load kokugai %}{{ d|day }}")
    d = dt.date(2027, 2, 27)
    with translation.override("ja"):
        assert (
            t.render(Context({"d": d})) == "2027年2月27日(土)（令和9年）" == _display_date(d, "ja")
        )
    with translation.override("en"):
        assert t.render(Context({"d": d})) == "27 February 2027" == _display_date(d, "en")


def test_portal_office_search_matches_romaji_and_labels_in_english(client):
    client.cookies["django_language"] = "en"
    html = client.get("/offices/search/", {"q": "Hachinohe"}).content.decode()
    assert "022039 Hachinohe City, Aomori (青森県八戸市)" in html


def test_console_office_search_matches_romaji_and_labels_in_english(client, world):
    _client(client, world, "sumida-clerk")
    client.cookies["django_language"] = "en"
    html = client.get(reverse("console:offices_search"), {"q": "Sumida City"}).content.decode()
    assert 'value="131075"' in html and "Sumida City, Tokyo (東京都墨田区)" in html


def test_english_pages_name_a_municipality_in_english_with_the_kanji():
    from django.template import Context, Template
    from django.utils import translation

    from kokugai.registry.models import Office

    office = Office(code="022039", kind="municipality", name_ja="青森県八戸市", name_en="")
    t = Template("{% load kokugai %}{{ o|office_name }}")
    with translation.override("en"):
        assert t.render(Context({"o": office})) == "Hachinohe City, Aomori (青森県八戸市)"
    with translation.override("ja"):
        assert t.render(Context({"o": office})) == "青森県八戸市"
