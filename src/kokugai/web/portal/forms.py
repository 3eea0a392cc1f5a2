"""Citizen portal forms. Labels and errors in English source strings (Japanese via the
locale catalogue); validation that the rules already know is delegated to kokugai.rules."""

from __future__ import annotations

import functools
import re
import unicodedata
import zoneinfo
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from kokugai.core.forms import (
    DateField,
    DateInput,
    EmailField,
    PhoneField,
    SaysWhatToDo,
    kana_value,
)
from kokugai.core.i18n import current_lang, lang_of
from kokugai.rules import checkdigits, offices
from kokugai.rules.codes import Channel
from kokugai.web.widgets import NoMyNumberEchoInput

# The channels a citizen can choose for a new application (rules.md §2b).
PREREG_CHANNELS = [
    (Channel.MISSION_COUNTER.value, _("In person at an embassy or consulate (在外公館)")),
    (Channel.MISSION_MAIL.value, _("By mail to an embassy or consulate")),
    (Channel.HONSEKI_MAIL.value, _("By mail to my 本籍地 municipality")),
    (
        Channel.MUNICIPALITY_VISIT.value,
        _("In person at a municipality in Japan during a visit"),
    ),
    (Channel.HONSEKI_COUNTER.value, _("In person at my 本籍地 municipality")),
]
MAIL_CHANNELS = frozenset({Channel.MISSION_MAIL.value, Channel.HONSEKI_MAIL.value})
MISSION_CHANNELS = frozenset({Channel.MISSION_COUNTER.value, Channel.MISSION_MAIL.value})
HONSEKI_CHANNELS = frozenset({Channel.HONSEKI_MAIL.value, Channel.HONSEKI_COUNTER.value})

SEX_CHOICES = [("", "---------"), ("female", _("female")), ("male", _("male"))]

_ROMAJI = re.compile(r"^[A-Za-z][A-Za-z' \-]*$")


# Places served by a mission that are not named after an embassy (no embassy there).
_NAMES_JA = {"TW": "台湾", "HK": "香港", "MO": "マカオ", "GU": "グアム", "NC": "ニューカレドニア"}


@functools.cache
def _iso3166_en() -> dict[str, str]:
    """English names from the tz database's iso3166.tab (shipped by tzdata)."""
    from importlib import resources

    try:
        text = resources.files("tzdata").joinpath("zoneinfo/iso3166.tab").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    pairs = (ln.split("\t", 1) for ln in text.splitlines() if ln and not ln.startswith("#"))
    return {code: name.strip() for code, name in pairs}


@functools.cache
def country_names() -> dict[str, tuple[str, str]]:
    """ISO code -> (Japanese, English) name of every country a mission serves.

    English from iso3166.tab; Japanese read off the embassy's own name
    ("在フィンランド日本国大使館"), or a short table where there is no embassy.
    """
    en = _iso3166_en()
    ja: dict[str, str] = dict(_NAMES_JA)
    for m in offices.missions().values():
        if m.kind == "embassy":
            ja.setdefault(m.country, m.name_ja.removeprefix("在").removesuffix("日本国大使館"))
    names: dict[str, tuple[str, str]] = {}
    for m in offices.missions().values():
        e = en.get(m.country, m.country)
        names[m.country] = (ja.get(m.country, e), e)
    return names


def country_choices() -> list[tuple[str, str]]:
    idx = 1 if current_lang() == "en" else 0
    pairs = sorted(
        ((code, names[idx]) for code, names in country_names().items()), key=lambda p: p[1]
    )
    return [("", "---------"), *((code, f"{name} ({code})") for code, name in pairs)]


@functools.cache
def _timezones() -> tuple[str, ...]:
    return tuple(sorted(z for z in zoneinfo.available_timezones() if "/" in z))


