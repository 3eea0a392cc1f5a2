"""Schemas shared by every router: the error shape and the language switch."""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest
from ninja import Schema
from pydantic import Field

from kokugai.core import i18n

Lang = Literal["ja", "en"]


class ErrorOut(Schema):
    """Every error of the API. Clients branch on ``code``; ``message`` is for people."""

    code: str = Field(
        description=(
            "Stable, English, snake_case; e.g. `not_found`. Every code the API may answer "
            "is listed, by app, in this document's `x-error-codes`."
        )
    )
    message: str = Field(description="Human-readable, in the requested language.")
    fields: dict[str, Any] = Field(
        default_factory=dict, description="Per-field detail: field name -> code or message."
    )


def lang_of(request: HttpRequest) -> Lang:
    """``?lang=`` wins; otherwise the language LocaleMiddleware picked (Japanese default)."""
    asked = request.GET.get("lang")
    if asked in ("ja", "en"):
        return "en" if asked == "en" else "ja"
    return i18n.lang_of(getattr(request, "LANGUAGE_CODE", ""))
