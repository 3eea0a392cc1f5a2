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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
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
from .procedures import MAIL_CHANNELS, ChecklistItem, checklist, procedure, stage_priors
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
    }
)
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


def _unknown_fields(data: Mapping[str, Any], allowed: frozenset[str], prefix: str = "") -> None:
    extra = sorted(set(data) - allowed)
    if extra:
        name = prefix + str(extra[0])
        raise _err(
            name,
            f"不明な項目です: {name}（使える項目: {', '.join(sorted(allowed))}）",
            f"unknown field: {name} (allowed: {', '.join(sorted(allowed))})",
        )


def _municipality(value: Any, name: str) -> offices.Municipality:
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
    honseki = None if honseki_raw is None else _municipality(honseki_raw, "honseki")
    country_raw = data.get("country")
    if country_raw is None:
        if not resident:
            raise _err(
                "country", "country（居住国）は必須です", "country (of residence) is required"
            )
        country = None
    else:
        country = _country(country_raw, "country")
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
    if card == "continued_abroad" and (left is None or left < CONTINUATION_START):
        raise _err(
            "card",
            "国外継続利用は2024年5月27日以降の国外転出でのみ可能です（left_japan_on を確認）",
            "continued use abroad exists only for departures on or after 2024-05-27 (check left_japan_on)",
        )
    wants = _bool(data, "wants_certificates", default=True)
    visit = _visit(data.get("visit"), as_of)
    licence = _licence(data.get("licence"))
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

    @property
    def sources(self) -> tuple[Source, ...]:
        return merge(
            *(r.sources for r in self.reasons),
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


def _choose_procedure(s: Situation, a: Assumptions) -> tuple[Procedure | None, list[Reason]]:
    extra: list[Reason] = []
    if s.card in {"valid", "continued_abroad"}:
        extra.append(
            Reason(
                "card_still_valid",
                Text(
                    "今のカードはそのまま国外で使えます。有効期限（カード又は電子証明書）まで1年未満になったら、在外公館で新しいカード（無料）を申請できます（在外公館では電子証明書の更新はできません）。",
                    "Your card keeps working abroad. Once under a year remains on the card or its certificates, you can apply for a new card (free) at a mission; missions cannot renew certificates.",
                ),
                sources("S35", "S37", "S26", "S13", "S46"),
            )
        )
        return None, extra
    if s.card == "lost":
        early = s.left_japan_on is not None and s.left_japan_on < CONTINUATION_START
        if early and a.bool("lapsed_before_2024_is_new_issuance"):
            extra.append(
                Reason(
                    "lost_card_had_lapsed",
                    Text(
                        "なくしたカードは2024年5月27日より前の国外転出で失効していたため、新規交付として扱います（想定）。手数料の要否は申請後に本籍地から通知されます。",
                        "The lost card had already lapsed when you left before 2024-05-27, so this is treated as a new card (assumption); the 本籍地 tells you after applying whether a fee is due.",
                    ),
                    sources("S7", "S56", "S55"),
                )
            )
            return Procedure.NEW_ISSUANCE, extra
        return Procedure.REISSUE, extra
    return Procedure.NEW_ISSUANCE, extra


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
                    f"{s.city} を管轄する在外公館を特定できませんでした。{s.country} の在外公館をすべて示します。",
                    f"Could not tell which mission covers {s.city}; all missions in {s.country} are listed.",
                ),
                (),
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
    elig: Eligibility = eligibility(
        as_of=s.as_of,
        nationalities=s.nationalities,
        resident_in_japan=s.resident_in_japan,
        left_japan_on=s.left_japan_on,
        honseki_known=s.honseki is not None,
    )
    warnings: list[Reason] = []
    lic = _licence_options(s, a)
    if not elig.eligible:
        return Plan(
            s.as_of, False, elig.reasons, None, (), None, lic, tuple(warnings), tuple(a.used())
        )
    proc, extra = _choose_procedure(s, a)
    reasons = elig.reasons + tuple(extra)
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
        )
    assert s.honseki is not None
    honseki = Place.of(s.honseki, a)
    routes: list[Route] = []
    for m in mission_places:
        routes.append(
            _route(s, proc, Channel.MISSION_COUNTER, m, m, _next_open(m.calendar, s.as_of), a)
        )
        if m.country in _NO_MAIL_COUNTRIES or not a.bool("mission_accepts_mail"):
            continue
        routes.append(_route(s, proc, Channel.MISSION_MAIL, m, m, s.as_of, a))
    if a.bool("honseki_accepts_mail"):
        for pickup in mission_places or (honseki,):
            routes.append(_route(s, proc, Channel.HONSEKI_MAIL, honseki, pickup, s.as_of, a))
    recommended: int | None = None
    if s.visit is not None:
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
            recommended = 0
        else:
            later = Text(
                f"滞在中（{v.depart.isoformat()}まで）には受け取れません。次の一時帰国（{visit_route.ready.likely.isoformat()}以降、遅くとも{visit_route.ready.latest.isoformat()}以降が確実）に受け取ります。",
                f"Not ready during this visit (until {v.depart.isoformat()}): collect on a later visit, from {visit_route.ready.likely.isoformat()} (surely from {visit_route.ready.latest.isoformat()}).",
            )
            visit_route = _with_notes(visit_route, visit_route.notes + (later,))
            routes[0:0] = [visit_route, *alternatives]
            warnings.append(_not_ready_warning(v, visit_route, alternatives))
            if alternatives:
                # Collecting abroad beats waiting for an unknown next visit.
                recommended = min(
                    range(1, 1 + len(alternatives)), key=lambda i: routes[i].ready.likely
                )
    if recommended is None and routes:
        recommended = min(range(len(routes)), key=lambda i: routes[i].ready.likely)
    warnings += _route_warnings(s, proc, routes)
    warnings += _free_window_warnings(s, proc, routes)
    warnings += _card_warnings(s, a)
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
    )


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
    out += health_insurance(s.as_of, has_user_certificate=s.wants_certificates, overrides=a)
    days = a.int("return_switch_deadline_days")
    out.append(
        Reason(
            "return_to_japan",
            Text(
                f"本帰国したら、転入先の市区町村でカードの継続利用の手続をしてください（転入届から{days}日以内と想定。しないと失効）。",
                f"When you move back to Japan, register the card's continued use at the new municipality (assumed within {days} days of the 転入届, or the card lapses).",
            ),
            sources("S50b", "S51", "S53"),
        )
    )
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
