"""Small immutable building blocks shared by every rule table."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .dates import format_date


@dataclass(frozen=True)
class Source:
    """Where a rule comes from. ``id`` is the S# of shared domain/rules.md.

    ``seen`` is the day the page was read for the rules; ``seen_estimated`` marks a day
    taken from the research notes as a whole because the notes do not date that reading.
    ``published`` is the page's own date (its update date), None where it shows none.
    """

    id: str
    url: str
    title: str
    seen: dt.date
    published: dt.date | None = None
    seen_estimated: bool = False

    def as_dict(self) -> dict[str, str | bool | None]:
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "seen": self.seen.isoformat(),
            "seen_estimated": self.seen_estimated,
            "published": self.published.isoformat() if self.published else None,
        }


@dataclass(frozen=True)
class Text:
    """A user-facing text in both languages. Japanese is the default."""

    ja: str
    en: str

    def get(self, lang: str = "ja") -> str:
        return self.en if lang == "en" else self.ja

    def format(self, **kw: object) -> Text:
        """Fill ``{name}`` placeholders in each language: a date is written the way that
        language writes dates (``rules.dates.format_date``: 2027年1月29日(金)（令和9年） /
        29 January 2027, never ISO), a ``Text`` in that language, anything else as is."""
        return Text(self.ja.format(**_in_lang(kw, "ja")), self.en.format(**_in_lang(kw, "en")))

    @classmethod
    def dated(cls, ja: str, en: str, **values: object) -> Text:
        """A text with dates (and other values) as placeholders, filled per language by
        :meth:`format`: ``Text.dated("{d}まで", "by {d}", d=day)``."""
        return cls(ja, en).format(**values)


def _in_lang(values: dict[str, object], lang: str) -> dict[str, object]:
    out: dict[str, object] = {}
    for k, v in values.items():
        if isinstance(v, dt.datetime):
            v = v.date()
        if isinstance(v, dt.date):
            out[k] = format_date(v, lang)
        elif isinstance(v, Text):
            out[k] = v.get(lang)
        else:
            out[k] = v
    return out


@dataclass(frozen=True)
class Reason:
    """A machine-readable decision reason plus its message and the sources behind it."""

    code: str
    message: Text
    sources: tuple[Source, ...] = field(default=())

    def as_dict(self, lang: str = "ja") -> dict[str, object]:
        return {
            "code": self.code,
            "message": self.message.get(lang),
            "sources": [s.as_dict() for s in self.sources],
        }


@dataclass(frozen=True, kw_only=True)
class Effective:
    """Mixin for table entries: valid on ``valid_from`` <= day < ``valid_to`` (None = open)."""

    valid_from: dt.date
    valid_to: dt.date | None = None

    def in_force(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day < self.valid_to)
