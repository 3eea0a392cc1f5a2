"""Render a catalogue entry in one language: subject, plain text and HTML.

Text templates are rendered without HTML escaping (they are not HTML); the HTML body is
escaped. Both engines read only this app's templates, so a project-level template can never
shadow a notification by accident.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from django.conf import settings
from django.template import Context, Engine

from kokugai.notifications.catalogue import normalise_language
from kokugai.rules.dates import format_date
from kokugai.rules.procedures import procedure_name

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"

_DATE_KEYS = ("last_day", "expires_on", "deadline")


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


@cache
def _engine(autoescape: bool) -> Engine:
    return Engine(dirs=[str(TEMPLATES_DIR)], autoescape=autoescape)


def _display_date(value: object, lang: str) -> str:
    """The same display as the pages' ``|day`` filter (``rules.dates.format_date``)."""
    try:
        day = dt.date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return format_date(day, lang)


def _full_context(context: dict[str, Any], lang: str) -> dict[str, Any]:
    full = dict(context)
    if "procedure" in context:
        # The procedure's one name (kokugai.rules.procedures), as the console and portal show it.
        full.setdefault("procedure_label", procedure_name(str(context["procedure"]), lang))
    for key in _DATE_KEYS:
        if key in context:
            full.setdefault(f"{key}_display", _display_date(context[key], lang))
    full.setdefault("site_url", settings.KOKUGAI_SITE_URL)
    full["lang"] = lang
    return full


def template_paths(name: str, lang: str) -> dict[str, Path]:
    base = TEMPLATES_DIR / "notifications" / name / lang
    return {part: base / part for part in ("subject.txt", "body.txt", "body.html")}


def render(name: str, language: str, context: dict[str, Any]) -> Rendered:
    lang = normalise_language(language)
    full = _full_context(context, lang)
    prefix = f"notifications/{name}/{lang}/"
    text_engine, html_engine = _engine(False), _engine(True)
    subject = text_engine.get_template(prefix + "subject.txt").render(Context(full))
    text = text_engine.get_template(prefix + "body.txt").render(Context(full))
    html = html_engine.get_template(prefix + "body.html").render(Context(full))
    # A header cannot hold a newline; templates end with one.
    subject = " ".join(subject.split())
    return Rendered(subject=subject, text=text.strip() + "\n", html=html)
