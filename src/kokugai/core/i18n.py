"""The current language, one answer for every page, mail, error and API response.

Kokugai speaks Japanese (the default) and English; any ``en-*`` variant is English and
everything else is Japanese. Views, services and templates call :func:`current_lang`
rather than reading ``get_language()`` themselves (``tests/test_one_source.py``).
"""

from __future__ import annotations

from typing import Literal

from django.utils.translation import get_language

Lang = Literal["ja", "en"]


def lang_of(code: str | None) -> Lang:
    """``"en"`` for any English language code, else ``"ja"``."""
    return "en" if (code or "ja").lower().startswith("en") else "ja"


def current_lang() -> Lang:
    """The language of the request (or task) being served: ``"ja"`` or ``"en"``."""
    return lang_of(get_language())
