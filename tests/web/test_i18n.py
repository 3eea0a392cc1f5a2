"""The translation catalogue: committed, compiled, complete; pages in Japanese by default."""

from __future__ import annotations

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

LOCALE = Path(settings.LOCALE_PATHS[0])
PO = LOCALE / "ja" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{(\w+)\}")


def _catalogue() -> polib.POFile:
    return polib.pofile(str(PO))


def test_committed_mo_matches_the_po():
    # bin/messages compiles with polib; any edit to the .po without recompiling fails here.
    assert MO.read_bytes() == _catalogue().to_binary(), "run bin/messages compile"


def test_no_japanese_entry_is_empty_or_fuzzy():
    po = _catalogue()
    assert len(po) > 100
    empty = [e.msgid for e in po if not e.obsolete and not e.translated()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert empty == [], f"untranslated: {empty[:10]}"
    assert fuzzy == [], f"fuzzy: {fuzzy[:10]}"


def test_translations_keep_their_placeholders():
    for e in _catalogue():
        if e.obsolete:
            continue
        wanted = sorted(PLACEHOLDER.findall(e.msgid))
        if e.msgid_plural:
            for text in e.msgstr_plural.values():
                assert sorted(PLACEHOLDER.findall(text)) == wanted, e.msgid
        else:
            assert sorted(PLACEHOLDER.findall(e.msgstr)) == wanted, e.msgid


def test_header_declares_utf8_and_japanese():
    po = _catalogue()
    assert "charset=UTF-8" in po.metadata["Content-Type"]
    assert po.metadata["Language"] == "ja"


def test_gettext_uses_the_catalogue():
    with translation.override("ja"):
        assert translation.gettext("Skip to main content") == "本文へ移動"
    with translation.override("en"):
        assert translation.gettext("Skip to main content") == "Skip to main content"


@pytest.mark.django_db
def test_pages_are_japanese_by_default_and_switch_to_english(client):
    page = client.get("/console/login/")
    html = page.content.decode()
    assert '<html lang="ja">' in html
    assert "本文へ移動" in html and "ログイン" in html
    switched = client.post(
        "/i18n/setlang/", {"language": "en", "next": "/console/login/"}, follow=True
    )
    html = switched.content.decode()
    assert '<html lang="en">' in html
    assert "Skip to main content" in html
    # The switcher offers the other language, labelled in that language.
    assert 'lang="ja"' in html and "日本語" in html
