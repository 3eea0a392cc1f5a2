"""Who may read a person's record, one condition per line (design §8).

A staff member sees a person iff their office is the person's 本籍地 or plays a role in one
of the person's cases. Everyone else gets the same NotFound as for a missing id. Every read
writes an audit row; revealing the My Number in full also needs a permission.
"""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext as _

from kokugai.core.audit import audit_record
from kokugai.core.errors import Forbidden, NotFound
from kokugai.core.models import User
from kokugai.people.models import Person
from kokugai.people.selectors import person_mynumber_plain
from kokugai.registry.models import Office
from kokugai.registry.selectors import staff_office


def person_visible_q(office: Office) -> Q:
    return (
        Q(honseki=office)
        | Q(cases__intake_office=office)
        | Q(cases__pickup_office=office)
        | Q(cases__production_office=office)
    )


def _visible(person_id: object, office: Office | None) -> Person | None:
    if office is None:
        return None
    return Person.objects.filter(person_visible_q(office), pk=person_id).distinct().first()


def access_person_by_id(user: User, person_id: object, *, why: str) -> Person:
    office = staff_office(user)
    person = _visible(person_id, office)
    code = office.code if office else ""
    if person is None:
        audit_record(
            actor=user,
            action="person.read_denied",
            object_type="person",
            object_id=person_id,
            office_code=code,
            reason=why,
        )
        raise NotFound()
    audit_record(
        actor=user,
        action="person.read",
        object_type="person",
        object_id=person.pk,
        office_code=code,
        reason=why,
    )
    return person


def access_mynumber(user: User, person_id: object, *, why: str) -> str:
    """The full My Number, for a user who may see the person and holds reveal_mynumber."""
    person = access_person_by_id(user, person_id, why=why)
    office = staff_office(user)
    if not user.has_perm("people.reveal_mynumber"):
        # A refused attempt is itself worth knowing about: who tried, for whom, and why.
        audit_record(
            actor=user,
            action="mynumber.reveal_denied",
            object_type="person",
            object_id=person.pk,
            office_code=office.code if office else "",
            reason=why,
        )
        raise Forbidden(
            "mynumber_reveal_forbidden",
            _("Showing the My Number needs a permission."),
        )
    audit_record(
        actor=user,
        action="mynumber.reveal",
        object_type="person",
        object_id=person.pk,
        office_code=office.code if office else "",
        reason=why,
    )
    return person_mynumber_plain(person)
