"""The citizen's pre-registration as question pages (issue 16 points 2, 5 and 6).

One question (or a small group) per page, in the order of :data:`STEPS`; the office and
departure questions appear only where the chosen route needs them; the pickup office is an
explicit choice with the planner's recommendation preselected and its reason shown; the
planner's answers (``/plan/``, kept in the session by the planner view) are carried over,
so nothing is asked twice. Everything is kept in the session draft (``steps.Draft``) until
the check-your-answers page is submitted; only then is a row written
(``prereg.preregistration_create``).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from django import forms
from django.contrib.sessions.backends.base import SessionBase
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from kokugai.core.errors import ApplicationError
from kokugai.core.forms import DateField, DateInput, EmailField, PhoneField
from kokugai.core.i18n import current_lang
from kokugai.core.net import client_rate_key
from kokugai.rules import offices
from kokugai.rules.codes import Channel
from kokugai.rules.dates import format_date
from kokugai.web.portal import prereg as prereg_services
from kokugai.web.portal import steps
from kokugai.web.portal.forms import (
    HONSEKI_CHANNELS,
    MISSION_CHANNELS,
    PREREG_CHANNELS,
    NameInputs,
    OfficeField,
    country_choices,
    country_has_several_zones,
    office_label,
    office_search_input,
    resolve_office,
    timezone_choices,
)

logger = logging.getLogger(__name__)

DRAFT_KEY = "prereg_draft"
#: what the planner view leaves in the session for pre-registration (see ``plan_carry``)
PLAN_KEY = "plan_carry"
OTHER = "other"


def _name(office: offices.Office | None) -> str:
    return office_label(office, current_lang()) if office is not None else ""


# --- the questions ---------------------------------------------------------------------------


class RouteForm(steps.StepForm):
    channel = forms.ChoiceField(
        label=_lazy("How will you apply?"), choices=PREREG_CHANNELS, widget=forms.RadioSelect
    )


class NameForm(NameInputs, steps.StepForm):
    family_name = forms.CharField(label=_lazy("Family name (kanji)"), max_length=100)
    given_name = forms.CharField(label=_lazy("Given name (kanji)"), max_length=100)
    family_name_kana = forms.CharField(label=_lazy("Family name (kana)"), max_length=100)
    given_name_kana = forms.CharField(label=_lazy("Given name (kana)"), max_length=100)
    family_name_romaji = forms.CharField(
        label=_lazy("Family name (Latin letters, as in the passport)"), max_length=100
    )
    given_name_romaji = forms.CharField(
        label=_lazy("Given name (Latin letters, as in the passport)"), max_length=100
    )

    def clean_family_name(self) -> str:
        return self.cleaned_data["family_name"].strip()

    def clean_given_name(self) -> str:
        return self.cleaned_data["given_name"].strip()


class BirthDateForm(steps.StepForm):
    birth_date = DateField(label=_lazy("Date of birth"), widget=DateInput())

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["birth_date"].widget.attrs.update(autocomplete="bday")


class SexForm(steps.StepForm):
    sex = forms.ChoiceField(
        label=_lazy("Sex (as in the 戸籍)"),
        choices=[("female", _lazy("female")), ("male", _lazy("male"))],
        widget=forms.RadioSelect,
    )


class HonsekiForm(steps.StepForm):
    honseki = OfficeField(
        label=_lazy("本籍地 (registered domicile) municipality"),
        municipality_only=True,
        help_text=_lazy(
            "Type the name (kanji or kana) or the 6-digit code and pick from the list. "
            "For a designated city, choose the ward."
        ),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        office_search_input(self.fields["honseki"], "honseki")


class ResidenceForm(steps.StepForm):
    country = forms.ChoiceField(label=_lazy("Country of residence"), choices=())
    city = forms.CharField(label=_lazy("City of residence"), max_length=100)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = country_choices()

    def clean_city(self) -> str:
        return self.cleaned_data["city"].strip()


class TimezoneForm(steps.StepForm):
    timezone = forms.ChoiceField(
        label=_lazy("Time zone"),
        choices=(),
        help_text=_lazy("Your country has several time zones: choose the one where you live."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["timezone"].choices = [("", "---------"), *timezone_choices()[1:]]


class IntakeForm(steps.StepForm):
    """Only where the route needs it: the municipality of a visit, or the mission when the
    city does not tell which one covers it."""

    intake_office = OfficeField(
        label=_lazy("Where you hand in or mail the application"),
        help_text=_lazy("Type the name or the code and pick from the list."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        office_search_input(self.fields["intake_office"], "intake_office")
        if self.answers.get("channel") == Channel.MUNICIPALITY_VISIT.value:
            self.fields["intake_office"].label = _("Which municipality will you visit?")
        else:
            self.fields["intake_office"].label = _("Which embassy or consulate covers your city?")

    def clean_intake_office(self) -> offices.Office:
        intake = self.cleaned_data["intake_office"]
        if self.answers.get("channel") == Channel.MUNICIPALITY_VISIT.value:
            if not isinstance(intake, offices.Municipality):
                raise forms.ValidationError(_("Choose a municipality in Japan."))
        elif not isinstance(intake, offices.Mission):
            raise forms.ValidationError(_("This channel needs an embassy or consulate."))
        return intake


class DepartureForm(steps.StepForm):
    departure_date = DateField(
        label=_lazy("When do you leave Japan after your visit?"),
        help_text=_lazy("We tell the office, so the card can be ready before you fly back."),
        widget=DateInput(),
    )

    def clean_departure_date(self) -> dt.date:
        from kokugai.core import clock

        value = self.cleaned_data["departure_date"]
        if value < clock.today():
            raise forms.ValidationError(_("Enter today's date or a later one."))
        return value


class PickupForm(steps.StepForm):
    """Where to collect the card: an explicit choice, the recommendation preselected."""

    pickup = forms.ChoiceField(
        label=_lazy("Where will you collect the card?"), choices=(), widget=forms.RadioSelect
    )
    # Read only when "another office" is chosen (a leftover in the box decides nothing).
    pickup_other = forms.CharField(
        label=_lazy("Another office"),
        required=False,
        max_length=200,
        help_text=_lazy("Only if you chose another office: its name or code."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.options = pickup_options(self.answers)
        choices = [(o.office_code, _name(o)) for o in self.options]
        choices.append((OTHER, _("Another office")))
        self.fields["pickup"].choices = choices
        if self.options:  # the recommendation, preselected (a choice the citizen confirms)
            self.fields["pickup"].initial = self.options[0].office_code
        # The pickup of the route chosen on the planner (a suggestion) wins over the
        # recommendation, but only while it is one of this person's options.
        if self.initial.get("pickup") not in {c for c, _label in choices}:
            self.initial.pop("pickup", None)
        office_search_input(self.fields["pickup_other"], "pickup_other")

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        choice = data.get("pickup")
        if choice == OTHER:
            typed = (data.get("pickup_other") or "").strip()
            if not typed:
                self.add_error("pickup_other", _("Enter the office where you will collect it."))
            else:
                try:
                    data["pickup_office"] = resolve_office(typed)
                except forms.ValidationError as exc:
                    self.add_error("pickup_other", exc)
        elif choice:
            data["pickup_office"] = offices.office(choice)
        return data


class CertificatesForm(steps.StepForm):
    with_certificates = forms.TypedChoiceField(
        label=_lazy("Do you want the electronic certificates on the card?"),
        help_text=_lazy("Needed for マイナ保険証 and e-filing; free of charge."),
        choices=[("true", _lazy("Yes")), ("false", _lazy("No"))],
        coerce=lambda v: v == "true",
        widget=forms.RadioSelect,
    )


class ContactForm(steps.StepForm):
    email = EmailField(
        label=_lazy("Email address"),
        help_text=_lazy("We send a link to confirm it; the offices contact you at this address."),
    )
    phone = PhoneField(label=_lazy("Phone (optional)"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs.update(autocomplete="email")
        self.fields["phone"].widget.attrs.update(autocomplete="tel")


# --- routes and offices ----------------------------------------------------------------------


def _channel(answers: steps.Answers) -> str:
    return str(answers.get("channel") or "")


def _home_mission(answers: steps.Answers) -> offices.Mission | None:
    country = answers.get("country")
    return offices.mission_for(country, answers.get("city")) if country else None


def needs_intake(answers: steps.Answers) -> bool:
    channel = _channel(answers)
    if channel == Channel.MUNICIPALITY_VISIT.value:
        return True
    return channel in MISSION_CHANNELS and _home_mission(answers) is None


def intake_office(answers: steps.Answers) -> offices.Office | None:
    """Where the application goes: asked only when the route and the city do not tell."""
    channel = _channel(answers)
    if channel in HONSEKI_CHANNELS:
        return answers.get("honseki")
    if answers.get("intake_office") is not None and needs_intake(answers):
        return answers["intake_office"]
    if channel in MISSION_CHANNELS:
        return _home_mission(answers)
    return None


def pickup_options(answers: steps.Answers) -> list[offices.Office]:
    """The recommendation first, then the other offices that make sense for this person."""
    out: list[offices.Office] = []
    for o in (
        recommended_pickup(answers)[0],
        intake_office(answers),
        _home_mission(answers),
        answers.get("honseki"),
    ):
        if o is not None and all(o.office_code != x.office_code for x in out):
            out.append(o)
    return out


def _situation(answers: steps.Answers) -> dict[str, Any]:
    """The planner's situation for these answers (a new card, living abroad)."""
    s: dict[str, Any] = {
        "nationalities": ["JP"],
        "birth_date": answers["birth_date"].isoformat(),
        "resident_in_japan": False,
        "card": "none",
        "wants_certificates": True,
        "honseki": answers["honseki"].office_code,
        "country": answers["country"],
        "city": answers["city"],
    }
    visit = answers.get("intake_office")
    if (
        _channel(answers) == Channel.MUNICIPALITY_VISIT.value
        and isinstance(visit, offices.Municipality)
        and answers.get("departure_date")
    ):
        from kokugai.core import clock

        s["visit"] = {
            "arrive": max(
                clock.today(), answers["departure_date"] - dt.timedelta(days=1)
            ).isoformat(),
            "depart": answers["departure_date"].isoformat(),
            "municipality": visit.office_code,
        }
    return s


