"""The situation: what a citizen tells the planner, parsed and validated.

:func:`parse_situation` turns decoded JSON into a :class:`Situation` or raises
:class:`SituationError` naming the faulty field (dotted for nested fields), in Japanese and
English; :func:`decode_situation` decodes a file or request body the same way for the CLI and
the API. No rule decides anything here: that is the planner's job.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from . import offices
from .checkdigits import CheckDigitError, validate_lgcode
from .fees import CONTINUATION_START
from .licence import DRIVER_CLASSES
from .types import Text

CARD_STATES = ("none", "valid", "continued_abroad", "returned", "lost", "expired")


SITUATION_FIELDS = frozenset(
    {
        "as_of",
        "nationalities",
        "birth_date",
        "resident_in_japan",
        "left_japan_on",
        "honseki",
        "country",
        "city",
        "card",
        "wants_certificates",
        "visit",
        "licence",
        "planned_departure",
        "registered_in_japan",
        "card_expires_on",
        "certificates_expire_on",
        "name_changed",
        "pin_forgotten",
        "email_changed",
        "return_to_japan_on",
        "insured_in_japan",
    }
)


#: 根室市: keeps the 戸籍 and 戸籍の附票 of the six Northern Territories villages [S75, S76].
NEMURO = "012238"


#: A stay in Japan of a year or more creates an address: it is a move back, not a visit [S38].
VISIT_MAX_DAYS = 365


#: Every date of a situation lies in this range (birth dates from 1900, plans to 2100).
EARLIEST_DATE = dt.date(1900, 1, 1)


LATEST_DATE = dt.date(2100, 12, 31)


VISIT_FIELDS = frozenset({"arrive", "depart", "municipality"})


LICENCE_FIELDS = frozenset({"holds_japanese_licence", "drives_abroad", "driver_class"})


class SituationError(ValueError):
    """The situation is malformed; ``field`` names the faulty field (dotted for nested)."""

    def __init__(self, field: str, message: Text) -> None:
        super().__init__(f"{field}: {message.en}")
        self.field = field
        self.message = message
        self.code = "invalid_situation"


@dataclass(frozen=True)
class Visit:
    arrive: dt.date
    depart: dt.date
    municipality: offices.Municipality


@dataclass(frozen=True)
class Licence:
    holds_japanese_licence: bool
    drives_abroad: bool
    #: 優良 "excellent" / 一般 "general" / "other"; None when not given (unknown)
    driver_class: str | None = None


@dataclass(frozen=True)
class Situation:
    as_of: dt.date
    nationalities: tuple[str, ...]
    birth_date: dt.date
    resident_in_japan: bool
    left_japan_on: dt.date | None
    honseki: offices.Municipality | None
    country: str | None
    city: str | None = None
    card: str = "none"
    wants_certificates: bool = True
    visit: Visit | None = None
    licence: Licence | None = None
    #: the day the holder plans to leave Japan (only while still resident)
    planned_departure: dt.date | None = None
    #: ever had a 住民票 in Japan: True, False, or None ("I don't know")
    registered_in_japan: bool | None = None
    card_expires_on: dt.date | None = None
    certificates_expire_on: dt.date | None = None
    name_changed: bool = False
    pin_forgotten: bool = False
    email_changed: bool = False
    #: the (planned or past) day of the 転入届 on moving back to Japan
    return_to_japan_on: dt.date | None = None
    #: still insured in Japan (employer 健保 etc.): True, False, or None ("I don't know")
    insured_in_japan: bool | None = None
    #: the 本籍 as given, when its role passes to another municipality (Northern Territories)
    honseki_given: offices.Municipality | None = None


@functools.cache
def _countries() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes, from the tz database's iso3166.tab (shipped by tzdata)."""
    codes: set[str] = set()
    for pkg, name in (("tzdata", "zoneinfo/iso3166.tab"),):
        try:
            text = resources.files(pkg).joinpath(name).read_text(encoding="utf-8")
        except (ModuleNotFoundError, FileNotFoundError):
            continue
        codes |= {ln.split("\t", 1)[0] for ln in text.splitlines() if ln and ln[0] != "#"}
    # Places the mission list treats as their own (TW, HK, ...) are in iso3166.tab already;
    # union with the missions' countries so the two lists can never disagree.
    codes |= {m.country for m in offices.missions().values()}
    return frozenset(codes)


