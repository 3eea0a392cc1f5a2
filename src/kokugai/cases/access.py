"""Who may see a case, one condition per line (design §8).

A staff member sees a case iff their office is its intake office, its 本籍地, its production
office (set only when production is ordered) or its pickup office. Anyone else gets the same
NotFound as for a case that does not exist, and every read (or refused read) is audited.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from kokugai.cases.errors import CaseError
from kokugai.cases.models import Case
from kokugai.cases.workflow import IDENTITY_REVEAL
from kokugai.core.audit import audit_access, audit_read
from kokugai.core.errors import ApplicationError, Forbidden, NotFound
from kokugai.core.models import User
from kokugai.registry.models import Office
from kokugai.registry.selectors import (
    OFFICE_PART_FIELDS,
    office_parts_q,
    staff_office,
    staff_role,
)
from kokugai.rules.checkdigits import CheckDigitError, validate_receipt_number
from kokugai.rules.codes import OfficeRole


def office_roles(case: Case, office: Office | None) -> set[OfficeRole]:
    """The parts ``office`` plays in ``case`` (several when, e.g., intake is the 本籍地)."""
    if office is None:
        return set()
    return {
        part
        for part, field in OFFICE_PART_FIELDS.items()
        if getattr(case, f"{field}_id") == office.pk
    }


def case_visible_q(office: Office) -> Q:
    """The cases ``office`` may see: those it plays a part in (``office_parts_q``)."""
    return office_parts_q(office)


def cases_visible(office: Office | None) -> QuerySet[Case]:
    if office is None:
        return Case.objects.none()
    return Case.objects.filter(case_visible_q(office))


def _read(user: User, lookup: Q, key: str, *, why: str) -> Case:
    office = staff_office(user)
    case = (
        cases_visible(office)
        .filter(lookup)
        .select_related(
            "person", "intake_office", "honseki_office", "production_office", "pickup_office"
        )
        .first()
    )
    audit_read(
        actor=user,
        object_type="case",
        key=key,
        found=case,
        office_code=office.code if office else "",
        why=why,
        detail={"person": case.person_id} if case is not None else None,
    )
    if case is None:
        raise NotFound()
    return case


def access_case_by_id(user: User, case_id: object, *, why: str) -> Case:
    try:
        pk = int(str(case_id))
    except ValueError:
        raise NotFound() from None
    return _read(user, Q(pk=pk), str(pk), why=why)


def access_case_by_receipt(user: User, receipt_number: str, *, why: str) -> Case:
    try:
        canonical = validate_receipt_number(receipt_number)
    except CheckDigitError:
        raise NotFound() from None
    return _read(user, Q(receipt_number=canonical), canonical, why=why)


def may_reveal_identity(user: User, case: Case) -> bool:
    """Whether ``user`` verifies identity on ``case``: their office's part and their role
    are one of ``workflow.IDENTITY_REVEAL`` (intake clerk, 本籍地 reviewer, pickup clerk)."""
    role = staff_role(user)
    parts = {r.value for r in office_roles(case, staff_office(user))}
    return any((part, role) in IDENTITY_REVEAL for part in parts)


def access_identity(user: User, case: Case, *, reason: str) -> dict[str, object]:
    """The applicant's full name and birth date, for those who must verify identity.

    ``case`` was read through ``access_case_by_*`` (scoped, audited). The reason is required
    and written to the audit log with who, office and case; a refusal is audited too.
    Everyone else keeps seeing the masked name and the birth year.
    """
    office = staff_office(user)
    code = office.code if office else ""
    reason = reason.strip()[:200]
    if not reason:
        raise ApplicationError(
            CaseError.REVEAL_REASON_REQUIRED.value,
            _("Say why you need to see the full identity."),
            fields={"reason": "required"},
            status=400,
        )
    allowed = may_reveal_identity(user, case)
    audit_access(
        actor=user,
        action="person.identity_reveal",
        allowed=allowed,
        object_type="person",
        object_id=case.person_id,
        office_code=code,
        reason=reason,
        detail={"case": case.pk},
    )
    if not allowed:
        raise Forbidden(
            CaseError.IDENTITY_REVEAL_FORBIDDEN.value,
            _("Only the staff who verify identity on this case may see the full identity."),
        )
    p = case.person
    return {
        "family_name": p.family_name,
        "given_name": p.given_name,
        "family_name_kana": p.family_name_kana,
        "given_name_kana": p.given_name_kana,
        "family_name_romaji": p.family_name_romaji,
        "given_name_romaji": p.given_name_romaji,
        "birth_date": p.birth_date,
    }
