"""Household services: a family pre-registration becomes one case per member, linked as a
household, in one transaction; the links and their checks.

* :func:`family_prereg_create` stores what the representative entered (validated here: a
  child under 15 needs an adult member as representative, every member a 本籍地).
* :func:`household_open_from_prereg` is the counter's one step: it locks the family
  pre-registration row, refuses one already used (a second clerk loading the same code at
  the same time waits for the first and then gets ``family_prereg_used``: each member's case
  is opened exactly once), creates each person and case through the ordinary
  ``person_create`` / ``case_open`` (the same checks, checklist, fee and events as a single
  intake) and links them. Any failure rolls everything back: nothing is half-created.
* :func:`household_link` links cases opened one by one.
* A person is in at most one active household: the services refuse a second household with
  ``household_person_claimed`` naming the member, and a partial unique index backs it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Any

from django.db import IntegrityError, connection, transaction
from django.utils.translation import gettext as _

from kokugai.cases.errors import CaseError
from kokugai.cases.households import FamilyPreRegistration, Household, HouseholdMember
from kokugai.cases.models import Case
from kokugai.core import clock
from kokugai.core.audit import audit_record
from kokugai.core.errors import ApplicationError, Conflict, NotFound
from kokugai.core.models import User
from kokugai.people.models import Person
from kokugai.registry.models import Office
from kokugai.registry.selectors import staff_office
from kokugai.rules.household import ADULT_AGE, REPRESENTED_UNDER
from kokugai.rules.validity import age_on

# Crockford-style alphabet: no I, L, O, U (read aloud and typed from a QR without mistakes).
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PERSON_FIELDS = (
    "family_name",
    "given_name",
    "family_name_kana",
    "given_name_kana",
    "family_name_romaji",
    "given_name_romaji",
    "birth_date",
    "sex",
)
MAX_MEMBERS = 10


class HouseholdInputError(ApplicationError):
    """A family pre-registration that cannot be stored; ``fields`` names the member field."""

    status = 422

    def __init__(self, field: str, message: str) -> None:
        super().__init__(CaseError.INVALID_HOUSEHOLD, message, fields={field: message}, status=422)
        self.field = field


def _check_char(body: str) -> str:
    total = sum((i + 1) * _ALPHABET.index(c) for i, c in enumerate(body))
    return _ALPHABET[total % len(_ALPHABET)]


def _code(prefix: str) -> str:
    body = prefix + "".join(secrets.choice(_ALPHABET) for _ in range(9))
    return body + _check_char(body)


def code_normalize(text: str) -> str:
    """Upper case without spaces or hyphens; the check character must match."""
    canon = "".join(ch for ch in (text or "").upper() if ch.isalnum())
    canon = canon.replace("O", "0").replace("I", "1").replace("L", "1")
    if (
        len(canon) < 3
        or any(c not in _ALPHABET for c in canon)
        or _check_char(canon[:-1]) != canon[-1]
    ):
        return ""
    return canon


def code_display(code: str) -> str:
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def household_reference_new() -> str:
    while True:
        ref = _code("H")
        if not Household.objects.filter(reference=ref).exists():
            return ref


# --- family pre-registration -----------------------------------------------------------------


def _member_birth(m: dict[str, Any], i: int) -> dt.date:
    raw = m.get("birth_date")
    try:
        return raw if isinstance(raw, dt.date) else dt.date.fromisoformat(str(raw))
    except ValueError:
        raise HouseholdInputError(
            f"members[{i}].birth_date", _("Enter the date of birth as YYYY-MM-DD.")
        ) from None


def family_members_check(
    members: list[dict[str, Any]], *, shared_honseki: str, today: dt.date
) -> None:
    """The household's own rules; raises :class:`HouseholdInputError` naming the field."""
    if not members:
        raise HouseholdInputError("members", _("Add at least one member."))
    if len(members) > MAX_MEMBERS:
        raise HouseholdInputError("members", _("A household has at most 10 members."))
    ages = [age_on(_member_birth(m, i), today) for i, m in enumerate(members)]
    for i, m in enumerate(members):
        for key in PERSON_FIELDS:
            if not str(m.get(key) or "").strip():
                raise HouseholdInputError(f"members[{i}].{key}", _("This field is required."))
        if not (m.get("honseki_code") or shared_honseki):
            raise HouseholdInputError(
                f"members[{i}].honseki_code", _("Give the 本籍地 of this member.")
            )
        rep = m.get("representative")
        if rep is None or rep == "":
            if ages[i] < REPRESENTED_UNDER:
                raise HouseholdInputError(
                    f"members[{i}].representative",
                    _(
                        "%(name)s is under 15: choose the legal representative (法定代理人) "
                        "among the adult members."
                    )
                    % {"name": m["given_name"]},
                )
            continue
        if not isinstance(rep, int) or not 0 <= rep < len(members) or rep == i:
            raise HouseholdInputError(
                f"members[{i}].representative",
                _("The legal representative must be another member of the household."),
            )
        if ages[rep] < ADULT_AGE:
            raise HouseholdInputError(
                f"members[{i}].representative",
                _("The legal representative of %(name)s is not an adult (18 or over).")
                % {"name": m["given_name"]},
            )