def _planned_route(answers: steps.Answers) -> tuple[dict[str, Any] | None, dict[str, Any]]:
    """The planner's route for the chosen channel (the recommended one when it is that
    channel), and the plan; (None, {}) when the planner cannot say."""
    from kokugai.rules.planner import SituationError
    from kokugai.tracking.planning import plan_for

    try:
        plan = plan_for(_situation(answers), lang=current_lang())
    except (SituationError, KeyError, ValueError):
        logger.info("no plan for the pre-registration's answers", exc_info=True)
        return None, {}
    routes = [r for r in plan.get("routes", []) if r["channel"] == _channel(answers)]
    if not routes:
        return None, plan
    best = plan.get("recommended_route")
    if best is not None and plan["routes"][best]["channel"] == _channel(answers):
        return plan["routes"][best], plan
    return routes[0], plan


def recommended_pickup(answers: steps.Answers) -> tuple[offices.Office | None, str]:
    """The recommendation for these answers (computed once per answers and language)."""
    key = repr(sorted((k, getattr(v, "office_code", v)) for k, v in answers.items()))
    return _recommended_pickup_cached(key, current_lang(), answers)


_CACHE: dict[tuple[str, str], tuple[offices.Office | None, str]] = {}


def _recommended_pickup_cached(
    key: str, lang: str, answers: steps.Answers
) -> tuple[offices.Office | None, str]:
    from kokugai.core import clock

    k = (f"{clock.today().isoformat()}|{key}", lang)
    found = _CACHE.get(k)
    if found is None:
        if len(_CACHE) > 256:
            _CACHE.clear()
        found = _CACHE[k] = _recommend(answers)
    return found


