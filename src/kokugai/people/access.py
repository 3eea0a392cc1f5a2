"""Who may read a person's record, one condition per line (design §8).

A staff member sees a person iff their office is the person's 本籍地 or plays a role in one
of the person's cases. Everyone else gets the same NotFound as for a missing id. Every read
writes an audit row; revealing the My Number in full also needs a permission.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from django.db.models import Q
from django.utils.translation import gettext as _

from kokugai.core.audit import audit_access, audit_read, audit_record
from kokugai.core.errors import Conflict, Forbidden, NotFound
from kokugai.core.models import User
from kokugai.people.errors import PeopleError
from kokugai.people.models import Person
from kokugai.people.selectors import person_find_by_mynumber, person_mynumber_plain
from kokugai.registry.models import Office
from kokugai.registry.selectors import office_parts_q, staff_office
from kokugai.rules.codes import OfficeRole


def person_visible_q(office: Office) -> Q:
    """A person is seen by their 本籍地 and by the offices that play a part in their cases."""
    return Q(honseki=office) | office_parts_q(
        office,
        via="cases__",
        parts=(OfficeRole.INTAKE, OfficeRole.PICKUP, OfficeRole.PRODUCTION),
    )


def _visible(person_id: object, office: Office | None) -> Person | None:
    if office is None:
        return None
    return Person.objects.filter(person_visible_q(office), pk=person_id).distinct().first()


def access_person_by_id(user: User, person_id: object, *, why: str) -> Person:
    office = staff_office(user)
    person = _visible(person_id, office)
    audit_read(
        actor=user,
        object_type="person",
        key=person_id,
        found=person,
        office_code=office.code if office else "",
        why=why,
    )
    if person is None:
        raise NotFound()
    return person


def access_mynumber(user: User, person_id: object, *, why: str) -> str:
    """The full My Number, for a user who may see the person and holds reveal_mynumber."""
    person = access_person_by_id(user, person_id, why=why)
    office = staff_office(user)
    allowed = user.has_perm("people.reveal_mynumber")
    audit_access(
        actor=user,
        action="mynumber.reveal",
        allowed=allowed,
        object_type="person",
        object_id=person.pk,
        office_code=office.code if office else "",
        reason=why,
    )
    if not allowed:
        raise Forbidden(
            PeopleError.MYNUMBER_REVEAL_FORBIDDEN,
            _("Showing the My Number needs a permission."),
        )
    return person_mynumber_plain(person)


def _name_key(text: str) -> str:
    """Compare names as staff would: width, spaces and hiragana/katakana do not matter."""
    folded = unicodedata.normalize("NFKC", text).replace(" ", "").replace("\u3000", "")
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in folded).casefold()


def person_lookup_by_mynumber(
    user: User,
    mynumber: str,
    *,
    family_name: str,
    family_name_kana: str,
    birth_date: dt.date,
) -> Person | None:
    """The person a typed My Number belongs to, only if the typed identity matches them.

    A number alone must not attach a stranger's record (from any office) to a new case: the
    family name (kanji or kana) and the birth date must match what is stored. Every lookup is
    audited, whatever its outcome; the number itself is never written to the log.
    """
    office = staff_office(user)
    person = person_find_by_mynumber(mynumber)
    if person is None:
        outcome = "not_found"
    elif person.birth_date == birth_date and (
        _name_key(person.family_name) == _name_key(family_name)
        or _name_key(person.family_name_kana) == _name_key(family_name_kana)
    ):
        outcome = "match"
    else:
        outcome = "mismatch"
    audit_record(
        actor=user,
        action="person.lookup_by_mynumber",
        object_type="person",
        object_id=person.pk if person is not None else "",
        office_code=office.code if office else "",
        reason="intake",
        detail={"outcome": outcome},
    )
    if outcome == "mismatch":
        # Never "registered to another person": a clerk anywhere must not learn from the
        # answer that a number exists. The audit row above says what happened.
        raise mynumber_not_usable()
    return person


def mynumber_not_usable() -> Conflict:
    """The one answer for a My Number that cannot be attached to this applicant."""
    return Conflict(
        PeopleError.MYNUMBER_NOT_USABLE,
        _(
            "This number cannot be used for this applicant. Check it against the applicant's "
            "documents; if it is right, ask the 本籍地 municipality."
        ),
        fields={"mynumber": "not_usable"},
    )