@transaction.atomic
def family_prereg_create(
    *, members: list[dict[str, Any]], representative_index: int = 0, **fields: Any
) -> FamilyPreRegistration:
    """Store a family pre-registration (unverified until the email link is followed)."""
    today = clock.today()
    family_members_check(members, shared_honseki=fields.get("honseki_code", ""), today=today)
    if not 0 <= representative_index < len(members):
        raise HouseholdInputError("representative_index", _("Choose the representative."))
    if age_on(_member_birth(members[representative_index], representative_index), today) < 18:
        raise HouseholdInputError(
            "representative_index", _("The representative must be an adult (18 or over).")
        )
    clean = []
    for i, m in enumerate(members):
        row: dict[str, Any] = {k: str(m[k]).strip() for k in PERSON_FIELDS if k != "birth_date"}
        row["birth_date"] = _member_birth(m, i).isoformat()
        row["with_certificates"] = bool(m.get("with_certificates", True))
        if m.get("honseki_code") and m["honseki_code"] != fields.get("honseki_code"):
            row["honseki_code"] = m["honseki_code"]
        if m.get("representative") not in (None, ""):
            row["representative"] = int(m["representative"])
        clean.append(row)
    while True:
        code = _code("F")
        if not FamilyPreRegistration.objects.filter(code=code).exists():
            break
    fp = FamilyPreRegistration.objects.create(
        code=code,
        members=clean,
        representative_index=representative_index,
        created_at=clock.now(),
        **fields,
    )
    audit_record(
        actor=None,
        action="family_preregistration.create",
        object_type="family_preregistration",
        object_id=fp.pk,
        detail={"members": len(clean)},
    )
    return fp


@transaction.atomic
def family_prereg_verify(fp: FamilyPreRegistration) -> FamilyPreRegistration:
    fp = FamilyPreRegistration.objects.select_for_update().get(pk=fp.pk)
    if fp.email_verified_at is None:
        fp.email_verified_at = clock.now()
        fp.save(update_fields=["email_verified_at"])
        audit_record(
            actor=None,
            action="family_preregistration.verify",
            object_type="family_preregistration",
            object_id=fp.pk,
        )
    return fp


def family_prereg_usable(code: str) -> FamilyPreRegistration:
    canon = code_normalize(code)
    fp = FamilyPreRegistration.objects.filter(code=canon).first() if canon else None
    if fp is None or not fp.is_verified or fp.used_at is not None:
        raise NotFound(
            _("No usable family pre-registration with this code (unverified, used or expired)."),
            code=CaseError.FAMILY_PREREG_NOT_FOUND,
        )
    return fp


# --- households ------------------------------------------------------------------------------


def _claimed(person_fields: dict[str, Any]) -> HouseholdMember | None:
    """An active household member who is the same person (same kana names and birth date)."""
    return (
        HouseholdMember.objects.select_related("household")
        .filter(
            active=True,
            case__closed_at__isnull=True,
            person__family_name_kana=person_fields["family_name_kana"],
            person__given_name_kana=person_fields["given_name_kana"],
            person__birth_date=person_fields["birth_date"],
        )
        .first()
    )


