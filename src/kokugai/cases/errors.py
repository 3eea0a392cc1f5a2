"""The error codes of the case workflow, one registry (clients branch on these codes).

Every ``ApplicationError`` the cases app raises takes its code from :class:`CaseError`; the
guards' reason codes of ``cases/workflow.py`` are listed in :class:`GuardReason`. A test
checks that no other code leaves the app, and the API lists them in its OpenAPI document.
Messages are translated when raised (services run inside the request, in its language).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kokugai.cases.workflow import Workflow, workflow_for
from kokugai.core.errors import ApplicationError, Conflict, CoreError, Forbidden
from kokugai.core.i18n import current_lang
from kokugai.registry.models import Office
from kokugai.rules.codes import Procedure


class CaseError(StrEnum):
    """Codes of the errors a case service (or the console and API over it) may raise."""

    TRANSITION_NOT_ALLOWED = "transition_not_allowed"
    # Shared with every app: the same code wherever an office or a role is refused.
    OFFICE_NOT_ALLOWED = CoreError.OFFICE_NOT_ALLOWED.value
    ROLE_NOT_ALLOWED = CoreError.ROLE_NOT_ALLOWED.value
    FOUR_EYES = "four_eyes_required"
    STALE_VERSION = "stale_version"
    CASE_CLOSED = "case_closed"
    PARAMS_INVALID = CoreError.INVALID_INPUT.value
    CONFIRMATION_REQUIRED = "confirmation_required"
    CHANNEL_NOT_AVAILABLE = "channel_not_available"
    CHECKLIST_ITEM_UNKNOWN = "checklist_item_unknown"
    CHECKLIST_ITEM_NOT_YOURS = "checklist_item_not_yours"
    NOTE_EMPTY = "note_empty"
    CORRECTION_TEXT_REQUIRED = "correction_text_required"
    REASON_UNKNOWN = "reason_unknown"
    REJECTION_REASON_UNKNOWN = "rejection_reason_unknown"
    NO_PRODUCTION_OFFICE = "no_production_office"
    NOT_A_PRODUCTION_OFFICE = "not_a_production_office"
    RECEIPT_NOT_SIGNED = "receipt_not_signed"
    PICKUP_OFFICE_INVALID = "pickup_office_invalid"
    NO_CARD = "no_card"
    CARD_EXPIRY_UNKNOWN = "card_expiry_unknown"
    WITHDRAWAL_TARGET_INVALID = "withdrawal_target_invalid"
    IDENTITY_REVEAL_FORBIDDEN = "identity_reveal_forbidden"
    REVEAL_REASON_REQUIRED = "reveal_reason_required"
    LINK_INVALID = CoreError.LINK_INVALID.value
    LINK_EXPIRED = CoreError.LINK_EXPIRED.value
    QUEUE_CURSOR_INVALID = "queue_cursor_invalid"
    INVALID_HOUSEHOLD = "invalid_household"
    FAMILY_PREREG_NOT_FOUND = "family_prereg_not_found"
    FAMILY_PREREG_USED = "family_prereg_used"
    HOUSEHOLD_PERSON_CLAIMED = "household_person_claimed"
    HOUSEHOLD_REPRESENTATIVE = "household_representative"
    HOUSEHOLD_OFFICE = "household_office"
    HOUSEHOLD_ITEM_NOT_SHARED = "household_item_not_shared"


class GuardReason(StrEnum):
    """Reason codes the workflow guards return (a 409 with this code when one fails)."""

    CHECKLIST_INCOMPLETE = "checklist_incomplete"
    INTAKE_IS_HONSEKI = "intake_is_honseki"
    FORWARD_TO_HONSEKI_FIRST = "forward_to_honseki_first"
    PICKUP_OFFICE_MISSING = "pickup_office_missing"
    IDENTITY_NOT_CHECKED = "identity_not_checked"
    HOLDING_PERIOD_NOT_OVER = "holding_period_not_over"
    DEPARTURE_NOT_AFTER_FILING = "departure_not_after_filing"
    NOT_BY_MAIL = "not_by_mail"


def _workflows(procedure: str | None) -> list[Workflow]:
    if procedure:
        try:
            return [workflow_for(procedure)]
        except (KeyError, ValueError):
            pass
    return [workflow_for(p) for p in Procedure]


#: Things staff do to a case that are not transitions of the workflow tables.
ACTION_LABELS: dict[str, Any] = {
    "open": gettext_lazy("open a case"),
    "act": gettext_lazy("act for another office"),
    "checklist_check": gettext_lazy("tick the checklist"),
    "note": gettext_lazy("add a note"),
}


def transition_label(name: str, procedure: str | None = None) -> str:
    """The step's name as staff read it (the workflow table's label), else the code."""
    if name in ACTION_LABELS:
        return str(ACTION_LABELS[name])
    for workflow in _workflows(procedure):
        for t in workflow.transitions:
            if t.name == name:
                return t.label.get(current_lang())
    return name


def state_label(state: str, procedure: str | None = None, lang: str | None = None) -> str:
    """The one label of a case state (the workflow table's), for the console, the API, errors
    and the performance page; in ``lang`` or the current language; else the code."""
    for workflow in _workflows(procedure):
        text = workflow.state_labels.get(state)
        if text is not None:
            return text.get(lang or current_lang())
    return state


#: Why a step is not possible yet, for the guard reason codes of cases/workflow.py.
REASON_LABELS: dict[str, Any] = {
    GuardReason.CHECKLIST_INCOMPLETE: gettext_lazy("tick every required checklist item first"),
    GuardReason.INTAKE_IS_HONSEKI: gettext_lazy(
        "this office is the 本籍地: start the review instead"
    ),
    GuardReason.FORWARD_TO_HONSEKI_FIRST: gettext_lazy("forward the case to the 本籍地 first"),
    GuardReason.PICKUP_OFFICE_MISSING: gettext_lazy("choose a pickup office first"),
    GuardReason.IDENTITY_NOT_CHECKED: gettext_lazy("check the applicant's identity first"),
    GuardReason.HOLDING_PERIOD_NOT_OVER: gettext_lazy("the holding period is not over yet"),
    GuardReason.DEPARTURE_NOT_AFTER_FILING: gettext_lazy(
        "only possible before the day of departure"
    ),
    GuardReason.NOT_BY_MAIL: gettext_lazy("not possible by mail"),
    CaseError.FOUR_EYES: gettext_lazy("you took this case in: another staff member does this"),
}


def reason_label(code: str) -> str:
    return str(REASON_LABELS.get(code, code))


def case_error(
    error: CaseError, message: str, /, *, status: int = 400, **fields: Any
) -> ApplicationError:
    """An ApplicationError with a registered code (the only way the services build one)."""
    return ApplicationError(error.value, message, fields=fields, status=status)


class TransitionNotAllowedError(Conflict):
    def __init__(self, name: str, state: str, procedure: str | None = None) -> None:
        super().__init__(
            CaseError.TRANSITION_NOT_ALLOWED.value,
            _("“%(action)s” is not possible while the case is “%(state)s”.")
            % {"action": transition_label(name, procedure), "state": state_label(state, procedure)},
            fields={"transition": name, "state": state},
        )


class OfficeNotAllowedError(Forbidden):
    def __init__(self, name: str, office: Office | None, procedure: str | None = None) -> None:
        super().__init__(
            CaseError.OFFICE_NOT_ALLOWED.value,
            _("Your office may not “%(action)s” on this case.")
            % {"action": transition_label(name, procedure)},
            fields={"transition": name, "office": office.code if office else ""},
        )


class RoleNotAllowedError(Forbidden):
    """The office plays the right part, but this staff member's role does not fire it."""

    def __init__(self, name: str, role: str | None, procedure: str | None = None) -> None:
        super().__init__(
            CaseError.ROLE_NOT_ALLOWED.value,
            _("Your role (%(role)s) may not “%(action)s”.")
            % {"role": role or "-", "action": transition_label(name, procedure)},
            fields={"transition": name, "role": role or ""},
        )


class FourEyesError(Forbidden):
    def __init__(self, name: str, procedure: str | None = None) -> None:
        super().__init__(
            CaseError.FOUR_EYES.value,
            _("You took this case in: another staff member has to “%(action)s” it.")
            % {"action": transition_label(name, procedure)},
            fields={"transition": name},
        )


class StaleVersionError(Conflict):
    def __init__(self, expected: int, actual: int) -> None:
        super().__init__(
            CaseError.STALE_VERSION.value,
            _("Someone else changed this case first. Reload the page to see its current state."),
            fields={"expected_version": expected, "version": actual},
        )


class GuardFailedError(Conflict):
    def __init__(self, name: str, reasons: list[str], procedure: str | None = None) -> None:
        super().__init__(
            reasons[0],
            _("“%(action)s” is not possible yet: %(reasons)s.")
            % {
                "action": transition_label(name, procedure),
                "reasons": "; ".join(reason_label(r) for r in reasons),
            },
            fields={"transition": name, "reasons": reasons},
        )


class CaseClosedError(Conflict):
    def __init__(self, name: str, state: str, procedure: str | None = None) -> None:
        super().__init__(
            CaseError.CASE_CLOSED.value,
            _("This case is closed (%(state)s): nothing on it can change any more.")
            % {"state": state_label(state, procedure)},
            fields={"action": name, "state": state},
        )


class ParamsInvalidError(ApplicationError):
    """Input of a transition that its contract refuses; ``fields`` names each field (422, the
    same code and status as the API's own schema validation)."""

    status = 422

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__(
            CaseError.PARAMS_INVALID.value,
            _("Some of the input is missing or invalid: %(fields)s.")
            % {"fields": ", ".join(sorted(fields))},
            fields=fields,
        )


class ConfirmationRequiredError(ApplicationError):
    status = 400

    def __init__(self, name: str, procedure: str | None = None) -> None:
        super().__init__(
            CaseError.CONFIRMATION_REQUIRED.value,
            _("“%(action)s” cannot be undone: confirm it first.")
            % {"action": transition_label(name, procedure)},
            fields={"confirm": "required"},
        )


#: Every code a caller of the cases app may see: the registry plus the guards' reasons.
ALL_CODES: frozenset[str] = frozenset(c.value for c in CaseError) | frozenset(
    r.value for r in GuardReason
)
