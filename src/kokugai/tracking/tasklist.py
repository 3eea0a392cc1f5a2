"""The citizen's task list (GOV.UK "task list" pattern): where they are on the whole road,
plan → pre-register → apply → card made → book pickup → collect, each step with its state
and the next thing to do.

Built from the public status (``tracker_status``) only: it shows nothing the tracker does
not show, and is reached the same way (``/track/``, then a signed, short-lived token).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from kokugai.core.tokens import LinkKind, link_make
from kokugai.rules.dates import format_date
from kokugai.rules.types import Text
from kokugai.tracking.stages import STAGES, Stage
from kokugai.tracking.status import TrackerStatus

#: As short-lived as the "send my links" token: the page is opened from a tracker result.
TASKS = LinkKind("tracker_tasks", "kokugai.tracking.tasklist", dt.timedelta(minutes=15), True)


def tasks_token(case: Any) -> str:
    """What the tracker result's "see all your steps" button posts: the case, signed with
    its own salt (a "send my links" token is not one), short-lived, never in a URL."""
    return link_make(TASKS, {"c": case.pk})


def case_from_tasks_token(token: str) -> Any:
    """The case of a task-list token; TrackerError ``link_invalid`` / ``link_expired``."""
    from kokugai.tracking.services import case_from_token

    return case_from_token(TASKS, token)


class TaskState(StrEnum):
    DONE = "done"  # 完了
    IN_PROGRESS = "in_progress"  # 進行中
    NOT_STARTED = "not_started"  # 未着手
    NOT_NEEDED = "not_needed"  # 不要


STATE_LABELS: dict[TaskState, Text] = {
    TaskState.DONE: Text("完了", "Completed"),
    TaskState.IN_PROGRESS: Text("進行中", "In progress"),
    TaskState.NOT_STARTED: Text("未着手", "Not yet started"),
    TaskState.NOT_NEEDED: Text("不要", "Not needed"),
}


@dataclass(frozen=True)
class Task:
    code: str  # plan | prereg | apply | card | book | collect
    name: Text
    state: TaskState
    hint: Text | None = None
    date: dt.date | None = None

    @property
    def state_label(self) -> Text:
        return STATE_LABELS[self.state]


@dataclass(frozen=True)
class TaskList:
    reference: str
    tasks: list[Task]
    next_action: Text
    #: The code of the task the next action belongs to ("" when nothing is left to do).
    next_task: str = ""


NAMES = {
    "plan": Text("申請の計画を立てる", "Plan your application"),
    "prereg": Text("事前登録", "Pre-register"),
    "apply": Text("申請する", "Apply"),
    "card": Text("カードの審査・作成・発送", "Card checked, made and sent"),
    "book": Text("受取の予約", "Book your pickup"),
    "collect": Text("カードを受け取る", "Collect your card"),
}

_BEFORE_READY = (
    Stage.RECEIVED,
    Stage.REVIEW,
    Stage.ACTION_NEEDED,
    Stage.PRODUCTION,
    Stage.SHIPPING,
)


def task_list(
    status: TrackerStatus,
    *,
    preregistered_on: dt.date | None = None,
    opened_on: dt.date | None = None,
    has_pickup: bool = True,
) -> TaskList:
    """The six steps for the case behind ``status``. ``preregistered_on``: the day of the
    pre-registration the case was opened from (None: applied without one)."""
    s = status.stage
    dates = status.stage_dates
    closed = s is Stage.CLOSED
    ready_reached = dates.get(Stage.READY)
    tasks: list[Task] = []

    if preregistered_on is not None:
        tasks.append(Task("plan", NAMES["plan"], TaskState.DONE))
        tasks.append(Task("prereg", NAMES["prereg"], TaskState.DONE, date=preregistered_on))
    else:
        tasks.append(
            Task(
                "plan",
                NAMES["plan"],
                TaskState.NOT_NEEDED,
                Text("申請は受け付け済みです。", "Your application is already in."),
            )
        )
        tasks.append(
            Task(
                "prereg",
                NAMES["prereg"],
                TaskState.NOT_NEEDED,
                Text("事前登録なしで申請しました。", "You applied without pre-registering."),
            )
        )
    tasks.append(
        Task("apply", NAMES["apply"], TaskState.DONE, date=dates.get(Stage.RECEIVED) or opened_on)
    )

    # Card checked, made and sent.
    if s in _BEFORE_READY:
        hint: Text | None = STAGES[s].label
        if s is Stage.ACTION_NEEDED:
            hint = Text("本籍地からの確認に回答してください。", "Answer your 本籍地's question.")
        tasks.append(Task("card", NAMES["card"], TaskState.IN_PROGRESS, hint))
    elif closed and ready_reached is None:
        tasks.append(Task("card", NAMES["card"], TaskState.NOT_NEEDED, STAGES[s].label))
    else:
        tasks.append(Task("card", NAMES["card"], TaskState.DONE, date=ready_reached))

    # Book the pickup, then collect.
    if not has_pickup or s is Stage.DONE:
        tasks.append(Task("book", NAMES["book"], TaskState.NOT_NEEDED))
        tasks.append(Task("collect", NAMES["collect"], TaskState.NOT_NEEDED))
    elif s is Stage.COLLECTED:
        tasks.append(Task("book", NAMES["book"], TaskState.DONE))
        tasks.append(
            Task("collect", NAMES["collect"], TaskState.DONE, date=dates.get(Stage.COLLECTED))
        )
    elif s is Stage.READY:
        appt = status.appointment
        if appt is not None:
            tasks.append(
                Task(
                    "book",
                    NAMES["book"],
                    TaskState.DONE,
                    Text(f"予約: {appt.office_time}", f"Booked: {appt.office_time}"),
                )
            )
        else:
            tasks.append(
                Task(
                    "book",
                    NAMES["book"],
                    TaskState.NOT_STARTED,
                    Text(
                        "カードが届きました。予約できます。",
                        "Your card has arrived: you can book now.",
                    ),
                )
            )
        deadline = status.pickup_deadline
        hint = (
            Text(
                f"受取期限: {format_date(deadline, 'ja')}",
                f"Collect by {format_date(deadline, 'en')}",
            )
            if deadline
            else None
        )
        tasks.append(Task("collect", NAMES["collect"], TaskState.NOT_STARTED, hint))
    elif closed:
        tasks.append(Task("book", NAMES["book"], TaskState.NOT_NEEDED, STAGES[s].label))
        tasks.append(Task("collect", NAMES["collect"], TaskState.NOT_NEEDED, STAGES[s].label))
    else:
        wait = Text(
            "カードが受取場所に届いてから予約できます（届いたらメールでお知らせします）。",
            "You can book once the card has arrived (we email you when it does).",
        )
        tasks.append(Task("book", NAMES["book"], TaskState.NOT_STARTED, wait))
        tasks.append(Task("collect", NAMES["collect"], TaskState.NOT_STARTED))

    next_action, next_task = _next_action(status)
    return TaskList(status.reference, tasks, next_action, next_task)


def _next_action(status: TrackerStatus) -> tuple[Text, str]:
    s = status.stage
    pickup = status.pickup_office
    if s is Stage.ACTION_NEEDED:
        return (
            Text(
                "本籍地からの確認・補正の依頼に、メールのリンクから回答してください。",
                "Answer your 本籍地's request with the link in the email.",
            ),
            "card",
        )
    if s in _BEFORE_READY:
        where = pickup or Text("受取場所", "your pickup office")
        return (
            Text(
                f"今することはありません。カードが{where.ja}に届いたらメールでお知らせします。",
                f"Nothing to do now. We email you when the card arrives at {where.en}.",
            ),
            "card",
        )
    if s is Stage.READY and status.appointment is None:
        return (
            Text(
                "受取の予約をしてください（到着のお知らせメールのリンク、"
                "または状況確認ページの「リンクをメールで送る」から）。",
                "Book your pickup (with the link in the arrival email, or ask for it on the "
                "status page: “Send my link to my email”).",
            ),
            "book",
        )
    if s is Stage.READY and status.appointment is not None:
        appt = status.appointment
        return (
            Text(
                f"{appt.office_time}に{appt.office.ja}へ、本人確認書類とお持ちのマイナンバーカードを"
                "持って行ってください。",
                f"Go to {appt.office.en} at {appt.office_time} with your ID and, if you have "
                "one, your current My Number card.",
            ),
            "collect",
        )
    if s is Stage.CLOSED:
        return STAGES[s].explanation, ""
    return Text("すべて完了しました。", "Everything is done."), ""
