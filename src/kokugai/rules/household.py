"""The household planner: a family's cards planned together.

A household document is the situation of :mod:`.situation` split in two: what the family
shares (``as_of``, ``country``, ``city`` and one ``visit``, the trip to Japan whose last day
is the family's departure) and a list of ``members``, each with their own situation fields
(birth date, 本籍地, card state, ...) plus a ``name`` (unique in the household; any label,
e.g. "父" or "Taro") and, for a child, ``representative``: the name of the member who is the
child's 法定代理人. A member's ``nationalities`` default to ``["JP"]`` and
``resident_in_japan`` to false (a family abroad).

:func:`parse_household` validates and raises :class:`~.situation.SituationError` naming the
faulty field (``members[2].representative``); :func:`plan_household` plans every member with
:func:`.planner.plan` and answers for the family:

* the routes that serve every eligible member (same channel, same place to apply and collect);
* the recommended one: free first, then every card in hand before the departure, then the
  fewest trips to an office (a family applies together and collects together: one trip to
  apply at a counter, one to collect once the last card is ready), then the earliest date;
  with no route common to all, each member's own recommendation and the fewest trips these
  make together;
* the total fee, each card's validity (5 birthdays under 18 at issue, 10 from 18; the
  certificates 5) and the latest ready date against the departure;
* documents per member and the shared ones (a representative's passport serves all the
  children they represent, at the application and at the pickup).

A member who is not eligible is reported with the planner's reasons; the others go on.
Under 15 the 法定代理人 applies and comes to the pickup [S26, S10, S24, S4], so a member under
15 must name a representative; a representative must be an adult (18+) member of the
household.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .assumptions import Assumptions
from .estimate import Durations
from .planner import CHANNEL_NAMES, Plan, Route, plan
from .procedures import MAIL_CHANNELS
from .render import wording
from .situation import SITUATION_FIELDS, Situation, SituationError, parse_situation
from .sources import sources
from .types import Reason, Text
from .validity import age_on

#: What the whole household shares; every other situation field is per member.
SHARED_FIELDS = frozenset({"as_of", "country", "city", "visit"})
HOUSEHOLD_FIELDS = SHARED_FIELDS | {"members"}
MEMBER_FIELDS = (SITUATION_FIELDS - SHARED_FIELDS) | {"name", "representative"}

#: Under this age the 法定代理人 applies and comes to the pickup [S26, S10, S24, S4].
REPRESENTED_UNDER = 15
#: A representative is an adult (成年年齢 18 since 2022-04-01).
ADULT_AGE = 18
MAX_MEMBERS = 10
NAME_MAX = 60

#: Checklist items that one representative's document covers for every child they represent.
SHARED_APPLY = "legal_representative_id"
SHARED_PICKUP = "legal_representative_present"


def _err(field: str, ja: str, en: str) -> SituationError:
    return SituationError(field, Text(ja, en))


def is_household(data: object) -> bool:
    """A household document is told from a situation by its ``members`` key."""
    return isinstance(data, Mapping) and "members" in data


@dataclass(frozen=True)
class Member:
    name: str
    situation: Situation
    representative: str | None

    @property
    def age(self) -> int:
        return age_on(self.situation.birth_date, self.situation.as_of)


@dataclass(frozen=True)
class Household:
    as_of: dt.date
    members: tuple[Member, ...]

    @property
    def departure(self) -> dt.date | None:
        """The family's departure from Japan: the last day of the shared visit."""
        v = self.members[0].situation.visit
        return v.depart if v is not None else None

    def member(self, name: str) -> Member:
        return next(m for m in self.members if m.name == name)


