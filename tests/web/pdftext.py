"""Just enough PDF reading to test our own ReportLab output without another dependency.

Handles what ReportLab writes: ``/ASCII85Decode /FlateDecode`` page streams and text
shown with ``Tj`` as literal strings, two bytes per character (UCS-2) for the CID fonts
with the UniJIS-UCS2-H encoding, one byte for the base-14 fonts, and one byte per glyph for
embedded TrueType subsets, read back through the font's ``/ToUnicode`` CMap (UTF-16, so
characters beyond the basic plane and variation sequences come back as typed).
"""

from __future__ import annotations

import base64
import re
import zlib

_STREAM = re.compile(rb"<<((?:(?!<<).)*?)>>\s*stream\r?\n(.*?)\s*endstream", re.S)
_FONT = re.compile(rb"/(F[\d+]+) [\d.]+ Tf")
_OBJ = re.compile(rb"(\d+) 0 obj\s*(.*?)endobj", re.S)
_BFCHAR = re.compile(rb"<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]+)>")


def _unescape(s: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):  # backslash
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                while j < len(s) and j < i + 4 and 0x30 <= s[j] <= 0x37:
                    j += 1
                out.append(int(s[i + 1 : j], 8) & 0xFF)
                i = j
                continue
            out.append({0x6E: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def cid_fonts(pdf: bytes) -> set[str]:
    """Resource names (F1, F2 …) of the fonts that use a two-byte CMap."""
    names = set()
    for m in re.finditer(rb"/Encoding /UniJIS-UCS2-H /Name /(F\d+)", pdf):
        names.add(m.group(1).decode())
    return names


def _decode(head: bytes, data: bytes) -> bytes:
    if b"ASCII85Decode" in head:
        data = base64.a85decode(data.strip().removesuffix(b"~>"))
    if b"FlateDecode" in head:
        data = zlib.decompress(data)
    return data


def page_streams(pdf: bytes) -> list[bytes]:
    out = []
    for m in _STREAM.finditer(pdf):
        if b"/Length1" in m.group(1):
            continue  # an embedded font file
        data = _decode(m.group(1), m.group(2))
        if b"beginbfchar" in data or b"/CIDInit" in data:
            continue  # a ToUnicode CMap, not a page
        out.append(data)
    return out


def to_unicode_maps(pdf: bytes) -> dict[str, dict[int, str]]:
    """For each subset font with a /ToUnicode CMap: byte code -> the text it stands for."""
    objects = {int(m.group(1)): m.group(2) for m in _OBJ.finditer(pdf)}
    maps: dict[str, dict[int, str]] = {}
    for body in objects.values():
        name = re.search(rb"/Name /(F[\d+]+)", body)
        ref = re.search(rb"/ToUnicode (\d+) 0 R", body)
        if not (name and ref):
            continue
        stream = _STREAM.search(objects[int(ref.group(1))])
        assert stream is not None
        cmap = _decode(stream.group(1), stream.group(2))
        cmap = cmap[cmap.index(b"beginbfchar") : cmap.index(b"endbfchar")]
        maps[name.group(1).decode()] = {
            int(code, 16): bytes.fromhex(text.decode()).decode("utf-16-be")
            for code, text in _BFCHAR.findall(cmap)
        }
    return maps


def _literals(stream: bytes) -> list[tuple[str, bytes]]:
    """(font in effect, raw string) for each literal string shown, in order.

    Literal strings are scanned byte by byte: balanced parentheses and backslash escapes
    make a regular expression unreliable on two-byte text.
    """
    out: list[tuple[str, bytes]] = []
    font = ""
    i = 0
    n = len(stream)
    while i < n:
        c = stream[i]
        if c == 0x2F:  # "/": maybe a font selection
            m = _FONT.match(stream, i)
            if m:
                font = m.group(1).decode()
                i = m.end()
                continue
        if c == 0x28:  # "("
            depth, j = 1, i + 1
            while j < n and depth:
                b = stream[j]
                if b == 0x5C:
                    j += 2
                    continue
                depth += (b == 0x28) - (b == 0x29)
                j += 1
            out.append((font, stream[i + 1 : j - 1]))
            i = j
            continue
        i += 1
    return out


def extract_text(pdf: bytes) -> list[str]:
    """The text of every page stream, one string per stream."""
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    wide = cid_fonts(pdf)
    subsets = to_unicode_maps(pdf)
    pages = []
    for stream in page_streams(pdf):
        parts = []
        for font, raw in _literals(stream):
            raw = _unescape(raw)
            if font in subsets:
                parts.append("".join(subsets[font][b] for b in raw))
            elif font in wide:
                parts.append(raw.decode("utf-16-be"))
            else:
                parts.append(raw.decode("latin-1"))
        if parts:
            pages.append("\n".join(parts))
    return pages