def _err(field: str, ja: str, en: str) -> SituationError:
    return SituationError(field, Text(ja, en))


def _date(data: Mapping[str, Any], key: str, *, required: bool, prefix: str = "") -> dt.date | None:
    name = prefix + key
    value = data.get(key)
    if value is None:
        if required:
            raise _err(name, f"{name} は必須です（YYYY-MM-DD）", f"{name} is required (YYYY-MM-DD)")
        return None
    if not isinstance(value, str):
        raise _err(
            name,
            f"{name} は YYYY-MM-DD 形式の日付にしてください",
            f"{name} must be a date as YYYY-MM-DD",
        )
    try:
        day = dt.date.fromisoformat(value.strip())
    except ValueError:
        raise _err(
            name,
            f"{name} は日付ではありません: {value!r}（YYYY-MM-DD）",
            f"{name} is not a date: {value!r} (YYYY-MM-DD)",
        ) from None
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        # Far dates are typos, and date arithmetic past year 9999 overflows.
        raise _err(
            name,
            f"{name} は {EARLIEST_DATE.isoformat()} から {LATEST_DATE.isoformat()} までの日付にしてください: {value!r}",
            f"{name} must be between {EARLIEST_DATE.isoformat()} and {LATEST_DATE.isoformat()}: {value!r}",
        )
    return day


def _bool(data: Mapping[str, Any], key: str, *, default: bool | None, prefix: str = "") -> bool:
    name = prefix + key
    value = data.get(key, default)
    if value is None and default is None:
        raise _err(
            name, f"{name} は必須です（true / false）", f"{name} is required (true or false)"
        )
    if not isinstance(value, bool):
        raise _err(name, f"{name} は true か false にしてください", f"{name} must be true or false")
    return value


def _optional_bool(data: Mapping[str, Any], key: str) -> bool | None:
    value = data.get(key)
    if value is not None and not isinstance(value, bool):
        raise _err(
            key,
            f"{key} は true・false・null（わからない）のいずれかです",
            f"{key} must be true, false or null (don't know)",
        )
    return value


def _unknown_fields(data: Mapping[str, Any], allowed: frozenset[str], prefix: str = "") -> None:
    extra = sorted(set(data) - allowed)
    if extra:
        name = prefix + str(extra[0])
        raise _err(
            name,
            f"不明な項目です: {name}（使える項目: {', '.join(sorted(allowed))}）",
            f"unknown field: {name} (allowed: {', '.join(sorted(allowed))})",
        )


def _municipality(value: Any, name: str, *, honseki: bool = False) -> offices.Municipality:
    if not isinstance(value, str):
        raise _err(
            name,
            f"{name} は6桁の地方公共団体コードです",
            f"{name} must be a 6-digit local government code",
        )
    try:
        code = validate_lgcode(value)
    except CheckDigitError as e:
        raise SituationError(name, Text(e.message.ja, e.message.en)) from None
    m = offices.municipality(code)
    if honseki and m is not None and not m.administered:
        # A 本籍 in the Northern Territories is real; its 戸籍 is kept elsewhere (S75, S76).
        return m
    if m is None or m.kind == "prefecture" or not m.administered:
        raise _err(
            name,
            f"{code} は申請できる市区町村ではありません",
            f"{code} is not a municipality one can apply at",
        )
    if m.kind == "designated_city":
        # A designated city's wards are the offices (and the 本籍地 is recorded by ward).
        raise _err(
            name,
            f"政令指定都市（{m.display_name}）は区まで指定してください",
            f"for a designated city ({m.display_name}) give the ward",
        )
    return m


def _country(value: Any, name: str) -> str:
    if not isinstance(value, str) or value.strip().upper() not in _countries():
        raise _err(
            name,
            f"不明な国・地域コードです: {value!r}（ISO 3166 の2文字コード、例: TW）",
            f"unknown country code {value!r} (ISO 3166 alpha-2, e.g. TW)",
        )
    return value.strip().upper()


def decode_situation(raw: bytes | str) -> object:
    """Decode a situation document (a file or a request body) the same way everywhere.

    A UTF-8 byte-order mark is refused with a message saying so: JSON has none (RFC 8259),
    and the same bytes must give the same answer from the CLI and the API.
    """
    if isinstance(raw, bytes):
        if raw.startswith(b"\xef\xbb\xbf"):
            raise _bom_error()
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise _err("input", "UTF-8 のテキストではありません", "not UTF-8 text") from None
    if raw.startswith("\ufeff"):
        raise _bom_error()
    try:
        return json.loads(raw)
    except json.JSONDecodeError as e:
        raise _err(
            "input",
            f"JSON として読めません（{e.lineno}行 {e.colno}桁）",
            f"not valid JSON (line {e.lineno}, column {e.colno})",
        ) from None


