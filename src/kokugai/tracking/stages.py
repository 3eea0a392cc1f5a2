"""Public stages: what a citizen sees of a case, mapped from the internal workflow states.

The internal states (cases/workflow.py) are a staff vocabulary; a citizen needs fewer,
plainer steps. Several internal states collapse into one public stage (e.g. the case
travelling to the 本籍地 and being reviewed there are both "at your 本籍地"). Pure Python:
no Django, so the mapping can be tested exhaustively against the workflow tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from kokugai.rules.types import Text


class Stage(StrEnum):
    RECEIVED = "received"
    REVIEW = "review"
    ACTION_NEEDED = "action_needed"
    PRODUCTION = "production"
    SHIPPING = "shipping"
    READY = "ready"
    COLLECTED = "collected"
    DONE = "done"
    CLOSED = "closed"


@dataclass(frozen=True)
class StageInfo:
    stage: Stage
    label: Text
    explanation: Text
    #: Position on the progress bar (1-based); 0 for stages off the main path.
    step: int


STAGES: Final[dict[Stage, StageInfo]] = {
    s.stage: s
    for s in (
        StageInfo(
            Stage.RECEIVED,
            Text("受付済", "Received"),
            Text(
                "申請を受け付けました。受付窓口から本籍地の市区町村へ送られます。",
                "Your application was received. The intake office sends it to your 本籍地 "
                "municipality.",
            ),
            1,
        ),
        StageInfo(
            Stage.REVIEW,
            Text("本籍地で審査中", "Under review at your 本籍地"),
            Text(
                "本籍地の市区町村が戸籍の附票と照合して審査しています。",
                "Your 本籍地 municipality is checking the application against the 戸籍の附票.",
            ),
            2,
        ),
        StageInfo(
            Stage.ACTION_NEEDED,
            Text("回答が必要です", "Action needed from you"),
            Text(
                "本籍地から確認・補正の依頼が届いています。メールの案内に従って回答してください。"
                "回答があるまで審査は止まっています。",
                "Your 本籍地 has asked you to confirm or correct something. Please reply "
                "using the link in the email; the review waits until you answer.",
            ),
            2,
        ),
        StageInfo(
            Stage.PRODUCTION,
            Text("カード製造中", "Card in production"),
            Text(
                "審査が終わり、カードを製造しています（申請書IDが発行されます）。",
                "The review is complete and the card is being made (an application ID "
                "(申請書ID) is issued).",
            ),
            3,
        ),
        StageInfo(
            Stage.SHIPPING,
            Text("受取場所へ輸送中", "On its way to the pickup office"),
            Text(
                "カードは受取場所へ送られています。到着するとメールでお知らせします。",
                "The card is on its way to your pickup office. You will get an email when it "
                "arrives.",
            ),
            4,
        ),
        StageInfo(
            Stage.READY,
            Text("受取可能", "Ready for pickup"),
            Text(
                "カードが受取場所に届きました。来庁の予約をして、本人が受け取ってください。",
                "The card has arrived at the pickup office. Book a visit and collect it in person.",
            ),
            5,
        ),
        StageInfo(
            Stage.COLLECTED,
            Text("受取済", "Collected"),
            Text("カードは交付されました。", "The card has been handed over."),
            6,
        ),
        StageInfo(
            Stage.DONE,
            Text("手続完了", "Completed"),
            Text("手続きは完了しました。", "The procedure is complete."),
            6,
        ),
        StageInfo(
            Stage.CLOSED,
            Text("終了", "Closed"),
            Text(
                "この申請は終了しています（取消、却下、または保管期間の経過）。"
                "詳しくは本籍地の市区町村にお問い合わせください。",
                "This application is closed (withdrawn, rejected, or not collected within the "
                "holding period). Please contact your 本籍地 municipality for details.",
            ),
            0,
        ),
    )
}

#: Every internal state of every workflow table, and its public stage.
STATE_TO_STAGE: Final[dict[str, Stage]] = {
    "received": Stage.RECEIVED,
    "at_honseki": Stage.REVIEW,
    "under_review": Stage.REVIEW,
    "awaiting_applicant": Stage.ACTION_NEEDED,
    # Accepted means the card is about to be ordered; for the citizen production has begun.
    "accepted": Stage.PRODUCTION,
    "in_production": Stage.PRODUCTION,
    "shipped": Stage.SHIPPING,
    "ready_for_pickup": Stage.READY,
    "issued": Stage.COLLECTED,
    "completed": Stage.DONE,
    "uncollected": Stage.CLOSED,
    "rejected": Stage.CLOSED,
    "withdrawn": Stage.CLOSED,
}

#: The public stages still ahead of a card before it can be collected, in order.
PATH_TO_READY: Final[tuple[Stage, ...]] = (
    Stage.RECEIVED,
    Stage.REVIEW,
    Stage.PRODUCTION,
    Stage.SHIPPING,
)


def stage_of(state: str) -> Stage:
    """The public stage of an internal state. Unknown states raise KeyError (a new state
    must be given a public stage on purpose, never shown raw)."""
    return STATE_TO_STAGE[state]


def info(state: str) -> StageInfo:
    return STAGES[stage_of(state)]


def is_waiting_for_card(stage: Stage) -> bool:
    """True while a ready date still lies ahead (the card is neither ready nor closed)."""
    return stage in PATH_TO_READY or stage is Stage.ACTION_NEEDED
