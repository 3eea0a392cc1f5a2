"""The planner: from a citizen's situation (JSON) to a plan with routes, dates, fees,
documents, licence options, warnings, the assumptions used and the sources.

Parsing and validation live here (:class:`SituationError` names the faulty field); the
``kokugai plan`` command only reads and prints.

Route fields in the plan's JSON that need a word: ``apply_on`` is the first day one can
apply (posting day for mail), ``received_on`` the day the office receives the application
(later by mail: the assumption ``mail_transit_days``; fees count from it), and
``ready_before_departure`` is null without a visit; with one it is false for every pickup
abroad (the card cannot be collected before leaving Japan) and, for a pickup in Japan,
whether the card is likely ready by the visit's last day.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any

from . import offices
from .assumptions import Assumption, Assumptions
from .calendars import Calendar, japan_calendar, mission_calendar, municipal_calendar
from .capabilities import convenience_store, health_insurance
from .checkdigits import CheckDigitError, validate_lgcode
from .codes import Channel, OfficeKind, Procedure
from .eligibility import Eligibility, eligibility
from .estimate import Durations, Ready, StageEstimate, durations_for, estimate
from .fees import CONTINUATION_START, FREE_WINDOW_DAYS, Fee, fee
from .licence import DRIVER_CLASSES, LicenceOption, licence_options
from .procedures import (
    MAIL_CHANNELS,
    ChecklistItem,
    checklist,
    pickup_checklist,
    procedure,
    stage_priors,
)
from .sources import merge, sources
from .types import Reason, Source, Text
from .validity import age_on, validity

#: Office code of card production in learned durations (the tracker's default when a case
#: records no production office).
PRODUCTION_OFFICE = "production"
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

CHANNEL_NAMES: dict[Channel, Text] = {
    Channel.MISSION_COUNTER: Text("在外公館の窓口で申請", "In person at a mission"),
    Channel.MISSION_MAIL: Text("在外公館へ郵送で申請", "By mail to a mission"),
    Channel.HONSEKI_MAIL: Text(
        "本籍地の市区町村へ郵送で申請", "By mail to the 本籍地 municipality"
    ),
    Channel.MUNICIPALITY_VISIT: Text(
        "一時帰国中に市区町村の窓口で申請", "In person at a municipality during a visit"
    ),
    Channel.HONSEKI_COUNTER: Text(
        "本籍地の市区町村の窓口で（一時帰国中など）",
        "At the 本籍地 municipality's counter (e.g. during a visit)",
    ),
    Channel.DEPARTURE_MUNICIPALITY: Text(
        "今の住所地の市区町村の窓口で（国外転出届と一緒に）",
        "At your current municipality's counter (with the 国外転出届)",
    ),
    Channel.RETURN_MUNICIPALITY: Text(
        "転入先の市区町村の窓口で（転入届と一緒に）",
        "At your new municipality's counter (with the 転入届)",
    ),
    Channel.ONLINE: Text(
        "自分で（マイナポータル・JPKI利用者ソフト）",
        "Yourself (マイナポータル or the JPKI user software)",
    ),
}


# --- the situation -----------------------------------------------------------------------


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
            "left_japan_on は最後に国外転出した日（過去の日付）です",
            "left_japan_on is the date of the last move abroad (not in the future)",
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


# --- the plan ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    kind: OfficeKind
    code: str
    name: str
    name_en: str
    timezone: str
    calendar: Calendar
    country: str = "JP"

    @classmethod
    def of(cls, office: offices.Municipality | offices.Mission, a: Assumptions) -> Place:
        if isinstance(office, offices.Mission):
            calendar = mission_calendar(
                office.country,
                observe_japanese_holidays=a.bool("missions_observe_japanese_holidays"),
                observe_year_end=a.bool("missions_observe_year_end"),
            )
            return cls(
                OfficeKind.MISSION,
                office.id,
                office.name_ja,
                office.name_en,
                office.timezone,
                calendar,
                office.country,
            )
        return cls(
            OfficeKind.MUNICIPALITY,
            office.code,
            office.display_name,
            office.display_name_en,
            office.timezone,
            municipal_calendar(office.code),
        )

    def as_dict(self, lang: str) -> dict[str, str]:
        return {
            "kind": self.kind.value,
            "code": self.code,
            "name": self.name_en if lang == "en" else self.name,
            "timezone": self.timezone,
        }


@dataclass(frozen=True)
class Route:
    channel: Channel
    apply_at: Place
    pickup_at: Place
    fee: Fee
    documents: tuple[ChecklistItem, ...]
    ready: Ready
    #: Only with a visit (None without): can the card likely be collected before the visit
    #: ends? False for every pickup abroad; for a pickup in Japan, ready.likely <= depart.
    ready_before_departure: bool | None
    card_expires_on: dt.date
    certificates_expire_on: dt.date | None
    start: dt.date
    notes: tuple[Text, ...] = ()
    #: the day the office receives the application (later than ``start`` by mail)
    received: dt.date | None = None

    @property
    def sources(self) -> tuple[Source, ...]:
        return merge(self.fee.sources, *(d.sources for d in self.documents))

    def as_dict(self, lang: str) -> dict[str, Any]:
        return {
            "channel": self.channel.value,
            "channel_name": CHANNEL_NAMES[self.channel].get(lang),
            "apply_at": self.apply_at.as_dict(lang),
            "apply_on": self.start.isoformat(),
            "received_on": (self.received or self.start).isoformat(),
            "pickup_at": self.pickup_at.as_dict(lang),
            "fee_yen": self.fee.yen,
            "fee_reasons": [r.message.get(lang) for r in self.fee.reasons],
            "documents": [d.as_dict(lang) for d in self.documents],
            "ready": self.ready.as_dict(),
            "ready_before_departure": self.ready_before_departure,
            "card_expires_on": self.card_expires_on.isoformat(),
            "certificates_expire_on": (
                self.certificates_expire_on.isoformat() if self.certificates_expire_on else None
            ),
            "notes": [n.get(lang) for n in self.notes],
        }


@dataclass(frozen=True)
class Step:
    """One procedure the situation calls for, with its deadline (a plan may need several)."""

    procedure: Procedure
    reason: Reason
    deadline: dt.date | None = None
    deadline_text: Text | None = None
    channels: tuple[Channel, ...] = ()
    documents: tuple[ChecklistItem, ...] = ()
    fee: Fee | None = None

    @property
    def sources(self) -> tuple[Source, ...]:
        return merge(
            self.reason.sources,
            self.fee.sources if self.fee else (),
            *(d.sources for d in self.documents),
        )

    def as_dict(self, lang: str) -> dict[str, Any]:
        return {
            "procedure": self.procedure.value,
            "procedure_name": procedure(self.procedure).name.get(lang),
            "code": self.reason.code,
            "why": self.reason.message.get(lang),
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "deadline_text": self.deadline_text.get(lang) if self.deadline_text else None,
            "channels": [
                {"channel": c.value, "name": CHANNEL_NAMES[c].get(lang)} for c in self.channels
            ],
            "documents": [d.as_dict(lang) for d in self.documents],
            "fee_yen": self.fee.yen if self.fee else None,
            "fee_reasons": [r.message.get(lang) for r in self.fee.reasons] if self.fee else [],
            "sources": [src.id for src in self.sources],
        }


@dataclass(frozen=True)
class Plan:
    as_of: dt.date
    eligible: bool
    reasons: tuple[Reason, ...]
    procedure: Procedure | None
    routes: tuple[Route, ...]
    recommended_route: int | None
    licence_options: tuple[LicenceOption, ...]
    warnings: tuple[Reason, ...]
    assumptions: tuple[Assumption, ...]
    missions: tuple[Place, ...] = field(default=())
    #: every procedure the situation calls for, the main one (``procedure``) first
    steps: tuple[Step, ...] = ()
    #: why ``recommended_route`` was chosen
    recommended_reason: Text | None = None
    #: what happens at pickup, for a procedure that ends with a card to collect
    pickup: tuple[ChecklistItem, ...] = ()

    @property
    def sources(self) -> tuple[Source, ...]:
        return merge(
            *(r.sources for r in self.reasons),
            *(st.sources for st in self.steps),
            *(d.sources for d in self.pickup),
            *(r.sources for r in self.routes),
            *(o.sources for o in self.licence_options),
            *(w.sources for w in self.warnings),
            *(a.sources for a in self.assumptions),
        )

    def as_dict(self, lang: str = "ja") -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "eligible": self.eligible,
            "reasons": [r.as_dict(lang) for r in self.reasons],
            "procedure": self.procedure.value if self.procedure else None,
            "procedure_name": procedure(self.procedure).name.get(lang) if self.procedure else None,
            "missions": [m.as_dict(lang) for m in self.missions],
            "routes": [r.as_dict(lang) for r in self.routes],
            "recommended_route": self.recommended_route,
            "recommended_reason": (
                self.recommended_reason.get(lang) if self.recommended_reason else None
            ),
            "steps": [st.as_dict(lang) for st in self.steps],
            "pickup": [d.as_dict(lang) for d in self.pickup],
            "licence_options": [o.as_dict(lang) for o in self.licence_options],
            "warnings": [w.as_dict(lang) for w in self.warnings],
            "assumptions": [a.as_dict(lang) for a in self.assumptions],
            "sources": [s.as_dict() for s in self.sources],
        }


# Missions with their own published rules (rules.md §2b, §2c).
_NO_MAIL_COUNTRIES = {"PH": sources("S4")}
_MISSION_WARNINGS: dict[str, Reason] = {
    "PH": Reason(
        "mission_no_mail",
        Text(
            "フィリピンの在外公館は郵送申請を受け付けず、窓口のみです。代理受領はいかなる理由でも認められません。",
            "Missions in the Philippines take no applications by mail (counter only) and never hand a card to a proxy.",
        ),
        sources("S4"),
    ),
    "FI": Reason(
        "mission_reservation_required",
        Text(
            "フィンランドの大使館は来館に事前予約が必要です。郵送は新規・再交付（条件付き）・記載事項変更・申請取消のみ。",
            "The embassy in Finland needs a reservation for every visit; by mail only new cards, reissues (conditions apply), changes of details and withdrawals.",
        ),
        sources("S2"),
    ),
    "EG": Reason(
        "mission_courier_advised",
        Text(
            "エジプトは郵便事情が悪いため、郵送よりも宅配便（Aramex、FedEx 等）が勧められています。",
            "Egypt's post is unreliable: a courier (Aramex, FedEx) is advised rather than mail.",
        ),
        sources("S6"),
    ),
    "SG": Reason(
        "mission_hurry_mail_honseki",
        Text(
            "急ぐ場合は本籍地の市区町村に直接郵送する方法が案内されています（パスポートは送らない）。",
            "When in a hurry, mailing the 本籍地 directly is suggested (do not mail the passport).",
        ),
        sources("S7"),
    ),
}


def _stages(
    proc: Procedure,
    channel: Channel,
    apply_at: Place,
    pickup_at: Place,
    honseki: offices.Municipality,
    a: Assumptions,
    learned: Mapping[tuple[str, str], Durations] | None = None,
) -> list[StageEstimate]:
    review_cal = municipal_calendar(honseki.code)
    # The office each stage is learned per: the same split as the tracker's
    # (kokugai.tracking.selectors.office_for_stage).
    office_of = {
        "intake": apply_at.code,
        "transit_to_honseki": apply_at.code,
        "review": honseki.code,
        "production": PRODUCTION_OFFICE,
        "shipping": pickup_at.code,
        "pickup_ready": pickup_at.code,
    }
    out = []
    for p in stage_priors(proc, channel, pickup_kind=pickup_at.kind, overrides=a):
        if p.stage == "transit_to_honseki" and apply_at.code == honseki.code:
            continue  # applied at the 本籍地 itself: nothing to forward
        cal = {
            "intake": apply_at.calendar,
            "transit_to_honseki": apply_at.calendar,
            "review": review_cal,
            "production": japan_calendar(),
            "shipping": japan_calendar(),
            "pickup_ready": pickup_at.calendar,
        }[p.stage]
        d = durations_for(p.stage, office_of[p.stage], learned or {}, (p,))
        out.append(StageEstimate(p.stage, d.median_bd, d.low_bd, d.high_bd, cal))
    return out


def _make_route(
    s: Situation,
    proc: Procedure,
    channel: Channel,
    apply_at: Place,
    pickup_at: Place,
    start: dt.date,
    a: Assumptions,
    *,
    notes: Sequence[Text] = (),
    learned: Mapping[tuple[str, str], Durations] | None = None,
) -> Route:
    assert s.honseki is not None
    # By mail the application counts from the day the office receives the letter; the fee
    # line and the fee must count from the same day (the 90-day window of a lapsed card).
    received = start
    if channel in MAIL_CHANNELS:
        received = start + dt.timedelta(days=a.int("mail_transit_days"))
    stages = _stages(proc, channel, apply_at, pickup_at, s.honseki, a, learned)
    ready = estimate(stages, start)
    produced = estimate(
        [
            st
            for st in stages
            if st.stage in {"intake", "transit_to_honseki", "review", "production"}
        ],
        start,
    )
    v = validity(
        s.birth_date,
        produced.likely,
        applied_on=start,
        with_certificates=s.wants_certificates,
        overrides=a,
    )
    # The plan says what the applicant brings; the office's own steps stay on its checklist.
    docs = [
        d
        for d in checklist(
            proc,
            channel,
            as_of=s.as_of,
            age=age_on(s.birth_date, start),
            with_certificates=s.wants_certificates,
            departure_date=s.left_japan_on,
            applied_on=received,
            card_state=s.card,
            overrides=a,
        )
        if d.audience != "staff"
    ]
    f = fee(
        proc,
        as_of=s.as_of,
        with_certificates=s.wants_certificates,
        departure_date=s.left_japan_on,
        applied_on=received,
        card_state=s.card,
        channel=channel,
        overrides=a,
    )
    spec = procedure(proc).channel(channel)
    if spec is not None and not spec.confirmed:
        notes = (
            *notes,
            Text(
                "この経路でこの手続ができるかは出典で確認できていません。事前に受付先に確認してください。",
                "No source confirms this procedure through this route: check with the office first.",
            ),
        )
    before: bool | None = None
    if s.visit is not None:
        # A card collected abroad is never in hand before leaving Japan; one collected at a
        # municipality is if it is likely ready by the last day of the visit.
        before = pickup_at.kind is OfficeKind.MUNICIPALITY and ready.likely <= s.visit.depart
    return Route(
        channel,
        apply_at,
        pickup_at,
        f,
        tuple(docs),
        ready,
        before,
        v.card_expires_on,
        v.certificates_expire_on,
        start,
        tuple(notes),
        received,
    )


_LEAVING_WITH_CARD = Reason(
    "leaving_japan_with_card",
    Text(
        "日本を出てもカードを使い続けられます（国外継続利用）。国外転出届と一緒に、今の住所地の市区町村で、転出予定日の前日までに手続してください。カードの管理は本籍地の市区町村に移ります。",
        "You can keep your card when you move abroad (国外継続利用): do it at your current municipality together with the 国外転出届, by the day before you leave. The 本籍地 municipality then manages the card.",
    ),
    sources("S28", "S32", "S19", "S23", "S24"),
)
_MOVED_BACK = Reason(
    "moved_back_with_card",
    Text(
        "国外で使っていたカードは、転入先の市区町村で転入届と一緒に継続利用の手続をすると、そのまま使えます。",
        "The card you used abroad keeps working once its continued use is registered at your new municipality, together with the 転入届.",
    ),
    sources("S50b", "S51"),
)
_REGISTRATION_UNKNOWN = Reason(
    "registration_unknown",
    Text(
        "国外転出日がわからないため、2015年10月5日以降に日本で住民登録があったものとして計画しています。国外で生まれて一度も住民登録をしたことがない場合は申請できません。",
        "Without the date you left Japan, this plan assumes you had a resident registration in Japan on or after 2015-10-05. If you were born abroad and never registered, you cannot apply.",
    ),
    sources("S1", "S3"),
)


def _hint_leaving(s: Situation) -> list[Reason]:
    if s.card != "valid" or s.planned_departure is not None:
        return []
    return [
        Reason(
            "planning_to_leave",
            Text(
                "近く国外へ転出する場合は、転出予定日（planned_departure）を入れると、カードを国外で使い続ける手続（国外継続利用）の期限と持ち物を示します。",
                "If you are about to move abroad, give your planned departure date (planned_departure) to see how to keep the card (国外継続利用), with its deadline and what to bring.",
            ),
            sources("S28", "S32"),
        )
    ]


def _registered_since_2015(s: Situation) -> tuple[bool | None, list[Reason]]:
    """What eligibility may take as known about a 住民票 since 2015-10-05.

    A departure date decides by itself. Without one, a card held means a My Number was
    assigned (cards exist since 2016); an explicit "never registered" refuses; "I don't
    know" is an answer: the plan goes on and says what it assumed.
    """
    if s.left_japan_on is not None:
        return None, []
    if s.card != "none":
        return True, []
    if s.registered_in_japan is False:
        return None, []
    return True, [_REGISTRATION_UNKNOWN]


def _step_for(
    s: Situation,
    proc: Procedure,
    reason: Reason,
    a: Assumptions,
    *,
    deadline: dt.date | None = None,
    deadline_text: Text | None = None,
    documents_for: Channel | None = None,
) -> Step:
    spec = procedure(proc)
    channels = tuple(c.channel for c in spec.channels if c.in_force(s.as_of))
    docs: tuple[ChecklistItem, ...] = ()
    f: Fee | None = None
    if documents_for is not None:
        docs = tuple(
            d
            for d in checklist(
                proc,
                documents_for,
                as_of=s.as_of,
                age=age_on(s.birth_date, s.as_of),
                with_certificates=s.wants_certificates,
                departure_date=s.planned_departure or s.left_japan_on,
                card_state=s.card,
                overrides=a,
            )
            if d.audience != "staff" and d.kind != "fee"
        )
        f = fee(
            proc,
            as_of=s.as_of,
            with_certificates=s.wants_certificates,
            departure_date=s.planned_departure or s.left_japan_on,
            card_state=s.card,
            channel=documents_for,
            overrides=a,
        )
    if deadline is not None and deadline < s.as_of:
        deadline = None  # a passed deadline is said in words, never as a date to aim for
    return Step(proc, reason, deadline, deadline_text, channels, docs, f)


def _if_continue_missed(departure: dt.date) -> Reason:
    free_until = departure + dt.timedelta(days=FREE_WINDOW_DAYS)
    return Reason(
        "if_continue_missed",
        Text(
            f"継続利用をしないと、カードは転出予定日に失効します。その後の新しいカードは国外転出日から90日以内（{free_until.isoformat()}まで）に申請すれば無料、91日目からは1,000円（電子証明書なしは800円）です。",
            f"Without it the card lapses on the departure day. A new card applied for within 90 days of leaving (by {free_until.isoformat()}) is free; from day 91 it costs 1,000 yen (800 yen without certificates).",
        ),
        sources("S11", "S12", "S10", "S28", "S32"),
    )


def _plan_resident(
    s: Situation, a: Assumptions, lic: tuple[LicenceOption, ...], registered: bool | None
) -> Plan:
    """Someone registered in Japan: leaving with a card, or back with an overseas card."""
    elig = eligibility(
        as_of=s.as_of,
        nationalities=s.nationalities,
        resident_in_japan=True,
        left_japan_on=s.left_japan_on,
        registered_since_2015=registered,
        honseki_known=s.honseki is not None,
    )
    others = tuple(r for r in elig.reasons if r.code != "resident_in_japan")
    # Residence aside, what still refuses (nationality, unknown 本籍地, not in force yet).
    blocking = tuple(
        r for r in others if r.code not in {"never_registered", "no_registration_since_2015_10_05"}
    )
    warnings: list[Reason] = []
    if s.card == "continued_abroad" and not blocking:
        days = a.int("return_switch_deadline_days")
        deadline = s.return_to_japan_on + dt.timedelta(days=days) if s.return_to_japan_on else None
        step = _step_for(
            s,
            Procedure.RETURN_TO_JAPAN,
            _MOVED_BACK,
            a,
            deadline=deadline,
            deadline_text=Text(
                f"転入届から{days}日以内（想定）。しないとカードは失効します",
                f"Within {days} days of the 転入届 (assumption), or the card lapses",
            ),
            documents_for=Channel.RETURN_MUNICIPALITY,
        )
        warnings += list(procedure(Procedure.RETURN_TO_JAPAN).notes)
        warnings += _health_warnings(s, a)
        return Plan(
            s.as_of,
            True,
            (_MOVED_BACK,),
            Procedure.RETURN_TO_JAPAN,
            (),
            None,
            lic,
            tuple(warnings),
            tuple(a.used()),
            steps=(step,),
        )
    if s.planned_departure is not None and s.card == "valid" and not blocking:
        departure = s.planned_departure
        last_day = departure - dt.timedelta(days=1)
        if s.as_of <= last_day:
            step = _step_for(
                s,
                Procedure.CONTINUE_ABROAD,
                _LEAVING_WITH_CARD,
                a,
                deadline=last_day,
                deadline_text=Text(
                    f"転出予定日（{departure.isoformat()}）の前日まで",
                    f"By the day before your departure ({departure.isoformat()})",
                ),
                documents_for=Channel.DEPARTURE_MUNICIPALITY,
            )
            warnings += list(procedure(Procedure.CONTINUE_ABROAD).notes)
            warnings.append(_if_continue_missed(departure))
            warnings += _children_warnings(s, a)
            warnings += _card_warnings(s, a)
            return Plan(
                s.as_of,
                True,
                (_LEAVING_WITH_CARD,),
                Procedure.CONTINUE_ABROAD,
                (),
                None,
                lic,
                tuple(warnings),
                tuple(a.used()),
                steps=(step,),
            )
        free_until = departure + dt.timedelta(days=FREE_WINDOW_DAYS)
        too_late = Reason(
            "continue_deadline_passed",
            Text(
                f"国外継続利用の期限（転出予定日の前日、{last_day.isoformat()}）を過ぎています。カードは国外転出届のときに廃止・回収されます。出国後に在外公館などで新しいカードを申請してください。国外転出日から90日以内（{free_until.isoformat()}まで）なら無料です。",
                f"The deadline for 国外継続利用 (the day before departure, {last_day.isoformat()}) has passed: the card is cancelled and taken back with the 国外転出届. After leaving, apply for a new card (e.g. at a mission): free if applied for within 90 days of departure (by {free_until.isoformat()}).",
            ),
            sources("S28", "S32", "S11", "S12", "S10"),
        )
        step = _step_for(
            s,
            Procedure.NEW_ISSUANCE,
            too_late,
            a,
            deadline=free_until,
            deadline_text=Text(
                "国外転出日から90日以内なら無料（91日目から1,000円、電子証明書なしは800円）",
                "Free within 90 days of departure (from day 91: 1,000 yen, 800 without certificates)",
            ),
        )
        return Plan(
            s.as_of,
            True,
            (too_late,),
            Procedure.NEW_ISSUANCE,
            (),
            None,
            lic,
            (),
            tuple(a.used()),
            steps=(step,),
        )
    extra: list[Reason] = []
    if s.planned_departure is not None and not blocking:
        extra.append(
            Reason(
                "apply_after_departure",
                Text(
                    "有効なカードがないため国外継続利用はできません。出国後に在外公館などで国外転出者向けカードを申請できます（無料）。",
                    "Without a valid card there is nothing to continue: after you leave, you can apply for the overseas card (e.g. at a mission), free of charge.",
                ),
                sources("S3", "S5", "S28"),
            )
        )
    return Plan(
        s.as_of,
        False,
        elig.reasons + tuple(extra) + tuple(_hint_leaving(s) if not blocking else ()),
        None,
        (),
        None,
        lic,
        (),
        tuple(a.used()),
    )


def _lapsed_card_reason(s: Situation) -> Reason:
    """Point 3: a card said to be "valid" by someone abroad who did not continue it."""
    left = s.left_japan_on
    if left is not None and left < CONTINUATION_START:
        return Reason(
            "card_lapsed_on_departure",
            Text(
                "2024年5月27日より前の国外転出では、カードは転出のときに失効しています（手元にあっても使えません）。国外転出者向けカードを新しく申請してください（無料）。",
                "Before 2024-05-27 every card lapsed when its holder moved abroad: yours no longer works even if you still have it. Apply for a new overseas card (free).",
            ),
            sources("S3", "S7"),
        )
    if left is not None:
        free_until = left + dt.timedelta(days=FREE_WINDOW_DAYS)
        free = s.as_of <= free_until
        return Reason(
            "card_lapsed_not_continued",
            Text(
                "国外転出の前に国外継続利用をしなかったカードは、転出予定日に失効しています。新しいカードを申請してください。"
                + (
                    f"国外転出日から90日以内（{free_until.isoformat()}まで）に受け付けられれば無料です。"
                    if free
                    else "90日を過ぎているため1,000円（電子証明書なしは800円）かかります。"
                ),
                "A card not continued (国外継続利用) before leaving lapsed on the departure day. Apply for a new card: "
                + (
                    f"free if received within 90 days of departure (by {free_until.isoformat()})."
                    if free
                    else "past day 90 it costs 1,000 yen (800 without certificates)."
                ),
            ),
            sources("S11", "S12", "S10", "S28", "S32"),
        )
    return Reason(
        "card_lapse_depends_on_departure",
        Text(
            "国外転出のときに国外継続利用をした場合（カードに「国外転出」と記載）は、カードはそのまま使えます（「継続利用した」を選んでください）。していなければ、カードは国外転出のときに失効しています。新しいカードは国外転出日から90日以内の申請なら無料、それより後は1,000円（電子証明書なしは800円）です。",
            "If you did 国外継続利用 when you left (the card shows 「国外転出」), the card still works: choose 'continued abroad'. If not, it lapsed when you left. A new card is free if applied for within 90 days of leaving, later 1,000 yen (800 without certificates).",
        ),
        sources("S3", "S7", "S11", "S27", "S28"),
    )


def _soonest_expiry(s: Situation) -> dt.date | None:
    dates = [d for d in (s.card_expires_on, s.certificates_expire_on) if d is not None]
    if not s.wants_certificates and s.card_expires_on is not None:
        dates = [s.card_expires_on]
    return min(dates) if dates else None


def _one_year_before(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def _choose(
    s: Situation, a: Assumptions
) -> tuple[Procedure | None, str, list[Reason], list[Step], dt.date | None]:
    """The main (card) procedure, the effective card state, reasons, every step, and the
    day a new card is needed by (None: no such day)."""
    reasons: list[Reason] = []
    steps: list[Step] = []
    card = s.card
    need_by: dt.date | None = None
    main: Procedure | None = None
    main_reason: Reason | None = None
    main_deadline: dt.date | None = None
    main_deadline_text: Text | None = None
    if card == "continued_abroad" and s.card_expires_on is not None and s.card_expires_on < s.as_of:
        card = "expired"
        reasons.append(
            Reason(
                "card_expired",
                Text(
                    f"カードの有効期限（{s.card_expires_on.isoformat()}）が過ぎています。新しいカードを申請してください。",
                    f"The card expired on {s.card_expires_on.isoformat()}: apply for a new card.",
                ),
                sources("S46", "S57"),
            )
        )
    if card == "lost":
        early = s.left_japan_on is not None and s.left_japan_on < CONTINUATION_START
        if early and a.bool("lapsed_before_2024_is_new_issuance"):
            reasons.append(
                Reason(
                    "lost_card_had_lapsed",
                    Text(
                        "なくしたカードは2024年5月27日より前の国外転出で失効していたため、新規交付として扱います（想定）。手数料の要否は申請後に本籍地から通知されます。",
                        "The lost card had already lapsed when you left before 2024-05-27, so this is treated as a new card (assumption); the 本籍地 tells you after applying whether a fee is due.",
                    ),
                    sources("S7", "S56", "S55"),
                )
            )
            main = Procedure.NEW_ISSUANCE
        else:
            main = Procedure.REISSUE
        main_reason = reasons[-1] if reasons else procedure(Procedure.REISSUE).notes[0]
    elif card == "valid":
        # Abroad, a card not continued has lapsed (S3, S7, S11): a new card, with the fee
        # counted like a returned one.
        card = "returned"
        main_reason = _lapsed_card_reason(s)
        reasons.append(main_reason)
        main = Procedure.NEW_ISSUANCE
    elif card in {"returned", "expired", "none"}:
        main = Procedure.NEW_ISSUANCE
    if main is Procedure.NEW_ISSUANCE and card == "returned" and s.left_japan_on is None:
        reasons.append(
            Reason(
                "fee_depends_on_departure",
                Text(
                    "国外転出日がわからないため手数料は無料として示しています。2024年5月27日以降に国外継続利用をせずに出国した場合は、国外転出日から90日以内の申請なら無料、91日目からは1,000円（電子証明書なしは800円）です。",
                    "Without your departure date the fee is shown as free. If you left on or after 2024-05-27 without 国外継続利用, a new card is free within 90 days of leaving and costs 1,000 yen (800 without certificates) from day 91.",
                ),
                sources("S11", "S12", "S10"),
            )
        )
    if main is Procedure.NEW_ISSUANCE and card == "returned" and s.left_japan_on is not None:
        if s.left_japan_on >= CONTINUATION_START:
            main_deadline = s.left_japan_on + dt.timedelta(days=FREE_WINDOW_DAYS)
            main_deadline_text = Text(
                "国外転出日から90日以内に受け付けられれば無料（91日目から1,000円、電子証明書なしは800円）",
                "Free if received within 90 days of departure (from day 91: 1,000 yen, 800 without certificates)",
            )
    if card == "continued_abroad":
        soonest = _soonest_expiry(s)
        if soonest is not None:
            opens = _one_year_before(soonest)
            if opens <= s.as_of:
                main = Procedure.CERT_RENEWAL
                need_by = soonest
                main_deadline = soonest
                main_reason = Reason(
                    "renewal_due",
                    Text(
                        f"カード又は電子証明書の有効期限（{soonest.isoformat()}）まで1年未満です。在外公館では電子証明書を更新できないため、新しいカードを申請します（無料、2〜3か月）。期限までに受け取れる方法を選んでください。",
                        f"Under a year remains before the card or its certificates expire ({soonest.isoformat()}). A mission cannot renew certificates, so you apply for a new card (free, 2–3 months): pick a route that is ready before that day.",
                    ),
                    sources("S26", "S13", "S46"),
                )
                main_deadline_text = Text(
                    "有効期限までに新しいカードを受け取る（2〜3か月かかる）",
                    "Collect the new card before the expiry (it takes 2–3 months)",
                )
                reasons.append(main_reason)
            else:
                reasons.append(
                    Reason(
                        "renewal_opens_on",
                        Text(
                            f"今のカードは国外でそのまま使えます。{opens.isoformat()}（有効期限の1年前）から、在外公館で新しいカード（無料）を申請して更新できます。",
                            f"Your card keeps working abroad. From {opens.isoformat()} (a year before the expiry) you can renew it by applying for a new card (free) at a mission.",
                        ),
                        sources("S35", "S37", "S26", "S13", "S46"),
                    )
                )
        else:
            reasons.append(
                Reason(
                    "card_still_valid",
                    Text(
                        "今のカードはそのまま国外で使えます。有効期限（カード又は電子証明書）まで1年未満になったら、在外公館で新しいカード（無料）を申請できます（在外公館では電子証明書の更新はできません）。",
                        "Your card keeps working abroad. Once under a year remains on the card or its certificates, you can apply for a new card (free) at a mission; missions cannot renew certificates.",
                    ),
                    sources("S35", "S37", "S26", "S13", "S46"),
                )
            )
        if s.name_changed:
            change = Reason(
                "name_changed",
                Text(
                    "氏名などが変わったら記載事項変更です。本籍地の窓口ならカードを書き換えて返却、在外公館なら新しいカード（無料。旧カードは受取時に返納）。"
                    + ("更新の新しいカードに新しい氏名が載ります。" if main else ""),
                    "A change of name or other details: at the 本籍地 the card is updated and returned; at a mission you get a new card (free; the old one is handed back on collection)."
                    + (" The renewal's new card carries the new name." if main else ""),
                ),
                sources("S8"),
            )
            if main is None:
                main, main_reason = Procedure.CHANGE_DETAILS, change
                reasons.append(change)
            else:
                steps.append(_step_for(s, Procedure.CHANGE_DETAILS, change, a))
        if s.pin_forgotten:
            steps.append(
                _step_for(
                    s,
                    Procedure.PIN_RESET,
                    Reason(
                        "pin_forgotten",
                        Text(
                            "暗証番号を忘れた・ロックされた場合は再設定です。在外公館では本人が窓口で再設定のみ（郵送不可）、本籍地の窓口でもできます。わかっている暗証番号の変更はマイナポータルかJPKI利用者ソフトで自分でできます。",
                            "A forgotten or locked PIN is reset: at a mission in person only (reset, not by mail), or at the 本籍地 counter. A PIN you know can be changed yourself in マイナポータル or the JPKI user software.",
                        ),
                        sources("S8", "S13"),
                    ),
                    a,
                    documents_for=Channel.MISSION_COUNTER,
                )
            )
        if s.email_changed:
            steps.append(
                _step_for(
                    s,
                    Procedure.EMAIL_CHANGE,
                    Reason(
                        "email_changed",
                        Text(
                            "登録したメールアドレスが変わったら本籍地の市区町村に届け出てください（有効期限などの通知が届かなくなります）。",
                            "Tell the 本籍地 municipality about your new email address, or expiry notices stop reaching you.",
                        ),
                        sources("S45", "S19", "S55"),
                    ),
                    a,
                    documents_for=Channel.HONSEKI_MAIL,
                )
            )
        if s.return_to_japan_on is not None:
            days = a.int("return_switch_deadline_days")
            steps.append(
                _step_for(
                    s,
                    Procedure.RETURN_TO_JAPAN,
                    _MOVED_BACK,
                    a,
                    deadline=s.return_to_japan_on + dt.timedelta(days=days),
                    deadline_text=Text(
                        f"転入届から{days}日以内（想定）。しないとカードは失効します",
                        f"Within {days} days of the 転入届 (assumption), or the card lapses",
                    ),
                    documents_for=Channel.RETURN_MUNICIPALITY,
                )
            )
    if main is not None:
        if main_reason is None:
            main_reason = Reason(
                "new_card",
                Text(
                    "国外転出者向けカードを申請します（新規交付、無料）。",
                    "Apply for the overseas card (新規交付, free).",
                ),
                sources("S3", "S5"),
            )
        steps.insert(
            0,
            _step_for(
                s, main, main_reason, a, deadline=main_deadline, deadline_text=main_deadline_text
            ),
        )
    return main, card, reasons, steps, need_by


def _missions_for(s: Situation, warnings: list[Reason], a: Assumptions) -> list[offices.Mission]:
    if s.country is None:
        return []
    found = offices.mission_for(s.country, s.city, use_area_table=False)
    if found is not None:
        return [found]
    # Only the curated area table can tell: an assumption, named in the plan when it decides.
    by_table = offices.mission_for(s.country, s.city)
    if by_table is not None and a.bool("mission_areas_table"):
        return [by_table]
    listed = offices.missions_in(s.country)
    covering = offices.covering_mission(s.country) if not listed else None
    if covering is not None and a.bool("mission_areas_table"):
        warnings.append(
            Reason(
                "mission_covers_country",
                Text(
                    f"{s.country} には日本の在外公館がなく、{covering.name_ja}が兼轄しています（Kokugai の対応表による想定。公館に確認してください）。",
                    f"Japan has no mission in {s.country}; {covering.name_en} covers it (Kokugai's table, an assumption: check with the mission).",
                ),
                sources("S78"),
            )
        )
        return [covering]
    if not listed:
        warnings.append(
            Reason(
                "no_mission_in_country",
                Text(
                    f"{s.country} に在外公館のデータがありません。近隣国で管轄する在外公館を確認するか、本籍地へ郵送・一時帰国中に申請してください。",
                    f"No mission on record in {s.country}: check which neighbouring mission covers it, or apply by mail to the 本籍地 or during a visit.",
                ),
                (),
            )
        )
    elif s.city:
        warnings.append(
            Reason(
                "city_not_matched",
                Text(
                    f"{s.city} を管轄する在外公館を特定できませんでした。{s.country} の在外公館をすべて示します。州・県など（例: 「Austin, Texas」）も書くと、管轄の公館を選べます。",
                    f"Could not tell which mission covers {s.city}; all missions in {s.country} are listed. Add the state or province (e.g. 'Austin, Texas') to pick the one that covers you.",
                ),
                sources("S78"),
            )
        )
    return listed


def plan(
    situation: Situation,
    *,
    overrides: Mapping[str, object] | Assumptions | None = None,
    learned: Mapping[tuple[str, str], Durations] | None = None,
) -> Plan:
    """The plan for ``situation``.

    ``learned`` maps (stage, office code) to business-day durations learned from finished
    cases (``kokugai.tracking.selectors.learned_durations()``); per stage and office they
    replace the priors, exactly as in the tracker's estimate.
    """
    s = situation
    _route = functools.partial(_make_route, learned=learned)
    a = Assumptions.of(overrides)
    lic = _licence_options(s, a)
    registered, pre = _registered_since_2015(s)
    if s.honseki_given is not None:
        pre = [_northern_territories(s), *pre]
    if s.resident_in_japan:
        p = _plan_resident(s, a, lic, registered)
        return replace(p, reasons=tuple(pre) + p.reasons if p.eligible else p.reasons)
    elig: Eligibility = eligibility(
        as_of=s.as_of,
        nationalities=s.nationalities,
        resident_in_japan=s.resident_in_japan,
        left_japan_on=s.left_japan_on,
        registered_since_2015=registered,
        honseki_known=s.honseki is not None,
    )
    warnings: list[Reason] = []
    if not elig.eligible:
        return Plan(
            s.as_of, False, elig.reasons, None, (), None, lic, tuple(warnings), tuple(a.used())
        )
    proc, card, extra, steps, need_by = _choose(s, a)
    reasons = tuple(pre) + elig.reasons + tuple(extra)
    missions = _missions_for(s, warnings, a)
    mission_places = tuple(Place.of(m, a) for m in missions)
    if proc is None:
        warnings += _card_warnings(s, a)
        return Plan(
            s.as_of,
            True,
            reasons,
            None,
            (),
            None,
            lic,
            tuple(warnings),
            tuple(a.used()),
            mission_places,
            steps=tuple(steps),
        )
    # From here on the card is what the rules make of it (a "valid" card abroad has lapsed).
    s = replace(s, card=card)
    assert s.honseki is not None
    spec = procedure(proc)
    honseki = Place.of(s.honseki, a)
    routes: list[Route] = []
    for m in mission_places:
        if spec.channel(Channel.MISSION_COUNTER) is not None:
            routes.append(
                _route(s, proc, Channel.MISSION_COUNTER, m, m, _next_open(m.calendar, s.as_of), a)
            )
        if (
            m.country in _NO_MAIL_COUNTRIES
            or spec.channel(Channel.MISSION_MAIL) is None
            or not a.bool("mission_accepts_mail")
        ):
            continue
        routes.append(_route(s, proc, Channel.MISSION_MAIL, m, m, s.as_of, a))
    if spec.channel(Channel.HONSEKI_MAIL) is not None and a.bool("honseki_accepts_mail"):
        for at in mission_places or (honseki,):
            routes.append(_route(s, proc, Channel.HONSEKI_MAIL, honseki, at, s.as_of, a))
    if s.visit is not None and spec.channel(Channel.MUNICIPALITY_VISIT) is not None:
        v = s.visit
        here = Place.of(v.municipality, a)
        start = _next_open(here.calendar, max(s.as_of, v.arrive))
        visit_route = _route(
            s,
            proc,
            Channel.MUNICIPALITY_VISIT,
            here,
            here,
            start,
            a,
            notes=(
                Text(
                    f"{v.municipality.display_name}で申請し、同じ窓口で受け取ります。",
                    f"Apply and collect at {v.municipality.display_name_en}.",
                ),
            ),
        )
        alternatives = [
            _route(
                s,
                proc,
                Channel.MUNICIPALITY_VISIT,
                here,
                m,
                start,
                a,
                notes=(
                    Text(
                        f"{v.municipality.display_name}で申請し、{m.name}で受け取ります。",
                        f"Apply at {v.municipality.display_name_en}, collect at {m.name_en}.",
                    ),
                ),
            )
            for m in mission_places
        ]
        if visit_route.ready_before_departure:
            if visit_route.ready.latest > v.depart:
                # Likely in time, but not surely: keep the mission pickup as a fallback.
                unsure = Reason(
                    "may_not_be_ready_before_departure",
                    Text(
                        f"滞在中に受け取れる見込みですが、遅れると{visit_route.ready.latest.isoformat()}になることもあります（滞在は{v.depart.isoformat()}まで）。間に合わない場合は受取場所の変更（在外公館など）を相談してください。",
                        f"Likely ready during the visit, but it may take until {visit_route.ready.latest.isoformat()} (you leave {v.depart.isoformat()}); if it is late, ask to change the pickup place (e.g. to a mission).",
                    ),
                    sources("S13", "S24"),
                )
                warnings.append(unsure)
                routes[0:0] = [visit_route, *alternatives]
            else:
                routes.insert(0, visit_route)
        else:
            later = Text(
                f"滞在中（{v.depart.isoformat()}まで）には受け取れません。次の一時帰国（{visit_route.ready.likely.isoformat()}以降、遅くとも{visit_route.ready.latest.isoformat()}以降が確実）に受け取ります。",
                f"Not ready during this visit (until {v.depart.isoformat()}): collect on a later visit, from {visit_route.ready.likely.isoformat()} (surely from {visit_route.ready.latest.isoformat()}).",
            )
            visit_route = _with_notes(visit_route, visit_route.notes + (later,))
            routes[0:0] = [visit_route, *alternatives]
            warnings.append(_not_ready_warning(v, visit_route, alternatives))
    recommended, why = _recommend(routes, need_by)
    if len(mission_places) > 1:
        # The city did not tell which mission covers it: recommending the first of the list
        # would send people to the wrong mission (Austin -> Washington instead of Houston).
        recommended = None
        why = Text(
            "どの在外公館の管轄か分からないため、おすすめは示しません。住んでいる州・県などを都市名に添えてください（例: 「Austin, Texas」）。",
            "No route is recommended until we know which mission covers you: add your state or province to the city (e.g. 'Austin, Texas').",
        )
    warnings += _route_warnings(s, proc, routes)
    warnings += _free_window_warnings(s, proc, routes)
    warnings += _children_warnings(s, a, routes)
    warnings += _fee_payment_warnings(routes, a)
    warnings += _card_warnings(s, a)
    if steps and steps[0].procedure is proc:
        steps[0] = replace(steps[0], channels=tuple(dict.fromkeys(r.channel for r in routes)))
    pickup: tuple[ChecklistItem, ...] = ()
    if spec.produces_card:
        pickup = tuple(pickup_checklist(proc, age=age_on(s.birth_date, s.as_of), overrides=a))
    return Plan(
        s.as_of,
        True,
        reasons,
        proc,
        tuple(routes),
        recommended,
        lic,
        tuple(warnings),
        tuple(a.used()),
        mission_places,
        steps=tuple(steps),
        recommended_reason=why,
        pickup=pickup,
    )


def _trips(r: Route) -> int:
    """Visits to an office in person: applying at a counter, and always the pickup."""
    return (0 if r.channel in MAIL_CHANNELS else 1) + 1


def _in_time(r: Route, need_by: dt.date | None) -> bool:
    """Ready before it is needed: with a visit, in hand before the visit ends (a card
    collected abroad never is); with an expiring card, ready before the expiry."""
    if r.ready_before_departure is False:
        return False
    return need_by is None or r.ready.likely <= need_by


def _recommend(routes: Sequence[Route], need_by: dt.date | None) -> tuple[int | None, Text | None]:
    """Eligible and free first, then ready before it is needed, then fewest trips (then the
    earliest likely date); the reason says which of these decided."""
    if not routes:
        return None, None

    def key(i: int) -> tuple[bool, bool, int, dt.date, int]:
        r = routes[i]
        return (r.fee.yen > 0, not _in_time(r, need_by), _trips(r), r.ready.likely, i)

    best = min(range(len(routes)), key=key)
    r = routes[best]
    parts_ja: list[str] = []
    parts_en: list[str] = []
    if r.fee.yen == 0:
        parts_ja.append("無料")
        parts_en.append("it is free")
    else:
        parts_ja.append("無料の方法がなく、手数料が最も安い")
        parts_en.append("no route is free and this one costs least")
    if _in_time(r, need_by):
        if need_by is not None:
            parts_ja.append(f"必要な日（{need_by.isoformat()}）までに受け取れる見込み")
            parts_en.append(f"it is likely ready before it is needed ({need_by.isoformat()})")
        elif r.ready_before_departure:
            parts_ja.append("一時帰国中に受け取れる見込み")
            parts_en.append("it is likely ready during your visit")
    else:
        parts_ja.append("間に合う方法がなく、その中で条件が最もよい")
        parts_en.append("no route is ready in time; this one is the best of them")
    n = _trips(r)
    parts_ja.append(f"窓口に行くのが{n}回（{'受取のみ' if n == 1 else '申請と受取'}）で最も少ない")
    parts_en.append(
        f"it needs the fewest trips to an office ({n}: {'pickup only' if n == 1 else 'apply and collect'})"
    )
    ties = [i for i in range(len(routes)) if key(i)[:3] == key(best)[:3]]
    if len(ties) > 1:
        parts_ja.append(f"受取の見込みが最も早い（{r.ready.likely.isoformat()}）")
        parts_en.append(f"it is likely ready soonest ({r.ready.likely.isoformat()})")
    return best, Text(
        "おすすめの理由: " + "、".join(parts_ja) + "。",
        "Recommended because " + "; ".join(parts_en) + ".",
    )


def _northern_territories(s: Situation) -> Reason:
    given = s.honseki_given
    assert given is not None
    return Reason(
        "honseki_northern_territories",
        Text(
            f"本籍の{given.display_name}（{given.code}）は北方地域の村です。北方領土問題等の解決の促進のための特別措置に関する法律第11条により、その戸籍と戸籍の附票は根室市長が扱うため、本籍地の役割（審査・発行）は根室市（{NEMURO}）が担います。",
            f"Your 本籍 {given.display_name} ({given.code}) is a Northern Territories village. Under Art. 11 of the Act on Special Measures for Promoting the Solution of the Northern Territories Issue, its 戸籍 and 戸籍の附票 are kept by the mayor of 根室市, so 根室市 ({NEMURO}) acts as your 本籍地 (review and issue).",
        ),
        sources("S75", "S76"),
    )


def _children_warnings(s: Situation, a: Assumptions, routes: Sequence[Route] = ()) -> list[Reason]:
    out: list[Reason] = []
    age = age_on(s.birth_date, s.as_of)
    if age < 15 and s.wants_certificates and a.bool("children_certificates_domestic_rule"):
        out.append(
            Reason(
                "under_15_certificates",
                Text(
                    "15歳未満には署名用電子証明書は発行されません（利用者証明用は発行）。暗証番号は法定代理人が設定します（国内の扱い。国外転出者向けカードも同じと想定）。",
                    "Under 15 no signing certificate is issued (the authentication one is), and the legal representative sets the PINs (the domestic rule, assumed for overseas cards too).",
                ),
                sources("S77"),
            )
        )
    if routes:
        eighteen = _birthday(s.birth_date, 18)
        first = min(r.start for r in routes)
        last = max(r.ready.latest for r in routes)
        if first < eighteen <= last:
            out.append(
                Reason(
                    "turns_18_during_processing",
                    Text(
                        f"{eighteen.isoformat()}に18歳になります。その前に発行されたカードは5回目の誕生日まで（5年）、その日以降に発行されたカードは10回目の誕生日まで（10年）有効です。",
                        f"You turn 18 on {eighteen.isoformat()}: a card issued before that day is valid to your 5th birthday after issue (5 years), one issued on or after it to the 10th (10 years).",
                    ),
                    sources("S46", "S57"),
                )
            )
    return out


def _birthday(birth: dt.date, years: int) -> dt.date:
    try:
        return birth.replace(year=birth.year + years)
    except ValueError:  # 29 February: reached on 1 March, as age_on counts it
        return dt.date(birth.year + years, 3, 1)


def _fee_payment_warnings(routes: Sequence[Route], a: Assumptions) -> list[Reason]:
    if not any(r.fee.yen > 0 or r.fee.assumptions for r in routes):
        return []
    if not any(OfficeKind.MISSION in {r.apply_at.kind, r.pickup_at.kind} for r in routes):
        return []
    how = a.str("mission_fee_payment")
    at_counter = how == "local_currency_at_counter"
    return [
        Reason(
            "mission_fee_payment",
            Text(
                "手数料の要否と金額は申請後に本籍地から通知されます。"
                + (
                    "在外公館では窓口で現地通貨（公館の換算額）で払うものと想定しています。公館に確認してください。"
                    if at_counter
                    else f"在外公館での支払方法は「{how}」と想定しています。公館に確認してください。"
                ),
                "The 本籍地 tells you after the application whether a fee is due and how much. "
                + (
                    "At a mission it is assumed to be paid at the counter in local currency, at the mission's rate: check with the mission."
                    if at_counter
                    else f"At a mission payment is assumed to be '{how}': check with the mission."
                ),
            ),
            sources("S56"),
        )
    ]


def _next_open(cal: Calendar, day: dt.date) -> dt.date:
    """The first day on or after ``day`` on which the office is open."""
    while not cal.is_business_day(day):
        day += dt.timedelta(days=1)
    return day


def _with_notes(r: Route, notes: tuple[Text, ...]) -> Route:
    from dataclasses import replace

    return replace(r, notes=notes)


def _not_ready_warning(v: Visit, visit_route: Route, alternatives: Sequence[Route]) -> Reason:
    alts_ja = [
        f"{r.pickup_at.name}で受け取る（見込み {r.ready.likely.isoformat()}、{r.ready.earliest.isoformat()}〜{r.ready.latest.isoformat()}）"
        for r in alternatives
    ]
    alts_en = [
        f"collect at {r.pickup_at.name_en} (likely {r.ready.likely.isoformat()}, {r.ready.earliest.isoformat()} to {r.ready.latest.isoformat()})"
        for r in alternatives
    ]
    later_ja = f"次の一時帰国で{visit_route.pickup_at.name}で受け取る（{visit_route.ready.likely.isoformat()}以降）"
    later_en = f"collect at {visit_route.pickup_at.name_en} on a later visit (from {visit_route.ready.likely.isoformat()})"
    return Reason(
        "not_ready_before_departure",
        Text(
            f"{v.municipality.display_name}で申請したカードは、滞在の終わり（{v.depart.isoformat()}）までに受け取れない見込みです（受取可能の見込み {visit_route.ready.likely.isoformat()}）。代わりの方法: "
            + "、".join([*alts_ja, later_ja])
            + "。",
            f"A card applied for at {v.municipality.display_name_en} will likely not be ready before the visit ends ({v.depart.isoformat()}); likely ready {visit_route.ready.likely.isoformat()}. Alternatives: "
            + "; ".join([*alts_en, later_en])
            + ".",
        ),
        sources("S24", "S26", "S55"),
    )


def _route_warnings(s: Situation, proc: Procedure, routes: Sequence[Route]) -> list[Reason]:
    spec = procedure(proc)
    out = list(spec.notes)
    if s.country in _MISSION_WARNINGS:
        out.append(_MISSION_WARNINGS[s.country])
    if any(r.channel in {Channel.MISSION_MAIL, Channel.HONSEKI_MAIL} for r in routes):
        out.append(
            Reason(
                "mail_risk",
                Text(
                    "郵送は数週間かかることがあり、郵便事故は補償されません。追跡できる方法で送ってください。",
                    "Mail can take weeks and losses are not compensated: use a tracked service.",
                ),
                sources("S2", "S5", "S6"),
            )
        )
    if any(r.channel is Channel.MUNICIPALITY_VISIT for r in routes):
        out.append(
            Reason(
                "counter_unfamiliar",
                Text(
                    "窓口にとって初めての手続のことがあります。「国外転出者向けマイナンバーカードの手続」と伝え、予約の項目と窓口の階を事前に確認してください（墨田区の例: 受取予約は「電子証明書更新の予約」を選び、2階の受取窓口へ）。",
                    "The counter may never have handled this procedure: say it is the overseas My Number card, and check which booking item and which floor to use beforehand (墨田区 example: book 'certificate renewal' and go to the 2nd-floor pickup counter).",
                ),
                sources("S55", "S74"),
            )
        )
    age = age_on(s.birth_date, s.as_of)
    if age < 15:
        out.append(
            Reason(
                "under_15",
                Text(
                    "15歳未満なので、法定代理人が申請し、受取も本人と法定代理人が一緒に行きます。",
                    "Under 15: the legal representative applies, and holder and legal representative collect the card together.",
                ),
                sources("S26", "S10", "S24", "S4"),
            )
        )
    return out


def _free_window_warnings(s: Situation, proc: Procedure, routes: Sequence[Route]) -> list[Reason]:
    """A lapsed card is free within 90 days of departure, counted to the day the office
    receives the application: a letter posted inside the window may arrive outside it."""
    left = s.left_japan_on
    if proc is not Procedure.NEW_ISSUANCE or s.card != "returned" or left is None:
        return []
    if left < CONTINUATION_START:
        return []
    window_end = left + dt.timedelta(days=FREE_WINDOW_DAYS)
    late = [
        r
        for r in routes
        if r.channel in MAIL_CHANNELS and r.start <= window_end < (r.received or r.start)
    ]
    if not late:
        return []
    arrives = (late[0].received or late[0].start).isoformat()
    return [
        Reason(
            "free_window_ends_in_transit",
            Text(
                f"無料で申請できるのは国外転出日から90日目（{window_end.isoformat()}）に受け付けられた申請までです。郵送では届くまでに日数がかかるため（{arrives}着と想定）、再交付手数料がかかる見込みです。窓口での申請なら間に合う場合があります。",
                f"The card is free only if the application is received by day 90 after departure ({window_end.isoformat()}). A letter takes time (assumed to arrive {arrives}), so the reissue fee is likely; applying at a counter may still be in time.",
            ),
            sources("S11", "S12", "S10"),
        )
    ]


def _card_warnings(s: Situation, a: Assumptions) -> list[Reason]:
    out: list[Reason] = []
    age = age_on(s.birth_date, s.as_of)
    # Every certificate the kiosk refuses gets its own line: people go to the store for one.
    for cert in ("koseki", "juminhyo", "juminhyo_joshohyo", "inkan", "kazei"):
        c = convenience_store(
            cert,
            honseki_offers_konbini=None,
            has_user_certificate=s.wants_certificates,
            age=age,
            overrides=a,
        )
        if c.reason not in out:
            out.append(c.reason)
    out.append(
        Reason(
            "konbini_in_japan_only",
            Text(
                "コンビニ交付が使えるのは日本国内のコンビニだけです（一時帰国中など）。",
                "Convenience-store printing works only at stores in Japan (e.g. during a visit).",
            ),
            sources("S59", "S30"),
        )
    )
    out += _health_warnings(s, a)
    if s.return_to_japan_on is None:  # with a date, the plan has the step itself
        out += _return_note(a)
    if not s.email_changed:  # with a new address, the plan has the step itself
        out.append(
            Reason(
                "email_change",
                Text(
                    "登録したメールアドレスを変えるときは本籍地の市区町村に連絡してください。",
                    "If your email address changes, tell your 本籍地 municipality.",
                ),
                sources("S45", "S55"),
            )
        )
    return out


def _return_note(a: Assumptions) -> list[Reason]:
    days = a.int("return_switch_deadline_days")
    return [
        Reason(
            "return_to_japan",
            Text(
                f"本帰国したら、転入先の市区町村でカードの継続利用の手続をしてください（転入届から{days}日以内と想定。しないと失効）。",
                f"When you move back to Japan, register the card's continued use at the new municipality (assumed within {days} days of the 転入届, or the card lapses).",
            ),
            sources("S50b", "S51", "S53"),
        )
    ]


def _health_warnings(s: Situation, a: Assumptions) -> list[Reason]:
    """マイナ保険証 advice is for people still insured in Japan (S42, S43, S61) only."""
    if s.insured_in_japan is False:
        return []
    if s.insured_in_japan is None:
        return [
            Reason(
                "hokensho_if_insured",
                Text(
                    "日本の健康保険に今も加入している場合（海外赴任中の会社の健保など）は、一時帰国中の受診にマイナ保険証か資格確認書が必要です。加入していなければ関係ありません。",
                    "If you are still insured in Japan (e.g. an employer's plan during a posting), treatment on a visit needs a マイナ保険証 or an eligibility certificate; if not, this does not concern you.",
                ),
                sources("S42", "S43", "S61"),
            )
        ]
    out = health_insurance(s.as_of, has_user_certificate=s.wants_certificates, overrides=a)
    if s.certificates_expire_on is not None:
        out.append(
            Reason(
                "expired_certificate_stops_hokensho",
                Text(
                    f"電子証明書の有効期限（{s.certificates_expire_on.isoformat()}）が過ぎるとマイナ保険証として使えなくなります。",
                    f"Once the certificates expire ({s.certificates_expire_on.isoformat()}) the card no longer works as a マイナ保険証.",
                ),
                sources("S43"),
            )
        )
    return out


def _licence_options(s: Situation, a: Assumptions) -> tuple[LicenceOption, ...]:
    if s.licence is None:
        return ()
    return tuple(
        licence_options(
            as_of=s.as_of,
            resident_in_japan=s.resident_in_japan,
            drives_abroad=s.licence.drives_abroad,
            holds_japanese_licence=s.licence.holds_japanese_licence,
            age=age_on(s.birth_date, s.as_of),
            driver_class=s.licence.driver_class,
            overrides=a,
        )
    )


# --- text output --------------------------------------------------------------------------


def render_text(p: Mapping[str, Any], lang: str = "ja") -> str:
    """A readable plan from :meth:`Plan.as_dict` output."""
    ja = lang != "en"

    def t(j: str, e: str) -> str:
        return j if ja else e

    def yen(n: int) -> str:
        return t("無料", "free") if n == 0 else t(f"{n:,}円", f"{n:,} yen")

    lines = [
        t(
            f"国外転出者向けマイナンバーカードの計画（{p['as_of']} 時点）",
            f"Plan for the overseas My Number card (as of {p['as_of']})",
        ),
        "",
    ]
    lines.append(
        t("対象: ", "Eligible: ") + (t("はい", "yes") if p["eligible"] else t("いいえ", "no"))
    )
    for r in p["reasons"]:
        lines.append(f"  - [{r['code']}] {r['message']}")
    if p["procedure"]:
        lines.append(t("手続: ", "Procedure: ") + str(p["procedure_name"]))
    if p.get("steps"):
        lines += ["", t("すること:", "What to do:")]
    for n, st in enumerate(p.get("steps") or (), 1):
        due = t(f"（{st['deadline']}まで）", f" (by {st['deadline']})") if st["deadline"] else ""
        lines.append(f" {n}. {st['procedure_name']}{due}")
        lines.append(f"     {st['why']}")
        if st["deadline_text"]:
            lines.append(t("     期限: ", "     Deadline: ") + st["deadline_text"])
        if st["channels"]:
            lines.append(
                t("     手続先: ", "     Where: ") + "; ".join(c["name"] for c in st["channels"])
            )
        for d in st["documents"]:
            req = t("必須", "required") if d["required"] else t("任意", "optional")
            lines.append(f"       - [{req}] {d['label']}")
    if p["routes"]:
        lines += ["", t("方法:", "Routes:")]
    for i, r in enumerate(p["routes"]):
        mark = t("（おすすめ）", " (recommended)") if i == p["recommended_route"] else ""
        lines.append(f" [{i + 1}] {r['channel_name']}{mark}")
        lines.append(
            t(
                f"     申請: {r['apply_at']['name']}（{r['apply_on']}〜）",
                f"     Apply at: {r['apply_at']['name']} (from {r['apply_on']})",
            )
        )
        lines.append(
            t(f"     受取: {r['pickup_at']['name']}", f"     Collect at: {r['pickup_at']['name']}")
        )
        lines.append(t("     手数料: ", "     Fee: ") + yen(int(r["fee_yen"])))
        rd = r["ready"]
        lines.append(
            t(
                f"     受取可能の見込み: {rd['likely']}（早ければ {rd['earliest']}、遅くとも {rd['latest']}）",
                f"     Ready: likely {rd['likely']} (earliest {rd['earliest']}, latest {rd['latest']})",
            )
        )
        if r["ready_before_departure"] is not None:
            lines.append(
                t("     滞在中の受取: ", "     Ready before you leave: ")
                + (
                    t("できる見込み", "likely yes")
                    if r["ready_before_departure"]
                    else t("できない見込み", "likely not")
                )
            )
        cert = r["certificates_expire_on"] or t("なし", "none")
        lines.append(
            t(
                f"     有効期限: カード {r['card_expires_on']}、電子証明書 {cert}",
                f"     Valid until: card {r['card_expires_on']}, certificates {cert}",
            )
        )
        for n in r["notes"]:
            lines.append(f"     * {n}")
        lines.append(t("     必要なもの:", "     What to bring:"))
        for d in r["documents"]:
            req = t("必須", "required") if d["required"] else t("任意", "optional")
            lines.append(f"       - [{req}] {d['label']}")
    if p.get("recommended_reason"):
        lines += ["", str(p["recommended_reason"])]
    if p.get("pickup"):
        lines += ["", t("受取のとき:", "At pickup:")]
        for d in p["pickup"]:
            req = t("必須", "required") if d["required"] else t("任意", "optional")
            lines.append(f"  - [{req}] {d['label']}")
    if p["licence_options"]:
        lines += ["", t("運転免許の選択肢:", "Driving licence options:")]
        names = {
            "licence_only": t("免許証のみ", "licence only"),
            "myna_only": t("マイナ免許証のみ", "マイナ免許証 only"),
            "both": t("2枚持ち", "both"),
        }
        for o in p["licence_options"]:
            rec = t("（おすすめ）", " (recommended)") if o["recommended"] else ""
            lines.append(
                f"  - {names[o['option']]}{rec}: "
                + t("更新手数料 ", "renewal ")
                + yen(int(o["renewal_fee_yen"]))
            )
            if o.get("online_lecture_note"):
                lines.append(f"      * {o['online_lecture_note']}")
            for w in o["warnings"]:
                lines.append(f"      ! {w['message']}")
    if p["warnings"]:
        lines += ["", t("注意:", "Notes:")]
        for w in p["warnings"]:
            lines.append(f"  - {w['message']}")
    if p["assumptions"]:
        lines += [
            "",
            t("前提（出典で確認できない想定）:", "Assumptions (not confirmed by a source):"),
        ]
        for a in p["assumptions"]:
            lines.append(f"  - {a['text']}")
    if p["sources"]:
        lines += ["", t("出典:", "Sources:")]
        for s in p["sources"]:
            lines.append(f"  {s['id']}: {s['title']} {s['url']}")
    return "\n".join(lines) + "\n"


def plan_from_json(
    data: object,
    *,
    today: dt.date,
    overrides: Mapping[str, object] | None = None,
    lang: str = "ja",
    learned: Mapping[tuple[str, str], Durations] | None = None,
) -> dict[str, Any]:
    """Parse, plan and serialise in one call (the command and the web use this)."""
    situation = parse_situation(data, today=today)
    return plan(situation, overrides=overrides, learned=learned).as_dict(lang)