def _recommend(answers: steps.Answers) -> tuple[offices.Office | None, str]:
    """The office the planner recommends for collecting the card on the chosen route, and
    why, in words (issue 16.2: a mail application to the 本籍地 is not silently collected
    there when one lives abroad)."""
    channel = _channel(answers)
    route, plan = _planned_route(answers)
    office = offices.office(route["pickup_at"]["code"]) if route else None
    if office is None:
        if channel in (Channel.HONSEKI_COUNTER.value, Channel.MUNICIPALITY_VISIT.value):
            office = intake_office(answers)
        else:
            office = _home_mission(answers) or intake_office(answers)
    if office is None:
        return None, ""
    reasons: list[str] = []
    if isinstance(office, offices.Mission):
        reasons.append(
            _(
                "The card is handed over only in person. %(office)s is the embassy or "
                "consulate for where you live (%(city)s), so you need not travel to Japan "
                "to collect it."
            )
            % {"office": _name(office), "city": answers.get("city", "")}
        )
    elif channel == Channel.MUNICIPALITY_VISIT.value:
        reasons.append(
            _("You apply at %(office)s during your visit: the card can be collected there.")
            % {"office": _name(office)}
        )
    else:
        reasons.append(
            _("You apply at %(office)s in person: the card is collected at the same counter.")
            % {"office": _name(office)}
        )
    if route and route.get("ready", {}).get("likely"):
        likely = dt.date.fromisoformat(route["ready"]["likely"])
        reasons.append(
            _("The planner expects it to be ready around %(date)s.")
            % {"date": format_date(likely, current_lang())}
        )
        if route.get("ready_before_departure") is False and isinstance(
            office, offices.Municipality
        ):
            reasons.append(
                _(
                    "That is probably after you leave Japan: consider collecting it at the "
                    "embassy or consulate for where you live."
                )
            )
    if (
        route
        and plan.get("recommended_reason")
        and plan["routes"][plan["recommended_route"]] is route
    ):
        reasons.append(plan["recommended_reason"])
    return office, " ".join(reasons)