def parse_household(data: object, *, today: dt.date) -> Household:
    """Validate a decoded household document; errors name the field (``members[1].name``)."""
    if not isinstance(data, Mapping):
        raise _err(
            "(household)",
            "世帯は JSON オブジェクトにしてください",
            "the household must be a JSON object",
        )
    extra = sorted(set(data) - HOUSEHOLD_FIELDS)
    if extra:
        raise _err(
            str(extra[0]),
            f"世帯に不明な項目です: {extra[0]}（世帯の項目: {', '.join(sorted(HOUSEHOLD_FIELDS))}。ほかは各メンバーに書きます）",
            f"unknown household field: {extra[0]} (household fields: {', '.join(sorted(HOUSEHOLD_FIELDS))}; the rest go on each member)",
        )
    raw_members = data.get("members")
    if not isinstance(raw_members, list) or not raw_members:
        raise _err(
            "members",
            "members は1人以上のメンバーのリストです",
            "members must be a list of one or more members",
        )
    if len(raw_members) > MAX_MEMBERS:
        raise _err(
            "members",
            f"メンバーは{MAX_MEMBERS}人までです",
            f"a household has at most {MAX_MEMBERS} members",
        )
    shared = {k: data[k] for k in SHARED_FIELDS if k in data}
    names: list[str] = []
    parsed: list[tuple[str, Situation, Any]] = []
    for i, raw in enumerate(raw_members):
        at = f"members[{i}]"
        if not isinstance(raw, Mapping):
            raise _err(at, f"{at} は JSON オブジェクトです", f"{at} must be a JSON object")
        unknown = sorted(set(raw) - MEMBER_FIELDS)
        if unknown:
            name = f"{at}.{unknown[0]}"
            hint = (
                (
                    "（世帯全体の項目です。members の外に書きます）",
                    " (a household field: put it outside members)",
                )
                if unknown[0] in SHARED_FIELDS
                else ("", "")
            )
            raise _err(name, f"不明な項目です: {name}{hint[0]}", f"unknown field: {name}{hint[1]}")
        label = raw.get("name")
        if not isinstance(label, str) or not label.strip() or len(label.strip()) > NAME_MAX:
            raise _err(
                f"{at}.name",
                f"{at}.name は必須です（{NAME_MAX}文字までの呼び名、例: 「父」）",
                f"{at}.name is required (a label of up to {NAME_MAX} characters, e.g. 'Taro')",
            )
        label = label.strip()
        if label in names:
            raise _err(
                f"{at}.name",
                f"{at}.name「{label}」は別のメンバーと同じです",
                f"{at}.name '{label}' is already used by another member",
            )
        names.append(label)
        own = {k: v for k, v in raw.items() if k not in {"name", "representative"}}
        own.setdefault("nationalities", ["JP"])
        own.setdefault("resident_in_japan", False)
        try:
            s = parse_situation({**shared, **own}, today=today)
        except SituationError as e:
            root = e.field.split(".", 1)[0].split("[", 1)[0]
            if root in SHARED_FIELDS:
                raise
            raise SituationError(f"{at}.{e.field}", e.message) from None
        parsed.append((label, s, raw.get("representative")))
    members: list[Member] = []
    ages = {label: age_on(s.birth_date, s.as_of) for label, s, _ in parsed}
    for i, (label, s, rep) in enumerate(parsed):
        at = f"members[{i}].representative"
        age = ages[label]
        if rep is None:
            if age < REPRESENTED_UNDER:
                raise _err(
                    at,
                    f"{label}（{age}歳）は15歳未満なので、法定代理人（representative）を指定してください。法定代理人が申請し、受取にも一緒に来ます",
                    f"{label} (age {age}) is under 15: name the legal representative (representative), who applies and comes to the pickup",
                )
        else:
            if not isinstance(rep, str) or rep.strip() not in ages:
                raise _err(
                    at,
                    f"{label}の法定代理人 {rep!r} は世帯のメンバーではありません（メンバーの name を書きます）",
                    f"{label}'s representative {rep!r} is not a member of the household (give a member's name)",
                )
            rep = rep.strip()
            if rep == label:
                raise _err(
                    at,
                    f"{label}は自分の法定代理人にはなれません",
                    f"{label} cannot be their own representative",
                )
            if ages[rep] < ADULT_AGE:
                raise _err(
                    at,
                    f"{label}の法定代理人 {rep}（{ages[rep]}歳）は成人（18歳以上）ではありません",
                    f"{label}'s representative {rep} (age {ages[rep]}) is not an adult (18 or over)",
                )
        members.append(Member(label, s, rep))
    return Household(parsed[0][1].as_of, tuple(members))


