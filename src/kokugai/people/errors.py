"""The error codes of the people app (the person, the card, the My Number)."""

from __future__ import annotations

from enum import StrEnum


class PeopleError(StrEnum):
    MYNUMBER_INVALID = "mynumber_invalid"
    MYNUMBER_REVEAL_FORBIDDEN = "mynumber_reveal_forbidden"
    MYNUMBER_NOT_USABLE = "mynumber_not_usable"