def _lock_identities(members: list[dict[str, Any]]) -> None:
    """Serialise households that name the same person (PostgreSQL).

    Two clerks opening two *different* family pre-registrations that both name one person
    would each find no active membership and both succeed: the person is created anew, so
    no unique index sees the clash. A transaction-level advisory lock per identity (kana
    names and birth date, taken in sorted order so two households never deadlock) makes the
    second wait for the first to commit; its ``_claimed`` check then sees the membership.
    """
    if connection.vendor != "postgresql":
        return  # SQLite serialises writing transactions itself
    keys = sorted(
        {
            int.from_bytes(
                hashlib.blake2b(
                    "|".join(
                        ("household-person", m["family_name_kana"], m["given_name_kana"])
                        + (str(m["birth_date"]),)
                    ).encode(),
                    digest_size=8,
                ).digest(),
                "big",
                signed=True,
            )
            for m in members
        }
    )
    with connection.cursor() as cursor:
        for key in keys:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [key])


def _claimed_error(name: str, reference: str) -> Conflict:
    return Conflict(
        CaseError.HOUSEHOLD_PERSON_CLAIMED,
        _("%(name)s already belongs to household %(reference)s.")
        % {"name": name, "reference": reference},
    )


@transaction.atomic
def household_open_from_prereg(*, code: str, actor: User, office: Office) -> Household:
    """Open one case per member of a family pre-registration, linked as a household.

    All or nothing: any refusal (a member already in another household, a staff check of
    ``case_open``) rolls back every person, case and link made so far.
    """
    from kokugai.cases.intake import case_intake_allowed
    from kokugai.cases.services import case_open
    from kokugai.people.services import person_create

    # Who may take in, before anything is looked up (another office learns nothing).
    case_intake_allowed(actor, office)
    canon = code_normalize(code)
    # The row lock serialises two clerks loading the same code; the second sees it used.
    fp = (
        FamilyPreRegistration.objects.select_for_update().filter(code=canon).first()
        if canon
        else None
    )
    if fp is None or not fp.is_verified:
        raise NotFound(
            _("No usable family pre-registration with this code (unverified, used or expired)."),
            code=CaseError.FAMILY_PREREG_NOT_FOUND,
        )
    if fp.used_at is not None:
        ref = fp.household.reference if fp.household else ""
        raise Conflict(
            CaseError.FAMILY_PREREG_USED,
            _("The cases of this family were already opened (household %(reference)s).")
            % {"reference": ref},
        )
    honseki_offices = {
        o.code: o
        for o in Office.objects.filter(
            code__in={m.get("honseki_code") or fp.honseki_code for m in fp.members}
        )
    }
    pickup = Office.objects.filter(code=fp.pickup_office_code).first() or office
    _lock_identities(fp.members)
    rep_row = fp.members[fp.representative_index]
    rep_name = f"{rep_row['family_name']} {rep_row['given_name']}"
    persons: list[Person] = []
    cases: list[Case] = []
    for i, m in enumerate(fp.members):
        fields = {k: m[k] for k in PERSON_FIELDS}
        fields["birth_date"] = dt.date.fromisoformat(m["birth_date"])
        taken = _claimed(fields)
        if taken is not None:
            raise _claimed_error(f"{m['family_name']} {m['given_name']}", taken.household.reference)
        honseki = honseki_offices.get(m.get("honseki_code") or fp.honseki_code)
        if honseki is None:
            raise HouseholdInputError(f"members[{i}].honseki_code", _("Unknown 本籍地 office."))
        represented = m.get("representative")
        person = person_create(
            actor=actor,
            **fields,
            nationalities=["JP"],
            honseki=honseki,
            # Mail for every member goes to the representative's verified address.
            email=fp.email,
            email_verified_at=fp.email_verified_at,
            phone=fp.phone,
            country=fp.country,
            city=fp.city,
            timezone=fp.timezone,
            language=fp.language,
            legal_representative_name=rep_name if represented is not None else "",
            legal_representative_relation=_("parent") if represented is not None else "",
        )
        case = case_open(
            person=person,
            procedure="new_issuance",
            channel=fp.channel,
            intake_office=office,
            actor=actor,
            pickup_office=pickup,
            departure_date=fp.departure_date,
            with_certificates=bool(m.get("with_certificates", True)),
            note=_("Family pre-registration %(code)s") % {"code": code_display(fp.code)},
        )
        persons.append(person)
        cases.append(case)
    household = _link(cases, representative=persons[fp.representative_index], actor=actor)
    if not fp.pickup_together:
        household.pickup_together = False
        household.save(update_fields=["pickup_together"])
    reps = {i: m.get("representative") for i, m in enumerate(fp.members)}
    members = list(household.members.order_by("position"))
    for i, rep in reps.items():
        if rep is not None:
            members[i].represented_by = members[rep]
            members[i].save(update_fields=["represented_by"])
    fp.used_at = clock.now()
    fp.used_by_office = office.code
    fp.household = household
    fp.save(update_fields=["used_at", "used_by_office", "household"])
    audit_record(
        actor=actor,
        action="family_preregistration.use",
        object_type="family_preregistration",
        object_id=fp.pk,
        office_code=office.code,
        detail={"household": household.pk, "cases": [c.pk for c in cases]},
    )
    return household


