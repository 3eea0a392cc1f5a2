"""Form fields that take what people type (issue 16.7, 16.8), shared by portal, console and
appointment pages.

* :class:`DateField`: 西暦, 和暦 (令和7年10月28日, R7.10.28, 平成/昭和 …) and full-width
  digits, through :func:`kokugai.rules.dates.parse_date`; a text input, because a date
  picker cannot take 和暦 and a birth date is typed, not picked.
* :class:`EmailField`, :class:`PhoneField`: full-width input normalised (NFKC), not refused.
* :func:`katakana`: kana in either script stored as katakana, as the 戸籍 and the forms do.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from kokugai.rules.dates import DateParseError, parse_date


def nfkc(value: str) -> str:
    return unicodedata.normalize("NFKC", value or "").strip()


def katakana(value: str) -> str:
    """Hiragana to katakana (NFKC first: half-width ｶﾀｶﾅ becomes full-width)."""
    value = nfkc(value)
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in value)


_KANA = re.compile(r"^[\u3041-\u3096\u30a1-\u30fa\u30fc\u30fb\s]+$")


def kana_value(value: str) -> str:
    """A name in kana, either script (and half-width), as katakana; anything else refused."""
    value = nfkc(value)
    if not _KANA.match(value):
        raise forms.ValidationError(
            _("Enter the name in kana (ひらがな or カタカナ)."), code="kana"
        )
    return katakana(value)


class DateInput(forms.TextInput):
    """A text box for a date: ISO shown back, anything :func:`parse_date` reads accepted."""

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__({"inputmode": "text", "spellcheck": "false", **(attrs or {})})

    def format_value(self, value: Any) -> str | None:
        if isinstance(value, dt.date):
            return value.isoformat()
        return super().format_value(value)


DATE_HINT = _("For example 1990年4月1日, 平成2年4月1日, H2.4.1 or 1990-04-01.")


class DateField(forms.DateField):
    widget = DateInput
    default_error_messages = {
        "invalid": _("Enter a real date, for example 1990年4月1日, 平成2年4月1日 or 1990-04-01."),
        "era_range": _(
            "This era did not have that date: check the era and the year "
            "(令和 began on 1 May 2019, 平成 on 8 January 1989)."
        ),
    }

    def to_python(self, value: Any) -> dt.date | None:
        if value in self.empty_values:
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return parse_date(str(value))
        except DateParseError as exc:
            raise forms.ValidationError(self.error_messages[exc.code], code=exc.code) from None


class EmailField(forms.EmailField):
    """Full-width letters, ＠ and dots (typed with a Japanese IME on) become ASCII."""

    def to_python(self, value: Any) -> str:
        return super().to_python(nfkc(str(value)) if value else value)


_PHONE = re.compile(r"^\+?[0-9][0-9 ()\-]{4,38}$")


class PhoneField(forms.CharField):
    """A phone number as typed (full-width digits, ＋, hyphens of any kind normalised)."""

    default_error_messages = {
        "invalid": _("Enter a phone number with digits only, for example +886 2 1234 5678."),
    }

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 40)
        super().__init__(**kwargs)
        self.widget.attrs.update(inputmode="tel", autocomplete="tel")

    def to_python(self, value: Any) -> str:
        value = nfkc(str(value or ""))
        value = re.sub(r"[‐-―−ー－]", "-", value)
        if value and not _PHONE.match(value):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return value


_CHOICE_WIDGETS = (forms.RadioSelect, forms.Select, forms.CheckboxInput, forms.SelectMultiple)


class SaysWhatToDo:
    """Mixin for a form: "required" errors say what to do, in the field's own words
    ("生年月日を入力してください" / "Enter date of birth"; "…を選択してください" / "Choose …"
    for choices), instead of Django's "This field is required."."""

    fields: dict[str, forms.Field]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[call-arg]
        for field in self.fields.values():
            if field.label is None:
                continue
            if isinstance(field.widget, _CHOICE_WIDGETS):
                message = format_lazy(_("Choose {label}"), label=_lower_first(field.label))
            else:
                message = format_lazy(_("Enter {label}"), label=_lower_first(field.label))
            field.error_messages = {**field.error_messages, "required": message}


class _lower_first:  # noqa: N801 - used like a function, rendered lazily
    """ "Date of birth" reads "Enter date of birth"; Japanese labels are left as they are."""

    def __init__(self, label: Any) -> None:
        self.label = label

    def __str__(self) -> str:
        text = str(self.label)
        if text[:1].isascii() and text[1:2].islower():
            return text[:1].lower() + text[1:]
        return text
