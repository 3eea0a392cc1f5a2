"""The checklist of a case (ticked by its owner) and staff notes."""

from __future__ import annotations

import secrets

from django.db import transaction
from django.utils.translation import gettext as _

from kokugai.cases.access import office_roles
from kokugai.cases.errors import CaseClosedError, CaseError, OfficeNotAllowedError, case_error
from kokugai.cases.models import Case, CaseNote, ChecklistEntry
from kokugai.cases.system_checks import system_checked_codes
from kokugai.cases.workflow import checklist_owner, workflow_for
from kokugai.core import clock
from kokugai.core.audit import audit_record
from kokugai.core.models import User
from kokugai.registry.selectors import staff_office, staff_role


def checklist_may_tick(case: Case, entry: ChecklistEntry, actor: object) -> bool:
    """Whether ``actor`` may tick or untick ``entry``: the item's owner (office part + role)."""
    owner = checklist_owner(entry.kind)
    parts = {r.value for r in office_roles(case, staff_office(actor))}
    return bool(parts & owner.parties) and staff_role(actor) in owner.staff


@transaction.atomic
def checklist_check(
    *, case: Case, code: str, actor: User, note: str = "", checked: bool = True
) -> ChecklistEntry:
    """Record that ``actor`` verified one checklist item (or undo it), with who and when.

    Only the item's owner (``workflow.CHECKLIST_OWNERS``: the intake clerk) may change it; an
    undo keeps who had checked it, in the audit row.
    """
    own = staff_office(actor)
    if not office_roles(case, own):
        raise OfficeNotAllowedError("checklist_check", own)
    # Lock the case so a tick cannot slip in while another clerk closes it.
    locked = Case.objects.select_for_update(of=("self",)).get(pk=case.pk)
    if locked.closed_at is not None or not workflow_for(locked.procedure).is_open(locked.state):
        raise CaseClosedError("checklist_check", locked.state, locked.procedure)
    try:
        entry = ChecklistEntry.objects.select_for_update().get(case=case, code=code)
    except ChecklistEntry.DoesNotExist:
        raise case_error(
            CaseError.CHECKLIST_ITEM_UNKNOWN,
            _("No such checklist item on this case."),
            code=code,
        ) from None
    if not checklist_may_tick(locked, entry, actor):
        raise case_error(
            CaseError.CHECKLIST_ITEM_NOT_YOURS,
            _(
                "This checklist item is verified by the intake counter; your role may not change it."
            ),
            status=403,
            code=code,
            role=staff_role(actor) or "",
        )
    before = {
        "checked_by": entry.checked_by_id,
        "checked_at": entry.checked_at.isoformat() if entry.checked_at else None,
        "note": entry.note,
    }
    entry.checked_by = actor if checked else None
    entry.checked_at = clock.now() if checked else None
    entry.note = note[:300]
    entry.save(update_fields=["checked_by", "checked_at", "note"])
    audit_record(
        actor=actor,
        action="case.checklist_check" if checked else "case.checklist_uncheck",
        object_type="case",
        object_id=case.pk,
        office_code=own.code if own else "",
        detail={"code": code, "before": before},
    )
    return entry


@transaction.atomic
def case_note_add(*, case: Case, actor: User, text: str) -> CaseNote:
    own = staff_office(actor)
    if own is None or not office_roles(case, own):
        raise OfficeNotAllowedError("note", own)
    if not text.strip():
        raise case_error(CaseError.NOTE_EMPTY, _("The note is empty."), text="required")
    note = CaseNote.objects.create(case=case, office=own, author=actor, at=clock.now(), text=text)
    audit_record(
        actor=actor,
        action="case.note",
        object_type="case",
        object_id=case.pk,
        office_code=own.code,
    )
    return note


@transaction.atomic
def checklist_check_all(*, case: Case, actor: User) -> list[ChecklistEntry]:
    """Tick every open required item of ``case`` that ``actor`` may tick and the system does
    not already know; returns the items ticked (maybe none). One audit row per item
    (``case.checklist_check``, with ``batch`` in its detail), all in one transaction."""
    own = staff_office(actor)
    if not office_roles(case, own):
        raise OfficeNotAllowedError("checklist_check", own)
    locked = (
        Case.objects.select_for_update(of=("self",))
        .select_related("person", "intake_office", "pickup_office")
        .get(pk=case.pk)
    )
    if locked.closed_at is not None or not workflow_for(locked.procedure).is_open(locked.state):
        raise CaseClosedError("checklist_check", locked.state, locked.procedure)
    known = system_checked_codes(locked)
    entries = [
        e
        for e in ChecklistEntry.objects.select_for_update()
        .filter(case=locked, required=True, checked_at=None)
        .order_by("position")
        if e.code not in known and checklist_may_tick(locked, e, actor)
    ]
    now = clock.now()
    batch = secrets.token_hex(8)
    for entry in entries:
        entry.checked_by = actor
        entry.checked_at = now
        entry.note = ""
        audit_record(
            actor=actor,
            action="case.checklist_check",
            object_type="case",
            object_id=case.pk,
            office_code=own.code if own else "",
            detail={
                "code": entry.code,
                "batch": batch,
                "before": {"checked_by": None, "checked_at": None, "note": ""},
            },
        )
    ChecklistEntry.objects.bulk_update(entries, ["checked_by", "checked_at", "note"])
    return entries