def _link(cases: list[Case], *, representative: Person, actor: User | None) -> Household:
    household = Household.objects.create(
        reference=household_reference_new(),
        representative=representative,
        created_at=clock.now(),
    )
    for pos, case in enumerate(cases):
        # A member whose case is closed (collected, withdrawn) frees the person.
        HouseholdMember.objects.filter(
            person_id=case.person_id, active=True, case__closed_at__isnull=False
        ).update(active=False)
        taken = (
            HouseholdMember.objects.select_related("household")
            .filter(active=True, person_id=case.person_id)
            .first()
        )
        if taken is not None:
            raise _claimed_error(str(case.person), taken.household.reference)
        try:
            with transaction.atomic():
                HouseholdMember.objects.create(
                    household=household, person_id=case.person_id, case=case, position=pos
                )
        except IntegrityError:
            # A concurrent household took the person (or the case) first.
            raise Conflict(
                CaseError.HOUSEHOLD_PERSON_CLAIMED,
                _("A member of this household already belongs to another household."),
            ) from None
    office = staff_office(actor) if actor is not None else None
    audit_record(
        actor=actor,
        action="household.create",
        object_type="household",
        object_id=household.pk,
        office_code=office.code if office else "",
        detail={"cases": [c.pk for c in cases]},
    )
    return household


@transaction.atomic
def household_link(*, cases: list[Case], representative: Case, actor: User | None) -> Household:
    """Link cases opened one by one as a household (the representative's case among them)."""
    if representative not in cases:
        raise Conflict(
            CaseError.HOUSEHOLD_REPRESENTATIVE, _("The representative must be a member.")
        )
    if actor is not None:
        own = staff_office(actor)
        if any(c.intake_office_id != getattr(own, "pk", None) for c in cases):
            raise Conflict(
                CaseError.HOUSEHOLD_OFFICE, _("Only cases taken in at your office can be linked.")
            )
    return _link(cases, representative=representative.person, actor=actor)


def household_of(case: Case) -> Household | None:
    member = HouseholdMember.objects.select_related("household").filter(case=case).first()
    return member.household if member else None


def household_cases(household: Household) -> list[Case]:
    return [
        m.case
        for m in household.members.select_related(
            "case", "case__person", "case__honseki_office"
        ).order_by("position")
    ]


#: Checklist items that are the same for every member they appear on (the representative's
#: passport serves each child's application and pickup): checked once for all.
SHARED_CHECKLIST = ("legal_representative_id", "legal_representative_present")


def household_shared_items(household: Household) -> list[dict[str, Any]]:
    """The shared checklist items of the household's cases: code, label and whether every
    case's entry is checked."""
    from kokugai.cases.models import ChecklistEntry

    entries = ChecklistEntry.objects.filter(
        case__household_member__household=household, code__in=SHARED_CHECKLIST
    ).order_by("code", "case_id")
    out: dict[str, dict[str, Any]] = {}
    for e in entries:
        row = out.setdefault(
            e.code,
            {"code": e.code, "label_ja": e.label_ja, "label_en": e.label_en, "cases": []},
        )
        row["cases"].append(e)
    for row in out.values():
        row["checked"] = all(e.checked_at is not None for e in row["cases"])
    return list(out.values())


@transaction.atomic
def household_checklist_check(
    *, household: Household, code: str, actor: User, checked: bool = True
) -> int:
    """Check (or undo) one shared item on every case of the household that has it, through
    each case's own ``checklist_check`` (its permission check and audit row). Returns how
    many cases were changed. All or nothing: a case the clerk may not tick rolls back all."""
    from kokugai.cases.services import checklist_check

    if code not in SHARED_CHECKLIST:
        raise Conflict(
            CaseError.HOUSEHOLD_ITEM_NOT_SHARED, _("This item is not shared by the family.")
        )
    n = 0
    for case in household_cases(household):
        if case.checklist.filter(code=code).exists():
            checklist_check(case=case, code=code, actor=actor, checked=checked)
            n += 1
    return n
