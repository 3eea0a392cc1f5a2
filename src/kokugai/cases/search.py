"""The console's search box (issue 15.3): find a case by what the caller has in hand.

- a receipt number (受付番号) or 申請書ID: exact match, after the check digit (full-width
  digits, spaces and hyphens of any kind tolerated);
- a birth date, in any form ``rules.dates.parse_date`` reads (西暦, 和暦, full-width);
- a name: prefix of the family name, or "family given" prefixes, in kanji or in kana of
  either script (kana is stored in katakana).

Always within the staff member's office scope (``access.cases_visible``), one indexed
query, at most ``LIMIT`` rows, and one audit row per search (the kind of query and the
number of hits, never the text typed: it may be a name or a birth date).
"""

from __future__ import annotations

import re
import unicodedata

from django.db.models import Q

from kokugai.cases.access import cases_visible
from kokugai.cases.models import Case
from kokugai.core.audit import audit_record
from kokugai.core.models import User
from kokugai.registry.selectors import staff_office
from kokugai.rules import checkdigits
from kokugai.rules.dates import DateParseError, parse_date

LIMIT = 20
_KANA = re.compile(r"^[\u3041-\u3096\u30a1-\u30fa\u30fc\u30fb]+$")


def _katakana(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def search_q(text: str) -> tuple[str, Q | None]:
    """(kind, lookup) for ``text``; kind is receipt, application_id, birth_date, kana,
    name or invalid (a malformed ID: nothing is looked up)."""
    s = unicodedata.normalize("NFKC", text or "").strip()
    if not s:
        return "empty", None
    kind = checkdigits.kind_of_reference(s)
    if kind == "receipt":
        try:
            return "receipt", Q(receipt_number=checkdigits.validate_receipt_number(s))
        except checkdigits.CheckDigitError:
            return "invalid", None
    if kind is not None:
        try:
            return "application_id", Q(application_id=checkdigits.validate_application_id(s))
        except checkdigits.CheckDigitError:
            return "invalid", None
    try:
        return "birth_date", Q(person__birth_date=parse_date(s))
    except DateParseError:
        pass
    parts = s.split()
    if all(_KANA.match(p) for p in parts):
        parts = [_katakana(p) for p in parts]
        q = Q(person__family_name_kana__startswith=parts[0])
        if len(parts) > 1:
            q &= Q(person__given_name_kana__startswith=parts[1])
        return "kana", q
    q = Q(person__family_name__startswith=parts[0])
    if len(parts) > 1:
        q &= Q(person__given_name__startswith=parts[1])
    return "name", q


def case_search(user: User, text: str) -> list[Case]:
    """Cases of the user's office matching ``text``, newest first (at most ``LIMIT``)."""
    office = staff_office(user)
    kind, q = search_q(text)
    hits: list[Case] = []
    if q is not None and office is not None:
        hits = list(
            cases_visible(office)
            .filter(q)
            .select_related("person", "intake_office")
            .order_by("-pk")[:LIMIT]
        )
    audit_record(
        actor=user,
        action="case.search",
        object_type="case",
        object_id="",
        office_code=office.code if office else "",
        reason="console search",
        detail={"kind": kind, "hits": len(hits)},
    )
    return hits
