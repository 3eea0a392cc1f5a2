"""The filled-in application for the mail channels, as a printable A4 PDF.

Three pages: a cover sheet (where to send it, what to enclose), the 交付申請書 and the
暗証番号設定依頼書. Typed, because missions ask for typed forms (handwriting causes errors);
the PIN boxes stay empty for the citizen to fill in by hand: PINs are never asked for,
stored or printed by Kokugai. Labels use ReportLab's built-in CID gothic; everything the
citizen typed is drawn in the embedded IPAmj明朝 (``pdffont``), so names outside the basic
plane, JIS X 0213 kanji and variation sequences print as registered.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

from kokugai.core import clock
from kokugai.registry.models import Office
from kokugai.rules import offices, procedures
from kokugai.rules.codes import Channel, Procedure
from kokugai.web.models import PreRegistration
from kokugai.web.portal import pdffont

GOTHIC = "HeiseiKakuGo-W5"
MINCHO = pdffont.FONT_NAME
PAGE_W, PAGE_H = A4
MARGIN = 18 * mm

SEX_JA = {"male": "男", "female": "女"}


def _fonts() -> None:
    if GOTHIC not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(GOTHIC))
    pdffont.register()


def _office_name(code: str) -> tuple[str, str]:
    o = offices.office(code)
    if o is None:
        return code, code
    # The kanji is printed beside it already: the English name alone ("Sumida City, Tokyo").
    en = o.english_name if isinstance(o, offices.Municipality) else o.display_name_en
    return o.display_name, en


def _age(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def checklist_lines(p: PreRegistration, lang: str = "ja") -> tuple[list[str], list[str]]:
    """(what to enclose, what to check before sending), from the rules' intake checklist
    for this route, so the cover sheet and the clerk's checklist never disagree."""
    today = clock.today()
    try:
        items = procedures.checklist(
            Procedure(p.procedure),
            Channel(p.channel),
            as_of=today,
            age=_age(p.birth_date, today),
            with_certificates=p.with_certificates,
            departure_date=p.departure_date,
        )
    except (procedures.ChannelNotAvailableError, ValueError):
        return [], []
    optional = "（該当する場合）" if lang == "ja" else " (if applicable)"

    def line(i: procedures.ChecklistItem) -> str:
        return i.label.get(lang) + ("" if i.required else optional)

    enclose = [line(i) for i in items if i.kind != "check"]
    check = [line(i) for i in items if i.kind == "check"]
    return enclose, check


class _Sheet:
    """A few drawing helpers over a canvas, top-down coordinates in mm from the margin."""

    def __init__(self, c: Canvas) -> None:
        self.c = c
        self.y = PAGE_H - MARGIN

    def title(self, ja: str, en: str) -> None:
        self.c.setFont(GOTHIC, 15)
        self.c.drawString(MARGIN, self.y - 6 * mm, ja)
        self.c.setFont(GOTHIC, 8.5)
        self.c.drawString(MARGIN, self.y - 11 * mm, en)
        self.y -= 17 * mm

    def text(self, s: str, size: float = 9.5, indent: float = 0, font: str = GOTHIC) -> None:
        self.c.setFont(font, size)
        width = PAGE_W - 2 * MARGIN - indent
        for line in _wrap(s, font, size, width):
            self.c.drawString(MARGIN + indent, self.y - size * 1.1, line)
            self.y -= size * 1.45

    def gap(self, h_mm: float) -> None:
        self.y -= h_mm * mm

    def row(self, label_ja: str, label_en: str, value: str, h: float = 11 * mm) -> None:
        """A boxed form row: the label on the left, the typed value on the right."""
        c, x0, w = self.c, MARGIN, PAGE_W - 2 * MARGIN
        lw = 48 * mm
        c.rect(x0, self.y - h, w, h)
        c.line(x0 + lw, self.y, x0 + lw, self.y - h)
        c.setFont(GOTHIC, 9)
        c.drawString(x0 + 2 * mm, self.y - 4.5 * mm, label_ja)
        c.setFont(GOTHIC, 6.5)
        c.drawString(x0 + 2 * mm, self.y - 8.5 * mm, label_en)
        c.setFont(MINCHO, 11)
        for i, line in enumerate(_wrap(value, MINCHO, 11, w - lw - 4 * mm)[:2]):
            c.drawString(x0 + lw + 2 * mm, self.y - (6 + 4.5 * i) * mm, line)
        self.y -= h

    def boxes(self, label_ja: str, label_en: str, n: int, note: str = "") -> None:
        """A row of ``n`` empty boxes, one character each, for the citizen's own hand."""
        c, x0 = self.c, MARGIN
        c.setFont(GOTHIC, 9)
        c.drawString(x0, self.y - 4 * mm, label_ja)
        c.setFont(GOTHIC, 6.5)
        c.drawString(x0, self.y - 7.5 * mm, label_en)
        size = 8 * mm
        bx = x0 + 62 * mm
        for i in range(n):
            c.rect(bx + i * size, self.y - size - 1 * mm, size, size)
        if note:
            c.setFont(GOTHIC, 6.5)
            c.drawString(bx, self.y - size - 4.5 * mm, note)
        self.y -= size + 8 * mm