# --- the family answer ---------------------------------------------------------------------


@dataclass(frozen=True)
class FamilyRoute:
    """One route every eligible member can take; ``routes`` maps member name to route index."""

    key: tuple[str, str, str]
    routes: tuple[tuple[str, int], ...]
    members_routes: tuple[Route, ...]

    @property
    def first(self) -> Route:
        return self.members_routes[0]

    @property
    def fee_yen(self) -> int:
        return sum(r.fee.yen for r in self.members_routes)

    @property
    def trips(self) -> int:
        # Together: one trip to apply at a counter, one to collect once every card is ready.
        return (0 if self.first.channel in MAIL_CHANNELS else 1) + 1

    @property
    def ready_before_departure(self) -> bool | None:
        flags = [r.ready_before_departure for r in self.members_routes]
        if any(f is None for f in flags):
            return None
        return all(flags)

    def ready(self) -> dict[str, str]:
        return _latest_ready(self.members_routes)


def _latest_ready(routes: Sequence[Route]) -> dict[str, str]:
    return {
        "earliest": max(r.ready.earliest for r in routes).isoformat(),
        "likely": max(r.ready.likely for r in routes).isoformat(),
        "latest": max(r.ready.latest for r in routes).isoformat(),
    }


def _key(r: Route) -> tuple[str, str, str]:
    return (r.channel.value, r.apply_at.code, r.pickup_at.code)


