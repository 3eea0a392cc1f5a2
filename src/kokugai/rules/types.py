"""Small immutable building blocks shared by every rule table."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


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
        return Text(self.ja.format(**kw), self.en.format(**kw))


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