@functools.cache
def _zones_by_country() -> dict[str, tuple[str, ...]]:
    """ISO code -> the tz database's zones of that country (zone1970.tab / zone.tab)."""
    from importlib import resources

    out: dict[str, list[str]] = {}
    for name in ("zoneinfo/zone.tab",):
        try:
            text = resources.files("tzdata").joinpath(name).read_text("utf-8")
        except (ModuleNotFoundError, FileNotFoundError):
            continue
        for line in text.splitlines():
            if line and not line.startswith("#"):
                parts = line.split("\t")
                if len(parts) >= 3:
                    out.setdefault(parts[0], []).append(parts[2])
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def country_has_several_zones(country: str) -> bool:
    """True when clocks in the country differ (US, CA, AU, BR, RU, MX, ID...).

    Zones are compared by their UTC offsets in January and July, so a country whose
    several tz names keep one time (DE: Berlin and Busingen) counts as one zone.
    """
    import datetime as dt

    seen = set()
    for name in _zones_by_country().get(country.upper(), ()):
        try:
            z = zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            continue
        seen.add(tuple(dt.datetime(2025, m, 15, 12, tzinfo=z).utcoffset() for m in (1, 7)))
    return len(seen) > 1


def timezone_choices() -> list[tuple[str, str]]:
    return [
        ("", _("The time zone of my country (choose one if it has several)")),
        *((z, z) for z in _timezones()),
    ]


def office_label(o: offices.Office, lang: str = "ja") -> str:
    """In English, a municipality reads "Sumida City, Tokyo (東京都墨田区)"."""
    if lang_of(lang) != "en":
        return o.display_name
    return o.label_en if isinstance(o, offices.Municipality) else o.display_name_en


def resolve_office(text: str, *, municipality_only: bool = False) -> offices.Office:
    """An office from what was typed or picked: a code, a mission id, or a unique name.

    The search widget submits "<code> <name>"; without JavaScript people type a name or a
    code. Several matches raise a ValidationError that lists them, so the citizen can
    pick one by adding its code.
    """
    raw = unicodedata.normalize("NFKC", text or "").strip()
    if not raw:
        raise forms.ValidationError(_("This field is required."), code="required")
    first = raw.split()[0]
    if first.isdigit():
        try:
            code = checkdigits.validate_lgcode(first)
        except checkdigits.CheckDigitError as exc:
            lang = current_lang()
            raise forms.ValidationError(exc.message.get(lang[:2]), code=exc.code) from exc
        found: offices.Office | None = offices.municipality(code)
    else:
        found = None if municipality_only else offices.mission(first)
    if found is None:
        hits = [
            o
            for o in offices.search(raw, limit=8)
            if not (municipality_only and isinstance(o, offices.Mission))
        ]
        if len(hits) == 1:
            found = hits[0]
        elif not hits:
            raise forms.ValidationError(_("No office matches this name or code."), code="unknown")
        else:
            lang = current_lang()
            listed = "; ".join(f"{o.office_code} {office_label(o, lang)}" for o in hits)
            raise forms.ValidationError(
                _("Several offices match; enter the code of the one you mean: %(list)s"),
                code="ambiguous",
                params={"list": listed},
            )
    if municipality_only and not isinstance(found, offices.Municipality):
        raise forms.ValidationError(_("Choose a municipality."), code="not_municipality")
    return found


def office_search_input(field: forms.Field, name: str) -> None:
    """Make ``field`` (named ``name``) a search box: htmx fills the datalist
    ``<name>-options`` with the offices that match what is typed."""
    field.widget.attrs.update(
        {
            "list": f"{name}-options",
            "autocomplete": "off",
            "hx-get": "/offices/search/",
            "hx-trigger": "input changed delay:300ms",
            "hx-target": f"#{name}-options",
            "hx-vals": f'{{"for": "{name}"}}',
        }
    )


class OfficeField(forms.CharField):
    """A text input backed by the office search (htmx fills a datalist as one types)."""

    def __init__(self, *, municipality_only: bool = False, **kwargs: Any) -> None:
        self.municipality_only = municipality_only
        kwargs.setdefault("max_length", 200)
        super().__init__(**kwargs)

    def clean(self, value: Any) -> Any:
        value = super().clean(value)
        if not value:
            return None
        return resolve_office(value, municipality_only=self.municipality_only)


def _kana(value: str) -> str:
    return kana_value(value)