# --- the step list ---------------------------------------------------------------------------


def _channel_name(value: str) -> str:
    return str(dict(PREREG_CHANNELS).get(value, value))


def _date(value: dt.date | None) -> str:
    return format_date(value, current_lang()) if value else ""


def _country(code: str) -> str:
    return dict(country_choices()).get(code, code)


STEPS: tuple[steps.Step, ...] = (
    steps.Step(
        "route",
        RouteForm,
        _lazy("How will you apply?"),
        summary=lambda a: [(_("Route"), _channel_name(a["channel"]))],
    ),
    steps.Step(
        "name",
        NameForm,
        _lazy("What is your name?"),
        summary=lambda a: [
            (_("Name (kanji)"), f"{a['family_name']} {a['given_name']}"),
            (_("Name (kana)"), f"{a['family_name_kana']} {a['given_name_kana']}"),
            (_("Name (Latin letters)"), f"{a['family_name_romaji']} {a['given_name_romaji']}"),
        ],
    ),
    steps.Step(
        "birth-date",
        BirthDateForm,
        _lazy("What is your date of birth?"),
        summary=lambda a: [(_("Date of birth"), _date(a["birth_date"]))],
    ),
    steps.Step(
        "sex",
        SexForm,
        _lazy("What is your sex as written in the 戸籍?"),
        summary=lambda a: [(_("Sex"), _(a["sex"]))],
    ),
    steps.Step(
        "honseki",
        HonsekiForm,
        _lazy("Where is your 本籍地?"),
        summary=lambda a: [(_("本籍地"), _name(a["honseki"]))],
    ),
    steps.Step(
        "residence",
        ResidenceForm,
        _lazy("Where do you live?"),
        summary=lambda a: [(_("Where you live"), f"{a['city']}, {_country(a['country'])}")],
    ),
    steps.Step(
        "timezone",
        TimezoneForm,
        _lazy("Which time zone do you live in?"),
        applies=lambda a: bool(a.get("country")) and country_has_several_zones(a["country"]),
        summary=lambda a: [(_("Time zone"), a["timezone"])],
    ),
    steps.Step(
        "intake",
        IntakeForm,
        _lazy("Where will you hand in your application?"),
        applies=needs_intake,
        summary=lambda a: [(_("Application office"), _name(a["intake_office"]))],
    ),
    steps.Step(
        "departure",
        DepartureForm,
        _lazy("When do you leave Japan after your visit?"),
        applies=lambda a: _channel(a) == Channel.MUNICIPALITY_VISIT.value,
        summary=lambda a: [(_("Departure from Japan"), _date(a["departure_date"]))],
    ),
    steps.Step(
        "pickup",
        PickupForm,
        _lazy("Where will you collect the card?"),
        template="portal/prereg_pickup.html",
        summary=lambda a: [(_("Pickup office"), _name(a.get("pickup_office")))],
    ),
    steps.Step(
        "certificates",
        CertificatesForm,
        _lazy("Do you want the electronic certificates on the card?"),
        summary=lambda a: [
            (_("Electronic certificates"), _("Yes") if a["with_certificates"] else _("No"))
        ],
    ),
    steps.Step(
        "contact",
        ContactForm,
        _lazy("How can the office contact you?"),
        summary=lambda a: [
            (_("Email address"), a["email"]),
            (_("Phone"), a.get("phone") or "—"),
        ],
    ),
)


