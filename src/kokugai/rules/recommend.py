"""Which route to recommend, and why: eligible and free first, then ready before it is
needed, then the fewest trips to an office, then the earliest likely date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .procedures import MAIL_CHANNELS
from .types import Text

if TYPE_CHECKING:
    from .planner import Route


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
            need = Text.dated(
                "必要な日の{need_by}までに受け取れる見込み",
                "it is likely ready before it is needed ({need_by})",
                need_by=need_by,
            )
            parts_ja.append(need.ja)
            parts_en.append(need.en)
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
        soonest = Text.dated(
            "受取の見込みが{likely}で最も早い",
            "it is likely ready soonest ({likely})",
            likely=r.ready.likely,
        )
        parts_ja.append(soonest.ja)
        parts_en.append(soonest.en)
    return best, Text(
        "おすすめの理由: " + "、".join(parts_ja) + "。",
        "Recommended because " + "; ".join(parts_en) + ".",
    )