def _romaji(value: str) -> str:
    value = unicodedata.normalize("NFKC", value).strip()
    if not _ROMAJI.match(value):
        raise forms.ValidationError(_("Enter the name in Latin letters, as in your passport."))
    return value.upper()


class NameInputs(forms.Form):
    """For a form with the name fields ``family_name``/``given_name`` in kanji, ``_kana`` and
    ``_romaji``: the inputs' language and autofill hints; kana and Latin letters checked and
    normalised. Declares no field (each form keeps its own order and labels)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("family_name_kana", "given_name_kana"):
            self.fields[name].widget.attrs["lang"] = "ja"
        for name in ("family_name", "given_name"):
            self.fields[name].widget.attrs.update(lang="ja", autocomplete="off")
        self.fields["family_name_romaji"].widget.attrs.update(autocomplete="family-name")
        self.fields["given_name_romaji"].widget.attrs.update(autocomplete="given-name")

    def clean_family_name_kana(self) -> str:
        return _kana(self.cleaned_data["family_name_kana"])

    def clean_given_name_kana(self) -> str:
        return _kana(self.cleaned_data["given_name_kana"])

    def clean_family_name_romaji(self) -> str:
        return _romaji(self.cleaned_data["family_name_romaji"])

    def clean_given_name_romaji(self) -> str:
        return _romaji(self.cleaned_data["given_name_romaji"])


class PreRegistrationForm(SaysWhatToDo, NameInputs):
    channel = forms.ChoiceField(
        label=_("How will you apply?"), choices=PREREG_CHANNELS, widget=forms.RadioSelect
    )
    family_name = forms.CharField(label=_("Family name (kanji)"), max_length=100)
    given_name = forms.CharField(label=_("Given name (kanji)"), max_length=100)
    family_name_kana = forms.CharField(label=_("Family name (kana)"), max_length=100)
    given_name_kana = forms.CharField(label=_("Given name (kana)"), max_length=100)
    family_name_romaji = forms.CharField(
        label=_("Family name (Latin letters, as in the passport)"), max_length=100
    )
    given_name_romaji = forms.CharField(
        label=_("Given name (Latin letters, as in the passport)"), max_length=100
    )
    birth_date = DateField(label=_("Date of birth"), widget=DateInput())
    sex = forms.ChoiceField(label=_("Sex (as in the 戸籍)"), choices=SEX_CHOICES)
    honseki = OfficeField(
        label=_("本籍地 (registered domicile) municipality"),
        municipality_only=True,
        help_text=_(
            "Type the name (kanji or kana) or the 6-digit code and pick from the list. "
            "For a designated city, choose the ward."
        ),
    )
    email = EmailField(
        label=_("Email address"),
        help_text=_("We send a link to confirm it; the offices contact you at this address."),
    )
    phone = PhoneField(label=_("Phone (optional)"), required=False)
    country = forms.ChoiceField(label=_("Country of residence"), choices=())
    city = forms.CharField(label=_("City of residence"), max_length=100)
    timezone = forms.ChoiceField(label=_("Time zone"), choices=(), required=False)
    intake_office = OfficeField(
        label=_("Where you hand in or mail the application"),
        required=False,
        help_text=_(
            "Leave empty to use the embassy or consulate for your city, or your 本籍地 "
            "when you apply there."
        ),
    )
    pickup_office = OfficeField(
        label=_("Where you will collect the card"),
        required=False,
        help_text=_("Leave empty to collect it where you apply."),
    )
    departure_date = DateField(
        label=_("If you apply during a visit to Japan: your departure date (optional)"),
        required=False,
        widget=DateInput(),
    )
    with_certificates = forms.BooleanField(
        label=_("Issue the electronic certificates (needed for マイナ保険証 and e-filing)"),
        required=False,
        initial=True,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = country_choices()
        self.fields["timezone"].choices = timezone_choices()
        self.fields["email"].widget.attrs.update(autocomplete="email")
        self.fields["birth_date"].widget.attrs.update(autocomplete="bday")
        for name in ("honseki", "intake_office", "pickup_office"):
            office_search_input(self.fields[name], name)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        channel = data.get("channel")
        country = data.get("country")
        honseki = data.get("honseki")
        intake = data.get("intake_office")
        if channel in MISSION_CHANNELS:
            if intake is None and country:
                intake = offices.mission_for(country, data.get("city"))
                if intake is None:
                    self.add_error(
                        "intake_office",
                        _("Choose the embassy or consulate that covers your city."),
                    )
            if intake is not None and not isinstance(intake, offices.Mission):
                self.add_error("intake_office", _("This channel needs an embassy or consulate."))
        elif channel in HONSEKI_CHANNELS:
            if intake is None:
                intake = honseki
            elif honseki is not None and intake.office_code != honseki.office_code:
                self.add_error("intake_office", _("This channel goes to your 本籍地."))
        elif channel == Channel.MUNICIPALITY_VISIT.value:
            if intake is None:
                self.add_error("intake_office", _("Choose the municipality you will visit."))
            elif not isinstance(intake, offices.Municipality):
                self.add_error("intake_office", _("Choose a municipality in Japan."))
        data["intake_office"] = intake
        if data.get("pickup_office") is None:
            data["pickup_office"] = intake
        if not data.get("timezone") and country:
            if country_has_several_zones(country):
                # A mission's zone is a guess that is hours off for much of such a country;
                # appointment times shown in a wrong zone are worse than one more question.
                self.add_error(
                    "timezone",
                    _("Your country has several time zones: choose the one where you live."),
                )
            else:
                ms = offices.missions_in(country)
                data["timezone"] = ms[0].timezone if ms else "UTC"
        return data


class TrackerForm(SaysWhatToDo, forms.Form):
    reference = forms.CharField(
        label=_("Receipt number (受付番号) or application ID (申請書ID)"),
        max_length=40,
        help_text=_("e.g. R2026-4821-9375-0164-8352, or the 23 digits of the 申請書ID"),
        # A My Number typed here by mistake is never written back into the page.
        widget=NoMyNumberEchoInput(),
    )
    birth_date = DateField(label=_("Date of birth"), widget=DateInput())
    departure_date = DateField(
        label=_("Departure date from Japan (optional)"),
        required=False,
        widget=DateInput(),
        help_text=_("If you are in Japan now, we tell you whether the card will be ready in time."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["reference"].widget.attrs.update(
            autocomplete="off", spellcheck="false", inputmode="text"
        )
        self.fields["birth_date"].widget.attrs.update(autocomplete="bday")


class ReplyForm(SaysWhatToDo, forms.Form):
    text = forms.CharField(
        label=_("Your answer"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=4000,
    )


class PreRegistrationCodeForm(SaysWhatToDo, forms.Form):
    code = forms.CharField(label=_("Pre-registration code"), max_length=20)


CARD_CHOICES = [
    ("none", _("I never had a card, or I do not know")),
    ("valid", _("I have a valid card (not continued abroad)")),
    ("continued_abroad", _("My card was continued abroad (国外継続利用)")),
    ("returned", _("I returned my card when I left Japan")),
    ("lost", _("I lost my card")),
    ("expired", _("My card has expired")),
]
LICENCE_CHOICES = [
    ("", _("Not relevant / skip")),
    ("holds", _("I hold a Japanese driving licence")),
    ("holds_drives_abroad", _("I hold a Japanese licence and drive abroad")),
    ("none", _("I have no Japanese driving licence")),
]
#: the planner's ``licence.driver_class``; blank = unknown (the planner then says which
#: drivers may take the online renewal lecture instead of deciding it)
DRIVER_CLASS_CHOICES = [
    ("", _("I don't know / skip")),
    ("excellent", _("優良 Excellent driver (gold licence)")),
    ("general", _("一般 General driver")),
    ("other", _("Other (違反運転者・初回更新者: with violations, or first renewal)")),
]


#: yes / no / "I don't know" (blank): the planner takes a blank as "I don't know"
YES_NO_UNKNOWN = [
    ("", _("I don't know")),
    ("true", _("Yes")),
    ("false", _("No")),
]


def _yes_no_unknown(value: str) -> bool | None:
    return {"true": True, "false": False}.get(value)


class PlanForm(SaysWhatToDo, forms.Form):
    """The web face of ``kokugai plan``: each field is one field of the situation JSON.

    Questions only some people need are grouped (``CONDITIONAL``); the page's script shows a
    group only when it applies, and without JavaScript every group is shown with a heading
    saying who it is for. An unanswered optional question never refuses: it is left out
    of the situation, which the planner reads as "I don't know".
    """

    birth_date = DateField(label=_("Date of birth"), widget=DateInput())
    nationalities = forms.CharField(
        label=_("Nationalities"),
        initial="JP",
        max_length=40,
        help_text=_("ISO country codes separated by commas, e.g. JP or JP, US"),
    )
    resident_in_japan = forms.TypedChoiceField(
        label=_("Do you have a resident record (住民票) in Japan now?"),
        choices=[("false", _("No, I moved abroad (国外転出届)")), ("true", _("Yes"))],
        coerce=lambda v: v == "true",
        initial="false",
        widget=forms.RadioSelect,
    )
    left_japan_on = DateField(
        label=_("Date you moved abroad (国外転出日)"),
        required=False,
        widget=DateInput(),
        help_text=_("Leave it empty if you do not know it."),
    )
    registered_in_japan = forms.TypedChoiceField(
        label=_("Have you ever had a resident record (住民票) in Japan?"),
        choices=YES_NO_UNKNOWN,
        coerce=_yes_no_unknown,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )
    planned_departure = DateField(
        label=_("Planned departure date (転出予定日)"),
        required=False,
        widget=DateInput(),
        help_text=_("Only if you are about to move abroad."),
    )
    honseki = OfficeField(
        label=_("本籍地 (registered domicile) municipality"),
        municipality_only=True,
        required=False,
        help_text=_("Name or 6-digit code; for a designated city, the ward."),
    )
    country = forms.ChoiceField(label=_("Country of residence"), choices=(), required=False)
    city = forms.CharField(label=_("City of residence"), max_length=100, required=False)
    card = forms.ChoiceField(label=_("Your My Number card"), choices=CARD_CHOICES)
    wants_certificates = forms.BooleanField(
        label=_("I want the electronic certificates"), required=False, initial=True
    )
    card_expires_on = DateField(
        label=_("Card expiry date (有効期限)"), required=False, widget=DateInput()
    )
    certificates_expire_on = DateField(
        label=_("Electronic certificates' expiry date"), required=False, widget=DateInput()
    )
    name_changed = forms.BooleanField(
        label=_("My name or other card details have changed"), required=False
    )
    pin_forgotten = forms.BooleanField(label=_("I forgot a PIN or it is locked"), required=False)
    email_changed = forms.BooleanField(label=_("My email address has changed"), required=False)
    return_to_japan_on = DateField(
        label=_("Moving back to Japan: date of the 転入届"),
        required=False,
        widget=DateInput(),
    )
    insured_in_japan = forms.TypedChoiceField(
        label=_("Are you still covered by Japanese health insurance (e.g. your employer's)?"),
        choices=YES_NO_UNKNOWN,
        coerce=_yes_no_unknown,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )
    visit_arrive = DateField(label=_("Visit to Japan: arrival"), required=False, widget=DateInput())
    visit_depart = DateField(
        label=_("Visit to Japan: departure"), required=False, widget=DateInput()
    )
    visit_municipality = OfficeField(
        label=_("Visit to Japan: municipality where you can go to the counter"),
        municipality_only=True,
        required=False,
    )
    licence = forms.ChoiceField(label=_("Driving licence"), choices=LICENCE_CHOICES, required=False)
    driver_class = forms.ChoiceField(
        label=_("Driver class at your next renewal (運転者区分)"),
        choices=DRIVER_CLASS_CHOICES,
        required=False,
        help_text=_("Decides whether you may take the renewal lecture online."),
    )

    #: situation field (dotted) -> form field, to put the planner's errors in the right place
    FIELD_OF = {
        "visit.arrive": "visit_arrive",
        "visit.depart": "visit_depart",
        "visit.municipality": "visit_municipality",
        "visit": "visit_arrive",
        "licence.driver_class": "driver_class",
    }
    #: form groups shown only when they apply: group -> (controlling field, its values)
    CONDITIONAL = {
        "abroad": ("resident_in_japan", ("false",)),
        "leaving": ("resident_in_japan", ("true",)),
        "card_dates": ("card", ("valid", "continued_abroad")),
        "continued": ("card", ("continued_abroad",)),
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = country_choices()
        for name in ("honseki", "visit_municipality"):
            office_search_input(self.fields[name], name)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        visit = [data.get("visit_arrive"), data.get("visit_depart"), data.get("visit_municipality")]
        if any(visit) and not all(visit):
            self.add_error(
                "visit_arrive",
                _("For a visit, give the arrival, the departure and the municipality."),
            )
        return data

    def situation(self, *, as_of: Any = None) -> dict[str, Any]:
        """The situation JSON of ``kokugai plan``, from the cleaned data."""
        d = self.cleaned_data
        s: dict[str, Any] = {
            "nationalities": [
                n.strip().upper() for n in (d.get("nationalities") or "").split(",") if n.strip()
            ],
            "birth_date": d["birth_date"].isoformat(),
            "resident_in_japan": bool(d.get("resident_in_japan")),
            "card": d.get("card") or "none",
            "wants_certificates": bool(d.get("wants_certificates")),
        }
        if as_of is not None:
            s["as_of"] = as_of.isoformat()
        if d.get("left_japan_on"):
            s["left_japan_on"] = d["left_japan_on"].isoformat()
        resident = s["resident_in_japan"]
        # Only the answers that belong to the situation given: a hidden group's leftovers
        # (typed, then the radio changed) must not decide anything.
        if not resident and d.get("registered_in_japan") is not None:
            s["registered_in_japan"] = d["registered_in_japan"]
        if resident and d.get("planned_departure"):
            s["planned_departure"] = d["planned_departure"].isoformat()
        if s["card"] in {"valid", "continued_abroad"}:
            for key in ("card_expires_on", "certificates_expire_on"):
                if d.get(key):
                    s[key] = d[key].isoformat()
        if s["card"] == "continued_abroad":
            for key in ("name_changed", "pin_forgotten", "email_changed"):
                if d.get(key):
                    s[key] = True
            if d.get("return_to_japan_on"):
                s["return_to_japan_on"] = d["return_to_japan_on"].isoformat()
        if d.get("insured_in_japan") is not None:
            s["insured_in_japan"] = d["insured_in_japan"]
        if d.get("honseki"):
            s["honseki"] = d["honseki"].office_code
        if d.get("country"):
            s["country"] = d["country"]
        if d.get("city"):
            s["city"] = d["city"].strip()
        if d.get("visit_arrive") and d.get("visit_depart") and d.get("visit_municipality"):
            s["visit"] = {
                "arrive": d["visit_arrive"].isoformat(),
                "depart": d["visit_depart"].isoformat(),
                "municipality": d["visit_municipality"].office_code,
            }
        lic = d.get("licence")
        if lic:
            s["licence"] = {
                "holds_japanese_licence": lic != "none",
                "drives_abroad": lic == "holds_drives_abroad",
            }
            # Only a holder has a driver class; for anyone else the answer means nothing.
            if lic != "none" and d.get("driver_class"):
                s["licence"]["driver_class"] = d["driver_class"]
        return s


class EmailChangeForm(SaysWhatToDo, forms.Form):
    email = EmailField(
        label=_("Your email address"),
        help_text=_("We send a link to this address; it is used once you open the link."),
    )


class PreRegistrationEmailForm(SaysWhatToDo, forms.Form):
    """ "Wrong address? Change it" on the check-your-email page."""

    email = EmailField(
        label=_("The correct email address"),
        help_text=_("We send a new confirmation link there; the link sent before stops working."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs.update(autocomplete="email")


class PreRegistrationCodeResendForm(SaysWhatToDo, forms.Form):
    """ "Send my code again": the address and birth date given at pre-registration."""

    email = EmailField(
        label=_("Email address"),
        help_text=_("The address you gave when you pre-registered."),
    )
    birth_date = DateField(label=_("Date of birth"), widget=DateInput())

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs.update(autocomplete="email")
        self.fields["birth_date"].widget.attrs.update(autocomplete="bday")
