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

#: Staff roles inside an office (the values of ``registry.StaffRole``). The office's part in
#: the case (``Transition.by``) says which office may act; the role says who in that office.
CLERK: Final = "clerk"
REVIEWER: Final = "reviewer"
PRODUCER: Final = "producer"
ADMIN: Final = "admin"
STAFF_ROLES: Final[tuple[str, ...]] = (CLERK, REVIEWER, PRODUCER, ADMIN)

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
L = Text  # short alias for the many labels below


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
    #: The staff roles (inside an office named by ``by``) that may fire it.
    staff: frozenset[str] = frozenset()

    @property
    def contract(self) -> Contract:
        return CONTRACTS[self.name]

    @property
    def four_eyes(self) -> bool:
        """The staff member who took the case in may not fire it (``KOKUGAI_FOUR_EYES``)."""
        return self.name in FOUR_EYES

    @property
    def reads_checklist(self) -> bool:
        """Whether a guard reads ``Facts.checklist_complete`` (so the service queries it)."""
        return _checklist_complete in self.guards

    def staffed_by(self, role: str | None) -> bool:
        return role is not None and role in self.staff

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


# --- who in an office, and what each transition takes ---------------------------------------

#: The staff roles that fire each transition (issue 10 §3): the counter clerk takes in,
#: forwards, records arrivals and hands over; the reviewer of the 本籍地 reviews and decides;
#: production takes the order and ships; an office admin does no case work. A table entry
#: may narrow or widen this with ``_t(..., staff=...)``.
STAFF_BY_TRANSITION: Final[Mapping[str, tuple[str, ...]]] = {
    "forward": (CLERK,),
    "start_review": (REVIEWER,),
    "request_correction": (REVIEWER,),
    "applicant_replied": (REVIEWER,),
    "accept": (REVIEWER,),
    "reject": (REVIEWER,),
    "order": (PRODUCER,),
    "ship": (PRODUCER,),
    "receive": (CLERK,),
    "hand_over": (CLERK,),
    "expire": (),
    "change_pickup": (CLERK, REVIEWER),
    "withdraw": (CLERK, REVIEWER),
    "endorse": (CLERK,),
    "update_card": (CLERK,),
    "renew_certificates": (CLERK,),
    "reset_pin": (CLERK,),
    "issue_signing_cert": (CLERK,),
    "accept_surrender": (CLERK,),
    "update_email": (REVIEWER,),
    "convert": (CLERK,),
    "confirm_withdrawal": (REVIEWER,),
}

#: Who takes a case in (``case_open``; not a transition: there is no state before it).
OPEN_STAFF: Final = frozenset({CLERK})

#: Who verifies the applicant's identity, and so may reveal the full name and birth date
#: (issue 10 §10): the intake clerk, the 本籍地 reviewer and the issuing (pickup) clerk.
IDENTITY_REVEAL: Final = frozenset({(INTAKE, CLERK), (HONSEKI, REVIEWER), (PICKUP, CLERK)})

#: Transitions the staff member who opened the case may not fire (four eyes, issue 10 §3).
FOUR_EYES: Final = frozenset({"accept"})


@dataclass(frozen=True)
class ChecklistOwner:
    """Who ticks (and unticks) a checklist item: an office part and the roles inside it."""

    parties: frozenset[str]
    staff: frozenset[str]


#: The checklist is the intake checklist: its items are verified at the intake counter.
CHECKLIST_OWNERS: Final[Mapping[str, ChecklistOwner]] = {
    kind: ChecklistOwner(frozenset({INTAKE}), frozenset({CLERK}))
    for kind in ("form", "document", "identity", "photo", "fee", "check")
}


def checklist_owner(kind: str) -> ChecklistOwner:
    return CHECKLIST_OWNERS.get(kind, ChecklistOwner(frozenset({INTAKE}), frozenset({CLERK})))


#: Kinds of transition parameters. ``office`` is an office code, ``case`` a receipt number:
#: the service resolves them (within the caller's access) to the records.
PARAM_KINDS: Final = ("text", "long_text", "email", "bool", "choice", "multi", "office", "case")


