"""Transition input from the console and the API, checked against each transition's
contract (``workflow.CONTRACTS``), and the dispatch from a transition name to its service."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from kokugai.cases.access import access_case_by_receipt
from kokugai.cases.errors import (
    ConfirmationRequiredError,
    ParamsInvalidError,
    TransitionNotAllowedError,
)
from kokugai.cases.models import Case
from kokugai.cases.services import corrections, issuance, procedures
from kokugai.cases.services.engine import transition_service
from kokugai.cases.workflow import WORKFLOWS, Param, contract_for
from kokugai.core.errors import NotFound
from kokugai.core.models import User
from kokugai.registry.models import Office

SERVICES: dict[str, Callable[..., Case]] = {
    "forward": issuance.case_forward,
    "start_review": issuance.case_start_review,
    "request_correction": corrections.case_request_correction,
    "applicant_replied": corrections.case_applicant_replied,
    "accept": issuance.case_accept,
    "reject": issuance.case_reject,
    "order": issuance.case_order,
    "ship": issuance.case_ship,
    "receive": issuance.case_receive,
    "hand_over": issuance.case_hand_over,
    "expire": issuance.case_expire,
    "withdraw": issuance.case_withdraw,
    "change_pickup": issuance.case_change_pickup,
    "endorse": procedures.case_endorse,
    "update_card": procedures.case_update_card,
    "renew_certificates": procedures.case_renew_certificates,
    "reset_pin": procedures.case_reset_pin,
    "accept_surrender": procedures.case_accept_surrender,
    "update_email": procedures.case_update_email,
    "convert": procedures.case_convert,
    "confirm_withdrawal": procedures.case_confirm_withdrawal,
}


#: Every transition named in the workflow tables.
_TABLE_TRANSITIONS = frozenset(t.name for w in WORKFLOWS.values() for t in w.transitions)
#: The parameters the standard service (``engine.transition_service``) takes itself.
_STANDARD_PARAMS = frozenset({"note"})


def service_for(name: str) -> Callable[..., Case] | None:
    """The service of transition ``name``: its own (``SERVICES``) or, for a transition of the
    tables that changes nothing but its state and takes only a note, the standard one, so a
    new procedure's plain steps need no service code (docs/architecture.md)."""
    service = SERVICES.get(name)
    if (
        service is None
        and name in _TABLE_TRANSITIONS
        and set(contract_for(name).names()) <= _STANDARD_PARAMS
    ):
        service = transition_service(name)
    return service


def case_transition(*, case: Case, name: str, actor: User | None, **params: Any) -> Case:
    """Fire transition ``name`` through its service (``params`` already resolved)."""
    service = service_for(name)
    if service is None:
        raise TransitionNotAllowedError(name, case.state, case.procedure)
    return service(case=case, actor=actor, **params)


_TRUE = frozenset({"1", "on", "true", "yes"})


def _truthy(value: object) -> bool:
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in _TRUE


def _clean_param(param: Param, value: Any, actor: User | None) -> tuple[Any, str | None]:
    """One value against its contract entry: (clean value, error code or None)."""
    if param.kind == "bool":
        return _truthy(value), None
    if param.kind == "multi":
        values = [value] if isinstance(value, str) else list(value or [])
        values = [str(v) for v in values if str(v)]
        bad = [v for v in values if v not in param.choice_codes()]
        return values, ("not_a_choice" if bad else None)
    text = "" if value is None else str(value).strip()
    if len(text) > param.max_length:
        return text, "too_long"
    if not text:
        return text, None
    if param.kind == "choice" and text not in param.choice_codes():
        return text, "not_a_choice"
    if param.kind == "email":
        try:
            validate_email(text)
        except ValidationError:
            return text, "invalid_email"
    if param.kind == "office":
        office = Office.objects.filter(code=text, is_active=True).first()
        return office, (None if office else "unknown_office")
    if param.kind == "case":
        try:
            return access_case_by_receipt(actor, text, why="transition.target"), None  # type: ignore[arg-type]
        except NotFound:
            return text, "not_found"
    return text, None


def transition_input(
    *,
    name: str,
    data: Mapping[str, Any],
    actor: User | None,
    strict: bool = False,
) -> dict[str, Any]:
    """The service's keyword arguments from what a form or an API body sent, checked against
    the transition's contract (``workflow.CONTRACTS``): required fields, choices, lengths,
    offices and target cases resolved within the caller's access. ``strict`` refuses fields
    the transition does not take (the API); the console ignores them (CSRF token, …)."""
    try:
        contract = contract_for(name)
    except KeyError:
        raise TransitionNotAllowedError(name, "") from None
    problems: dict[str, str] = {}
    if strict:
        problems |= {
            k: f"not_used_by_{name}"
            for k, v in data.items()
            if k not in contract.names() and k != "confirm" and v is not None
        }
    kwargs: dict[str, Any] = {}
    for param in contract.params:
        raw = data.get(param.name)
        missing = raw is None or (isinstance(raw, str) and not raw.strip())
        if missing:
            if param.required:
                problems[param.name] = "required"
            continue
        value, error = _clean_param(param, raw, actor)
        if error:
            problems[param.name] = error
        else:
            kwargs[param.name] = value
    if problems:
        raise ParamsInvalidError(dict(sorted(problems.items())))
    return kwargs


def case_transition_input(
    *,
    case: Case,
    name: str,
    actor: User | None,
    data: Mapping[str, Any],
    expected_version: int | None = None,
    strict: bool = False,
) -> Case:
    """Fire ``name`` with input from the console or the API (one path for both).

    An irreversible transition (its contract has a ``consequence``) needs ``confirm`` too.
    """
    service = service_for(name)
    if service is None:
        raise TransitionNotAllowedError(name, case.state, case.procedure)
    kwargs = transition_input(name=name, data=data, actor=actor, strict=strict)
    if contract_for(name).needs_confirmation and not _truthy(data.get("confirm", "")):
        raise ConfirmationRequiredError(name, case.procedure)
    return service(case=case, actor=actor, expected_version=expected_version, **kwargs)
