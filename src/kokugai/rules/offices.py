"""The offices a case can pass through, from the data shipped in ``rules/data``.

- Municipalities: MIC's 全国地方公共団体コード list as of 2024-01-01 (prefectures,
  municipalities, Tokyo's special wards and the wards of designated cities).
- Missions (在外公館): embassies, consulates-general, consular offices and the two offices
  of the Japan–Taiwan Exchange Association.

Read without a database (the CLI and the planner need them before anything is migrated);
``registry`` copies them into its tables. Attribution: ``rules/data/ATTRIBUTION.md``.
"""

from __future__ import annotations

import csv
import functools
import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import ClassVar, Final

from kokugai.rules import romaji
from kokugai.rules.codes import OfficeKind

JAPAN_TZ: Final = "Asia/Tokyo"

# Kinds counted as "municipalities" in the usual national count (1,741): cities, towns,
# villages and Tokyo's 23 special wards. Wards of designated cities are counted apart.
MUNICIPALITY_KINDS: Final = frozenset(
    {"designated_city", "city", "special_ward", "town", "village"}
)
# The six Northern Territories villages are in MIC's list but Japan does not administer
# them: no office exists, so nothing can be applied for or picked up there.
NOT_ADMINISTERED: Final = frozenset({"016951", "016969", "016977", "016985", "016993", "017001"})


@dataclass(frozen=True)
class Municipality:
    code: str
    prefecture: str
    name: str  # empty for a prefecture row
    prefecture_kana: str  # full-width katakana (NFKC of MIC's half-width)
    name_kana: str
    kind: str  # prefecture|designated_city|city|special_ward|town|village|ward
    parent_code: str | None  # the designated city, for wards

    office_kind: ClassVar[OfficeKind] = OfficeKind.MUNICIPALITY
    timezone: ClassVar[str] = JAPAN_TZ

    @property
    def office_code(self) -> str:
        return self.code

    @property
    def display_name(self) -> str:
        return self.prefecture + self.name

    @property
    def display_name_en(self) -> str:
        """What English pages, plans and mails call it: ``label_en``, "Hachinohe City,
        Aomori (青森県八戸市)" (issue 16 §8)."""
        return self.label_en

    @property
    def kana(self) -> str:
        return self.prefecture_kana + self.name_kana

    @property
    def english_name(self) -> str:
        """ "Sumida City, Tokyo": Hepburn from MIC's reading (no official English names in
        the data); English pages show it with the kanji beside it (``label_en``)."""
        parent = municipalities().get(self.parent_code or "")
        return romaji.municipality_en(
            self.name_kana, self.kind, self.prefecture_kana, parent.name_kana if parent else ""
        )

    @property
    def label_en(self) -> str:
        return f"{self.english_name} ({self.display_name})"

    @property
    def administered(self) -> bool:
        return self.code not in NOT_ADMINISTERED

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": str(self.office_kind),
            "code": self.code,
            "name": self.display_name,
            "name_en": None,
            "kana": self.kana,
            "municipality_kind": self.kind,
            "parent_code": self.parent_code,
            "timezone": self.timezone,
            "administered": self.administered,
        }


@dataclass(frozen=True)
class Mission:
    id: str
    kind: str  # embassy|consulate_general|consular_office|exchange_association_office
    name_ja: str
    name_en: str
    country: str  # ISO 3166-1 alpha-2 of the place served (TW, HK, GU... as their own)
    city_en: str
    city_ja: str
    timezone: str  # IANA
    website: str

    office_kind: ClassVar[OfficeKind] = OfficeKind.MISSION

    @property
    def office_code(self) -> str:
        return self.id

    @property
    def code(self) -> str:
        return self.id

    @property
    def display_name(self) -> str:
        return self.name_ja

    @property
    def display_name_en(self) -> str:
        return self.name_en

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": str(self.office_kind),
            "code": self.id,
            "name": self.name_ja,
            "name_en": self.name_en,
            "mission_kind": self.kind,
            "country": self.country,
            "city_en": self.city_en,
            "city_ja": self.city_ja,
            "timezone": self.timezone,
            "website": self.website or None,
        }


Office = Municipality | Mission


def _rows(name: str) -> Iterator[dict[str, str]]:
    text = resources.files("kokugai.rules.data").joinpath(name).read_text(encoding="utf-8")
    yield from csv.DictReader(io.StringIO(text))


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


