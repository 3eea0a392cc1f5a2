"""Opening a case at the counter: the one service behind the console's intake form and
``POST /api/v1/cases``.

``case_intake`` does, in this order and with the checks inside:

1. who may take in: a staff member of ``office`` whose role opens cases (``OPEN_STAFF``),
   checked before anything is looked up, so another office or role learns nothing;
2. the person: an existing record found by the typed My Number (only if the typed family
   name and birth date match, audited, outside the transaction so that the audit row of a
   refused lookup stays), or a new one;
3. in one transaction: the person (if new), the case (``services.case_open``), the
   pre-registration it uses up, and the email verification link when the address was typed
   rather than proved by the applicant.

Pre-registrations are a model of ``web`` (above this app): ``web`` registers the function that
uses one up with :func:`preregistration_consumer_set` when it starts, and this module calls
it inside the transaction (a pre-registration already used rolls the case back).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from django.db import transaction

from kokugai.cases.errors import OfficeNotAllowedError, RoleNotAllowedError
from kokugai.cases.models import Case
from kokugai.cases.services import case_open
from kokugai.cases.workflow import OPEN_STAFF
from kokugai.notifications.services import email_verification_start
from kokugai.people.access import person_lookup_by_mynumber
from kokugai.people.models import Person
from kokugai.people.services import person_create
from kokugai.registry.models import Office
from kokugai.registry.selectors import staff_office, staff_role

if TYPE_CHECKING:
    from kokugai.core.models import User


@dataclass(frozen=True)
class Applicant:
    """The applicant as typed at the counter (or sent by another system)."""

    family_name: str
    given_name: str
    family_name_kana: str
    given_name_kana: str
    birth_date: dt.date
    sex: str
    honseki: Office
    family_name_romaji: str = ""
    given_name_romaji: str = ""
    email: str = ""
    phone: str = ""
    country: str = ""
    city: str = ""
    timezone: str = "Asia/Tokyo"
    left_japan_on: dt.date | None = None
    language: str = "ja"

    def person_fields(self) -> dict[str, object]:
        fields = asdict(self)
        fields["honseki"] = self.honseki  # asdict would copy the model instance
        fields["nationalities"] = ["JP"]
        return fields


#: (pre-registration code, the case that uses it, actor) -> None; set by the web app.
PreregistrationConsumer = Callable[[str, Case, "User"], None]
_consumer: list[PreregistrationConsumer] = []


def preregistration_consumer_set(consumer: PreregistrationConsumer) -> None:
    """Register the function that uses up a pre-registration (``web`` does, in ready())."""
    _consumer[:] = [consumer]


def case_intake_allowed(actor: User, office: Office) -> None:
    """Raise unless ``actor`` may take a case in at ``office`` (the same checks as
    ``case_open``, made before any lookup)."""
    own = staff_office(actor)
    if own is None or own.pk != office.pk:
        raise OfficeNotAllowedError("open", own)
    if staff_role(actor) not in OPEN_STAFF:
        raise RoleNotAllowedError("open", staff_role(actor))


def case_intake(
    *,
    actor: User,
    office: Office,
    applicant: Applicant,
    mynumber: str,
    procedure: str,
    channel: str,
    pickup_office: Office | None = None,
    departure_date: dt.date | None = None,
    with_certificates: bool = True,
    note: str = "",
    email_verified_at: dt.datetime | None = None,
    preregistration: str = "",
) -> Case:
    """Open a case at ``office`` for ``applicant``; see the module docstring.

    ``email_verified_at``: when the applicant proved ``applicant.email`` (the portal's link,
    through a pre-registration), the time they did; the caller vouches for it. Raises
    ``office_not_allowed`` / ``role_not_allowed`` (403), ``mynumber_not_usable`` (409),
    ``channel_not_available``, ``invalid_email`` and the pre-registration's conflicts.
    """
    case_intake_allowed(actor, office)
    # Outside the case's transaction: the audit row of a refused lookup must stay.
    person = (
        person_lookup_by_mynumber(
            actor,
            mynumber,
            family_name=applicant.family_name,
            family_name_kana=applicant.family_name_kana,
            birth_date=applicant.birth_date,
        )
        if mynumber
        else None
    )
    return _intake(
        actor=actor,
        office=office,
        applicant=applicant,
        person=person,
        mynumber=mynumber,
        procedure=procedure,
        channel=channel,
        pickup_office=pickup_office,
        departure_date=departure_date,
        with_certificates=with_certificates,
        note=note,
        email_verified_at=email_verified_at,
        preregistration=preregistration,
    )


@transaction.atomic
def _intake(
    *,
    actor: User,
    office: Office,
    applicant: Applicant,
    person: Person | None,
    mynumber: str,
    procedure: str,
    channel: str,
    pickup_office: Office | None,
    departure_date: dt.date | None,
    with_certificates: bool,
    note: str,
    email_verified_at: dt.datetime | None,
    preregistration: str,
) -> Case:
    if person is None:
        fields = applicant.person_fields()
        if email_verified_at is not None and applicant.email:
            fields["email_verified_at"] = email_verified_at
        person = person_create(actor=actor, mynumber=mynumber, **fields)
    case = case_open(
        person=person,
        procedure=procedure,
        channel=channel,
        intake_office=office,
        actor=actor,
        pickup_office=pickup_office,
        departure_date=departure_date,
        with_certificates=with_certificates,
        note=note,
    )
    if preregistration and _consumer:
        # Same transaction: a pre-registration already used raises and the case rolls back.
        _consumer[0](preregistration, case, actor)
    typed = applicant.email
    if typed and (person.email_verified_at is None or person.email.casefold() != typed.casefold()):
        # The address was typed, not proved by the applicant: send a link. Mails of the case
        # wait (held) until it is opened, then go out to that address.
        email_verification_start(person=person, email=typed, actor=actor)
    return case
