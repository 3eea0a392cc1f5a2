"""Events for other systems: every transition of a case, and its opening (``open``), is
announced to the webhooks of the offices that play a part in it.

A subscriber of the transition events (``cases.events``), registered by this app in its
``ready()``, in the transaction of the transition (not after commit): the delivery rows
(``notifications.webhooks``) commit or roll back with the step, and the worker posts them.
The body names the case by id and receipt number and says what happened; no personal data.
"""

from __future__ import annotations

from kokugai.cases.events import TransitionEvent
from kokugai.cases.models import Case
from kokugai.core import clock
from kokugai.notifications.webhooks import EVENT_TRANSITION, webhooks_enqueue


def case_office_ids(case: Case) -> set[int]:
    """The offices that play a part in ``case`` (their webhooks hear of its transitions)."""
    ids = {
        case.intake_office_id,
        case.honseki_office_id,
        case.production_office_id,
        case.pickup_office_id,
        case.holder_office_id,
    }
    return {i for i in ids if i is not None}


def webhooks_announce(event: TransitionEvent) -> None:
    case = event.case
    webhooks_enqueue(
        office_ids=case_office_ids(case),
        event_type=EVENT_TRANSITION,
        data={
            "case": {
                "id": case.pk,
                "receipt_number": case.receipt_number,
                "application_id": case.application_id,
                "procedure": case.procedure,
                "state": case.state,
                "version": case.version,
            },
            "transition": event.name,
            "from_state": event.from_state,
            "to_state": event.to_state,
            "office": event.office.code,
            "at": clock.now().isoformat(),
        },
    )
