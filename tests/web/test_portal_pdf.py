"""The mail-channel application PDF: parses, has the typed fields, empty PIN boxes, and a
cover sheet with the address (or where to find it) and what to enclose."""

from __future__ import annotations

import datetime as dt

import pytest
from pdftext import extract_text

from factories import OfficeFactory
from kokugai.core import clock
from kokugai.web.models import PreRegistration
from kokugai.web.portal.pdf import application_pdf

pytestmark = pytest.mark.django_db


def _prereg(**kw) -> PreRegistration:
    fields = dict(
        code="P000000000",
        channel="mission_mail",
        family_name="国外",
        given_name="太郎",
        family_name_kana="コクガイ",
        given_name_kana="タロウ",
        family_name_romaji="KOKUGAI",
        given_name_romaji="TARO",
        birth_date=dt.date(1990, 4, 1),
        sex="male",
        honseki_code="022039",
        email="taro@example.com",
        email_verified_at=dt.datetime(2025, 10, 1, tzinfo=dt.UTC),
        country="TW",
        city="Taipei",
        timezone="Asia/Taipei",
        intake_office_code="jtea-tw-taipei",
        pickup_office_code="jtea-tw-taipei",
        created_at=dt.datetime(2025, 10, 1, tzinfo=dt.UTC),
    )
    fields.update(kw)
    return PreRegistration.objects.create(**fields)


def _pages(p: PreRegistration) -> list[str]:
    with clock.frozen(dt.datetime(2025, 10, 2, tzinfo=dt.UTC)):
        data = application_pdf(p)
    assert data.startswith(b"%PDF-")
    pages = extract_text(data)
    assert len(pages) == 3
    return pages


def test_the_three_pages_carry_the_typed_data():
    cover, form, pins = _pages(_prereg())
    assert "送付状" in cover and "同封するもの" in cover
    assert "日本台湾交流協会台北事務所" in cover
    assert "交付申請書" in form
    for value in (
        "国外",
        "太郎",
        "コクガイ",
        "KOKUGAI TARO",
        "1990年4月1日",
        "青森県八戸市",
        "022039",
    ):
        assert value in form, value
    assert "taro@example.com" in form
    assert "暗証番号設定依頼書" in pins


def test_no_pin_is_ever_printed_and_the_boxes_are_there():
    p = _prereg()
    _, _, pins = _pages(p)
    # The PIN page has only labels: no digits other than those in its own instructions.
    digits = {ch for ch in pins if ch.isdigit()}
    assert digits <= set("0123456789") and "1990" not in pins
    assert "手書き" in pins
    assert not any(f.name.lower().startswith("pin") for f in PreRegistration._meta.fields)


def test_cover_sheet_uses_the_postal_address_when_known():
    OfficeFactory(
        code="jtea-tw-taipei",
        kind="mission",
        name_ja="日本台湾交流協会台北事務所",
        country="TW",
        postal_address="架空路1号\n台北市 10000",
    )
    cover, _, _ = _pages(_prereg())
    assert "架空路1号" in cover and "台北市 10000" in cover
    assert "住所が登録されていません" not in cover


def test_cover_sheet_says_where_to_find_a_missing_address():
    cover, _, _ = _pages(_prereg())
    assert "住所が登録されていません" in cover
    assert "postal address is not on file" in cover
    # A mission: its website, from the reference data.
    assert "koryu.or.jp" in cover.replace("\n", "")


def test_cover_sheet_for_a_municipality_names_the_honseki_and_its_code():
    p = _prereg(
        code="P222222222",
        channel="honseki_mail",
        intake_office_code="022039",
        pickup_office_code="jtea-tw-taipei",
    )
    cover, _, _ = _pages(p)
    flat = cover.replace("\n", "")
    assert "住所が登録されていません" in flat
    assert "青森県八戸市" in flat and "022039" in flat and "公式ウェブサイト" in flat
    assert "official website" in flat and "local government code 022039" in flat


def test_enclosures_come_from_the_rules_checklist():
    cover, _, _ = _pages(_prereg())
    assert "顔写真" in cover  # the photo, from rules.procedures.checklist
    assert "パスポートの原本は郵送しない" in cover