@dataclass(frozen=True)
class HouseholdPlan:
    household: Household
    plans: tuple[Plan, ...]
    routes: tuple[FamilyRoute, ...]
    recommended_route: int | None
    recommended_reason: Text | None
    #: member name -> index of the route chosen for that member in their own plan
    chosen: tuple[tuple[str, int], ...]
    trips: int
    warnings: tuple[Reason, ...]

    def plan_of(self, name: str) -> Plan:
        i = next(i for i, m in enumerate(self.household.members) if m.name == name)
        return self.plans[i]

    def chosen_route(self, name: str) -> Route | None:
        idx = dict(self.chosen).get(name)
        return None if idx is None else self.plan_of(name).routes[idx]

    def as_dict(self, lang: str = "ja") -> dict[str, Any]:
        h = self.household
        chosen = [(m, self.chosen_route(m.name)) for m in h.members]
        routes_in = [r for _, r in chosen if r is not None]
        departure = h.departure
        ready = _latest_ready(routes_in) if routes_in else None
        before: bool | None = None
        if routes_in and departure is not None:
            before = all(r.ready_before_departure for r in routes_in)
        represented: dict[str, list[str]] = {}
        for m, r in chosen:
            if m.representative and r is not None:
                represented.setdefault(m.representative, []).append(m.name)
        shared: list[dict[str, Any]] = []
        for rep, children in represented.items():
            for code, stage, ja, en in (
                (
                    SHARED_APPLY,
                    "apply",
                    f"{rep}（法定代理人）の本人確認書類（パスポート）: {'・'.join(children)}の申請に1つで足ります",
                    f"{rep}'s identity document (passport), as legal representative: one serves {', '.join(children)}",
                ),
                (
                    SHARED_PICKUP,
                    "pickup",
                    f"受取には{rep}が{'・'.join(children)}と一緒に行き、パスポートを見せます",
                    f"At the pickup {rep} comes with {', '.join(children)} and shows their passport",
                ),
            ):
                shared.append(
                    {
                        "code": code,
                        "stage": stage,
                        "representative": rep,
                        "members": children,
                        "label": ja if lang != "en" else en,
                        "sources": ["S4", "S24", "S26"],
                    }
                )
        members_out = []
        for m, p in zip(h.members, self.plans, strict=True):
            r = self.chosen_route(m.name)
            members_out.append(
                {
                    "name": m.name,
                    "age": m.age,
                    "representative": m.representative,
                    "eligible": p.eligible,
                    "route": dict(self.chosen).get(m.name),
                    "fee_yen": r.fee.yen if r else None,
                    "ready": r.ready.as_dict() if r else None,
                    "card_expires_on": r.card_expires_on.isoformat() if r else None,
                    "card_years": r.card_years if r else None,
                    "certificates_expire_on": (
                        r.certificates_expire_on.isoformat()
                        if r and r.certificates_expire_on
                        else None
                    ),
                    "documents": (
                        [d.as_dict(lang) for d in r.documents if d.code != SHARED_APPLY]
                        if r
                        else []
                    ),
                    "pickup": [d.as_dict(lang) for d in p.pickup if d.code != SHARED_PICKUP]
                    if r
                    else [],
                    "plan": p.as_dict(lang),
                }
            )
        return {
            "as_of": h.as_of.isoformat(),
            "departure": departure.isoformat() if departure else None,
            "members": members_out,
            "ineligible": [
                {"name": m.name, "reasons": [x.as_dict(lang) for x in p.reasons]}
                for m, p in zip(h.members, self.plans, strict=True)
                if not p.eligible
            ],
            "routes": [
                {
                    "channel": fr.first.channel.value,
                    "channel_name": CHANNEL_NAMES[fr.first.channel].get(lang),
                    "apply_at": fr.first.apply_at.as_dict(lang),
                    "apply_on": fr.first.start.isoformat(),
                    "pickup_at": fr.first.pickup_at.as_dict(lang),
                    "members": [{"name": n, "route": i} for n, i in fr.routes],
                    "fee_yen": fr.fee_yen,
                    "trips": fr.trips,
                    "ready": fr.ready(),
                    "ready_before_departure": fr.ready_before_departure,
                }
                for fr in self.routes
            ],
            "recommended_route": self.recommended_route,
            "recommended_reason": (
                self.recommended_reason.get(lang) if self.recommended_reason else None
            ),
            "trips": self.trips,
            "total_fee_yen": sum(r.fee.yen for r in routes_in),
            "ready": ready,
            "ready_before_departure": before,
            "shared_documents": shared,
            "warnings": [w.as_dict(lang) for w in self.warnings],
        }


def _family_routes(members: Sequence[Member], plans: Sequence[Plan]) -> list[FamilyRoute]:
    """Routes every member with routes can take, in the first such member's order."""
    with_routes = [(m, p) for m, p in zip(members, plans, strict=True) if p.routes]
    if not with_routes:
        return []
    out = []
    for r0 in with_routes[0][1].routes:
        k = _key(r0)
        picks: list[tuple[str, int]] = []
        routes: list[Route] = []
        for m, p in with_routes:
            idx = next((i for i, r in enumerate(p.routes) if _key(r) == k), None)
            if idx is None:
                break
            picks.append((m.name, idx))
            routes.append(p.routes[idx])
        else:
            out.append(FamilyRoute(k, tuple(picks), tuple(routes)))
    return out


