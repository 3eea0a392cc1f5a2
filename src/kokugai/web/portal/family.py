"""The family pages of the portal: the household planner (``/plan/household/``).

The planner is ``kokugai.rules.household`` wired by ``tracking.planning.household_plan_for``,
the same answer as ``kokugai plan`` given a household and ``POST /api/v1/plan/household``.
The page is one form for what the family shares (country, city, one visit) and a formset of
members; "Add a member" posts the form back with one more member (no script needed).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django import forms
from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_http_methods

from kokugai.cases.household_services import PERSON_FIELDS
from kokugai.core import clock
from kokugai.core.i18n import current_lang
from kokugai.core.tokens import LinkExpired, LinkInvalid, LinkKind, link_make, link_read
from kokugai.rules.household import MAX_MEMBERS, NAME_MAX
from kokugai.web.portal.forms import (
    CARD_CHOICES,
    YES_NO_UNKNOWN,
    DateField,
    DateInput,
    NameInputs,
    OfficeField,
    PreRegistrationForm,
    SaysWhatToDo,
    _yes_no_unknown,
    country_choices,
)


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

    lang = current_lang()
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
                form.add_error(target, str(exc.message))
            else:
                status = household_status(household)
        else:
            code = 400
    response = render(
        request,
        "portal/family/track.html",
        {"form": form, "status": status, "lang": current_lang()},
        status=code,
    )
    response["Cache-Control"] = "no-store"
    return response


# --- family pre-registration -------------------------------------------------------------------

FAMILY_VERIFY_SALT = "kokugai.family_preregistration.verify"
FAMILY_VERIFY_MAX_AGE = dt.timedelta(days=7)
FAMILY_VERIFY = LinkKind("family_preregistration_verify", FAMILY_VERIFY_SALT, FAMILY_VERIFY_MAX_AGE)
#: Family pre-registrations from one client per hour (a family at one connection fits).
FAMILY_PER_CLIENT = 5

#: The person fields of a member: the household services' own list.
_PERSON_KEYS = PERSON_FIELDS


class FamilySharedForm(PreRegistrationForm):
    """What the family shares, typed once: the single pre-registration's form without the
    person fields; the 本籍地 here is every member's unless a member gives another."""

    representative = forms.TypedChoiceField(
        label=_("Representative (applies for the children and receives their mail)"),
        choices=[(str(i), str(i)) for i in range(1, MAX_MEMBERS + 1)],
        coerce=int,
        initial="1",
        help_text=_("The member number of an adult member."),
    )

    pickup_together = forms.BooleanField(
        label=_("Collect all the cards together, once the last one has arrived"),
        required=False,
        initial=True,
        help_text=_("Untick to collect each card as soon as it arrives."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in (*_PERSON_KEYS, "with_certificates"):
            del self.fields[name]
        self.fields["honseki"].label = _("本籍地 (registered domicile) of the family")
        self.fields["email"].label = _("The representative's email address")

    def shared_fields(self) -> dict[str, Any]:
        d = self.cleaned_data
        return {
            "channel": d["channel"],
            "honseki_code": d["honseki"].office_code,
            "email": d["email"],
            "phone": d.get("phone") or "",
            "country": d["country"],
            "city": d["city"].strip(),
            "timezone": d["timezone"],
            "intake_office_code": d["intake_office"].office_code,
            "pickup_office_code": d["pickup_office"].office_code,
            "departure_date": d.get("departure_date"),
            "language": current_lang(),
            "pickup_together": bool(d.get("pickup_together")),
        }


class FamilyMemberForm(SaysWhatToDo, NameInputs):
    family_name = PreRegistrationForm.base_fields["family_name"]
    given_name = PreRegistrationForm.base_fields["given_name"]
    family_name_kana = PreRegistrationForm.base_fields["family_name_kana"]
    given_name_kana = PreRegistrationForm.base_fields["given_name_kana"]
    family_name_romaji = PreRegistrationForm.base_fields["family_name_romaji"]
    given_name_romaji = PreRegistrationForm.base_fields["given_name_romaji"]
    birth_date = PreRegistrationForm.base_fields["birth_date"]
    sex = PreRegistrationForm.base_fields["sex"]
    honseki = OfficeField(
        label=_("本籍地, if not the family's"),
        municipality_only=True,
        required=False,
        help_text=_("Leave empty when it is the family's 本籍地."),
    )
    represented_by = forms.TypedChoiceField(
        label=_("Legal representative (法定代理人), for a child under 15"),
        choices=[("", "—"), *[(str(i), str(i)) for i in range(1, MAX_MEMBERS + 1)]],
        coerce=int,
        empty_value=None,
        required=False,
        help_text=_("The member number of the parent who applies with the child."),
    )
    with_certificates = PreRegistrationForm.base_fields["with_certificates"]

    def member(self) -> dict[str, Any]:
        d = self.cleaned_data
        out: dict[str, Any] = {k: d[k] for k in _PERSON_KEYS}
        out["with_certificates"] = bool(d.get("with_certificates"))
        if d.get("honseki"):
            out["honseki_code"] = d["honseki"].office_code
        if d.get("represented_by"):
            out["representative"] = d["represented_by"] - 1
        return out


FamilyMemberFormSet = forms.formset_factory(
    FamilyMemberForm,
    extra=0,
    min_num=1,
    max_num=MAX_MEMBERS,
    validate_min=True,
    validate_max=True,
)

_PREREG_FIELD = re.compile(r"^members\[(\d+)\]\.([a-z_]+)$")
_FORM_NAME = {"honseki_code": "honseki", "representative": "represented_by"}


def family_verify_token(fp: Any) -> str:
    from kokugai.web.portal.prereg import email_digest

    return link_make(FAMILY_VERIFY, {"f": fp.pk, "h": email_digest(fp.email)})


@require_http_methods(["GET", "POST"])
def preregister_family(request: HttpRequest) -> HttpResponse:
    """One pre-registration for the whole family: shared data once, then each member."""
    from kokugai.cases.household_services import HouseholdInputError, family_prereg_create
    from kokugai.core.audit import audit_citizen
    from kokugai.core.net import client_rate_key
    from kokugai.notifications.services import notification_queue
    from kokugai.tracking.ratelimit import Limit, exceeded, rate_hit
    from kokugai.web.portal.prereg import limits as prereg_limits

    data = request.POST if request.method == "POST" else None
    if data is not None and "add" in data:
        data = data.copy()
        total = int(data.get("m-TOTAL_FORMS") or 1)
        data["m-TOTAL_FORMS"] = str(min(total + 1, MAX_MEMBERS))
        form = FamilySharedForm(initial={k: data.get(k) for k in FamilySharedForm.base_fields})
        members = FamilyMemberFormSet(
            prefix="m",
            initial=[
                {k: data.get(f"m-{i}-{k}") for k in FamilyMemberForm.base_fields}
                for i in range(total)
            ],
        )
        members.extra = int(data["m-TOTAL_FORMS"]) - total
        return render(request, "portal/family/prereg_form.html", {"form": form, "members": members})
    form = FamilySharedForm(data)
    members = FamilyMemberFormSet(data, prefix="m")
    status = 200
    if data is not None and form.is_valid() and members.is_valid():
        client = client_rate_key(request)
        lim = prereg_limits()
        email_limit = Limit(
            # The single pre-registration's counter: one mailbox's budget, whichever form.
            "prereg.email",
            form.cleaned_data["email"].strip().casefold(),
            lim["per_email"],
            lim["per_email_window_s"],
        )
        with transaction.atomic():
            over = exceeded(
                rate_hit(
                    [Limit("family_prereg.client", client, FAMILY_PER_CLIENT, 3600), email_limit],
                    now=clock.now(),
                )
            )
        if over:
            audit_citizen(
                action="family_preregistration.rate_limited",
                object_type="family_preregistration",
                object_id="",
                detail={"limits": sorted(limit.scope for limit in over)},
            )
            form.add_error(
                None,
                _(
                    "Too many requests for this address or from this connection. Please try again later."
                )
                if email_limit in over
                else _("Too many pre-registrations from here. Please try again later."),
            )
            status = 429
        else:
            try:
                with transaction.atomic():
                    fp = family_prereg_create(
                        members=[f.member() for f in members.forms],
                        representative_index=form.cleaned_data["representative"] - 1,
                        **form.shared_fields(),
                    )
                    path = reverse("portal:family_prereg_verify", args=[family_verify_token(fp)])
                    notification_queue(
                        template="preregistration_verify",
                        to=fp.email,
                        language=fp.language if fp.language in ("ja", "en") else "ja",
                        context={
                            "verify_url": settings.KOKUGAI_SITE_URL.rstrip("/") + path,
                            "days": FAMILY_VERIFY_MAX_AGE.days,
                        },
                    )
            except HouseholdInputError as exc:
                _place_prereg_error(form, members, exc.field, str(exc.message))
                status = 422
            else:
                request.session["family_prereg_sent"] = fp.pk
                return redirect("portal:family_prereg_sent")
    if data is not None and status == 200:
        status = 400
    return render(
        request,
        "portal/family/prereg_form.html",
        {"form": form, "members": members},
        status=status,
    )


def _place_prereg_error(form: Any, members: Any, field: str, message: str) -> None:
    m = _PREREG_FIELD.match(field)
    if m and int(m.group(1)) < len(members.forms):
        target = members.forms[int(m.group(1))]
        name = _FORM_NAME.get(m.group(2), m.group(2))
        target.add_error(name if name in target.fields else None, message)
        form.add_error(None, message)
        return
    name = "representative" if field == "representative_index" else None
    form.add_error(name, message)


@require_GET
def family_prereg_sent(request: HttpRequest) -> HttpResponse:
    from kokugai.cases.households import FamilyPreRegistration

    fp = FamilyPreRegistration.objects.filter(pk=request.session.get("family_prereg_sent")).first()
    return render(request, "portal/prereg_sent.html", {"email": fp.email if fp else ""})


@require_GET
def family_prereg_verify(request: HttpRequest, token: str) -> HttpResponse:
    """The link in the mail: confirms the address, shows the family's one code and QR."""
    from kokugai.cases.household_services import code_display, family_prereg_verify
    from kokugai.cases.households import FamilyPreRegistration
    from kokugai.web.portal.prereg import email_digest
    from kokugai.web.portal.views import _link_refused, _qr_svg

    try:
        payload = link_read(FAMILY_VERIFY, token)
        fp = FamilyPreRegistration.objects.get(pk=payload["f"])
        if payload.get("h") != email_digest(fp.email):
            raise FamilyPreRegistration.DoesNotExist
    except LinkExpired as exc:
        return _link_refused(request, "family_preregistration_verify", exc)
    except (LinkInvalid, KeyError, TypeError, FamilyPreRegistration.DoesNotExist):
        return _link_refused(
            request,
            "family_preregistration_verify",
            LinkInvalid(_("This link is not valid any more.")),
        )
    fp = family_prereg_verify(fp)
    response = render(
        request,
        "portal/family/prereg_done.html",
        {
            "fp": fp,
            "code_display": code_display(fp.code),
            "qr_svg": mark_safe(_qr_svg(fp.code)),  # noqa: S308 - segno's SVG of our own code
        },
    )
    response["Cache-Control"] = "no-store"
    return response
