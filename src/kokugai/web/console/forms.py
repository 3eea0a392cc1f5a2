"""Forms of the staff console. They validate input only; the services decide everything else."""

from __future__ import annotations

import zoneinfo
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from kokugai.cases.workflow import contract_for
from kokugai.core.forms import (
    DATE_HINT,
    DateField,
    EmailField,
    PhoneField,
    SaysWhatToDo,
    kana_value,
)
from kokugai.core.i18n import current_lang
from kokugai.people.models import Sex
from kokugai.registry.models import Office
from kokugai.rules import offices as rules_offices
from kokugai.rules import procedures as rules_procedures
from kokugai.rules.codes import Channel, OfficeKind, Procedure
from kokugai.web.portal.forms import (
    _iso3166_en,
    _zones_by_country,
    country_has_several_zones,
    country_names,
    timezone_choices,
)
from kokugai.web.widgets import NoMyNumberEchoInput

CHANNEL_LABELS: dict[str, Any] = {
    Channel.MISSION_COUNTER: _("In person at a mission (在外公館)"),
    Channel.MISSION_MAIL: _("By mail to a mission (在外公館)"),
    Channel.HONSEKI_MAIL: _("By mail to the 本籍地 municipality"),
    Channel.MUNICIPALITY_VISIT: _("In person at a municipality during a visit to Japan"),
    Channel.HONSEKI_COUNTER: _("In person at the 本籍地 municipality"),
    Channel.DEPARTURE_MUNICIPALITY: _("At the current municipality before leaving Japan"),
    Channel.RETURN_MUNICIPALITY: _("At the new municipality after moving back"),
    Channel.ONLINE: _("Online (マイナポータル / email)"),
}


def procedure_label(code: str) -> str:
    return rules_procedures.procedure_name(code, current_lang())


def channel_label(code: str) -> str:
    return str(CHANNEL_LABELS.get(code, code))


class SigninForm(forms.Form):
    """Username and password; the throttle and the audit are in kokugai.core.staffauth."""

    username = forms.CharField(
        label=_("Username"),
        max_length=150,
        widget=forms.TextInput(
            attrs={"autocomplete": "username", "autocapitalize": "none", "autofocus": True}
        ),
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        help_text=_("The 6-digit code from your authenticator app, or one of your recovery codes"),
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "text",
                "autocapitalize": "none",
                "autofocus": True,
            }
        ),
    )