def _bom_error() -> SituationError:
    return _err(
        "input",
        "先頭に UTF-8 の BOM（バイト順マーク）があります。BOM なしの UTF-8 で保存してください",
        "the file starts with a UTF-8 byte-order mark (BOM); save it as UTF-8 without a BOM",
    )


def parse_situation(data: object, *, today: dt.date) -> Situation:
    """Validate a decoded JSON situation. Raises :class:`SituationError` naming the field."""
    if not isinstance(data, Mapping):
        raise _err(
            "(situation)",
            "状況は JSON オブジェクトにしてください",
            "the situation must be a JSON object",
        )
    _unknown_fields(data, SITUATION_FIELDS)
    as_of = _date(data, "as_of", required=False) or today
    nats = data.get("nationalities")
    if not isinstance(nats, list) or not all(isinstance(n, str) for n in nats):
        raise _err(
            "nationalities",
            'nationalities は国籍コードのリストです（例: ["JP"]）',
            'nationalities must be a list of country codes (e.g. ["JP"])',
        )
    nationalities = tuple(_country(n, f"nationalities[{i}]") for i, n in enumerate(nats))
    birth_date = _date(data, "birth_date", required=True)
    assert birth_date is not None
    if birth_date > as_of:
        raise _err("birth_date", "birth_date が as_of より後です", "birth_date is after as_of")
    resident = _bool(data, "resident_in_japan", default=None)
    left = _date(data, "left_japan_on", required=False)
    if left is not None and left > as_of:
        raise _err(
            "left_japan_on",
            "left_japan_on は最後に国外転出した日（過去の日付）です。これから出国するなら resident_in_japan を true にして planned_departure に書いてください",
            "left_japan_on is the date of the last move abroad (not in the future); for a departure still ahead, set resident_in_japan to true and give planned_departure",
        )
    if left is not None and left < birth_date:
        raise _err(
            "left_japan_on",
            "left_japan_on が birth_date より前です",
            "left_japan_on is before birth_date",
        )
    honseki_raw = data.get("honseki")
    honseki = None if honseki_raw is None else _municipality(honseki_raw, "honseki", honseki=True)
    honseki_given = None
    if honseki is not None and not honseki.administered:
        honseki_given, honseki = honseki, offices.municipality(NEMURO)
    country_raw = data.get("country")
    if country_raw is None:
        if not resident:
            raise _err(
                "country", "country（居住国）は必須です", "country (of residence) is required"
            )
        country = None
    else:
        country = _country(country_raw, "country")
        if country == "JP" and not resident:
            raise _err(
                "country",
                "country は国外の居住国です。日本に住民票がある人は resident_in_japan を true にしてください（一時帰国中でも居住国は国外）",
                "country is the country you live in abroad; someone registered in Japan sets resident_in_japan to true (on a visit, the country is still the one abroad)",
            )
    city = data.get("city")
    if city is not None and not isinstance(city, str):
        raise _err("city", "city は文字列です", "city must be a string")
    card = data.get("card", "none")
    if card not in CARD_STATES:
        raise _err(
            "card",
            f"card は {', '.join(CARD_STATES)} のいずれかです",
            f"card must be one of {', '.join(CARD_STATES)}",
        )
    # Without a departure date the card's own word stands ("I don't know" is an answer).
    if card == "continued_abroad" and left is not None and left < CONTINUATION_START:
        raise _err(
            "card",
            "国外継続利用は2024年5月27日以降の国外転出でのみ可能です（left_japan_on を確認）",
            "continued use abroad exists only for departures on or after 2024-05-27 (check left_japan_on)",
        )
    wants = _bool(data, "wants_certificates", default=True)
    visit = _visit(data.get("visit"), as_of)
    licence = _licence(data.get("licence"))
    planned = _date(data, "planned_departure", required=False)
    if planned is not None:
        if not resident:
            raise _err(
                "planned_departure",
                "planned_departure は日本に住民票がある人の出国予定日です（出国済みなら left_japan_on）",
                "planned_departure is for someone still registered in Japan (after leaving, use left_japan_on)",
            )
        if planned < as_of:
            raise _err(
                "planned_departure",
                f"planned_departure（{planned.isoformat()}）が過去の日付です。出国済みなら left_japan_on に書き、resident_in_japan を false にしてください",
                f"planned_departure ({planned.isoformat()}) is in the past; once you have left, give left_japan_on and set resident_in_japan to false",
            )
    returning = _date(data, "return_to_japan_on", required=False)
    if returning is not None and not resident and returning < as_of:
        raise _err(
            "return_to_japan_on",
            "return_to_japan_on が過去の日付なのに resident_in_japan が false です（転入届を出したなら true）",
            "return_to_japan_on is in the past but resident_in_japan is false (after the 転入届 it is true)",
        )
    if returning is not None and left is not None and returning < left:
        raise _err(
            "return_to_japan_on",
            "return_to_japan_on が left_japan_on より前です",
            "return_to_japan_on is before left_japan_on",
        )
    return Situation(
        as_of=as_of,
        nationalities=nationalities,
        birth_date=birth_date,
        resident_in_japan=resident,
        left_japan_on=left,
        honseki=honseki,
        country=country,
        city=city.strip() if isinstance(city, str) and city.strip() else None,
        card=str(card),
        wants_certificates=wants,
        visit=visit,
        licence=licence,
        planned_departure=planned,
        registered_in_japan=_optional_bool(data, "registered_in_japan"),
        card_expires_on=_date(data, "card_expires_on", required=False),
        certificates_expire_on=_date(data, "certificates_expire_on", required=False),
        name_changed=_bool(data, "name_changed", default=False),
        pin_forgotten=_bool(data, "pin_forgotten", default=False),
        email_changed=_bool(data, "email_changed", default=False),
        return_to_japan_on=returning,
        insured_in_japan=_optional_bool(data, "insured_in_japan"),
        honseki_given=honseki_given,
    )


