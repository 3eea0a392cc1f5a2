"""Katakana to Latin letters (Hepburn, without macrons), for English names of municipalities
and for matching what English readers type ("Hachinohe", "Sumida City").

MIC's list gives each municipality's reading in kana but no English name; the names the
municipalities use in English follow Hepburn without long-vowel marks (東京 Tokyo,
大阪 Osaka), with "City", "Ward", "Town" or "Village" after the name. Readings are
regular enough that a table is all it takes; this is a matching aid and a label, not an
official romanisation.
"""

from __future__ import annotations

import unicodedata

_DIGRAPHS = {
    "キャ": "kya", "キュ": "kyu", "キョ": "kyo", "シャ": "sha", "シュ": "shu", "ショ": "sho",
    "チャ": "cha", "チュ": "chu", "チョ": "cho", "ニャ": "nya", "ニュ": "nyu", "ニョ": "nyo",
    "ヒャ": "hya", "ヒュ": "hyu", "ヒョ": "hyo", "ミャ": "mya", "ミュ": "myu", "ミョ": "myo",
    "リャ": "rya", "リュ": "ryu", "リョ": "ryo", "ギャ": "gya", "ギュ": "gyu", "ギョ": "gyo",
    "ジャ": "ja", "ジュ": "ju", "ジョ": "jo", "ビャ": "bya", "ビュ": "byu", "ビョ": "byo",
    "ピャ": "pya", "ピュ": "pyu", "ピョ": "pyo", "ヂャ": "ja", "ヂュ": "ju", "ヂョ": "jo",
}  # fmt: skip
_SINGLE = dict(
    zip(
        "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
        "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヰヱ",
        "a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no "
        "ha hi fu he ho ma mi mu me mo ya yu yo ra ri ru re ro wa o n "
        "ga gi gu ge go za ji zu ze zo da ji zu de do ba bi bu be bo pa pi pu pe po i e".split(),
        strict=True,
    )
)

# Small kana on their own (after a kana that takes no digraph) and ヴ.
_SINGLE |= {"ャ": "ya", "ュ": "yu", "ョ": "yo", "ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e"}
_SINGLE |= {"ォ": "o", "ヮ": "wa", "ヴ": "vu"}


def kana_to_romaji(kana: str) -> str:
    """``ハチノヘ`` -> ``hachinohe``, ``トウキョウ`` -> ``tokyo``, ``オオサカ`` -> ``osaka``."""
    s = unicodedata.normalize("NFKC", kana)
    s = "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)
    out: list[str] = []
    i = 0
    double = False
    while i < len(s):
        pair, ch = s[i : i + 2], s[i]
        if ch == "ッ":
            double = True
            i += 1
            continue
        if pair in _DIGRAPHS:
            syl, i = _DIGRAPHS[pair], i + 2
        elif ch in _SINGLE:
            syl, i = _SINGLE[ch], i + 1
        else:
            syl, i = ("" if ch == "ー" else ch), i + 1
        if double and syl:
            syl = ("t" if syl.startswith("ch") else syl[0]) + syl
        double = False
        if syl and out and out[-1] == "n" and syl[0] in "aiueoy":
            out[-1] = "n"  # ン before a vowel: kept plain (Hepburn would add an apostrophe)
        out.append(syl)
    text = "".join(out)
    # No macrons: long vowels are written once (Tōkyō -> Tokyo, Ōsaka -> Osaka).
    for long, short in (("ou", "o"), ("oo", "o"), ("uu", "u")):
        text = text.replace(long, short)
    return text


_PREFECTURE_SUFFIXES = ("ト", "フ", "ケン")
_KIND_EN = {
    "designated_city": ("シ", "City"),
    "city": ("シ", "City"),
    "special_ward": ("ク", "City"),  # Tokyo's wards call themselves "… City"
    "ward": ("ク", "Ward"),
    "town": ("マチ", "Town"),
    "village": ("ムラ", "Village"),
}


def _strip(kana: str, suffixes: tuple[str, ...]) -> str:
    for suffix in suffixes:
        if kana.endswith(suffix) and len(kana) > len(suffix):
            return kana[: -len(suffix)]
    return kana


def prefecture_en(prefecture_kana: str) -> str:
    """``トウキョウト`` -> ``Tokyo``, ``ホッカイドウ`` -> ``Hokkaido``."""
    return kana_to_romaji(_strip(prefecture_kana, _PREFECTURE_SUFFIXES)).title()


def municipality_en(name_kana: str, kind: str, prefecture_kana: str, parent_kana: str = "") -> str:
    """``Sumida City, Tokyo``, ``Hachinohe City, Aomori``, ``Chuo Ward (Sapporo), Hokkaido``."""
    suffix_kana, word = _KIND_EN.get(kind, ("", ""))
    if kind == "town":
        stem = _strip(name_kana, ("マチ", "チョウ"))
    elif kind == "village":
        stem = _strip(name_kana, ("ムラ", "ソン"))
    else:
        stem = _strip(name_kana, (suffix_kana,)) if suffix_kana else name_kana
    if kind == "ward" and parent_kana and stem.startswith(parent_kana):
        # MIC reads a ward with its city: サッポロシチュウオウク -> Chuo Ward (Sapporo)
        ward, city = stem[len(parent_kana) :], _strip(parent_kana, ("シ",))
        name = f"{kana_to_romaji(ward).title()} Ward ({kana_to_romaji(city).title()})"
    else:
        name = f"{kana_to_romaji(stem).title()} {word}".strip()
    return f"{name}, {prefecture_en(prefecture_kana)}"
