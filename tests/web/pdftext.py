"""Just enough PDF reading to test our own ReportLab output without another dependency.

Handles what ReportLab writes: ``/ASCII85Decode /FlateDecode`` page streams and text
shown with ``Tj`` as literal strings, two bytes per character (UCS-2) for the CID fonts
with the UniJIS-UCS2-H encoding, one byte for the base-14 fonts.
"""

from __future__ import annotations

import base64
import re
import zlib

_STREAM = re.compile(rb"<<((?:(?!<<).)*?)>>\s*stream\r?\n(.*?)\s*endstream", re.S)
_FONT = re.compile(rb"/(F\d+) [\d.]+ Tf")


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


def page_streams(pdf: bytes) -> list[bytes]:
    out = []
    for m in _STREAM.finditer(pdf):
        head, data = m.group(1), m.group(2)
        if b"ASCII85Decode" in head:
            data = base64.a85decode(data.strip().removesuffix(b"~>"))
        if b"FlateDecode" in head:
            data = zlib.decompress(data)
        out.append(data)
    return out


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
    pages = []
    for stream in page_streams(pdf):
        parts = []
        for font, raw in _literals(stream):
            raw = _unescape(raw)
            parts.append(raw.decode("utf-16-be") if font in wide else raw.decode("latin-1"))
        if parts:
            pages.append("\n".join(parts))
    return pages
