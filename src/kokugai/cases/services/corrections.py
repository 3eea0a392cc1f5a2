"""The 本籍地 asks for a correction; the applicant replies."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from kokugai.cases.errors import CaseError, case_error
from kokugai.cases.models import Case
from kokugai.cases.services.engine import _Acting, _fire
from kokugai.cases.workflow import APPLICANT, Transition
from kokugai.core.models import User
from kokugai.registry.models import Office


@transaction.atomic
def case_request_correction(
    *,
    case: Case,
    actor: User | None,
    text: str,
    office: Office | None = None,
    expected_version: int | None = None,
) -> Case:
    if not text.strip():
        raise case_error(
            CaseError.CORRECTION_TEXT_REQUIRED, _("Say what needs correcting."), text="required"
        )

    def apply(c: Case, t: Transition, a: _Acting) -> dict[str, Any]:
        c.correction_request = text
        return {"correction_text": text}

    return _fire(
        case=case,
        name="request_correction",
        actor=actor,
        office=office,
        expected_version=expected_version,
        note=text,
        apply=apply,
    )


@transaction.atomic
def case_applicant_replied(
    *,
    case: Case,
    actor: User | None = None,
    text: str = "",
    office: Office | None = None,
    expected_version: int | None = None,
) -> Case:
    """The applicant answered (through the signed reply link, or a reviewer records it)."""
    return _fire(
        case=case,
        name="applicant_replied",
        actor=actor,
        office=office,
        party=APPLICANT,
        expected_version=expected_version,
        note=text,
        apply=lambda c, t, a: {"reply": text} if text else None,
    )