@functools.cache
def municipalities() -> dict[str, Municipality]:
    """Every row of the MIC list (prefectures, municipalities, wards) by 6-digit code."""
    return {
        r["code"]: Municipality(
            code=r["code"],
            prefecture=r["prefecture"],
            name=r["name"],
            prefecture_kana=_nfkc(r["prefecture_kana"]),
            name_kana=_nfkc(r["name_kana"]),
            kind=r["kind"],
            parent_code=r["parent_code"] or None,
        )
        for r in _rows("jp_local_government_codes.csv")
    }


@functools.cache
def missions() -> dict[str, Mission]:
    return {
        r["id"]: Mission(
            id=r["id"],
            kind=r["kind"],
            name_ja=r["name_ja"],
            name_en=r["name_en"],
            country=r["country_iso2"].upper(),
            city_en=r["city_en"],
            city_ja=r["city_ja"],
            timezone=r["timezone"],
            website=r["website"],
        )
        for r in _rows("missions.csv")
    }


def municipality(code: str) -> Municipality | None:
    return municipalities().get(code)


def mission(mission_id: str) -> Mission | None:
    return missions().get(mission_id)


def office(code: str) -> Office | None:
    """A municipality by its 6-digit code or a mission by its id."""
    return municipality(code) or mission(code)


@functools.cache
def _missions_by_country() -> dict[str, tuple[Mission, ...]]:
    out: dict[str, list[Mission]] = {}
    for m in missions().values():
        out.setdefault(m.country, []).append(m)
    # Embassy first: it is the default when the city is unknown.
    order = {"embassy": 0, "exchange_association_office": 0, "consulate_general": 1}
    return {
        c: tuple(sorted(ms, key=lambda m: (order.get(m.kind, 2), m.id))) for c, ms in out.items()
    }


def missions_in(country_iso2: str) -> list[Mission]:
    return list(_missions_by_country().get(country_iso2.strip().upper(), ()))


_CITY_SUFFIX: Final = re.compile(r"(city|county|市|縣|県)$")


def _fold(text: str) -> str:
    """Accents folded ('São Paulo' ~ 'Sao Paulo', 'München' ~ 'Munchen'), half-width kana
    made full-width, hiragana made katakana, case folded."""
    s = _nfkc(text).casefold().replace("ß", "ss")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = unicodedata.normalize("NFKC", s)  # recompose the kana the NFKD split (ダ, パ)
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def _city_key(city: str) -> str:
    """Comparable form of a city name: 'New Taipei City' ~ 'new taipei' ~ '新北市',
    'Sao Paulo' ~ 'São Paulo', 'ｻﾝﾊﾟｳﾛ' ~ 'さんぱうろ' ~ 'サンパウロ'."""
    s = _fold(city).replace("臺", "台")
    s = re.sub(r"[\s\-‐'’.,・ー]", "", s)
    return _CITY_SUFFIX.sub("", s) or s


@functools.cache
def _area_table() -> dict[tuple[str, str], str]:
    """(country, city key) -> mission id, from the curated mission_areas.csv."""
    table: dict[tuple[str, str], str] = {}
    for r in _rows("mission_areas.csv"):
        m = missions()[r["mission_id"]]  # a typo in the table must fail loudly in tests
        for city in (r["city_en"], r["city_ja"]):
            if city:
                table[(m.country, _city_key(city))] = m.id
    return table


@functools.cache
def _district_table() -> dict[tuple[str, str], str]:
    """(country, region key or code) -> mission id, from the curated mission_districts.csv:
    consular districts by US state, Canadian province, Australian and Brazilian state and
    German Land (the assumption ``mission_areas_table``)."""
    table: dict[tuple[str, str], str] = {}
    for r in _rows("mission_districts.csv"):
        m = missions()[r["mission_id"]]
        for name in (r["region_en"], r["region_ja"], r["region_code"]):
            if name:
                table[(m.country, _city_key(name))] = m.id
    return table


@functools.cache
def _coverage_table() -> dict[str, str]:
    """Country without a resident mission -> the mission that covers it (兼轄, S78)."""
    return {r["country_iso2"]: r["mission_id"] for r in _rows("mission_coverage.csv")}


def covering_mission(country_iso2: str) -> Mission | None:
    """For a country with no mission of its own, the mission that covers it (兼轄) per the
    curated mission_coverage.csv (an assumption except where rules.md names it)."""
    found = _coverage_table().get(country_iso2.strip().upper())
    return mission(found) if found else None


