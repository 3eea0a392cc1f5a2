"""Many cases at once (issue 15 §5): the production centre fires ``order`` or ``ship`` on a
batch. Each case is still one transition of its own (locked, checked, its own event and
audit row, in its own transaction). **Per-case, not all-or-nothing**: a parcel leaves for
each destination whatever happens to another case, so a case that cannot move (moved
meanwhile, not this centre's) is reported with its error and the others go on. The actor's
role is checked before any case is touched; each case is read through
``access_case_by_id`` (office scope, audited, a refused read stays on record).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from kokugai.cases.access import access_case_by_id
from kokugai.cases.errors import RoleNotAllowedError, TransitionNotAllowedError
from kokugai.cases.services.inputs import case_transition_input
from kokugai.cases.workflow import STAFF_BY_TRANSITION
from kokugai.core.audit import audit_record
from kokugai.core.errors import ApplicationError
from kokugai.core.models import User
from kokugai.registry.selectors import staff_office, staff_role

#: The steps the production centre may fire on many cases at once.
BATCH_TRANSITIONS: frozenset[str] = frozenset({"order", "ship"})
#: At most this many cases per call (a form posts one batch).
BATCH_LIMIT = 500


@dataclass(frozen=True)
class BatchOutcome:
    """What happened to one case of a batch: moved (``ok``), or the error that stopped it."""

    case_id: int
    label: str
    ok: bool
    code: str = ""
    message: str = ""


def cases_transition_batch(
    *,
    name: str,
    case_ids: Iterable[int],
    actor: User,
    data: Mapping[str, Any] | None = None,
) -> list[BatchOutcome]:
    """Fire ``name`` (``order`` or ``ship``) on each case of ``case_ids``, one transition per
    case in its own transaction; returns one outcome per case, in the order given.

    Refused whole (nothing moves) if the step is not a batch step or the actor's role does
    not do it (e.g. an intake clerk: ``role_not_allowed``, 403). A case the actor's office
    may not see is reported as not found, exactly like a case that does not exist.
    """
    if name not in BATCH_TRANSITIONS:
        raise TransitionNotAllowedError(name, "")
    role = staff_role(actor)
    if staff_office(actor) is None or role not in STAFF_BY_TRANSITION.get(name, ()):
        raise RoleNotAllowedError(name, role)
    ids = list(dict.fromkeys(int(i) for i in case_ids))[:BATCH_LIMIT]
    outcomes: list[BatchOutcome] = []
    for pk in ids:
        label = str(pk)
        try:
            # The read (or its refusal) is audited outside the step's transaction: a refused
            # read stays on record even though nothing moves.
            case = access_case_by_id(actor, pk, why=f"batch.{name}")
            label = case.receipt_number
            with transaction.atomic():
                case_transition_input(case=case, name=name, actor=actor, data=dict(data or {}))
        except ApplicationError as exc:
            outcomes.append(BatchOutcome(pk, label, False, exc.code, str(exc.message)))
        else:
            outcomes.append(BatchOutcome(pk, label, True))
    audit_record(
        actor=actor,
        action="case.batch_transition",
        object_type="batch",
        object_id=name,
        office_code=getattr(staff_office(actor), "code", ""),
        detail={
            "transition": name,
            "moved": [o.case_id for o in outcomes if o.ok],
            "failed": {str(o.case_id): o.code for o in outcomes if not o.ok},
        },
    )
    return outcomes