def _visit(raw: object, as_of: dt.date) -> Visit | None:
    if raw is None:
        return None
    if not isinstance(raw, Mapping):
        raise _err(
            "visit",
            "visit は {arrive, depart, municipality} か null です",
            "visit must be {arrive, depart, municipality} or null",
        )
    _unknown_fields(raw, VISIT_FIELDS, "visit.")
    arrive = _date(raw, "arrive", required=True, prefix="visit.")
    depart = _date(raw, "depart", required=True, prefix="visit.")
    assert arrive is not None and depart is not None
    if depart < arrive:
        raise _err(
            "visit.depart",
            "visit.depart が visit.arrive より前です",
            "visit.depart is before visit.arrive",
        )
    if (depart - arrive).days >= VISIT_MAX_DAYS:
        raise _err(
            "visit.depart",
            "1年以上の滞在は一時帰国ではなく転入（住所ができる）です。本帰国なら return_to_japan_on を使ってください",
            "a stay of a year or more is not a visit but a move back (it creates an address): use return_to_japan_on",
        )
    if depart < as_of:
        raise _err(
            "visit.depart",
            "この一時帰国は as_of より前に終わっています",
            "this visit ended before as_of",
        )
    if "municipality" not in raw:
        raise _err(
            "visit.municipality", "visit.municipality は必須です", "visit.municipality is required"
        )
    return Visit(arrive, depart, _municipality(raw["municipality"], "visit.municipality"))


def _licence(raw: object) -> Licence | None:
    if raw is None:
        return None
    if not isinstance(raw, Mapping):
        raise _err(
            "licence",
            "licence は {holds_japanese_licence, drives_abroad} か null です",
            "licence must be {holds_japanese_licence, drives_abroad} or null",
        )
    _unknown_fields(raw, LICENCE_FIELDS, "licence.")
    driver_class = raw.get("driver_class")
    if driver_class is not None and driver_class not in DRIVER_CLASSES:
        raise _err(
            "licence.driver_class",
            f"licence.driver_class は {', '.join(DRIVER_CLASSES)} のいずれかか null です（優良・一般・その他）",
            f"licence.driver_class must be one of {', '.join(DRIVER_CLASSES)} or null",
        )
    return Licence(
        _bool(raw, "holds_japanese_licence", default=None, prefix="licence."),
        _bool(raw, "drives_abroad", default=False, prefix="licence."),
        driver_class,
    )