def _recommend(routes: Sequence[FamilyRoute]) -> tuple[int | None, Text | None]:
    if not routes:
        return None, None

    def key(i: int) -> tuple[bool, bool, int, str, int]:
        fr = routes[i]
        late = any(r.ready_before_departure is False for r in fr.members_routes)
        return (fr.fee_yen > 0, late, fr.trips, fr.ready()["likely"], i)

    best = min(range(len(routes)), key=key)
    fr = routes[best]
    ja: list[str] = []
    en: list[str] = []
    if fr.fee_yen == 0:
        ja.append("全員無料")
        en.append("it is free for everyone")
    else:
        ja.append(f"家族の手数料の合計が最も少ない（{fr.fee_yen:,}円）")
        en.append(f"the family's total fee is lowest ({fr.fee_yen:,} yen)")
    if fr.ready_before_departure:
        ja.append("全員のカードが出国前に受け取れる見込み")
        en.append("every card is likely ready before you leave")
    ja.append(f"家族そろって窓口に行くのが{fr.trips}回")
    en.append(f"the family goes to an office together {fr.trips} time(s)")
    ja.append(f"最後のカードの受取見込み {fr.ready()['likely']}")
    en.append(f"the last card is likely ready {fr.ready()['likely']}")
    return best, Text(
        "家族へのおすすめの理由: " + "、".join(ja) + "。",
        "Recommended for the family because " + "; ".join(en) + ".",
    )


def _fallback_trips(routes: Sequence[Route]) -> int:
    applies = {(r.apply_at.code, r.start) for r in routes if r.channel not in MAIL_CHANNELS}
    pickups = {r.pickup_at.code for r in routes}
    return len(applies) + len(pickups)


def plan_household(
    household: Household,
    *,
    overrides: Mapping[str, object] | Assumptions | None = None,
    learned: Mapping[tuple[str, str], Durations] | None = None,
) -> HouseholdPlan:
    a = Assumptions.of(overrides)
    members = household.members
    plans = tuple(plan(m.situation, overrides=a, learned=learned) for m in members)
    routes = _family_routes(members, plans)
    best, why = _recommend(routes)
    warnings: list[Reason] = []
    not_eligible = [m.name for m, p in zip(members, plans, strict=True) if not p.eligible]
    if not_eligible:
        warnings.append(
            Reason(
                "member_not_eligible",
                Text(
                    f"{'・'.join(not_eligible)}は対象外です（理由は各メンバーの計画）。ほかのメンバーの計画は続けます。",
                    f"{', '.join(not_eligible)} cannot get the card (see each member's reasons); the plan goes on for the others.",
                ),
            )
        )
    for m in members:
        if m.representative is None:
            continue
        rep_plan = plans[[x.name for x in members].index(m.representative)]
        if not rep_plan.eligible:
            warnings.append(
                Reason(
                    "representative_not_applying",
                    Text(
                        f"{m.representative}は自分のカードの対象ではありませんが、{m.name}の法定代理人として申請と受取に同行します。",
                        f"{m.representative} cannot get a card but still comes as {m.name}'s legal representative to apply and collect.",
                    ),
                    sources("S26", "S24"),
                )
            )
    if best is not None:
        chosen = routes[best].routes
        trips = routes[best].trips
    else:
        chosen = tuple(
            (m.name, p.recommended_route if p.recommended_route is not None else 0)
            for m, p in zip(members, plans, strict=True)
            if p.routes
        )
        picked = [
            p.routes[i] for (_, i), p in zip(chosen, [p for p in plans if p.routes], strict=True)
        ]
        trips = _fallback_trips(picked)
        if len(picked) > 1:
            warnings.append(
                Reason(
                    "no_common_route",
                    Text(
                        f"全員が同じ方法で申請・受取できる経路がありません。各メンバーのおすすめの経路で、窓口に行くのは合わせて{trips}回です。",
                        f"No route serves every member: with each member's recommended route the family makes {trips} trip(s) to an office in all.",
                    ),
                )
            )
        why = None
    return HouseholdPlan(household, plans, tuple(routes), best, why, chosen, trips, tuple(warnings))


def household_plan_from_json(
    data: object,
    *,
    today: dt.date,
    overrides: Mapping[str, object] | None = None,
    lang: str = "ja",
    learned: Mapping[tuple[str, str], Durations] | None = None,
) -> dict[str, Any]:
    """Parse, plan and serialise in one call (the command, the API and the tests use this)."""
    h = parse_household(data, today=today)
    return plan_household(h, overrides=overrides, learned=learned).as_dict(lang)


