"""The family pages of the portal: the household planner (``/plan/household/``).

The planner is ``kokugai.rules.household`` wired by ``tracking.planning.household_plan_for``,
the same answer as ``kokugai plan`` given a household and ``POST /api/v1/plan/household``.
The page is one form for what the family shares (country, city, one visit) and a formset of
members; "Add a member" posts the form back with one more member (no script needed).
"""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from kokugai.rules.household import MAX_MEMBERS, NAME_MAX
from kokugai.web.portal.forms import (
    CARD_CHOICES,
    YES_NO_UNKNOWN,
    DateField,
    DateInput,
    OfficeField,
    SaysWhatToDo,
    _yes_no_unknown,
    country_choices,
)


def _lang() -> str:
    return "en" if (get_language() or "ja").startswith("en") else "ja"


class HouseholdForm(SaysWhatToDo, forms.Form):
    """What the whole family shares."""

    country = forms.ChoiceField(label=_("Country of residence"), choices=())
    city = forms.CharField(label=_("City of residence"), max_length=100, required=False)
    visit_arrive = DateField(label=_("Visit to Japan: arrival"), required=False, widget=DateInput())
    visit_depart = DateField(
        label=_("Visit to Japan: departure"), required=False, widget=DateInput()
    )
    visit_municipality = OfficeField(
        label=_("Visit to Japan: municipality where you can go to the counter"),
        municipality_only=True,
        required=False,
    )

    FIELD_OF = {
        "visit": "visit_arrive",
        "visit.arrive": "visit_arrive",
        "visit.depart": "visit_depart",
        "visit.municipality": "visit_municipality",
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", "—"), *country_choices()]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        visit = [data.get("visit_arrive"), data.get("visit_depart"), data.get("visit_municipality")]
        if any(visit) and not all(visit):
            self.add_error(
                "visit_arrive",
                _("For a visit, give the arrival, the departure and the municipality."),
            )
        return data

    def shared(self) -> dict[str, Any]:
        d = self.cleaned_data
        out: dict[str, Any] = {"country": d["country"]}
        if d.get("city"):
            out["city"] = d["city"].strip()
        if d.get("visit_arrive") and d.get("visit_depart") and d.get("visit_municipality"):
            out["visit"] = {
                "arrive": d["visit_arrive"].isoformat(),
                "depart": d["visit_depart"].isoformat(),
                "municipality": d["visit_municipality"].office_code,
            }
        return out


class MemberForm(SaysWhatToDo, forms.Form):
    """One member: their own situation, and for a child the representative's name."""

    name = forms.CharField(
        label=_("Name or label"),
        max_length=NAME_MAX,
        help_text=_("Any name the family uses, e.g. Father or Hanako."),
    )
    birth_date = DateField(label=_("Date of birth"), widget=DateInput())
    left_japan_on = DateField(
        label=_("Date they moved abroad (国外転出日)"),
        required=False,
        widget=DateInput(),
        help_text=_("Leave it empty if you do not know it."),
    )
    registered_in_japan = forms.TypedChoiceField(
        label=_("Have they ever had a resident record (住民票) in Japan?"),
        choices=YES_NO_UNKNOWN,
        coerce=_yes_no_unknown,
        empty_value=None,
        required=False,
    )
    honseki = OfficeField(
        label=_("本籍地 (registered domicile) municipality"),
        municipality_only=True,
        required=False,
        help_text=_("Name or 6-digit code; for a designated city, the ward."),
    )
    card = forms.ChoiceField(label=_("Their My Number card"), choices=CARD_CHOICES)
    wants_certificates = forms.BooleanField(
        label=_("Electronic certificates wanted"), required=False, initial=True
    )
    representative = forms.CharField(
        label=_("Legal representative (法定代理人)"),
        max_length=NAME_MAX,
        required=False,
        help_text=_(
            "For a child under 15: the name of the parent in this list who applies with them."
        ),
    )

    def member(self) -> dict[str, Any]:
        d = self.cleaned_data
        m: dict[str, Any] = {
            "name": d["name"].strip(),
            "birth_date": d["birth_date"].isoformat(),
            "card": d.get("card") or "none",
            "wants_certificates": bool(d.get("wants_certificates")),
        }
        if d.get("left_japan_on"):
            m["left_japan_on"] = d["left_japan_on"].isoformat()
        if d.get("registered_in_japan") is not None:
            m["registered_in_japan"] = d["registered_in_japan"]
        if d.get("honseki"):
            m["honseki"] = d["honseki"].office_code
        if (d.get("representative") or "").strip():
            m["representative"] = d["representative"].strip()
        return m


MemberFormSet = forms.formset_factory(
    MemberForm, extra=0, min_num=1, max_num=MAX_MEMBERS, validate_min=True, validate_max=True
)

_MEMBER_FIELD = re.compile(r"^members\[(\d+)\]\.([a-z_]+)")


def household_document(form: HouseholdForm, members: Any) -> dict[str, Any]:
    return {**form.shared(), "members": [f.member() for f in members.forms]}


@require_http_methods(["GET", "POST"])
def plan_household(request: HttpRequest) -> HttpResponse:
    """The household planner: the same document and plan as ``kokugai plan`` with members."""
    from kokugai.rules.planner import SituationError
    from kokugai.tracking.planning import household_plan_for

    lang = _lang()
    data = request.POST if request.method == "POST" else None
    if data is not None and "add" in data:
        # "Add a member": the same answers again with one more (empty) member, no errors yet.
        data = data.copy()
        total = int(data.get("m-TOTAL_FORMS") or 1)
        data["m-TOTAL_FORMS"] = str(min(total + 1, MAX_MEMBERS))
        form = HouseholdForm(initial={k: data.get(k) for k in HouseholdForm.base_fields})
        members = MemberFormSet(prefix="m", initial=_initial_members(data, total))
        members.extra = int(data["m-TOTAL_FORMS"]) - total
        return render(
            request, "portal/family/plan.html", {"form": form, "members": members, "plan": None}
        )
    form = HouseholdForm(data)
    members = MemberFormSet(data, prefix="m")
    result = None
    if data is not None and form.is_valid() and members.is_valid():
        try:
            result = household_plan_for(household_document(form, members), lang=lang)
        except SituationError as exc:
            _place_error(form, members, exc.field, exc.message.get(lang))
    errors = data is not None and result is None
    return render(
        request,
        "portal/family/plan.html",
        {"form": form, "members": members, "plan": result},
        status=400 if errors else 200,
    )


def _initial_members(data: Any, total: int) -> list[dict[str, Any]]:
    out = []
    for i in range(total):
        out.append({k: data.get(f"m-{i}-{k}") for k in MemberForm.base_fields})
        out[-1]["wants_certificates"] = data.get(f"m-{i}-wants_certificates") == "on"
    return out


def _place_error(form: HouseholdForm, members: Any, field: str, message: str) -> None:
    m = _MEMBER_FIELD.match(field)
    if m and int(m.group(1)) < len(members.forms):
        target = members.forms[int(m.group(1))]
        name = m.group(2)
        target.add_error(name if name in target.fields else None, message)
        form.add_error(None, message)  # also in the summary at the top
        return
    name = HouseholdForm.FIELD_OF.get(field, field)
    form.add_error(name if name in form.fields else None, message)


# --- family tracker ----------------------------------------------------------------------------


class HouseholdTrackerForm(SaysWhatToDo, forms.Form):
    reference = forms.CharField(
        label=_("Household reference (世帯番号)"),
        max_length=20,
        help_text=_("On the family's receipt, e.g. H123-4567-89AB"),
    )
    birth_date = DateField(label=_("The representative's date of birth"), widget=DateInput())

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["reference"].widget.attrs.update(autocomplete="off", spellcheck="false")


@require_http_methods(["GET", "POST"])
def track_household(request: HttpRequest) -> HttpResponse:
    """Every member's stage by the household reference and the representative's birth date.

    POST only for lookups (the birth date never goes into a URL); status only, no links."""
    from kokugai.core.net import client_rate_key
    from kokugai.tracking.households import household_lookup, household_status
    from kokugai.tracking.services import TrackerError

    form = HouseholdTrackerForm(request.POST or None)
    status = None
    code = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                household = household_lookup(
                    reference=form.cleaned_data["reference"],
                    birth_date=form.cleaned_data["birth_date"],
                    client_ip=client_rate_key(request),
                )
            except TrackerError as exc:
                code = exc.status
                target = "reference" if exc.code.startswith("reference_") else None
                form.add_error(target, exc.text.get(_lang()))
            else:
                status = household_status(household)
        else:
            code = 400
    response = render(
        request,
        "portal/family/track.html",
        {"form": form, "status": status, "lang": _lang()},
        status=code,
    )
    response["Cache-Control"] = "no-store"
    return response