@dataclass(frozen=True)
class Param:
    """One input of a transition: the console form, its template and the API schema are
    built from these, and the services check what they receive against them."""

    name: str
    kind: str
    label: Text
    required: bool = False
    choices: tuple[tuple[str, Text], ...] = ()
    help: Text | None = None
    max_length: int = 4000
    #: For ``bool``: the box must be ticked (the HTML form says so; the service decides).
    must_be_true: bool = False
    #: For ``choice``: a value whose choice needs the free text of ``detail_param`` too.
    needs_detail: frozenset[str] = frozenset()
    detail_param: str = ""

    def choice_codes(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.choices)


@dataclass(frozen=True)
class Contract:
    """What a transition takes, and, for an irreversible one, the consequence to confirm."""

    params: tuple[Param, ...] = ()
    #: Set for irreversible transitions: shown on a confirmation step before it fires.
    consequence: Text | None = None

    @property
    def needs_confirmation(self) -> bool:
        return self.consequence is not None

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    def names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.params)

    def required(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.params if p.required)


#: Reasons the 本籍地 may give when rejecting (rules.md §1; 行政手続法 §8 asks for a reason).
REJECTION_REASONS: Final[dict[str, Text]] = {
    "not_japanese_national": Text(
        "日本国籍でないため対象外です。", "Only Japanese nationals are eligible."
    ),
    "has_resident_record": Text(
        "日本に住民票があるため、国内用カードの手続きになります。",
        "You still have a resident record in Japan: apply for a domestic card there.",
    ),
    "no_registration_since_2015": Text(
        "2015年10月5日以降に住民登録がないため対象外です。",
        "You were not registered in Japan on or after 2015-10-05.",
    ),
    "honseki_mismatch": Text(
        "本籍地が戸籍の附票と一致しません。", "The 本籍地 does not match the 戸籍の附票."
    ),
    "documents_insufficient": Text(
        "必要書類が不足しているか不備があります。",
        "Required documents are missing or defective.",
    ),
    "no_reply": Text(
        "補正のお願いへの回答がありませんでした。", "There was no reply to the correction request."
    ),
    "duplicate_application": Text(
        "同じ内容の申請が既にあります。", "The same application already exists."
    ),
}

#: Why an application is withdrawn (申請取消); "other" needs the free text.
WITHDRAWAL_REASONS: Final[dict[str, Text]] = {
    "applicant_request": Text("申請者本人からの取消の申出", "The applicant asked to withdraw"),
    "duplicate_application": Text("重複した申請", "Duplicate application"),
    "moved_back_to_japan": Text(
        "帰国（転入）により国内の手続へ切替", "Moved back to Japan: domestic procedure instead"
    ),
    "filed_in_error": Text("誤って受け付けた申請", "Taken in by mistake"),
    "other": Text("その他（詳細を記入）", "Other (say why below)"),
}

IDENTITY_DOCUMENTS: Final[dict[str, Text]] = {
    "passport": Text("旅券", "Passport"),
    "driving_licence": Text("運転免許証", "Driving licence"),
    "old_card": Text("旧マイナンバーカード", "Old My Number card"),
    "health_insurance": Text("健康保険証", "Health insurance card"),
}

_NOTE = Param(
    "note",
    "long_text",
    L("メモ（履歴に残ります）", "Note (kept in the history)"),
    help=L("次の担当者への申し送りなど", "e.g. for the next office"),
)


def _reason(choices: Mapping[str, Text], label: Text) -> Param:
    return Param(
        "reason",
        "choice",
        label,
        required=True,
        choices=tuple(choices.items()),
        max_length=64,
        needs_detail=frozenset({"other"}) & frozenset(choices),
        detail_param="note",
    )


_DETAIL = Param(
    "note",
    "long_text",
    L("詳細（理由の補足）", "Details (why)"),
    help=L("「その他」を選んだときは必須です。", "Required when you choose “other”."),
)