class NewPasswordForm(forms.Form):
    """A new password typed twice; Django's validators (12 characters, common list) run in
    the service."""

    new_password1 = forms.CharField(
        label=_("New password"),
        strip=False,
        help_text=_("At least 12 characters; not a common password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    new_password2 = forms.CharField(
        label=_("New password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if cleaned.get("new_password1") != cleaned.get("new_password2"):
            self.add_error("new_password2", _("The two passwords are not the same."))
        return cleaned


class PasswordChangeForm(NewPasswordForm):
    old_password = forms.CharField(
        label=_("Current password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    field_order = ("old_password", "new_password1", "new_password2")


def lang_code() -> str:
    return current_lang()


def console_country_choices() -> list[tuple[str, str]]:
    """Every country, named in the staff member's language (Japanese where the reference
    data knows it), with its code."""
    names = country_names()
    en = _iso3166_en()
    idx = 1 if lang_code() == "en" else 0
    pairs = [(c, names[c][idx] if c in names else n) for c, n in en.items() if c != "JP"]
    pairs.sort(key=lambda p: p[1])
    return [("", "---------"), *((c, f"{n} ({c})") for c, n in pairs)]


def zone_of_country(country: str) -> str | None:
    """The time zone of a country with one clock; None where it has several."""
    if country_has_several_zones(country):
        return None
    missions = rules_offices.missions_in(country)
    if missions:
        return missions[0].timezone
    zones = _zones_by_country().get(country.upper(), ())
    return zones[0] if zones else None


def _office_by_code(code: str, *, kinds: set[str], field: str) -> Office:
    office = Office.objects.filter(code=code.strip(), is_active=True, kind__in=kinds).first()
    if office is None:
        raise ValidationError(
            _("No such office. Search by name or code and pick one from the list."),
            code=f"{field}_unknown",
        )
    return office


class IntakeForm(SaysWhatToDo, forms.Form):
    """Open a case at the counter. ``initial`` may be filled from a pre-registration."""

    procedure = forms.ChoiceField(
        label=_("Procedure"),
        choices=[(p.value, p.value) for p in Procedure],
        initial=Procedure.NEW_ISSUANCE.value,
    )
    channel = forms.ChoiceField(
        label=_("Channel"),
        choices=[(c.value, c.value) for c in Channel],
        initial=Channel.MUNICIPALITY_VISIT.value,
    )
    family_name = forms.CharField(label=_("Family name (kanji)"), max_length=100)
    given_name = forms.CharField(label=_("Given name (kanji)"), max_length=100)
    family_name_kana = forms.CharField(
        label=_("Family name (kana)"), max_length=100, help_text=_("Katakana, e.g. コクガイ")
    )
    given_name_kana = forms.CharField(label=_("Given name (kana)"), max_length=100)
    family_name_romaji = forms.CharField(
        label=_("Family name (romaji)"),
        max_length=100,
        required=False,
        help_text=_("As in the passport, e.g. KOKUGAI"),
    )
    given_name_romaji = forms.CharField(
        label=_("Given name (romaji)"), max_length=100, required=False
    )
    birth_date = DateField(label=_("Birth date"), help_text=DATE_HINT)
    sex = forms.ChoiceField(label=_("Sex"), choices=Sex.choices, widget=forms.RadioSelect)
    honseki = forms.CharField(
        label=_("本籍地 (registered domicile)"),
        max_length=64,
        help_text=_("The municipality's 6-digit code. Search by name, kana or code below."),
    )
    mynumber = forms.CharField(
        label=_("My Number (12 digits)"),
        max_length=14,
        required=False,
        help_text=_(
            "Optional. Stored encrypted and shown masked; never shown back, so after an "
            "error type it again."
        ),
        widget=NoMyNumberEchoInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    email = EmailField(
        label=_("Email"), help_text=_("The office contacts the applicant at this address")
    )
    phone = PhoneField(label=_("Phone"), required=False)
    country = forms.CharField(
        label=_("Country of residence"),
        max_length=2,
        min_length=2,
        widget=forms.Select,
    )
    city = forms.CharField(label=_("City of residence"), max_length=100)
    timezone = forms.CharField(
        label=_("Time zone of residence"),
        max_length=64,
        required=False,
        widget=forms.Select,
        help_text=_("Only where the country has several time zones; otherwise leave it empty."),
    )
    left_japan_on = DateField(label=_("Date of moving abroad (国外転出日)"), required=False)
    departure_date = DateField(
        label=_("Planned departure from Japan"),
        required=False,
        help_text=_("When the applicant leaves Japan after this visit"),
    )
    pickup_office = forms.CharField(
        label=_("Pickup office"),
        max_length=64,
        required=False,
        help_text=_("Code of the office that hands the card over; empty means this office"),
    )
    language = forms.ChoiceField(
        label=_("Language for emails to the applicant"),
        choices=[("ja", "日本語"), ("en", "English")],
        initial="ja",
    )
    with_certificates = forms.BooleanField(
        label=_("With electronic certificates"), required=False, initial=True
    )
    note = forms.CharField(
        label=_("Note for the next office"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args: Any, office: Office | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.office = office
        # Labels in the language of this request (ChoiceField freezes its choices at creation).
        self.fields["procedure"].choices = [(p.value, procedure_label(p.value)) for p in Procedure]
        self.fields["channel"].choices = [(c.value, channel_label(c.value)) for c in Channel]
        if office is not None and not self.initial.get("pickup_office"):
            self.initial.setdefault("pickup_office", office.code)
        self.fields["country"].widget.choices = console_country_choices()
        self.fields["timezone"].widget.choices = timezone_choices()
        if office is not None:
            self.fields["pickup_office"].help_text = format_lazy(
                _("Code of the office that hands the card over; empty means this office: {name}"),
                name=f"{office.name(lang_code())} ({office.code})",
            )
        for name in ("family_name_romaji", "given_name_romaji", "email", "country"):
            self.fields[name].widget.attrs.setdefault("autocomplete", "off")

    def clean_family_name_kana(self) -> str:
        # Stored in katakana like the portal's, whatever script the clerk typed.
        return kana_value(self.cleaned_data["family_name_kana"])

    def clean_given_name_kana(self) -> str:
        return kana_value(self.cleaned_data["given_name_kana"])

    def clean_family_name_romaji(self) -> str:
        return self.cleaned_data["family_name_romaji"].strip().upper()

    def clean_given_name_romaji(self) -> str:
        return self.cleaned_data["given_name_romaji"].strip().upper()

    def clean_country(self) -> str:
        value = self.cleaned_data["country"].strip().upper()
        if value not in dict(console_country_choices()) or not value:
            raise ValidationError(_("Choose the country from the list."), code="country_invalid")
        return value

    def clean_timezone(self) -> str:
        value = self.cleaned_data["timezone"].strip()
        if not value:
            return ""
        try:
            zoneinfo.ZoneInfo(value)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ValidationError(
                _("Unknown time zone. Use a name like Asia/Taipei."), code="timezone_invalid"
            ) from None
        return value

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        country = data.get("country")
        if country and not data.get("timezone") and "timezone" not in self.errors:
            zone = zone_of_country(country)
            if zone is None:
                self.add_error(
                    "timezone",
                    ValidationError(
                        _("This country has several time zones: choose the applicant's."),
                        code="timezone_required",
                    ),
                )
            else:
                data["timezone"] = zone
        return data

    def clean_mynumber(self) -> str:
        return "".join(ch for ch in self.cleaned_data["mynumber"] if ch.isdigit())

    def clean_honseki(self) -> Office:
        return _office_by_code(
            self.cleaned_data["honseki"], kinds={OfficeKind.MUNICIPALITY.value}, field="honseki"
        )

    def clean_pickup_office(self) -> Office | None:
        code = self.cleaned_data["pickup_office"].strip()
        if not code:
            return self.office
        return _office_by_code(
            code,
            kinds={OfficeKind.MUNICIPALITY.value, OfficeKind.MISSION.value},
            field="pickup_office",
        )

    def person_fields(self) -> dict[str, Any]:
        d = self.cleaned_data
        return {
            "family_name": d["family_name"],
            "given_name": d["given_name"],
            "family_name_kana": d["family_name_kana"],
            "given_name_kana": d["given_name_kana"],
            "family_name_romaji": d["family_name_romaji"],
            "given_name_romaji": d["given_name_romaji"],
            "birth_date": d["birth_date"],
            "sex": d["sex"],
            "nationalities": ["JP"],
            "honseki": d["honseki"],
            "email": d["email"],
            "phone": d["phone"],
            "country": d["country"],
            "city": d["city"],
            "timezone": d["timezone"],
            "left_japan_on": d["left_japan_on"],
            "language": d["language"],
        }


def office_search(text: str, limit: int = 10) -> list[dict[str, str]]:
    """The 本籍地 / office picker: rules' search, limited to offices that exist here."""
    hits = rules_offices.search(text, limit=limit * 2)
    codes = [h.office_code for h in hits]
    known = set(
        Office.objects.filter(code__in=codes, is_active=True).values_list("code", flat=True)
    )
    lang = current_lang()
    out = []
    for h in hits:
        if h.office_code not in known:
            continue
        # In English a municipality reads "Sumida City, Tokyo (東京都墨田区)": the kanji is
        # what the paper says.
        if lang != "en":
            name = h.display_name
        elif isinstance(h, rules_offices.Municipality):
            name = h.label_en
        else:
            name = h.display_name_en
        out.append({"code": h.office_code, "name": name, "kind": str(h.office_kind)})
        if len(out) >= limit:
            break
    return out


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Add a note"), max_length=4000, widget=forms.Textarea(attrs={"rows": 3})
    )


def _text(value: Any, lang: str) -> str:
    return value.get(lang) if value is not None else ""


def action_fields(
    name: str,
    lang: str,
    values: Any = None,
    errors: dict[str, str] | None = None,
) -> list[dict[str, Any]]:
    """The inputs of transition ``name``, built from its contract (``workflow.CONTRACTS``) for
    the ``console/_action_fields.html`` template. ``values`` is what was posted (kept after
    an error or on the confirmation step); a checkbox is never pre-ticked."""
    errors = errors or {}
    out = []
    for p in contract_for(name).params:
        if values is None:
            value: Any = [] if p.kind == "multi" else ""
        elif p.kind == "multi":
            value = values.getlist(p.name) if hasattr(values, "getlist") else values.get(p.name)
        else:
            value = values.get(p.name, "")
        out.append(
            {
                "name": p.name,
                "id": f"act-{name}-{p.name}".replace("_", "-"),
                "kind": p.kind,
                "label": _text(p.label, lang),
                "help": _text(p.help, lang),
                "required": p.required,
                "must_be_true": p.must_be_true,
                "max_length": p.max_length,
                "choices": [(code, text.get(lang)) for code, text in p.choices],
                "value": value or ([] if p.kind == "multi" else ""),
                "checked": p.kind == "bool" and str(value).lower() in ("1", "on", "true", "yes"),
                "error": ERROR_TEXTS.get(errors.get(p.name, ""), errors.get(p.name, "")),
            }
        )
    return out


#: What a field error code of ``ParamsInvalidError`` means, for the form.
ERROR_TEXTS: dict[str, Any] = {
    "required": _("This field is required."),
    "not_a_choice": _("Choose one of the options."),
    "too_long": _("The text is too long."),
    "invalid_email": _("Enter a valid email address."),
    "unknown_office": _("No such office. Search by name or code and pick one from the list."),
    "not_found": _("No case with this receipt number in your office's cases."),
    "reason_detail_required": _("Say why: this reason needs the details."),
}


def action_data(post: Any, name: str) -> dict[str, Any]:
    """The posted values of transition ``name``'s parameters (and ``confirm``), nothing else."""
    data: dict[str, Any] = {}
    for p in contract_for(name).params:
        if p.kind == "multi":
            data[p.name] = post.getlist(p.name)
        elif p.name in post:
            data[p.name] = post.get(p.name)
    if "confirm" in post:
        data["confirm"] = post.get("confirm")
    return data
