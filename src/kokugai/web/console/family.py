"""Console: families. Open a family's cases from its pre-registration code (one step, one
transaction: ``cases.household_services.household_open_from_prereg``), the household page
(the members' cases side by side) and the shared checklist items checked once for all.

Every case shown goes through ``access_case_by_id`` (the office check and the access audit of
the case page); a case the clerk may not see is left out of the page, not revealed.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_http_methods, require_POST

from kokugai.cases import household_services as hs
from kokugai.cases.access import access_case_by_id
from kokugai.cases.errors import state_label
from kokugai.cases.households import Household
from kokugai.core.errors import ApplicationError, NotFound
from kokugai.core.i18n import current_lang
from kokugai.registry.selectors import staff_office_required


class FamilyCodeForm(forms.Form):
    code = forms.CharField(
        label=_lazy("Family pre-registration code"),
        max_length=24,
        help_text=_lazy("Type it or scan the QR code into the field, e.g. F123-4567-89AB"),
    )


@login_required
@require_http_methods(["GET", "POST"])
def family_open(request: HttpRequest) -> HttpResponse:
    office = staff_office_required(request.user)
    if request.method == "POST":
        form = FamilyCodeForm(request.POST)
    else:
        form = FamilyCodeForm(initial={"code": request.GET.get("code", "")[:24]})
    status = 200
    if form.is_bound and form.is_valid():
        try:
            household = hs.household_open_from_prereg(
                code=form.cleaned_data["code"], actor=request.user, office=office
            )
        except ApplicationError as exc:
            form.add_error("code", str(exc.message))
            status = exc.status
        else:
            messages.success(
                request,
                _("Opened %(n)s cases as household %(reference)s.")
                % {"n": household.members.count(), "reference": household.reference_display},
            )
            return redirect("console:household", household_id=household.pk)
    elif form.is_bound:
        status = 400
    return render(
        request,
        "console/family/open.html",
        {"form": form, "office": office, "title": _("Open a family's cases")},
        status=status,
    )


def visible_cases(request: HttpRequest, household: Household, why: str) -> list[Any]:
    out = []
    for m in household.members.order_by("position"):
        try:
            case = access_case_by_id(request.user, m.case_id, why=why)
        except NotFound:
            continue
        case.state_label_text = state_label(case.state, case.procedure)
        out.append(case)
    return out


def household_panel(request: HttpRequest, case: Any) -> dict[str, Any] | None:
    """The case page's household panel context (None when the case has no household)."""
    household = hs.household_of(case)
    if household is None:
        return None
    return {
        "household": household,
        "cases": visible_cases(request, household, "console.household_panel"),
        "current": case.pk,
    }


@login_required
@require_http_methods(["GET"])
def household_detail(request: HttpRequest, household_id: int) -> HttpResponse:
    household = Household.objects.filter(pk=household_id).first()
    if household is None:
        raise NotFound()
    cases = visible_cases(request, household, "console.household_page")
    if not cases:
        raise NotFound()
    rep_ids = {m.case_id: m.represented_by_id for m in household.members.all()}
    member_ids = {m.pk: m.case_id for m in household.members.all()}
    by_case = {c.pk: c for c in cases}
    rows = []
    for c in cases:
        rep_case = by_case.get(member_ids.get(rep_ids.get(c.pk)))
        rows.append({"case": c, "represented_by": rep_case})
    return render(
        request,
        "console/family/household.html",
        {
            "household": household,
            "rows": rows,
            "pickup": _pickup_context(household, cases),
            "shared": hs.household_shared_items(household) if len(cases) == len(member_ids) else [],
            "lang": current_lang(),
            "title": _("Household %(reference)s") % {"reference": household.reference_display},
        },
    )


@login_required
@require_POST
def household_check(request: HttpRequest, household_id: int, code: str) -> HttpResponse:
    household = Household.objects.filter(pk=household_id).first()
    if household is None or not visible_cases(request, household, "console.household_check"):
        raise NotFound()
    try:
        n = hs.household_checklist_check(
            household=household,
            code=code,
            actor=request.user,
            checked=request.POST.get("checked", "1") == "1",
        )
    except ApplicationError as exc:
        messages.error(request, str(exc.message))
    else:
        messages.success(request, _("Checked on %(n)s cases.") % {"n": n})
    return redirect(reverse("console:household", args=[household.pk]) + "#shared")


def _pickup_context(household: Household, cases: list[Any]) -> dict[str, Any]:
    from kokugai.appointments.households import family_visit_minutes, household_arrived
    from kokugai.appointments.models import ACTIVE_STATUSES, Booking
    from kokugai.appointments.services import appointment_summary, service_for_case

    arrived, waiting = household_arrived(household)
    bookings = list(
        Booking.objects.filter(case__in=cases, status__in=ACTIVE_STATUSES)
        .select_related("slot__service__office", "slot__service__counter", "case__person")
        .order_by("slot__starts_at", "id")
    )
    can_book = not bookings and (not waiting if household.pickup_together else bool(arrived))
    minutes = None
    if arrived:
        minutes = family_visit_minutes(
            service_for_case(arrived[0]),
            len(arrived) if not household.pickup_together else len(cases),
        )
    # Names only of the members this staff member may see; the others are counted.
    seen = {c.pk for c in cases}
    return {
        "arrived": arrived,
        "waiting": [c for c in waiting if c.pk in seen],
        "waiting_hidden": sum(1 for c in waiting if c.pk not in seen),
        "can_book": can_book,
        "minutes": minutes,
        "bookings": [{"case": b.case, "summary": appointment_summary(b)} for b in bookings],
    }


@login_required
@require_POST
def household_book(request: HttpRequest, household_id: int) -> HttpResponse:
    """Staff book the family's one pickup (by phone or at the counter), office time."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    from kokugai.appointments.households import household_pickup_book

    household = Household.objects.filter(pk=household_id).first()
    if household is None or not visible_cases(request, household, "console.household_book"):
        raise NotFound()
    office = staff_office_required(request.user)
    try:
        local = dt.datetime.fromisoformat(request.POST.get("starts_at", ""))
    except ValueError:
        messages.error(request, _("Give the day and time of the visit."))
        return redirect(reverse("console:household", args=[household.pk]) + "#pickup")
    starts_at = local.replace(tzinfo=ZoneInfo(office.timezone)).astimezone(dt.UTC)
    try:
        bookings = household_pickup_book(
            household=household, starts_at=starts_at, actor=request.user
        )
    except ApplicationError as exc:
        messages.error(request, str(exc.message))
    else:
        messages.success(
            request, _("Booked the family's pickup for %(n)s members.") % {"n": len(bookings)}
        )
    return redirect(reverse("console:household", args=[household.pk]) + "#pickup")
