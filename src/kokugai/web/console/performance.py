"""``/console/performance/``: an office's figures as charts, tables and a CSV file.

The figures come from ``kokugai.tracking.performance`` (which also decides who may see
which office); this module only lays them out. Charts are SVG drawn on the server (no
script, no CDN), each followed by a table with the same numbers for screen readers.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from kokugai.cases.services import state_label
from kokugai.registry.models import Office
from kokugai.tracking.performance import ALL_OFFICES, PERIODS, Performance, performance_for
from kokugai.web.errors import handle_application_errors

STAGE_LABELS: dict[str, Any] = {
    "intake": gettext_lazy("Intake"),
    "transit_to_honseki": gettext_lazy("On the way to the 本籍地"),
    "review": gettext_lazy("Review at the 本籍地"),
    "production": gettext_lazy("Production"),
    "shipping": gettext_lazy("Shipping"),
    "pickup_ready": gettext_lazy("Arrival to notice"),
}
CHART_WIDTH = 640
LABEL_WIDTH = 230
BAR_HEIGHT = 22
GAP = 8


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str
    y: int
    width: int
    marker: int | None = None  # x of a second value (the 90th percentile)


@dataclass(frozen=True)
class Chart:
    bars: list[Bar]
    height: int
    label_width: int = LABEL_WIDTH
    width: int = CHART_WIDTH


def bar_chart(items: list[tuple[str, float, str, float | None]]) -> Chart:
    """Horizontal bars scaled to the largest value (and marker) of the chart."""
    top = max([v for _, v, _, _ in items] + [m or 0 for _, _, _, m in items] + [1])
    room = CHART_WIDTH - LABEL_WIDTH - 90
    bars = []
    for i, (label, value, text, marker) in enumerate(items):
        bars.append(
            Bar(
                label=label,
                value=value,
                text=text,
                y=i * (BAR_HEIGHT + GAP),
                width=max(int(room * value / top), 1 if value else 0),
                marker=None if marker is None else LABEL_WIDTH + int(room * marker / top),
            )
        )
    return Chart(bars=bars, height=max(len(items), 1) * (BAR_HEIGHT + GAP))


def _charts(perf: Performance) -> dict[str, Chart]:
    return {
        "backlog": bar_chart([(state_label(s), n, str(n), None) for s, n in perf.backlog]),
        "stages": bar_chart(
            [
                (
                    str(STAGE_LABELS.get(t.stage, t.stage)),
                    t.median_bd,
                    f"{t.median_bd:g} / {t.p90_bd:g}",
                    t.p90_bd,
                )
                for t in perf.stage_times
            ]  # fmt: skip
        ),
        "bookings": bar_chart(
            [
                (b.day.isoformat(), b.booked, f"{b.booked} / {b.no_shows}", None)
                for b in perf.bookings
            ]
        ),
    }


def _csv(perf: Performance) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    office = perf.office.code if perf.office else ALL_OFFICES
    response["Content-Disposition"] = (
        f'attachment; filename="kokugai-performance-{office}-{perf.start}.csv"'
    )
    w = csv.writer(response)
    w.writerow(["section", "key", "value", "value2", "value3"])
    w.writerow(["period", "from", perf.start.isoformat(), "", ""])
    w.writerow(["period", "until_exclusive", perf.end.isoformat(), "", ""])
    for state, n in perf.backlog:
        w.writerow(["backlog", state, n, "", ""])
    for t in perf.stage_times:
        w.writerow(["stage_business_days", t.stage, t.median_bd, t.p90_bd, t.samples])
    w.writerow(["served", f"within_{perf.within_days}_days", perf.served_within, perf.served, ""])
    w.writerow(["waiting_for_pickup", "total", perf.waiting, "", ""])
    w.writerow(["waiting_for_pickup", "past_deadline", perf.waiting_overdue, "", ""])
    w.writerow(["waiting_for_pickup", "deadline_within_7_days", perf.waiting_due_soon, "", ""])
    for b in perf.bookings:
        w.writerow(["bookings", b.day.isoformat(), b.booked, b.no_shows, ""])
    return response


@login_required
@handle_application_errors
@require_GET
def performance(request: HttpRequest) -> HttpResponse:
    try:
        days = int(request.GET.get("days", "90"))
    except ValueError:
        days = 90
    office_code = request.GET.get("office") or None
    perf = performance_for(request.user, office_code=office_code, days=days)
    if request.GET.get("format") == "csv":
        return _csv(perf)
    context = {
        "perf": perf,
        "office": perf.office,
        "charts": _charts(perf),
        "periods": PERIODS,
        "days": days if days in PERIODS else 90,
        "stage_labels": STAGE_LABELS,
        "offices": (
            Office.objects.order_by("kind", "code").values_list("code", "name_ja", "name_en")
            if request.user.is_superuser
            else []
        ),
        "all_offices": ALL_OFFICES,
        "office_code": office_code or "",
    }
    return render(request, "console/performance.html", context)