def mission_for(
    country_iso2: str, city: str | None = None, *, use_area_table: bool = True
) -> Mission | None:
    """The mission whose area covers ``city`` in ``country_iso2``, if we can tell.

    A country with a single mission returns it for any city. Otherwise the city is matched
    against the missions' own cities (accents, kana width and case folded), then
    (``use_area_table``) the curated tables, which are the assumption
    ``mission_areas_table``: city aliases and cities (``mission_areas.csv``), then a state,
    province or Land named after a comma or at the end ("Austin, Texas", "Spokane, WA",
    "Köln NRW" does not: codes count only after a comma; ``mission_districts.csv``).
    None means "ask the user" (the caller lists :func:`missions_in`).
    """
    candidates = missions_in(country_iso2)
    if len(candidates) == 1:
        return candidates[0]
    if not candidates or not city or not city.strip():
        return None
    country = candidates[0].country

    def own_city(key: str) -> Mission | None:
        for m in candidates:
            if key in (_city_key(m.city_en), _city_key(m.city_ja)):
                return m
        return None

    key = _city_key(city)
    found = own_city(key)
    if found is not None or not use_area_table:
        return found
    areas, districts = _area_table(), _district_table()
    if (country, key) in areas:
        return mission(areas[(country, key)])
    first, *rest = [p for p in re.split(r"[,、，]", city) if p.strip()] or [city]
    for part in rest:
        k = _city_key(part)
        hit = districts.get((country, k)) or areas.get((country, k))
        if hit:
            return mission(hit)
    k = _city_key(first)
    if (found := own_city(k)) is not None:
        return found
    if (country, k) in areas:
        return mission(areas[(country, k)])
    if (country, key) in districts:  # the region alone: "Texas", "Bayern"
        return mission(districts[(country, key)])
    # "Austin Texas", "テキサス州オースティン": a region's full name at either end (codes are
    # too short to trust without a comma).
    for (c, region), mid in districts.items():
        if c == country and len(region) >= 4 and (key.endswith(region) or key.startswith(region)):
            return mission(mid)
    return None


# --- search -----------------------------------------------------------------------------


def _search_key(s: str) -> str:
    """NFKC (half-width kana to full-width), hiragana to katakana, casefold, no spaces."""
    s = _nfkc(s).casefold()
    s = "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)
    # ー and separators are dropped on both sides, so "ポートランド" ~ "ポ-トランド".
    return re.sub(r"[\s\-‐ー−・]", "", s)


@functools.cache
def _index() -> tuple[tuple[Office, tuple[str, ...], tuple[str, ...]], ...]:
    """Each office with (exact keys, text keys) precomputed once."""
    entries: list[tuple[Office, tuple[str, ...], tuple[str, ...]]] = []
    for mu in municipalities().values():
        if not mu.administered:
            continue
        en = mu.english_name
        texts: tuple[str, ...] = (
            mu.display_name,
            mu.name,
            mu.kana,
            mu.name_kana,
            en,
            romaji.kana_to_romaji(mu.name_kana),
        )
        entries.append((mu, (mu.code, mu.code[:5]), tuple(_search_key(t) for t in texts if t)))
    for mi in missions().values():
        texts = (mi.name_ja, mi.name_en, mi.city_en, mi.city_ja, mi.id)
        entries.append((mi, (mi.id, mi.country.casefold()), tuple(_search_key(t) for t in texts)))
    return tuple(entries)


def search(text: str, limit: int = 20) -> list[Office]:
    """Offices matching ``text``: a code (6 or 5 digits, or a prefix), a mission id, or part
    of a name in kanji, kana (hiragana, or half- or full-width katakana), English or city.

    Exact code matches come first, then names that start with the text, then the rest;
    municipalities before missions, then by code.
    """
    q = _search_key(text)
    if not q:
        return []
    hits: list[tuple[int, int, str, Office]] = []
    for o, exact, texts in _index():
        if q in exact:
            rank = 0
        elif q.isdigit() and o.office_code.startswith(q):
            rank = 1
        elif any(t.startswith(q) for t in texts):
            rank = 2
        elif any(q in t for t in texts):
            rank = 3
        else:
            continue
        kind_order = 0 if isinstance(o, Municipality) else 1
        hits.append((rank, kind_order, o.office_code, o))
    hits.sort(key=lambda h: h[:3])
    return [h[3] for h in hits[: max(limit, 0)]]


def stats() -> dict[str, int]:
    """Counts in the sense of the national statistics (1,741 municipalities, 171 wards)."""
    ms = municipalities().values()
    return {
        "municipalities": sum(1 for m in ms if m.kind in MUNICIPALITY_KINDS and m.administered),
        "wards": sum(1 for m in ms if m.kind == "ward"),
        "missions": len(missions()),
    }
