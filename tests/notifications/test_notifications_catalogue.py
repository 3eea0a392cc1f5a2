"""The catalogue: every entry has its six templates, renders in both languages, and keeps
identifying data out of subject lines."""

from __future__ import annotations

import re

import pytest

from kokugai.core.errors import ApplicationError
from kokugai.notifications.catalogue import CATALOGUE, LANGUAGES, normalise_language
from kokugai.notifications.rendering import render, template_paths
from kokugai.notifications.samples import IDENTIFYING_SAMPLE_VALUES, SAMPLE_CONTEXTS
from kokugai.notifications.services import notification_queue

BRIEF_NAMES = {
    "received", "forwarded", "correction_requested", "accepted", "application_id_issued",
    "shipped", "arrived", "appointment_confirmed", "appointment_reminder",
    "appointment_cancelled", "collected", "uncollected_warning", "rejected", "withdrawn",
    "email_change_verify", "email_change_notice_old", "card_expiry_reminder",
    "cert_renewal_reminder", "return_switch_reminder",
}  # fmt: skip

ALL = [(name, lang) for name in sorted(CATALOGUE) for lang in LANGUAGES]


def test_catalogue_has_every_notification_of_the_issue():
    assert BRIEF_NAMES <= set(CATALOGUE)
    assert set(SAMPLE_CONTEXTS) == set(CATALOGUE)


def test_catalogue_covers_every_template_the_workflow_tables_emit():
    from kokugai.cases.workflow import TEMPLATES

    assert set(TEMPLATES) <= set(CATALOGUE)


@pytest.mark.parametrize(("name", "lang"), ALL)
def test_every_entry_has_subject_text_and_html(name, lang):
    for path in template_paths(name, lang).values():
        assert path.is_file(), path


@pytest.mark.parametrize(("name", "lang"), ALL)
def test_renders_with_every_required_value(name, lang):
    context = SAMPLE_CONTEXTS[name]
    assert set(CATALOGUE[name].required_keys) <= set(context)
    rendered = render(name, lang, context)
    assert rendered.subject and "\n" not in rendered.subject
    assert "{{" not in rendered.text and "{%" not in rendered.text
    assert f'<html lang="{lang}">' in rendered.html
    # Every value the recipient needs shows up in both bodies (dates in a readable form).
    for key in CATALOGUE[name].required_keys:
        value = str(context[key])
        if key in {"last_day", "expires_on", "deadline", "procedure"} or not value:
            continue
        if key.endswith("_ja") and lang == "en" or key.endswith("_en") and lang == "ja":
            continue
        assert value in rendered.text, (key, value)


@pytest.mark.parametrize(("name", "lang"), ALL)
def test_subject_never_identifies_the_person(name, lang):
    subject = render(name, lang, SAMPLE_CONTEXTS[name]).subject
    for value in IDENTIFYING_SAMPLE_VALUES:
        assert value not in subject
    assert not re.search(r"\d{4,}", subject), subject  # no number, date or ID of any kind


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_japanese_and_english_differ_in_language(name):
    ja = render(name, "ja", SAMPLE_CONTEXTS[name])
    en = render(name, "en", SAMPLE_CONTEXTS[name])
    assert re.search(r"[\u3040-\u30ff]", ja.subject)  # kana in the Japanese subject
    assert re.fullmatch(r"[ -~\u2013\u00a0本籍地申請書]+", en.subject), en.subject


def test_html_escapes_values_but_text_does_not():
    context = {**SAMPLE_CONTEXTS["correction_requested"], "correction_text": "写真 <b>& 署名</b>"}
    rendered = render("correction_requested", "ja", context)
    assert "写真 <b>& 署名</b>" in rendered.text
    assert "写真 &lt;b&gt;&amp; 署名&lt;/b&gt;" in rendered.html


def test_arrived_says_where_which_floor_and_the_last_day():
    ja = render("arrived", "ja", SAMPLE_CONTEXTS["arrived"])
    assert "2F" in ja.text and "マイナンバーカード交付窓口" in ja.text
    assert "2026年3月5日(木)" in ja.text
    en = render("arrived", "en", SAMPLE_CONTEXTS["arrived"])
    assert "5 March 2026" in en.text and "/book/sample-token/" in en.html


@pytest.mark.parametrize(
    ("given", "expected"), [("ja", "ja"), ("en", "en"), ("en-GB", "en"), ("fi", "ja"), ("", "ja")]
)
def test_language_falls_back_to_japanese(given, expected):
    assert normalise_language(given) == expected


@pytest.mark.django_db
def test_unknown_template_is_refused():
    with pytest.raises(ApplicationError) as err:
        notification_queue(template="nope", to="a@example.com", language="ja", context={})
    assert err.value.code == "notification_unknown_template"


@pytest.mark.django_db
def test_missing_context_keys_are_listed():
    context = dict(SAMPLE_CONTEXTS["arrived"])
    del context["last_day"], context["tracking_url"]
    with pytest.raises(ApplicationError) as err:
        notification_queue(template="arrived", to="a@example.com", language="ja", context=context)
    assert err.value.code == "notification_context_missing"
    assert sorted(err.value.fields["context"]) == ["last_day", "tracking_url"]


@pytest.mark.django_db
@pytest.mark.parametrize("key", ["mynumber", "my_number_masked", "birth_date", "pin"])
def test_identifiers_cannot_be_put_in_a_context(key):
    context = {**SAMPLE_CONTEXTS["withdrawn"], key: "x"}
    with pytest.raises(ApplicationError) as err:
        notification_queue(template="withdrawn", to="a@example.com", language="ja", context=context)
    assert err.value.code == "notification_context_forbidden"


@pytest.mark.django_db
def test_shipping_like_keys_are_not_mistaken_for_a_pin():
    context = {**SAMPLE_CONTEXTS["withdrawn"], "shipping_date": "2026-01-01"}
    notification = notification_queue(
        template="withdrawn", to="a@example.com", language="ja", context=context
    )
    assert notification.status == "queued"


@pytest.mark.django_db
def test_invalid_address_is_refused():
    with pytest.raises(ApplicationError) as err:
        notification_queue(
            template="withdrawn", to="not-an-address", language="ja",
            context=SAMPLE_CONTEXTS["withdrawn"],
        )  # fmt: skip
    assert err.value.code == "invalid_email"
