"""Template helpers shared by the portal and the console: `{% load kokugai %}`."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from django import template
from django.utils import timezone

from kokugai.core.i18n import current_lang
from kokugai.rules import offices as rules_offices
from kokugai.rules.dates import format_date

register = template.Library()


@register.filter
def tr(value: Any) -> str:
    """A bilingual rules ``Text`` (or anything with ``.get(lang)``/``.ja``) in the page language."""
    if value is None:
        return ""
    getter = getattr(value, "get", None)
    if callable(getter) and hasattr(value, "ja"):
        return str(getter(current_lang()))
    if isinstance(value, dict) and "ja" in value:
        return str(value.get(current_lang()) or value["ja"])
    return str(value)


@register.filter
def office_name(office: Any) -> str:
    """An office's name in the page language (Japanese name when there is no English one)."""
    if office is None:
        return ""
    name = getattr(office, "name", None)
    if callable(name):
        lang = current_lang()
        if lang == "en" and not getattr(office, "name_en", "") and office.kind == "municipality":
            # No English name on file: "Sumida City, Tokyo (東京都墨田区)", as in the mails.
            mu = rules_offices.municipality(office.code)
            if mu is not None:
                return mu.label_en
        return str(name(lang))
    return str(office)


@register.filter
def local_time(value: dt.datetime | None, zone: str = "Asia/Tokyo") -> str:
    """A UTC timestamp as ``YYYY-MM-DD HH:MM`` in the office's zone (authoritative for staff)."""
    if value is None:
        return ""
    import zoneinfo

    try:
        tz = zoneinfo.ZoneInfo(zone or "Asia/Tokyo")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        tz = zoneinfo.ZoneInfo("Asia/Tokyo")
    if timezone.is_naive(value):
        value = timezone.make_aware(value, dt.UTC)
    return value.astimezone(tz).strftime("%Y-%m-%d %H:%M")


@register.filter
def day(value: dt.date | dt.datetime | str | None, zone: str = "") -> str:
    """A date the way the page's language writes it, the same as in the mails:
    ``2027年2月27日(土)（令和9年）`` / ``27 February 2027``. A timestamp is first put in
    ``zone`` (default Japan). Use with ``<time datetime="{{ d|date:'Y-m-d' }}">``."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, dt.datetime):
        import zoneinfo

        if timezone.is_naive(value):
            value = timezone.make_aware(value, dt.UTC)
        try:
            tz = zoneinfo.ZoneInfo(zone or "Asia/Tokyo")
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            tz = zoneinfo.ZoneInfo("Asia/Tokyo")
        value = value.astimezone(tz).date()
    return format_date(value, current_lang())


@register.inclusion_tag("includes/office_contact.html")
def office_contact(office: Any, fallback_name: str = "") -> dict[str, Any]:
    """``{% office_contact office %}``: the office's name, postal address, phone and opening
    hours in the page language, the same block everywhere an office is named to a citizen.
    ``office`` is a ``registry.Office``, an ``OfficeContact`` already in the right language,
    or an office code (then ``fallback_name`` is shown when no such office is on file)."""
    from kokugai.registry.models import Office, OfficeContact

    if isinstance(office, str) and office:
        code = office
        office = Office.objects.filter(code=code).first()
        if office is None and fallback_name:
            return {"contact": OfficeContact(code, fallback_name, "", "", "", "")}
    if isinstance(office, Office):
        contact = office.contact(current_lang())
        if current_lang() == "en":
            contact = dataclasses.replace(contact, name=office_name(office))
        return {"contact": contact}
    if isinstance(office, OfficeContact):
        return {"contact": office}
    return {"contact": None}