def model_fields(answers: steps.Answers) -> dict[str, Any]:
    """The pre-registration's row, from the checked answers."""
    intake = intake_office(answers)
    timezone = answers.get("timezone") or ""
    if not timezone:
        ms = offices.missions_in(answers["country"])
        timezone = ms[0].timezone if ms else "UTC"
    departure = (
        answers.get("departure_date")
        if _channel(answers) == Channel.MUNICIPALITY_VISIT.value
        else None
    )
    return {
        "channel": answers["channel"],
        "family_name": answers["family_name"],
        "given_name": answers["given_name"],
        "family_name_kana": answers["family_name_kana"],
        "given_name_kana": answers["given_name_kana"],
        "family_name_romaji": answers["family_name_romaji"],
        "given_name_romaji": answers["given_name_romaji"],
        "birth_date": answers["birth_date"],
        "sex": answers["sex"],
        "honseki_code": answers["honseki"].office_code,
        "email": answers["email"],
        "phone": answers.get("phone") or "",
        "country": answers["country"],
        "city": answers["city"],
        "timezone": timezone,
        "intake_office_code": intake.office_code if intake else "",
        "pickup_office_code": answers["pickup_office"].office_code,
        "departure_date": departure,
        "with_certificates": bool(answers.get("with_certificates")),
        "language": current_lang(),
    }


def _submit(request: HttpRequest, answers: steps.Answers, draft: steps.Draft) -> HttpResponse:
    try:
        p = prereg_services.preregistration_create(
            client=client_rate_key(request), **model_fields(answers)
        )
    except ApplicationError as exc:
        walk = JOURNEY.walk(draft)
        return steps.check_page(request, JOURNEY, walk, status=exc.status, error=str(exc.message))
    draft.clear()
    request.session["prereg_sent"] = p.pk
    return redirect("portal:prereg_sent")


def _context(request: HttpRequest, step: steps.Step | None, answers: steps.Answers) -> dict:
    extra: dict[str, Any] = {"limits_text": prereg_services.limits_text()}
    if step is not None and step.slug == "pickup":
        office, reason = recommended_pickup(answers)
        extra["recommended"] = office
        extra["recommended_name"] = _name(office)
        extra["recommended_reason"] = reason
    return extra


JOURNEY = steps.Journey(
    name="prereg",
    steps=STEPS,
    draft_key=DRAFT_KEY,
    question_url="portal:prereg_question",
    check_url="portal:prereg_check",
    start_url="portal:prereg",
    submit=_submit,
    check_template="portal/prereg_check.html",
    context=_context,
)


# --- what the planner carries over -----------------------------------------------------------


def plan_carry(
    session: SessionBase,
    situation: dict[str, Any],
    plan: dict[str, Any],
    chosen: int | None = None,
) -> None:
    """Called by the planner view: the answers pre-registration can reuse, and the route to
    preselect (not answered: the citizen still chooses): the one ``chosen`` for the checklist
    ("make my checklist for this route") when there is one, else the recommended one. Its
    channel and its pickup office are preselected."""
    routes = plan.get("routes") or []
    index = chosen if isinstance(chosen, int) and 0 <= chosen < len(routes) else None
    if index is None:
        index = plan.get("recommended_route")
    route = routes[index] if isinstance(index, int) and 0 <= index < len(routes) else None
    session[PLAN_KEY] = {
        "situation": situation,
        "channel": route["channel"] if route else "",
        "pickup": route["pickup_at"]["code"] if route else "",
    }


def seed_from_plan(session: SessionBase, draft: steps.Draft) -> bool:
    """Fill an empty draft from the planner's answers; True when something was carried."""
    carry = session.get(PLAN_KEY)
    if not isinstance(carry, dict) or not draft.empty:
        return False
    s = carry.get("situation") or {}
    raw: dict[str, dict[str, str]] = {}
    if s.get("birth_date"):
        raw["birth-date"] = {"birth_date": s["birth_date"]}
    if s.get("honseki"):
        raw["honseki"] = {"honseki": s["honseki"]}
    if s.get("country") and s.get("city"):
        raw["residence"] = {"country": s["country"], "city": s["city"]}
    if "wants_certificates" in s:
        raw["certificates"] = {"with_certificates": "true" if s["wants_certificates"] else "false"}
    visit = s.get("visit") or {}
    if visit.get("municipality"):
        raw["intake"] = {"intake_office": visit["municipality"]}
    if visit.get("depart"):
        raw["departure"] = {"departure_date": visit["depart"]}
    for slug, values in raw.items():
        draft.raw[slug] = values
        draft.carried.extend(values)
    if carry.get("channel") in dict(PREREG_CHANNELS):
        draft.suggested["channel"] = carry["channel"]
        if carry.get("pickup"):
            draft.suggested["pickup"] = carry["pickup"]
    draft.save()
    return bool(raw)