#: One contract per transition name (the same name means the same step in every table).
CONTRACTS: Final[Mapping[str, Contract]] = {
    "forward": Contract((_NOTE,)),
    "start_review": Contract((_NOTE,)),
    "request_correction": Contract(
        (
            Param(
                "text",
                "long_text",
                L("申請者に補正を依頼する内容", "What should the applicant correct?"),
                required=True,
                help=L("申請者にメールで送られます。", "Sent to the applicant by email."),
            ),
        )
    ),
    "applicant_replied": Contract(
        (Param("text", "long_text", L("申請者の回答", "The applicant's reply")),)
    ),
    "accept": Contract((_NOTE,)),
    "reject": Contract(
        (_reason(REJECTION_REASONS, L("却下の理由", "Reason for rejection")), _DETAIL),
        consequence=L(
            "申請を却下します。理由は申請者にメールで通知され、この申請は再開できません。"
            "申請者は改めて申請する必要があります。",
            "The application is rejected. The applicant is told the reason by email; "
            "this case cannot be reopened and the applicant has to apply again.",
        ),
    ),
    "order": Contract((_NOTE,)),
    "ship": Contract(
        (
            Param(
                "tracking_number",
                "text",
                L("追跡番号（任意）", "Tracking number (optional)"),
                max_length=64,
            ),
            _NOTE,
        )
    ),
    "receive": Contract((_NOTE,)),
    "hand_over": Contract(
        (
            Param(
                "identity_checked",
                "bool",
                L("本人確認を行った", "Identity checked"),
                required=True,
                must_be_true=True,
            ),
            Param(
                "identity_documents",
                "multi",
                L("確認した本人確認書類", "Identity documents seen"),
                choices=tuple(IDENTITY_DOCUMENTS.items()),
                max_length=64,
            ),
            Param(
                "old_card_collected",
                "bool",
                L("旧カードを回収し廃止する", "Collect the old card and invalidate it"),
                help=L(
                    "チェックすると、この方の有効な旧カードはすべて廃止され、元に戻せません。",
                    "If ticked, every valid old card of this person is invalidated, for good.",
                ),
            ),
            Param(
                "receipt_signed",
                "bool",
                L("受領書に署名をもらい受け取った", "受領書 (receipt) signed and handed in"),
                required=True,
                must_be_true=True,
            ),
            _NOTE,
        ),
        consequence=L(
            "カードを交付済にします。カードは有効になり、予約は完了となります。"
            "「旧カードを回収し廃止する」を選んだ場合、旧カードは廃止され元に戻せません。",
            "The card is marked as handed over: it becomes valid and the booking is completed. "
            "If “collect the old card” is ticked, the old card is invalidated for good.",
        ),
    ),
    "expire": Contract(),
    "change_pickup": Contract(
        (
            Param(
                "pickup_office",
                "office",
                L("新しい交付場所", "New pickup office"),
                required=True,
                max_length=64,
                help=L("市区町村コードまたは在外公館のコード", "Municipality code or mission code"),
            ),
            _NOTE,
        )
    ),
    "withdraw": Contract(
        (_reason(WITHDRAWAL_REASONS, L("取消の理由", "Reason for the withdrawal")), _DETAIL),
        consequence=L(
            "申請を取り消します。製造中のカードは廃止され、交付の予約は取り消されます。"
            "取り消した申請は再開できません。",
            "The application is withdrawn: a card in production is invalidated and the "
            "pickup booking is cancelled. A withdrawn case cannot be reopened.",
        ),
    ),
    "endorse": Contract((_NOTE,)),
    "update_card": Contract((_NOTE,)),
    "renew_certificates": Contract((_NOTE,)),
    "reset_pin": Contract((_NOTE,)),
    "issue_signing_cert": Contract((_NOTE,)),
    "accept_surrender": Contract((_NOTE,)),
    "update_email": Contract(
        (
            Param(
                "email",
                "email",
                L("新しいメールアドレス", "New email address"),
                required=True,
                max_length=254,
                help=L(
                    "確認メールのリンクが開かれるまで使われません。",
                    "Used only once the applicant opens the link sent to it.",
                ),
            ),
            _NOTE,
        )
    ),
    "convert": Contract((_NOTE,)),
    "confirm_withdrawal": Contract(
        (
            Param(
                "target",
                "case",
                L("取り消す申請の受付番号", "Receipt number of the case to withdraw"),
                required=True,
                max_length=32,
            ),
            _NOTE,
        ),
        consequence=L(
            "指定した受付番号の申請を取り消します。取り消した申請は再開できません。",
            "The case with this receipt number is withdrawn; it cannot be reopened.",
        ),
    ),
}


