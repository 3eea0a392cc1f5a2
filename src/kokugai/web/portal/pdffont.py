"""The embedded font for names on the official form: IPAmj明朝, with its variation sequences.

Names on the 交付申請書 must print as registered: characters outside the basic plane
(𠮷, U+20BB7), JIS X 0213 kanji (髙, 﨑) and ideographic variation sequences (IVS: a base
kanji followed by a selector U+E0100…U+E01EF, e.g. 葛󠄀). ReportLab's built-in CID fonts
(Heisei) cover none of these and are not embedded, so viewers substitute boxes.

IPAmj明朝 (the 文字情報基盤 font, IPA Font License) covers the MJ character set with its
IVS. It is a system font: Debian's ``fonts-ipamj-mincho`` package (``.ci/run`` and
``bin/setup`` install it); ``KOKUGAI_PDF_FONT`` points elsewhere. Without it the PDF is
refused with a clear error (:class:`PdfFontMissing`), never printed with boxes.

Two things ReportLab does not do are done here, on a subclass:

* variation sequences: the font's ``cmap`` format 14 maps (base, selector) to a glyph;
  each pair used is given a private code point bound to that glyph, so the right variant
  is drawn;
* the text layer (ToUnicode): ReportLab writes code points above U+FFFF as five hex
  digits, which readers reject; we write UTF-16 (surrogate pairs), and a private code
  point maps back to the base kanji and its selector, so copying or searching the PDF
  gives the name as typed.
"""

from __future__ import annotations

import struct
from functools import cache
from pathlib import Path
from typing import Any

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kokugai.core.errors import ApplicationError
from kokugai.web.errors import WebError

FONT_NAME = "IPAmjMincho"
#: Where Debian's fonts-ipamj-mincho puts the font.
DEFAULT_PATHS = ("/usr/share/fonts/truetype/ipamj/ipamjm.ttf",)
_PRIVATE_FIRST = 0xF0000  # Supplementary Private Use Area-A: never typed in a name


class PdfFontMissing(ApplicationError):
    status = 503

    def __init__(self, tried: list[str]) -> None:
        super().__init__(
            WebError.PDF_FONT_MISSING,
            _(
                "The form cannot be printed: the font for names (IPAmj明朝, Debian package "
                "fonts-ipamj-mincho) is not installed on the server. Please try again later."
            ),
            fields={"tried": ", ".join(tried)},
        )


def is_selector(ch: str) -> bool:
    cp = ord(ch)
    return 0xE0100 <= cp <= 0xE01EF or 0xFE00 <= cp <= 0xFE0F


def font_paths() -> list[str]:
    configured = settings.KOKUGAI_PDF_FONT
    return [configured] if configured else list(DEFAULT_PATHS)


def font_path() -> str | None:
    for p in font_paths():
        if p and Path(p).is_file():
            return p
    return None


def _variation_glyphs(face: Any) -> dict[tuple[int, int], int]:
    """(base, selector) -> glyph id from the non-default part of ``cmap`` format 14."""
    data = face.get_table("cmap")
    _version, count = struct.unpack(">HH", data[:4])
    out: dict[tuple[int, int], int] = {}
    for i in range(count):
        platform, encoding, offset = struct.unpack(">HHL", data[4 + 8 * i : 12 + 8 * i])
        if (platform, encoding) != (0, 5) or struct.unpack(">H", data[offset : offset + 2])[
            0
        ] != 14:
            continue
        (n_records,) = struct.unpack(">L", data[offset + 6 : offset + 10])
        for r in range(n_records):
            at = offset + 10 + 11 * r
            selector = int.from_bytes(data[at : at + 3], "big")
            _default, non_default = struct.unpack(">LL", data[at + 3 : at + 11])
            if not non_default:
                continue
            at = offset + non_default
            (n_maps,) = struct.unpack(">L", data[at : at + 4])
            for m in range(n_maps):
                rec = data[at + 4 + 5 * m : at + 9 + 5 * m]
                base = int.from_bytes(rec[:3], "big")
                (gid,) = struct.unpack(">H", rec[3:5])
                out[(base, selector)] = gid
    return out


def _utf16(s: str) -> str:
    return s.encode("utf-16-be").hex().upper()


class NameFont(TTFont):
    """A TrueType font that draws variation sequences and writes a complete ToUnicode."""

    def __init__(self, name: str, path: str) -> None:
        super().__init__(name, path)
        self.variations = _variation_glyphs(self.face)
        self.private: dict[str, int] = {}  # "葛\U000e0100" -> private code point
        self.sequence_of: dict[int, str] = {}

    def private_for(self, sequence: str) -> int | None:
        if sequence in self.private:
            return self.private[sequence]
        base, selector = ord(sequence[0]), ord(sequence[1])
        face = self.face
        gid = self.variations.get((base, selector), face.charToGlyph.get(base))
        if gid is None:
            return None
        cp = _PRIVATE_FIRST + len(self.private)
        face.charToGlyph[cp] = gid
        face.glyphToChar.setdefault(gid, []).append(cp)
        face.charWidths[cp] = face.hmetrics[gid][0]
        self.private[sequence] = cp
        self.sequence_of[cp] = sequence
        return cp

    def encode_sequences(self, text: str) -> str:
        """``text`` with each base+selector pair replaced by its private code point."""
        out: list[str] = []
        for ch in text:
            if out and is_selector(ch):
                cp = self.private_for(out[-1] + ch)
                if cp is not None:
                    out[-1] = chr(cp)
                continue  # a selector the font does not know: draw the base kanji
            out.append(ch)
        return "".join(out)

    def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> Any:  # noqa: N802
        if isinstance(text, bytes):
            text = text.decode(encoding)
        return super().splitString(self.encode_sequences(text), doc, encoding)

    def stringWidth(self, text: Any, size: float, encoding: str = "utf8") -> float:  # noqa: N802
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        return super().stringWidth(self.encode_sequences(text), size, encoding)

    def addObjects(self, doc: Any) -> None:  # noqa: N802
        subsets = [list(s) for s in self.state[doc].subsets]  # the state dies with super()
        names = [self.getSubsetInternalName(n, doc)[1:] for n in range(len(subsets))]
        super().addObjects(doc)
        for internal, subset in zip(names, subsets, strict=True):
            font = doc.idToObject["BasicFonts"].dict[internal]
            stream = doc.idToObject[font.ToUnicode.name]
            stream.content = self._to_unicode(font.BaseFont, subset)

    def _to_unicode(self, name: str, subset: list[int]) -> str:
        lines = [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
        ]
        for i, cp in enumerate(subset):
            text = self.sequence_of.get(cp) or chr(cp)
            lines.append(f"<{i:02X}> <{_utf16(text)}>")
        lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop"]
        lines += ["end", "end"]
        return "\n".join(lines)


@cache
def _load(path: str) -> NameFont:
    return NameFont(FONT_NAME, path)


def register() -> str:
    """Register the name font with ReportLab (once) and return its name for ``setFont``."""
    path = font_path()
    if path is None:
        raise PdfFontMissing(font_paths())
    font = _load(path)
    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(font)
    return FONT_NAME
