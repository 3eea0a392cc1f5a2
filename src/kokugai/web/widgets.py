"""Form widgets shared by the portal and the console."""

from __future__ import annotations

from typing import Any

from django import forms

from kokugai.rules.checkdigits import CheckDigitError, validate_mynumber


def looks_like_mynumber(text: str) -> bool:
    """True for 12 digits with a valid check digit (any spacing, full-width included)."""
    try:
        validate_mynumber(text)
    except CheckDigitError:
        return False
    return True


class NoMyNumberEchoInput(forms.TextInput):
    """A text box that never writes a My Number back into a page.

    A form shown again after an error repeats what was typed; for a My Number that would put
    特定個人情報 into the page, the browser's cache and history. A valid-looking number is
    left out (to be typed again); anything else, a typo included, is shown so it can be fixed.
    """

    def format_value(self, value: Any) -> str | None:
        text = super().format_value(value)
        if text and looks_like_mynumber(text):
            return None
        return text
