"""Write audit rows. Call inside the same transaction as the read or write it records."""

from __future__ import annotations

from typing import Any

from kokugai.core import clock
from kokugai.core.models import AuditEntry, User


def audit_record(
    *,
    actor: User | None,
    action: str,
    object_type: str,
    object_id: object,
    office_code: str = "",
    reason: str = "",
    detail: dict[str, Any] | None = None,
    actor_label: str = "",
) -> AuditEntry:
    if not actor_label:
        actor_label = actor.get_username() if actor is not None else "system"
    return AuditEntry.objects.create(
        at=clock.now(),
        actor=actor,
        actor_label=actor_label,
        office_code=office_code,
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        reason=reason,
        detail=detail or {},
    )