def contract_for(name: str) -> Contract:
    """The contract of transition ``name``; KeyError for a name no table uses."""
    return CONTRACTS[name]


def role_matrix() -> list[tuple[str, Text, frozenset[str], frozenset[str], tuple[Procedure, ...]]]:
    """Each distinct (transition, staff roles, office parts), with the tables that use it."""
    rows: dict[tuple[str, frozenset[str], frozenset[str]], tuple[Text, list[Procedure]]] = {}
    for procedure, workflow in WORKFLOWS.items():
        for t in workflow.transitions:
            _, procs = rows.setdefault((t.name, t.staff, t.by), (t.label, []))
            if procedure not in procs:
                procs.append(procedure)
    return [
        (name, label, staff, parts, tuple(procs))
        for (name, staff, parts), (label, procs) in rows.items()
    ]


def roles_markdown() -> str:
    """docs/roles.md: who, inside an office, may fire each transition (generated)."""
    head = " | ".join(STAFF_ROLES)
    lines = [
        "# Staff roles × transitions",
        "",
        "Generated by `kokugai workflow_diagrams` from `src/kokugai/cases/workflow.py`;"
        " do not edit by hand.",
        "",
        "A staff member may fire a transition when their office plays one of the listed parts"
        " in the case **and** their role is ticked. `kokugai.cases.services` enforces both for"
        " the console and the API alike (`office_not_allowed`, `role_not_allowed`, 403);"
        " `tests/cases/test_transition_matrix.py` tries every cell.",
        "",
        f"| transition | label | office parts | {head} | tables |",
        "|---|---|---|" + "---|" * len(STAFF_ROLES) + "---|",
        "| `open` (intake) | 受付 / take in | intake | "
        + " | ".join("✓" if r in OPEN_STAFF else "—" for r in STAFF_ROLES)
        + " | all |",
    ]
    for name, label, staff, parts, procs in role_matrix():
        who = ", ".join(p for p in PARTIES if p in parts)
        marks = " | ".join("✓" if r in staff else "—" for r in STAFF_ROLES)
        tables = "all" if len(procs) == len(WORKFLOWS) else ", ".join(p.value for p in procs)
        lines.append(f"| `{name}` | {label.ja} / {label.en} | {who} | {marks} | {tables} |")
    lines += [
        "",
        "Four eyes (`KOKUGAI_FOUR_EYES`, on by default): the staff member who took a case in may"
        " not " + ", ".join(f"`{n}`" for n in sorted(FOUR_EYES)) + " it (`four_eyes_required`).",
        "",
        "## Checklist items",
        "",
        "| item kind | office part | " + head + " |",
        "|---|---|" + "---|" * len(STAFF_ROLES),
    ]
    for kind, owner in CHECKLIST_OWNERS.items():
        who = ", ".join(p for p in PARTIES if p in owner.parties)
        marks = " | ".join("✓" if r in owner.staff else "—" for r in STAFF_ROLES)
        lines.append(f"| {kind} | {who} | {marks} |")
    lines += [
        "",
        "Only the owner ticks or unticks an item (`checklist_item_not_yours`, 403); an undo"
        " keeps who had checked it in the audit log.",
        "",
    ]
    return "\n".join(lines)


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
    staff: Collection[str] | None = None,
) -> Transition:
    return Transition(
        name=name,
        source=source,
        target=target,
        by=frozenset(by),
        label=label,
        guards=guards,
        notifications=notify,
        staff=frozenset(STAFF_BY_TRANSITION.get(name, ()) if staff is None else staff),
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
        # Accepting sends the order to the production centre (J-LIS), which takes it,
        # assigns the 申請書ID and starts production (design §1).
        _t(
            "order",
            "accepted",
            "in_production",
            (PRODUCTION,),
            L("製造を開始（申請書ID発行）", "start production (申請書ID)"),
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
                # At a counter (継続利用, 暗証番号, 切替) the clerk refuses on the spot.
                staff=(CLERK,) if INTAKE in reject_by else (REVIEWER,),
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


def _completes(name: str, by: tuple[str, ...], label: Text, *guards: Guard) -> Transition:
    """The step ``received`` -> ``completed`` by ``by``, once ``guards`` pass and the checklist
    is complete; the applicant gets the completion notice."""
    return _t(
        name,
        "received",
        "completed",
        by,
        label,
        guards=(*guards, _checklist_complete),
        notify=("completed",),
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
        _completes(name, (HONSEKI,), label, _intake_is_honseki),
        _t(name, "at_honseki", "completed", (HONSEKI,), label, notify=("completed",)),
    ]


def _build() -> dict[Procedure, Workflow]:

    tables: dict[Procedure, Workflow] = {
        Procedure.NEW_ISSUANCE: _issuance(Procedure.NEW_ISSUANCE),
        Procedure.REISSUE: _issuance(Procedure.REISSUE),
        Procedure.CHANGE_DETAILS: _branching(
            Procedure.CHANGE_DETAILS,
            _completes(
                "update_card",
                (HONSEKI,),
                L("券面記載事項を変更して返却", "update the card and return it"),
                _intake_is_honseki,
            ),
        ),
        Procedure.CERT_RENEWAL: _branching(
            Procedure.CERT_RENEWAL,
            _completes(
                "renew_certificates",
                (HONSEKI,),
                L("電子証明書を更新", "renew the e-certificates"),
                _intake_is_honseki,
            ),
        ),
        Procedure.CONTINUE_ABROAD: _simple(
            Procedure.CONTINUE_ABROAD,
            [
                _completes(
                    "endorse",
                    (INTAKE,),
                    L("追記欄に国外転出を記載して返却", "endorse 国外転出 and return the card"),
                    _departure_after_today,
                )
            ],
            reject_by=(INTAKE,),
        ),
        Procedure.PIN_RESET: _simple(
            Procedure.PIN_RESET,
            [
                # At a 在外公館 only a reset, and never by mail (rules.md §2d).
                _completes(
                    "reset_pin", (INTAKE,), L("暗証番号を再設定", "reset the PIN"), _not_by_mail
                )
            ],
            reject_by=(INTAKE,),
        ),
        Procedure.CERT_ISSUE: _simple(
            Procedure.CERT_ISSUE,
            [
                _completes(
                    "issue_signing_cert",
                    (INTAKE,),
                    L("署名用電子証明書を発行", "issue the signing certificate"),
                )
            ],
            reject_by=(INTAKE,),
        ),
        Procedure.SURRENDER: _simple(
            Procedure.SURRENDER,
            [
                _completes(
                    "accept_surrender",
                    (INTAKE, HONSEKI),
                    L("カードを返納受付", "take the card back (返納)"),
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
            [_completes("convert", (INTAKE,), L("継続利用を受付", "record the continued use"))],
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


def mermaid(workflow: Workflow) -> str:
    """A Mermaid stateDiagram-v2 of one table (docs/workflows/<procedure>.md)."""
    lines = ["stateDiagram-v2", f"    [*] --> {workflow.initial}"]
    for t in workflow.transitions:
        who = ", ".join(p for p in PARTIES if p in t.by)
        if t.staff:
            who += " · " + ", ".join(r for r in STAFF_ROLES if r in t.staff)
        guard = f" [{', '.join(g.__name__.lstrip('_') for g in t.guards)}]" if t.guards else ""
        lines.append(f"    {t.source} --> {t.to_state}: {t.name} ({who}){guard}")
    for s in workflow.states:
        if s in workflow.terminal:
            lines.append(f"    {s} --> [*]")
    return "\n".join(lines) + "\n"