def _wrap(s: str, font: str, size: float, width: float) -> list[str]:
    """Break by width, character by character: Japanese has no spaces to break at."""
    lines: list[str] = []
    for para in s.split("\n"):
        line = ""
        for ch in para:
            if pdffont.is_selector(ch):  # a variation selector stays with its kanji
                line += ch
                continue
            if pdfmetrics.stringWidth(line + ch, font, size) > width and line:
                lines.append(line)
                line = ""
            line += ch
        lines.append(line)
    return lines


def _cover(s: _Sheet, p: PreRegistration, intake: Office | None, lang: str) -> None:
    name_ja, name_en = _office_name(p.intake_office_code)
    s.title("送付状（申請書類の郵送）", "Cover sheet — application by mail")
    s.text("送付先 / Send to:", 10)
    s.text(name_ja + (f" / {name_en}" if name_en and name_en != name_ja else ""), 11, 6 * mm)
    if p.channel == "honseki_mail":
        s.text("（あなたの本籍地の市区町村 / your 本籍地 municipality）", 8.5, 6 * mm)
    address = (intake.postal_address if intake else "").strip()
    if address and intake is not None:
        for line in address.splitlines():
            s.text(line, 11, 6 * mm, MINCHO)
        if intake.postal_address_en.strip():
            for line in intake.postal_address_en.strip().splitlines():
                s.text(line, 8.5, 6 * mm)
        if intake.phone:
            s.text(f"電話 / Phone: {intake.phone}", 9.5, 6 * mm)
        if intake.contact_is_demo:
            s.text(
                "デモ用の架空の住所です。実在の窓口の住所ではありません。"
                " / Invented demo address, not the office's real one.",
                8.5,
                6 * mm,
            )
    else:
        for line, size in _no_address_lines(p.intake_office_code, intake):
            s.text(line, size, 6 * mm)
    s.gap(4)
    s.text("差出人 / From:", 10)
    s.text(
        f"{p.family_name} {p.given_name}（{p.family_name_romaji} {p.given_name_romaji}）",
        11,
        6 * mm,
        MINCHO,
    )
    s.text(f"{p.city}, {p.country}   {p.email}", 9.5, 6 * mm, MINCHO)
    s.text(f"事前登録コード / Pre-registration code: {p.code}", 9.5, 6 * mm)
    s.gap(4)
    enclose_ja, check_ja = checklist_lines(p, "ja")
    enclose_en, check_en = checklist_lines(p, "en")
    s.text("同封するもの / Enclose:", 10)
    for ja, en in zip(enclose_ja, enclose_en, strict=True):
        s.text("□ " + ja, 9.5, 6 * mm)
        s.text(en, 7.5, 11 * mm)
    s.gap(2)
    s.text("送る前に確認すること / Check before sending:", 10)
    for ja, en in zip(check_ja, check_en, strict=True):
        s.text("□ " + ja, 9.5, 6 * mm)
        s.text(en, 7.5, 11 * mm)


def _office_website(code: str) -> str:
    o = offices.mission(code)
    return o.website if o is not None else ""


def _no_address_lines(code: str, intake: Office | None) -> list[tuple[str, float]]:
    """What the cover sheet says when no postal address is on file (none ships with the
    reference data): where to look it up, never an invented address."""
    website = (intake.website if intake else "") or _office_website(code)
    mu = offices.municipality(code)
    if mu is not None and not website:
        name = mu.display_name
        return [
            (
                f"住所が登録されていません。送付先の住所は{name}（団体コード {mu.code}）の"
                "公式ウェブサイトでご確認ください。",
                9.5,
            ),
            (
                "The postal address is not on file: look it up on the official website of "
                f"{name} (local government code {mu.code}).",
                8.5,
            ),
        ]
    if website:
        return [
            (
                "住所が登録されていません。送付先の住所は申請先のウェブサイトでご確認ください: "
                + website,
                9.5,
            ),
            ("The postal address is not on file: see the office's website: " + website, 8.5),
        ]
    return [
        ("住所が登録されていません。送付先の住所は申請先にご確認ください。", 9.5),
        ("The postal address is not on file: ask the office for it.", 8.5),
    ]