def test_the_pdf_is_served_only_through_the_verification_link(client):
    from kokugai.web.portal.prereg import verify_token

    p = _prereg()
    token = verify_token(p)
    with clock.frozen(dt.datetime(2025, 10, 2, tzinfo=dt.UTC)):
        r = client.get(f"/preregister/verify/{token}/application.pdf")
    assert r.status_code == 200 and r["Content-Type"] == "application/pdf"
    assert r["Cache-Control"] == "no-store"
    counter = _prereg(code="P111111111", channel="mission_counter", email="x@example.com")
    r = client.get(f"/preregister/verify/{verify_token(counter)}/application.pdf")
    assert r.status_code == 404


def test_names_beyond_the_basic_plane_print_and_read_back_as_typed():
    """𠮷 (U+20BB7), 髙 and 﨑 (JIS X 0213) and a variation sequence (邉 + U+E0110) are drawn
    in the embedded IPAmj明朝 and come back from the PDF's text layer exactly as typed."""
    ivs = "邉\U000e0110"
    p = _prereg(family_name="髙﨑", given_name="𠮷子", family_name_kana="タカサキ")
    with clock.frozen(dt.datetime(2025, 10, 2, tzinfo=dt.UTC)):
        data = application_pdf(p)
    assert b"/FontFile2" in data  # the font is embedded, not left to the viewer
    assert b"IPAmjMincho" in data
    cover, form, _ = extract_text(data)
    assert "髙﨑　𠮷子" in form
    assert "髙﨑 𠮷子" in cover

    p2 = _prereg(code="P000000001", family_name="渡" + ivs, given_name="花子")
    with clock.frozen(dt.datetime(2025, 10, 2, tzinfo=dt.UTC)):
        _, form2, _ = extract_text(application_pdf(p2))
    assert "渡" + ivs + "　花子" in form2
    # ... drawn with the font's variant glyph, not the base kanji's.
    from kokugai.web.portal import pdffont

    font = pdffont._load(pdffont.font_path())
    variant = font.variations[(ord("邉"), 0xE0110)]
    assert variant != font.face.charToGlyph[ord("邉")]
    assert font.face.charToGlyph[font.private[ivs]] == variant


def test_without_the_font_the_form_is_refused_with_a_clear_error(settings, client):
    from kokugai.web.portal.pdffont import PdfFontMissing

    settings.KOKUGAI_PDF_FONT = "/nonexistent/ipamjm.ttf"
    with pytest.raises(PdfFontMissing) as exc:
        application_pdf(_prereg())
    assert exc.value.code == "pdf_font_missing" and exc.value.status == 503
    assert "fonts-ipamj-mincho" in str(exc.value.message)
    from kokugai.web.apps import check_pdf_font

    assert [w.id for w in check_pdf_font()] == ["kokugai.W001"]
    settings.KOKUGAI_PDF_FONT = ""
    assert check_pdf_font() == []


def test_mail_to_the_honseki_cover_sheet_sends_to_its_postal_address_marked_demo():
    from kokugai.registry import services as registry_services

    OfficeFactory(code="022039", name_ja="青森県八戸市", name_en="Hachinohe City")
    registry_services.demo_office_contacts_ensure()
    cover = _pages(_prereg(channel="honseki_mail", intake_office_code="022039"))[0]
    flat = cover.replace("\n", "")
    assert "本籍地" in flat and "八戸市内丸9丁目9番9号" in flat
    assert "Uchimaru, Hachinohe" in flat and "0178-00-0203" in flat
    assert "デモ用の架空の住所" in flat  # never presented as the real address


def test_the_mail_route_page_says_where_to_send_it(client):
    from kokugai.registry import services as registry_services
    from kokugai.web.portal.prereg import verify_token

    OfficeFactory(code="022039", name_ja="青森県八戸市", name_en="Hachinohe City")
    registry_services.demo_office_contacts_ensure()
    p = _prereg(channel="honseki_mail", intake_office_code="022039", email_verified_at=None)
    p.created_at = clock.now()
    p.save(update_fields=["created_at"])
    page = client.get(f"/preregister/verify/{verify_token(p)}/").content.decode()
    block = page[page.index('id="send-to"') :]
    assert "八戸市内丸9丁目9番9号" in block and "0178-00-0203" in block
    assert "デモ用の架空の連絡先" in block
