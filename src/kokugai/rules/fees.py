"""Fees (手数料) for each procedure, as an effective-dated table with sources (rules.md §5).

New overseas card: free [S3, S5]. 再交付: 1,000 yen = card 800 + certificates 200 [S49, S56],
800 without certificates [S11]. A card that lapsed because 国外継続利用 was not done: a new
card applied for within 90 days of the departure date is free, from day 91 the reissue fee
applies [S11, S12, S10]. A name-change reissue via a mission is free [S8]; certificate
renewal through a new card at a mission is free [S46]. Where no source gives a fee, the
amount is a named assumption.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace

from .assumptions import Assumptions
from .codes import Channel, Procedure
from .sources import merge, sources
from .types import Effective, Reason, Source, Text

#: 国外継続利用 became possible on this day; only later departures can "fail to continue".
CONTINUATION_START = dt.date(2024, 5, 27)
#: A card lapsed by a missed 継続利用 is replaced free when applied for within this many days
#: of the departure date (the departure day itself is day 0).
FREE_WINDOW_DAYS = 90

MISSION_CHANNELS = frozenset({Channel.MISSION_COUNTER, Channel.MISSION_MAIL})


@dataclass(frozen=True, kw_only=True)
class FeeRule(Effective):
    key: str
    yen: int
    sources: tuple[Source, ...]


FEE_TABLE: tuple[FeeRule, ...] = (
    FeeRule(key="new_card", yen=0, sources=sources("S3", "S5"), valid_from=CONTINUATION_START),
    FeeRule(
        key="reissue_with_certificates",
        yen=1000,
        sources=sources("S49", "S56", "S11"),
        valid_from=CONTINUATION_START,
    ),
    FeeRule(
        key="reissue_without_certificates",
        yen=800,
        sources=sources("S11", "S49"),
        valid_from=CONTINUATION_START,
    ),
    FeeRule(
        key="change_details_mission", yen=0, sources=sources("S8"), valid_from=CONTINUATION_START
    ),
    FeeRule(
        key="cert_renewal_mission", yen=0, sources=sources("S46"), valid_from=CONTINUATION_START
    ),
)


class FeeNotInForceError(LookupError):
    """No fee rule for this key on this day (e.g. before the overseas card existed)."""


def fee_rule(key: str, as_of: dt.date) -> FeeRule:
    for rule in FEE_TABLE:
        if rule.key == key and rule.in_force(as_of):
            return rule
    raise FeeNotInForceError(f"no fee rule {key!r} in force on {as_of.isoformat()}")


@dataclass(frozen=True)
class Fee:
    yen: int
    reasons: tuple[Reason, ...]
    sources: tuple[Source, ...]
    #: keys of the assumptions this amount rests on (empty when fully sourced)
    assumptions: tuple[str, ...] = ()


def _reissue(as_of: dt.date, with_certificates: bool, why: Reason) -> Fee:
    key = "reissue_with_certificates" if with_certificates else "reissue_without_certificates"
    rule = fee_rule(key, as_of)
    detail = Reason(
        key,
        Text(
            f"再交付手数料 {rule.yen:,}円"
            + ("（カード800円＋電子証明書200円）" if with_certificates else "（電子証明書なし）"),
            f"Reissue fee {rule.yen:,} yen"
            + (" (card 800 + certificates 200)" if with_certificates else " (no certificates)"),
        ),
        rule.sources,
    )
    return Fee(rule.yen, (why, detail), merge(why.sources, rule.sources))


def _free(as_of: dt.date, key: str, why: Reason) -> Fee:
    rule = fee_rule(key, as_of)
    return Fee(0, (why,), merge(why.sources, rule.sources))


def _assumed(a: Assumptions, key: str, why: Text) -> Fee:
    yen = a.int(key)
    return Fee(yen, (Reason(key, why.format(yen=f"{yen:,}")),), (), (key,))


def fee(
    procedure: Procedure,
    *,
    as_of: dt.date,
    with_certificates: bool,
    departure_date: dt.date | None = None,
    applied_on: dt.date | None = None,
    card_state: str | None = None,
    channel: Channel | None = None,
    overrides: Mapping[str, object] | Assumptions | None = None,
) -> Fee:
    """The fee for ``procedure``.

    ``departure_date`` is the (planned) 国外転出日; ``applied_on`` the application day (default
    ``as_of``); ``card_state`` one of none, valid, continued_abroad, returned, lost, expired.
    """
    a = Assumptions.of(overrides)
    applied = applied_on or as_of
    if procedure is Procedure.REISSUE:
        why = Reason(
            "reissue",
            Text(
                "紛失等による再交付は有料です。",
                "A replacement card (lost, stolen, damaged) is charged.",
            ),
            sources("S49", "S56"),
        )
        return _reissue(as_of, with_certificates, why)
    if procedure is Procedure.NEW_ISSUANCE:
        return _new_issuance_fee(as_of, applied, with_certificates, departure_date, card_state, a)
    if procedure is Procedure.CHANGE_DETAILS and channel in MISSION_CHANNELS:
        why = Reason(
            "change_details_mission_free",
            Text(
                "在外公館での記載事項変更は新しいカードの交付で、無料です。",
                "A change of details at a mission means a new card, free of charge.",
            ),
            sources("S8"),
        )
        return _free(as_of, "change_details_mission", why)
    if procedure is Procedure.CERT_RENEWAL and channel in MISSION_CHANNELS:
        why = Reason(
            "cert_renewal_mission_free",
            Text(
                "在外公館では電子証明書を更新できず、新しいカードの申請（無料）になります。",
                "A mission cannot renew certificates; you apply for a new card instead, free of charge.",
            ),
            sources("S46", "S13", "S26"),
        )
        return _free(as_of, "cert_renewal_mission", why)
    if procedure is Procedure.CONTINUE_ABROAD:
        return _assumed(
            a,
            "continue_abroad_fee_yen",
            Text("国外継続利用の手数料 {yen}円（想定）", "国外継続利用 fee {yen} yen (assumption)"),
        )
    if procedure is Procedure.CERT_ISSUE:
        return _assumed(
            a,
            "cert_issue_fee_yen",
            Text(
                "署名用電子証明書の新規発行の手数料 {yen}円（想定）",
                "New signing certificate: {yen} yen (assumption)",
            ),
        )
    if procedure is Procedure.RETURN_TO_JAPAN:
        return _assumed(
            a,
            "return_switch_fee_yen",
            Text(
                "帰国後の切替の手数料 {yen}円（想定）",
                "Switch after return: {yen} yen (assumption)",
            ),
        )
    return _assumed(
        a,
        "other_procedure_fee_yen",
        Text("この手続の手数料 {yen}円（想定）", "Fee for this procedure: {yen} yen (assumption)"),
    )


def _new_issuance_fee(
    as_of: dt.date,
    applied: dt.date,
    with_certificates: bool,
    departure_date: dt.date | None,
    card_state: str | None,
    a: Assumptions,
) -> Fee:
    if card_state == "returned" and departure_date and departure_date >= CONTINUATION_START:
        days = (applied - departure_date).days
        if days <= FREE_WINDOW_DAYS:
            why = Reason(
                "lapsed_within_90_days_free",
                Text(
                    f"国外継続利用をせず失効したカードですが、国外転出日から{days}日目の申請なので無料です（90日以内）。",
                    f"The card lapsed because it was not continued, but you apply on day {days} after departure, within 90 days: free.",
                ),
                sources("S11", "S12", "S10"),
            )
            return _free(as_of, "new_card", why)
        why = Reason(
            "lapsed_after_90_days",
            Text(
                f"国外継続利用をせず失効したカードの国外転出日から{days}日目の申請なので、再交付手数料がかかります（91日目から）。",
                f"The card lapsed because it was not continued and you apply on day {days} after departure: the reissue fee applies from day 91.",
            ),
            sources("S11", "S12", "S10"),
        )
        return _reissue(as_of, with_certificates, why)
    if card_state in {"valid", "continued_abroad"}:
        # S56 says only that a fee MAY apply, decided by the 本籍地 after the application:
        # the amount here is an assumption, never a quoted rule.
        key = "valid_card_new_issuance_charged"
        charged = a.bool(key)
        why = Reason(
            "holds_valid_card",
            Text(
                "有効なカードを持っている人の新しいカードは手数料がかかる場合があります。要否は申請後に本籍地から通知されます"
                + (
                    "（ここでは再交付手数料がかかると想定）。"
                    if charged
                    else "（ここでは無料と想定）。"
                ),
                "Someone who still holds a valid card may be charged for a new one; the 本籍地 tells you after the application"
                + (" (assumed here: the reissue fee)." if charged else " (assumed here: free)."),
            ),
            sources("S56"),
        )
        f = _reissue(as_of, with_certificates, why) if charged else _free(as_of, "new_card", why)
        return replace(f, assumptions=(key,))
    why = Reason(
        "new_card_free",
        Text(
            "国外転出者向けカードの新規交付は無料です。", "A new overseas card is free of charge."
        ),
        sources("S3", "S5"),
    )
    return _free(as_of, "new_card", why)
