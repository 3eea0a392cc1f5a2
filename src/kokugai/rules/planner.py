"""The planner: from a citizen's situation (JSON) to a plan with routes, dates, fees,
documents, licence options, warnings, the assumptions used and the sources.

Split by concern, all re-exported here: ``situation`` parses and validates
(:class:`SituationError` names the faulty field), ``steps`` decides which procedures the
situation calls for and their deadlines, ``recommend`` picks the route and says why,
``render`` prints the text. This module builds the routes (offices, dates, fees, documents)
and the warnings. The ``kokugai plan`` command only reads and prints.

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
from dataclasses import dataclass, field, replace
from typing import Any

from . import offices
from .assumptions import Assumption, Assumptions
from .calendars import Calendar, japan_calendar, mission_calendar, municipal_calendar
from .capabilities import convenience_store, health_insurance
from .codes import Channel, OfficeKind, Procedure
from .eligibility import Eligibility, eligibility
from .estimate import Durations, Ready, StageEstimate, durations_for, estimate
from .fees import CONTINUATION_START, FREE_WINDOW_DAYS, Fee, fee
from .licence import LicenceOption, licence_options
from .procedures import (
    MAIL_CHANNELS,
    ChecklistItem,
    checklist,
    pickup_checklist,
    procedure,
    stage_priors,
)

# The planner's parts, by concern; re-exported so ``kokugai.rules.planner`` stays the one
# entry point (the CLI, the portal, the API and the tests import from here).
from .recommend import _recommend
from .render import render_text
from .situation import (
    CARD_STATES,
    EARLIEST_DATE,
    LATEST_DATE,
    NEMURO,
    SITUATION_FIELDS,
    Licence,
    Situation,
    SituationError,
    Visit,
    decode_situation,
    parse_situation,
)
from .sources import merge, sources
from .steps import (
    _LEAVING_WITH_CARD,
    _MOVED_BACK,
    CHANNEL_NAMES,
    Step,
    _choose,
    _hint_leaving,
    _if_continue_missed,
    _registered_since_2015,
    _step_for,
)
from .types import Reason, Source, Text
from .validity import age_on, card_years, validity

__all__ = [
    "CARD_STATES",
    "CHANNEL_NAMES",
    "EARLIEST_DATE",
    "LATEST_DATE",
    "SITUATION_FIELDS",
    "Licence",
    "Place",
    "Plan",
    "Route",
    "Situation",
    "SituationError",
    "Step",
    "Visit",
    "decode_situation",
    "parse_situation",
    "plan",
    "plan_from_json",
    "render_text",
]

#: Office code of card production in learned durations (the tracker's default when a case
#: records no production office).
PRODUCTION_OFFICE = "production"


# --- the situation -----------------------------------------------------------------------


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
    #: 5 or 10: the card's validity in birthdays (the household plan shows it per member)
    card_years: int | None = None

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
        card_years(s.birth_date, produced.likely, applied_on=start),
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
                deadline_text=Text.dated(
                    "転出予定日 {departure} の前日まで",
                    "By the day before your departure ({departure})",
                    departure=departure,
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
            Text.dated(
                "国外継続利用の期限（転出予定日の前日、{last_day}）を過ぎています。カードは国外転出届のときに廃止・回収されます。出国後に在外公館などで新しいカードを申請してください。国外転出日から90日以内（{free_until}まで）なら無料です。",
                "The deadline for 国外継続利用 (the day before departure, {last_day}) has passed: the card is cancelled and taken back with the 国外転出届. After leaving, apply for a new card (e.g. at a mission): free if applied for within 90 days of departure (by {free_until}).",
                last_day=last_day,
                free_until=free_until,
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
                    Text.dated(
                        "滞在中に受け取れる見込みですが、遅れると{latest}になることもあります（滞在は{depart}まで）。間に合わない場合は受取場所の変更（在外公館など）を相談してください。",
                        "Likely ready during the visit, but it may take until {latest} (you leave {depart}); if it is late, ask to change the pickup place (e.g. to a mission).",
                        latest=visit_route.ready.latest,
                        depart=v.depart,
                    ),
                    sources("S13", "S24"),
                )
                warnings.append(unsure)
                routes[0:0] = [visit_route, *alternatives]
            else:
                routes.insert(0, visit_route)
        else:
            later = Text.dated(
                "滞在中（{depart}まで）には受け取れません。次の一時帰国（{likely}以降、遅くとも{latest}以降が確実）に受け取ります。",
                "Not ready during this visit (until {depart}): collect on a later visit, from {likely} (surely from {latest}).",
                depart=v.depart,
                likely=visit_route.ready.likely,
                latest=visit_route.ready.latest,
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
                    Text.dated(
                        "{eighteen}に18歳になります。その前に発行されたカードは5回目の誕生日まで（5年）、その日以降に発行されたカードは10回目の誕生日まで（10年）有効です。",
                        "You turn 18 on {eighteen}: a card issued before that day is valid to your 5th birthday after issue (5 years), one issued on or after it to the 10th (10 years).",
                        eighteen=eighteen,
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
    alts = [
        Text.dated(
            "{place}で受け取る（見込み {likely}、{earliest}〜{latest}）",
            "collect at {place} (likely {likely}, {earliest} to {latest})",
            place=Text(r.pickup_at.name, r.pickup_at.name_en),
            likely=r.ready.likely,
            earliest=r.ready.earliest,
            latest=r.ready.latest,
        )
        for r in alternatives
    ]
    later = Text.dated(
        "次の一時帰国で{place}で受け取る（{likely}以降）",
        "collect at {place} on a later visit (from {likely})",
        place=Text(visit_route.pickup_at.name, visit_route.pickup_at.name_en),
        likely=visit_route.ready.likely,
    )
    head = Text.dated(
        "{place}で申請したカードは、滞在の終わり（{depart}）までに受け取れない見込みです（受取可能の見込み {likely}）。代わりの方法: ",
        "A card applied for at {place} will likely not be ready before the visit ends ({depart}); likely ready {likely}. Alternatives: ",
        place=Text(v.municipality.display_name, v.municipality.display_name_en),
        depart=v.depart,
        likely=visit_route.ready.likely,
    )
    return Reason(
        "not_ready_before_departure",
        Text(
            head.ja + "、".join(t.ja for t in [*alts, later]) + "。",
            head.en + "; ".join(t.en for t in [*alts, later]) + ".",
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
    arrives = late[0].received or late[0].start
    return [
        Reason(
            "free_window_ends_in_transit",
            Text.dated(
                "無料で申請できるのは国外転出日から90日目（{window_end}）に受け付けられた申請までです。郵送では届くまでに日数がかかるため（{arrives}着と想定）、再交付手数料がかかる見込みです。窓口での申請なら間に合う場合があります。",
                "The card is free only if the application is received by day 90 after departure ({window_end}). A letter takes time (assumed to arrive {arrives}), so the reissue fee is likely; applying at a counter may still be in time.",
                window_end=window_end,
                arrives=arrives,
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
                Text.dated(
                    "電子証明書の有効期限（{expires}）が過ぎるとマイナ保険証として使えなくなります。",
                    "Once the certificates expire ({expires}) the card no longer works as a マイナ保険証.",
                    expires=s.certificates_expire_on,
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
