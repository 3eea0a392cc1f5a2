"""The only code that changes a case.

One ``@transaction.atomic`` function per transition, keyword-only, each taking ``actor`` (a
staff account, or None for the applicant or the system) and optionally the acting ``office``
and the ``expected_version`` the caller saw. Each one, in the same transaction:

1. locks the case row (``select_for_update``) and checks the expected version,
2. checks the workflow table: the transition exists from the current state
   (``transition_not_allowed``, 409), the acting office plays a role allowed to fire it
   (``office_not_allowed``, 403), and its guards pass (their reason code, 409),
3. writes the new state, the CaseEvent (seq = new version), the AuditEntry and the
   notifications the table lists for the transition.

Nothing changes when any check fails.

The package splits the write path by concern; every public name is re-exported here, so
``from kokugai.cases.services import case_forward`` keeps working:

- ``common``: dates, sequences, receipt numbers, the card state, the pickup counter
- ``notify``: the notification context of a case and the queueing in the transaction
- ``engine``: ``_fire``, the one path every transition takes (locks, checks, event, audit)
- ``intake``: opening a case (receipt number, checklist, fee)
- ``checklist``: ticking the checklist (one item or all at once), case notes
- ``batch``: one step on many cases (the production centre), one transition per case
- ``corrections``: the correction request and the applicant's reply
- ``issuance``: new issuance to hand-over, expiry, withdrawal, change of pickup office
- ``procedures``: the other procedures (endorsement, renewals, surrender, …)
- ``inputs``: the transition contracts applied to form and API input, the dispatch
- ``jobs``: the daily system job (uncollected cards)
"""

from kokugai.cases.errors import (
    REASON_LABELS,
    CaseClosedError,
    GuardFailedError,
    OfficeNotAllowedError,
    StaleVersionError,
    TransitionNotAllowedError,
    reason_label,
    state_label,
    transition_label,
)
from kokugai.cases.services.batch import BatchOutcome, cases_transition_batch
from kokugai.cases.services.checklist import (
    case_note_add,
    checklist_check,
    checklist_check_all,
    checklist_may_tick,
)
from kokugai.cases.services.common import (
    PRODUCTION_OFFICE_CODE,
    card_state,
    holding_days,
    local_today,
    pickup_counter,
)
from kokugai.cases.services.corrections import case_applicant_replied, case_request_correction
from kokugai.cases.services.engine import Apply, case_facts, four_eyes_on
from kokugai.cases.services.inputs import (
    SERVICES,
    case_transition,
    case_transition_input,
    service_for,
    transition_input,
)
from kokugai.cases.services.intake import case_open
from kokugai.cases.services.issuance import (
    case_accept,
    case_change_pickup,
    case_expire,
    case_forward,
    case_hand_over,
    case_order,
    case_receive,
    case_reject,
    case_ship,
    case_start_review,
    case_withdraw,
)
from kokugai.cases.services.jobs import UNCOLLECTED_WARNING_DAYS, cases_expire_uncollected
from kokugai.cases.services.notify import notification_context
from kokugai.cases.services.procedures import (
    case_accept_surrender,
    case_confirm_withdrawal,
    case_convert,
    case_endorse,
    case_renew_certificates,
    case_reset_pin,
    case_update_card,
    case_update_email,
)
from kokugai.cases.workflow import REJECTION_REASONS

__all__ = [
    "Apply",
    "BatchOutcome",
    "CaseClosedError",
    "GuardFailedError",
    "OfficeNotAllowedError",
    "PRODUCTION_OFFICE_CODE",
    "REASON_LABELS",
    "REJECTION_REASONS",
    "SERVICES",
    "service_for",
    "StaleVersionError",
    "TransitionNotAllowedError",
    "UNCOLLECTED_WARNING_DAYS",
    "card_state",
    "case_accept",
    "case_accept_surrender",
    "case_applicant_replied",
    "case_change_pickup",
    "case_confirm_withdrawal",
    "case_convert",
    "case_endorse",
    "case_expire",
    "case_facts",
    "case_forward",
    "case_hand_over",
    "case_note_add",
    "case_open",
    "case_order",
    "case_receive",
    "case_reject",
    "case_renew_certificates",
    "case_request_correction",
    "case_reset_pin",
    "case_ship",
    "case_start_review",
    "case_transition",
    "case_transition_input",
    "case_update_card",
    "case_update_email",
    "case_withdraw",
    "cases_expire_uncollected",
    "cases_transition_batch",
    "checklist_check",
    "checklist_check_all",
    "checklist_may_tick",
    "four_eyes_on",
    "holding_days",
    "local_today",
    "notification_context",
    "pickup_counter",
    "reason_label",
    "state_label",
    "transition_input",
    "transition_label",
]
