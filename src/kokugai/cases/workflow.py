"""The transition table of every procedure, as pure data.

No ORM and no Django here: ``kokugai.cases.services`` reads these tables to decide whether a
transition may fire, the console reads them to show only the buttons a role may press, and
``kokugai workflow_diagrams`` draws docs/workflows/ from them. Guards are pure functions of
:class:`Facts` that return a stable reason code when the transition may not fire yet.

A procedure may contain several entries with the same transition name and different source
states (e.g. ``start_review`` from ``at_honseki``, or from ``received`` when the intake
office is itself the 本籍地); a lookup is always by (name, current state).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import Final

from kokugai.rules.codes import Channel, OfficeKind, OfficeRole, Procedure
from kokugai.rules.types import Text

#: Non-office parties that may fire a transition.
APPLICANT: Final = "applicant"
SYSTEM: Final = "system"

INTAKE: Final = OfficeRole.INTAKE.value
HONSEKI: Final = OfficeRole.HONSEKI.value
PRODUCTION: Final = OfficeRole.PRODUCTION.value
PICKUP: Final = OfficeRole.PICKUP.value

#: Everyone who can appear in ``Transition.by``.
PARTIES: Final[tuple[str, ...]] = (INTAKE, HONSEKI, PRODUCTION, PICKUP, APPLICANT, SYSTEM)

#: Notification templates the tables use (the notifications catalogue has one per name).
TEMPLATES: Final[tuple[str, ...]] = (
    "received",
    "forwarded",
    "correction_requested",
    "accepted",
    "application_id_issued",
    "shipped",
    "arrived",
    "collected",
    "uncollected_warning",
    "uncollected",
    "rejected",
    "withdrawn",
    "pickup_changed",
    "completed",
)


@dataclass(frozen=True)
class Facts:
    """What guards may look at: a snapshot of the case taken by the service, no ORM objects."""

    state: str
    channel: str
    today: dt.date
    intake_is_honseki: bool = False
    intake_kind: str = OfficeKind.MUNICIPALITY.value
    checklist_complete: bool = True
    has_pickup_office: bool = True
    departure_date: dt.date | None = None
    pickup_deadline: dt.date | None = None
    identity_checked: bool = False


Guard = Callable[[Facts], "str | None"]


@dataclass(frozen=True)
class Transition:
    name: str
    source: str
    #: None: the case stays in its state (the event is still recorded and the version bumped).
    target: str | None
    by: frozenset[str]
    label: Text
    guards: tuple[Guard, ...] = ()
    notifications: tuple[str, ...] = ()

    @property
    def to_state(self) -> str:
        return self.source if self.target is None else self.target

    def blocked_by(self, facts: Facts) -> list[str]:
        """Reason codes of the guards that fail; empty when the transition may fire."""
        return [code for guard in self.guards if (code := guard(facts)) is not None]

    def fired_by(self, parties: Collection[str]) -> bool:
        return not self.by.isdisjoint(parties)


@dataclass(frozen=True)
class Workflow:
    procedure: Procedure
    initial: str
    states: tuple[str, ...]
    terminal: frozenset[str]
    transitions: tuple[Transition, ...]
    state_labels: Mapping[str, Text]
    #: Templates sent when the case is opened (there is no transition into the initial state).
    open_notifications: tuple[str, ...] = ("received",)
    #: Days a case may stay in a state before it shows in the "overdue" queue.
    stage_limits: Mapping[str, int] = field(default_factory=dict)

    def find(self, name: str, state: str) -> Transition | None:
        for t in self.transitions:
            if t.name == name and t.source == state:
                return t
        return None

    def names(self) -> list[str]:
        return list(dict.fromkeys(t.name for t in self.transitions))

    def is_open(self, state: str) -> bool:
        return state not in self.terminal


def allowed_transitions(
    workflow: Workflow,
    state: str,
    roles: Collection[str],
    facts: Facts | None = None,
) -> list[Transition]:
    """The transitions ``roles`` may fire from ``state`` (and whose guards pass, given facts)."""
    out = []
    for t in workflow.transitions:
        if t.source != state or not t.fired_by(roles):
            continue
        if facts is not None and t.blocked_by(facts):
            continue
        out.append(t)
    return out


# --- guards ------------------------------------------------------------------------------


def _checklist_complete(f: Facts) -> str | None:
    return None if f.checklist_complete else "checklist_incomplete"


def _intake_is_not_honseki(f: Facts) -> str | None:
    return "intake_is_honseki" if f.intake_is_honseki else None


def _intake_is_honseki(f: Facts) -> str | None:
    return None if f.intake_is_honseki else "forward_to_honseki_first"


def _has_pickup_office(f: Facts) -> str | None:
    return None if f.has_pickup_office else "pickup_office_missing"


def _identity_checked(f: Facts) -> str | None:
    return None if f.identity_checked else "identity_not_checked"


def _holding_period_over(f: Facts) -> str | None:
    if f.pickup_deadline is None or f.today <= f.pickup_deadline:
        return "holding_period_not_over"
    return None


def _departure_after_today(f: Facts) -> str | None:
    # 継続利用 must be done by the day before the planned departure (rules.md §2a).
    if f.departure_date is None or f.departure_date <= f.today:
        return "departure_not_after_filing"
    return None


def _not_by_mail(f: Facts) -> str | None:
    mail = {Channel.MISSION_MAIL.value, Channel.HONSEKI_MAIL.value}
    return "not_by_mail" if f.channel in mail else None


# --- building blocks ---------------------------------------------------------------------

L = Text  # short alias for the many labels below

STATE_LABELS: Final[dict[str, Text]] = {
    "received": L("受付済", "received"),
    "at_honseki": L("本籍地へ送付済", "at the 本籍地"),
    "under_review": L("審査中", "under review"),
    "awaiting_applicant": L("申請者の回答待ち", "waiting for the applicant"),
    "accepted": L("審査完了", "accepted"),
    "in_production": L("製造中", "in production"),
    "shipped": L("発送済", "shipped"),
    "ready_for_pickup": L("交付準備完了", "ready for pickup"),
    "issued": L("交付済", "issued"),
    "uncollected": L("未受領（保管期間経過）", "not collected (holding period over)"),
    "rejected": L("却下", "rejected"),
    "withdrawn": L("申請取消", "withdrawn"),
    "completed": L("完了", "completed"),
}

_ISSUANCE_STATES: Final = (
    "received",
    "at_honseki",
    "under_review",
    "awaiting_applicant",
    "accepted",
    "in_production",
    "shipped",
    "ready_for_pickup",
    "issued",
    "uncollected",
    "rejected",
    "withdrawn",
)
_ISSUANCE_TERMINAL: Final = frozenset({"issued", "uncollected", "rejected", "withdrawn"})
_ISSUANCE_OPEN: Final = tuple(s for s in _ISSUANCE_STATES if s not in _ISSUANCE_TERMINAL)

# Business expectations per stage (calendar days), from the seed (two weeks at the 本籍地,
# about a week in production) with slack; beyond them a case shows as overdue.
_ISSUANCE_LIMITS: Final = {
    "received": 5,
    "at_honseki": 10,
    "under_review": 21,
    "awaiting_applicant": 30,
    "accepted": 7,
    "in_production": 30,
    "shipped": 21,
}


def _t(
    name: str,
    source: str,
    target: str | None,
    by: Collection[str],
    label: Text,
    *,
    guards: tuple[Guard, ...] = (),
    notify: tuple[str, ...] = (),
) -> Transition:
    return Transition(
        name=name,
        source=source,
        target=target,
        by=frozenset(by),
        label=label,
        guards=guards,
        notifications=notify,
    )


def _withdrawals(states: Collection[str]) -> list[Transition]:
    # 申請取消: the applicant asks, at the portal or at any office that plays a part.
    return [
        _t(
            "withdraw",
            s,
            "withdrawn",
            (INTAKE, HONSEKI, APPLICANT),
            L("申請取消", "withdraw"),
            notify=("withdrawn",),
        )
        for s in states
    ]


def _issuance_chain(*, entry_label: Text | None = None) -> list[Transition]:
    """received … issued: the path of every procedure that ends with a new card."""
    return [
        _t(
            "forward",
            "received",
            "at_honseki",
            (INTAKE,),
            entry_label or L("本籍地へ送付", "forward to the 本籍地"),
            guards=(_intake_is_not_honseki, _checklist_complete),
            notify=("forwarded",),
        ),
        _t(
            "start_review",
            "received",
            "under_review",
            (HONSEKI,),
            L("審査開始", "start review"),
            guards=(_intake_is_honseki, _checklist_complete),
        ),
        _t("start_review", "at_honseki", "under_review", (HONSEKI,), L("審査開始", "start review")),
        _t(
            "request_correction",
            "under_review",
            "awaiting_applicant",
            (HONSEKI,),
            L("補正を依頼", "ask for a correction"),
            notify=("correction_requested",),
        ),
        _t(
            "applicant_replied",
            "awaiting_applicant",
            "under_review",
            (APPLICANT, HONSEKI),
            L("申請者が回答", "applicant replied"),
        ),
        _t(
            "accept",
            "under_review",
            "accepted",
            (HONSEKI,),
            L("受理", "accept"),
            guards=(_has_pickup_office,),
            notify=("accepted",),
        ),
        _t(
            "reject",
            "under_review",
            "rejected",
            (HONSEKI,),
            L("却下", "reject"),
            notify=("rejected",),
        ),
        _t(
            "order",
            "accepted",
            "in_production",
            (HONSEKI,),
            L("製造を依頼（申請書ID発行）", "order production (申請書ID)"),
            notify=("application_id_issued",),
        ),
        _t(
            "ship",
            "in_production",
            "shipped",
            (PRODUCTION,),
            L("交付場所へ発送", "ship to the pickup office"),
            notify=("shipped",),
        ),
        _t(
            "receive",
            "shipped",
            "ready_for_pickup",
            (PICKUP,),
            L("到着を記録（交付通知）", "record arrival (notify)"),
            notify=("arrived",),
        ),
        _t(
            "hand_over",
            "ready_for_pickup",
            "issued",
            (PICKUP,),
            L("交付（受領）", "hand over (受領)"),
            guards=(_identity_checked,),
            notify=("collected",),
        ),
        _t(
            "expire",
            "ready_for_pickup",
            "uncollected",
            (SYSTEM,),
            L("保管期間経過", "holding period over"),
            guards=(_holding_period_over,),
            notify=("uncollected",),
        ),
        # 受取場所変更: before arrival the card is simply routed elsewhere; once it waits at
        # the old pickup office it has to travel again, so it goes back to "shipped".
        *[
            _t(
                "change_pickup",
                s,
                None,
                (HONSEKI, PICKUP, APPLICANT),
                L("受取場所変更", "change pickup office"),
                notify=("pickup_changed",),
            )
            for s in ("in_production", "shipped")
        ],
        _t(
            "change_pickup",
            "ready_for_pickup",
            "shipped",
            (HONSEKI, PICKUP, APPLICANT),
            L("受取場所変更", "change pickup office"),
            notify=("pickup_changed",),
        ),
        *_withdrawals(_ISSUANCE_OPEN),
    ]


def _issuance(procedure: Procedure) -> Workflow:
    return Workflow(
        procedure=procedure,
        initial="received",
        states=_ISSUANCE_STATES,
        terminal=_ISSUANCE_TERMINAL,
        transitions=tuple(_issuance_chain()),
        state_labels={s: STATE_LABELS[s] for s in _ISSUANCE_STATES},
        stage_limits=_ISSUANCE_LIMITS,
    )


def _branching(procedure: Procedure, local: Transition) -> Workflow:
    """Done on the spot at the 本籍地 (``local``), or a new card when asked for elsewhere.

    記載事項変更 and 電子証明書更新 work like this (rules.md §2d): the 本籍地 updates the card
    and returns it; a 在外公館 cannot, so the applicant gets a new card (free) instead.
    """
    states = (*_ISSUANCE_STATES, "completed")
    return Workflow(
        procedure=procedure,
        initial="received",
        states=states,
        terminal=_ISSUANCE_TERMINAL | {"completed"},
        transitions=(local, *_issuance_chain()),
        state_labels={s: STATE_LABELS[s] for s in states},
        stage_limits=_ISSUANCE_LIMITS,
    )


def _simple(
    procedure: Procedure,
    steps: list[Transition],
    *,
    extra_states: tuple[str, ...] = (),
    reject_by: Collection[str] = (),
    limits: Mapping[str, int] | None = None,
) -> Workflow:
    ends = ("completed", "rejected", "withdrawn") if reject_by else ("completed", "withdrawn")
    states = ("received", *extra_states, *ends)
    transitions = list(steps)
    if reject_by:
        transitions.append(
            _t(
                "reject",
                "received",
                "rejected",
                reject_by,
                L("却下", "reject"),
                notify=("rejected",),
            )
        )
    transitions += _withdrawals(("received", *extra_states))
    return Workflow(
        procedure=procedure,
        initial="received",
        states=states,
        terminal=frozenset(ends),
        transitions=tuple(transitions),
        state_labels={s: STATE_LABELS[s] for s in states},
        stage_limits=limits or {"received": 5, "at_honseki": 10},
    )


def _via_honseki(name: str, label: Text) -> list[Transition]:
    """Forward to the 本籍地 unless taken there; the 本籍地 then does ``name``."""
    return [
        _t(
            "forward",
            "received",
            "at_honseki",
            (INTAKE,),
            L("本籍地へ送付", "forward to the 本籍地"),
            guards=(_intake_is_not_honseki, _checklist_complete),
            notify=("forwarded",),
        ),
        _t(
            name,
            "received",
            "completed",
            (HONSEKI,),
            label,
            guards=(_intake_is_honseki, _checklist_complete),
            notify=("completed",),
        ),
        _t(name, "at_honseki", "completed", (HONSEKI,), label, notify=("completed",)),
    ]


def _build() -> dict[Procedure, Workflow]:

    tables: dict[Procedure, Workflow] = {
        Procedure.NEW_ISSUANCE: _issuance(Procedure.NEW_ISSUANCE),
        Procedure.REISSUE: _issuance(Procedure.REISSUE),
        Procedure.CHANGE_DETAILS: _branching(
            Procedure.CHANGE_DETAILS,
            _t(
                "update_card",
                "received",
                "completed",
                (HONSEKI,),
                L("券面記載事項を変更して返却", "update the card and return it"),
                guards=(_intake_is_honseki, _checklist_complete),
                notify=("completed",),
            ),
        ),
        Procedure.CERT_RENEWAL: _branching(
            Procedure.CERT_RENEWAL,
            _t(
                "renew_certificates",
                "received",
                "completed",
                (HONSEKI,),
                L("電子証明書を更新", "renew the e-certificates"),
                guards=(_intake_is_honseki, _checklist_complete),
                notify=("completed",),
            ),
        ),
        Procedure.CONTINUE_ABROAD: _simple(
            Procedure.CONTINUE_ABROAD,
            [
                _t(
                    "endorse",
                    "received",
                    "completed",
                    (INTAKE,),
                    L("追記欄に国外転出を記載して返却", "endorse 国外転出 and return the card"),
                    guards=(_departure_after_today, _checklist_complete),
                    notify=("completed",),
                )
            ],
            reject_by=(INTAKE,),
        ),
        Procedure.PIN_RESET: _simple(
            Procedure.PIN_RESET,
            [
                _t(
                    "reset_pin",
                    "received",
                    "completed",
                    (INTAKE,),
                    L("暗証番号を再設定", "reset the PIN"),
                    # At a 在外公館 only a reset, and never by mail (rules.md §2d).
                    guards=(_not_by_mail, _checklist_complete),
                    notify=("completed",),
                )
            ],
            reject_by=(INTAKE,),
        ),
        Procedure.SURRENDER: _simple(
            Procedure.SURRENDER,
            [
                _t(
                    "accept_surrender",
                    "received",
                    "completed",
                    (INTAKE, HONSEKI),
                    L("カードを返納受付", "take the card back (返納)"),
                    guards=(_checklist_complete,),
                    notify=("completed",),
                )
            ],
        ),
        Procedure.EMAIL_CHANGE: _simple(
            Procedure.EMAIL_CHANGE,
            _via_honseki("update_email", L("登録メールアドレスを変更", "change the email")),
            extra_states=("at_honseki",),
            reject_by=(HONSEKI,),
        ),
        Procedure.RETURN_TO_JAPAN: _simple(
            Procedure.RETURN_TO_JAPAN,
            [
                _t(
                    "convert",
                    "received",
                    "completed",
                    (INTAKE,),
                    L("国内用カードへ切替", "switch to a domestic card"),
                    guards=(_checklist_complete,),
                    notify=("completed",),
                )
            ],
            reject_by=(INTAKE,),
        ),
        Procedure.WITHDRAWAL: _simple(
            Procedure.WITHDRAWAL,
            _via_honseki("confirm_withdrawal", L("申請取消を確認", "confirm the withdrawal")),
            extra_states=("at_honseki",),
        ),
    }
    return tables


WORKFLOWS: Final[Mapping[Procedure, Workflow]] = _build()


def workflow_for(procedure: Procedure | str) -> Workflow:
    return WORKFLOWS[Procedure(procedure)]


#: Transitions that take a new card through production (used to scope the production office).
CARD_STATES: Final = frozenset({"in_production", "shipped", "ready_for_pickup"})


def transition_names() -> list[str]:
    """Every transition name used in any table (for the services' dispatch and the tests)."""
    seen: dict[str, None] = {}
    for wf in WORKFLOWS.values():
        for t in wf.transitions:
            seen.setdefault(t.name, None)
    return list(seen)


def mermaid(workflow: Workflow) -> str:
    """A Mermaid stateDiagram-v2 of one table (docs/workflows/<procedure>.md)."""
    lines = ["stateDiagram-v2", f"    [*] --> {workflow.initial}"]
    for t in workflow.transitions:
        who = ", ".join(p for p in PARTIES if p in t.by)
        guard = f" [{', '.join(g.__name__.lstrip('_') for g in t.guards)}]" if t.guards else ""
        lines.append(f"    {t.source} --> {t.to_state}: {t.name} ({who}){guard}")
    for s in workflow.states:
        if s in workflow.terminal:
            lines.append(f"    {s} --> [*]")
    return "\n".join(lines) + "\n"
