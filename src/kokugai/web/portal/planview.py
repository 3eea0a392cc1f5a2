"""The planner's result as a phone reads it (issue 16 §10): the recommended route first as
a card with its reason, the others as short cards with the same facts in the same order,
each route named so no two read the same, warnings grouped by what the person must do
(and same-kind warnings said once), the estimating assumptions kept for a disclosure, and
the chosen route's one-page checklist."""

from __future__ import annotations

import os
from typing import Any

from django.utils.translation import gettext_lazy as _

#: Warning codes by what the person must do about them; groups are shown in this order.
WARNING_GROUPS: tuple[tuple[str, Any, frozenset[str]], ...] = (
    (
        "now",
        _("Do this first"),
        frozenset(
            {
                "suspend_first",
                "free_window_ends_in_transit",
                "not_ready_before_departure",
                "if_continue_missed",
                "city_not_matched",
                "mission_covers_country",
            }
        ),
    ),
    (
        "apply",
        _("When you apply"),
        frozenset(
            {
                "mission_no_mail",
                "mission_reservation_required",
                "mission_hurry_mail_honseki",
                "mission_fee_payment",
                "mail_risk",
                "pin_request_sealed",
                "counter_unfamiliar",
                "under_15",
                "under_15_certificates",
                "proxy_not_same_day",
                "certificates_after_departure_self_only",
                "no_express_no_online",
            }
        ),
    ),
    (
        "collect",
        _("When you collect the card"),
        frozenset({"pickup_in_person", "turns_18_during_processing"}),
    ),
    (
        "after",
        _("Once you have the card"),
        frozenset(
            {
                "konbini_koseki",
                "konbini_not_for_non_residents",
                "konbini_in_japan_only",
                "needs_user_certificate",
                "hokensho_if_insured",
                "paper_hokensho_abolished",
                "myna_hokensho_possible",
                "expired_certificate_stops_hokensho",
                "certificate_shorter_than_card",
                "signing_certificate_lapses",
                "signing_certificate_lapses_on_return",
                "return_to_japan",
                "email_change",
            }
        ),
    ),
)
OTHER_GROUP = ("other", _("Good to know"))


def _merge(messages: list[str], lang: str) -> str:
    """Several warnings of one kind said once: their common ending once, the parts that
    differ listed before it ("A, B and C cannot be printed …")."""
    if len(messages) == 1:
        return messages[0]
    suffix = os.path.commonprefix([m[::-1] for m in messages])[::-1]
    if lang == "en" and " " in suffix:
        suffix = suffix[suffix.index(" ") :]  # from a word boundary
    heads = [m[: len(m) - len(suffix)].strip() for m in messages]
    if not suffix or len(suffix) < 8 or not all(heads):
        return " ".join(messages)
    joined = "、".join(heads) if lang == "ja" else ", ".join(heads)
    return f"{joined}{suffix}" if lang == "ja" else f"{joined}{suffix}"


def grouped_warnings(warnings: list[dict[str, Any]], lang: str) -> list[dict[str, Any]]:
    """[{"code", "title", "items": [message, …]}] in the order of WARNING_GROUPS; warnings
    sharing a code become one item."""
    by_code: dict[str, list[str]] = {}
    for w in warnings:
        by_code.setdefault(w["code"], []).append(w["message"])
    groups: list[dict[str, Any]] = []
    placed: set[str] = set()
    for code, title, members in WARNING_GROUPS:
        items = [_merge(msgs, lang) for c, msgs in by_code.items() if c in members]
        placed |= {c for c in by_code if c in members}
        if items:
            groups.append({"code": code, "title": title, "items": items})
    rest = [_merge(msgs, lang) for c, msgs in by_code.items() if c not in placed]
    if rest:
        groups.append({"code": OTHER_GROUP[0], "title": OTHER_GROUP[1], "items": rest})
    return groups


def route_titles(routes: list[dict[str, Any]], lang: str) -> list[str]:
    """Each route's name; where two share a channel name, the offices tell them apart."""
    names = [r["channel_name"] for r in routes]
    out = []
    for r, name in zip(routes, names, strict=True):
        if names.count(name) > 1:
            apply_at, pickup_at = r["apply_at"]["name"], r["pickup_at"]["name"]
            if apply_at == pickup_at:
                where = f"{apply_at}" if lang == "en" else f"{apply_at}で申請・受取"
                name = f"{name} ({where})" if lang == "en" else f"{name}（{where}）"
            else:
                where = (
                    f"apply at {apply_at}, collect at {pickup_at}"
                    if lang == "en"
                    else f"{apply_at}で申請・{pickup_at}で受取"
                )
                name = f"{name} ({where})" if lang == "en" else f"{name}（{where}）"
        out.append(name)
    # Still the same (same offices too): number them.
    seen: dict[str, int] = {}
    for i, name in enumerate(out):
        if out.count(name) > 1:
            seen[name] = seen.get(name, 0) + 1
            out[i] = f"{name} {seen[name]}"
    return out


def plan_view(plan: dict[str, Any], lang: str, chosen: int | None = None) -> dict[str, Any]:
    """What plan.html shows: ``routes`` (each with ``title``, ``index``), ``recommended``,
    ``others``, ``chosen`` (the route of the printable checklist), ``warning_groups``."""
    routes = [dict(r) for r in plan.get("routes") or []]
    for i, (r, title) in enumerate(zip(routes, route_titles(routes, lang), strict=True)):
        r["title"], r["index"] = title, i
    rec_index = plan.get("recommended_route")
    if not isinstance(rec_index, int) or not 0 <= rec_index < len(routes):
        rec_index = 0 if routes else None
    recommended = routes[rec_index] if rec_index is not None else None
    others = [r for r in routes if r is not recommended]
    if chosen is None or not 0 <= chosen < len(routes):
        chosen = rec_index
    return {
        "routes": routes,
        "recommended": recommended,
        "others": others,
        "chosen": routes[chosen] if chosen is not None else None,
        "warning_groups": grouped_warnings(plan.get("warnings") or [], lang),
    }