def _application(s: _Sheet, p: PreRegistration) -> None:
    s.title(
        "個人番号カード交付申請書 兼 電子証明書発行申請書【国外転出者用】",
        "Application for a My Number card and e-certificates (for persons who moved abroad)",
    )
    honseki_ja, _ = _office_name(p.honseki_code)
    pickup_ja, pickup_en = _office_name(p.pickup_office_code)
    rows: Sequence[tuple[str, str, str]] = (
        ("氏名", "Name (kanji)", f"{p.family_name}　{p.given_name}"),
        ("フリガナ", "Name (kana)", f"{p.family_name_kana}　{p.given_name_kana}"),
        ("ローマ字", "Name (Latin letters)", f"{p.family_name_romaji} {p.given_name_romaji}"),
        (
            "生年月日",
            "Date of birth",
            f"{p.birth_date.year}年{p.birth_date.month}月{p.birth_date.day}日",
        ),
        ("性別", "Sex", SEX_JA.get(p.sex, p.sex)),
        ("本籍地", "Registered domicile", f"{honseki_ja}（{p.honseki_code}）"),
        ("国外の住所（国・都市）", "Residence abroad", f"{p.city}, {p.country}"),
        ("メールアドレス", "Email", p.email),
        ("電話番号", "Phone", p.phone),
        ("交付場所", "Pickup office", pickup_ja + (f" / {pickup_en}" if pickup_en else "")),
        (
            "電子証明書の発行",
            "E-certificates",
            "署名用・利用者証明用とも希望する / both requested"
            if p.with_certificates
            else "希望しない / not requested",
        ),
    )
    for ja, en, value in rows:
        s.row(ja, en, value)
    s.row("個人番号", "My Number (write by hand if known)", "", 11 * mm)
    s.row("申請日", "Date", "　　　　年　　月　　日", 11 * mm)
    s.row("申請者署名", "Signature", "", 16 * mm)
    s.gap(4)
    c = s.c
    c.rect(PAGE_W - MARGIN - 35 * mm, s.y - 45 * mm, 35 * mm, 45 * mm)
    c.setFont(GOTHIC, 8)
    c.drawString(PAGE_W - MARGIN - 33 * mm, s.y - 20 * mm, "写真貼付欄")
    c.drawString(PAGE_W - MARGIN - 33 * mm, s.y - 24 * mm, "縦4.5cm×横3.5cm")
    c.setFont(GOTHIC, 6.5)
    c.drawString(PAGE_W - MARGIN - 33 * mm, s.y - 28 * mm, "Photo 4.5 × 3.5 cm")
    s.text(
        "※ 記入内容は事前登録のデータです。誤りがあれば二重線で訂正してください。",
        8.5,
    )
    s.text("Typed from your pre-registration; correct any error with a double line.", 7.5)


def _pin_request(s: _Sheet) -> None:
    s.title(
        "個人番号カード・電子証明書 暗証番号設定依頼書",
        "PIN setting request for the My Number card and e-certificates",
    )
    s.text(
        "暗証番号はご本人が手書きで記入してください。このシステムは暗証番号を入力・保存しません。",
        9.5,
    )
    s.text("Write your PINs by hand. Kokugai never asks for, stores or prints your PINs.", 8)
    s.gap(6)
    s.boxes(
        "署名用電子証明書",
        "Signing certificate",
        16,
        "英大文字と数字の組合せ6〜16文字 / 6–16 capital letters and digits",
    )
    s.boxes("利用者証明用電子証明書", "User authentication certificate", 4, "数字4桁 / 4 digits")
    s.boxes("住民基本台帳用", "Resident registry", 4, "数字4桁 / 4 digits")
    s.boxes("券面事項入力補助用", "Card info input support", 4, "数字4桁 / 4 digits")
    s.gap(4)
    s.text(
        "利用者証明用・住民基本台帳用・券面事項入力補助用は同じ番号にすることができます。",
        8.5,
    )
    s.text("The three 4-digit PINs may be the same.", 7.5)
    s.text("代理人が提出する場合は、この用紙を封筒に入れて封をしてください。", 8.5)
    s.text("If someone else hands it in, seal this sheet in an envelope.", 7.5)


def application_pdf(p: PreRegistration, *, lang: str = "ja") -> bytes:
    """The cover sheet, the 交付申請書 and the 暗証番号設定依頼書 of ``p`` as PDF bytes."""
    _fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, pageCompression=1)
    c.setTitle(f"Kokugai application {p.code}")
    c.setAuthor("Kokugai")
    c.setSubject("交付申請書・暗証番号設定依頼書")
    intake = Office.objects.filter(code=p.intake_office_code).first()
    _cover(_Sheet(c), p, intake, lang)
    c.showPage()
    _application(_Sheet(c), p)
    c.showPage()
    _pin_request(_Sheet(c))
    c.showPage()
    c.save()
    return buf.getvalue()