def render_household_text(p: Mapping[str, Any], lang: str = "ja") -> str:
    """A readable family plan from :meth:`HouseholdPlan.as_dict` output."""
    ja = lang != "en"
    t, yen = wording(lang)

    lines = [
        t(
            f"家族の国外転出者向けマイナンバーカードの計画（{p['as_of']} 時点）",
            f"Family plan for the overseas My Number card (as of {p['as_of']})",
        ),
        "",
        t("メンバー:", "Members:"),
    ]
    for m in p["members"]:
        rep = t(f"、法定代理人 {m['representative']}", f", represented by {m['representative']}")
        status = (
            t(
                f"{yen(m['fee_yen'])}、受取見込み {m['ready']['likely']}、カード有効期限 {m['card_expires_on']}（{m['card_years']}年）",
                f"{yen(m['fee_yen'])}, likely ready {m['ready']['likely']}, card valid to {m['card_expires_on']} ({m['card_years']} years)",
            )
            if m["ready"]
            else (
                t("対象外", "not eligible")
                if not m["eligible"]
                else t("今は申請する手続なし", "nothing to apply for now")
                if m["plan"]["procedure"] is None
                else t("経路なし", "no route")
            )
        )
        lines.append(
            f"  - {m['name']}（{m['age']}{t('歳', '')}{rep if m['representative'] else ''}）: {status}"
            if ja
            else f"  - {m['name']} (age {m['age']}{rep if m['representative'] else ''}): {status}"
        )
    for x in p["ineligible"]:
        for r in x["reasons"]:
            lines.append(f"    {x['name']}: [{r['code']}] {r['message']}")
    lines += ["", t("家族全員で使える経路:", "Routes for the whole family:")]
    if not p["routes"]:
        lines.append(t("  なし", "  none"))
    for i, r in enumerate(p["routes"]):
        mark = " *" if i == p["recommended_route"] else ""
        lines.append(
            f"  {i + 1}. {r['channel_name']}: {r['apply_at']['name']} → {r['pickup_at']['name']}, "
            + t(
                f"合計 {yen(r['fee_yen'])}、窓口 {r['trips']}回、全員そろう見込み {r['ready']['likely']}",
                f"total {yen(r['fee_yen'])}, {r['trips']} trip(s), all ready likely {r['ready']['likely']}",
            )
            + mark
        )
    if p["recommended_reason"]:
        lines.append("  " + p["recommended_reason"])
    lines += [
        "",
        t(f"手数料の合計: {yen(p['total_fee_yen'])}", f"Total fee: {yen(p['total_fee_yen'])}"),
        t(f"窓口に行く回数: {p['trips']}", f"Trips to an office: {p['trips']}"),
    ]
    if p["ready"]:
        lines.append(
            t(
                f"最後のカードの受取見込み: {p['ready']['likely']}（遅くとも {p['ready']['latest']}）",
                f"Last card likely ready: {p['ready']['likely']} (at the latest {p['ready']['latest']})",
            )
        )
    if p["departure"]:
        ok = p["ready_before_departure"]
        lines.append(
            t(
                f"出国日 {p['departure']}: "
                + ("全員受取に間に合う見込み" if ok else "間に合わない見込み"),
                f"Departure {p['departure']}: "
                + ("every card likely in hand" if ok else "not every card in time"),
            )
        )
    if p["shared_documents"]:
        lines += ["", t("共通の書類:", "Shared documents:")]
        lines += [f"  - {d['label']}" for d in p["shared_documents"]]
    for m in p["members"]:
        if m["documents"]:
            lines += ["", t(f"{m['name']}の書類:", f"{m['name']}'s documents:")]
            lines += [f"  - {d['label']}" for d in m["documents"]]
    if p["warnings"]:
        lines += ["", t("注意:", "Notes:")]
        lines += [f"  - [{w['code']}] {w['message']}" for w in p["warnings"]]
    return "\n".join(lines) + "\n"
