"""Time zones named in words (台北時間 / Taipei time), not as tz database codes.

The city of a zone's name ("Asia/Taipei" -> Taipei) is looked up among the missions'
cities, which carry the Japanese spelling (台北); Japan's zone is 日本時間 / Japan time.
A zone with no mission in its city falls back to the city in Latin letters.
"""

from __future__ import annotations

import functools

from kokugai.rules import offices

_FIXED = {"Asia/Tokyo": ("日本時間", "Japan time"), "UTC": ("協定世界時", "UTC")}


@functools.cache
def _city_names() -> dict[str, tuple[str, str]]:
    """City in Latin letters (casefolded) -> (Japanese, English) spelling, from the missions."""
    out: dict[str, tuple[str, str]] = {}
    for m in offices.missions().values():
        if m.city_en and m.city_ja:
            out.setdefault(m.city_en.casefold(), (m.city_ja, m.city_en))
    return out


def zone_name(zone: str, lang: str = "ja") -> str:
    """``台北時間`` / ``Taipei time`` for ``Asia/Taipei``."""
    en = lang.startswith("en")
    if zone in _FIXED:
        return _FIXED[zone][1 if en else 0]
    city = zone.rsplit("/", 1)[-1].replace("_", " ")
    ja_name, en_name = _city_names().get(city.casefold(), (city, city))
    return f"{en_name} time" if en else f"{ja_name}時間"
