"""The production centre's console (issue 15 §5): only its work, by batch.

Two lists: orders to produce (accepted cases, grouped by the day they were accepted) and
cards to ship (in production, grouped by destination: one batch is one shipment to one
pickup office). The operator ticks many cases, or takes a whole batch, and fires the step
once: ``cases_transition_batch`` fires one audited transition per case and reports each
(see its docstring: not all-or-nothing).
"""

from __future__ import annotations

import zoneinfo
from itertools import groupby
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from kokugai.cases import selectors, services
from kokugai.cases.models import Case
from kokugai.core.errors import ApplicationError, Forbidden
from kokugai.core.i18n import current_lang as _lang
from kokugai.registry.models import StaffRole
from kokugai.registry.selectors import staff_office_required, staff_role
from kokugai.web.errors import WebError, handle_application_errors

#: The steps this page fires, and the queue each one works on.
STEPS: dict[str, str] = {"order": "to_produce", "ship": "to_ship"}
#: At most this many cases of a list are shown (the oldest first); the rest on the next visit.
LIMIT = 500


def is_production(user: object) -> bool:
    return staff_role(user) == StaffRole.PRODUCER


def _require_production(request: HttpRequest) -> Any:
    office = staff_office_required(request.user)
    if not is_production(request.user):
        raise Forbidden("role_not_allowed", _("This page is for the card production centre."))
    return office


def _batches(office: Any, step: str) -> list[dict[str, Any]]:
    cases = list(selectors.case_queue(office, STEPS[step])[:LIMIT])
    lang = _lang()
    if step == "ship":
        # One batch per destination: the cards that travel together.
        def key(c: Case) -> tuple[str, str]:
            o = c.pickup_office
            return (o.code, f"{o.name(lang)} ({o.code})") if o else ("", _("No pickup office"))
    else:
        zone = zoneinfo.ZoneInfo(office.timezone or "Asia/Tokyo")

        def key(c: Case) -> tuple[str, str]:
            day = c.state_entered_at.astimezone(zone).date().isoformat()
            return (day, _("Accepted on %(day)s") % {"day": day})

    out = []
    for (code, label), group in groupby(sorted(cases, key=key), key=key):
        rows = list(group)
        out.append({"key": f"{step}-{code}", "label": label, "cases": rows})
    return out


def _section(
    step: str, batches: list[dict[str, Any]], *, title: str, whole: str, ticked: str, empty: str
) -> dict[str, Any]:
    return {
        "step": step,
        "batches": batches,
        "count": sum(len(b["cases"]) for b in batches),
        "title": title,
        "whole_label": whole,
        "ticked_label": ticked,
        "empty": empty,
    }


@login_required
@handle_application_errors
@require_GET
def production(request: HttpRequest) -> HttpResponse:
    office = _require_production(request)
    return render(
        request,
        "console/production.html",
        {
            "office": office,
            "sections": [
                _section(
                    "order",
                    _batches(office, "order"),
                    title=_("Orders to produce"),
                    whole=_("Take the whole batch"),
                    ticked=_("Take the ticked orders"),
                    empty=_("No orders waiting."),
                ),
                _section(
                    "ship",
                    _batches(office, "ship"),
                    title=_("Cards to ship"),
                    whole=_("Ship the whole batch"),
                    ticked=_("Ship the ticked cards"),
                    empty=_("No cards waiting to be shipped."),
                ),
            ],
        },
    )


@login_required
@handle_application_errors
@require_POST
def production_batch(request: HttpRequest) -> HttpResponse:
    """Fire ``order`` or ``ship`` on the ticked cases (``case``), or, with the button
    ``whole``, on every case of one batch (``all``: hidden fields of that batch's form)."""
    step = request.POST.get("step", "")
    if step not in STEPS:
        raise ApplicationError(WebError.STEP_UNKNOWN, _("Unknown step."), status=400)
    key = "all" if request.POST.get("whole") else "case"
    try:
        ids = [int(v) for v in request.POST.getlist(key)]
    except ValueError:
        raise ApplicationError("form_invalid", _("The form is incomplete."), status=400) from None
    if not ids:
        messages.error(request, _("Tick at least one case."))
        return redirect("console:production")
    data = {"tracking_number": request.POST.get("tracking_number", "")} if step == "ship" else {}
    outcomes = services.cases_transition_batch(
        name=step, case_ids=ids, actor=request.user, data=data
    )
    done = [o for o in outcomes if o.ok]
    failed = [o for o in outcomes if not o.ok]
    if done:
        text = (
            ngettext("%(n)s card shipped.", "%(n)s cards shipped.", len(done))
            if step == "ship"
            else ngettext("%(n)s order taken.", "%(n)s orders taken.", len(done))
        )
        messages.success(request, text % {"n": len(done)})
    for o in failed:
        messages.error(request, f"{o.label}: {o.message} ({o.code})")
    return redirect("console:production")
