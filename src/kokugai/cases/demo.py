"""The seed's story, replayed through the services: 墨田区 → 八戸市 → production → 墨田区.

The story is a list of dated steps. Other apps add theirs without touching this file: a
module ``kokugai.<app>.demo`` that registers steps with :func:`demo_step` is imported by
:func:`story_steps` (e.g. appointments books the pickup between arrival and hand-over).
Each run creates a new invented person, so the demo can be replayed on the same database.
"""

from __future__ import annotations

import datetime as dt
import importlib
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from django.apps import apps

from kokugai.cases import services
from kokugai.cases.models import Case
from kokugai.core import clock, crypto
from kokugai.core.models import User
from kokugai.people import services as people_services
from kokugai.people.models import Card, CardKind, CardStatus, Person
from kokugai.registry.models import Office
from kokugai.rules.checkdigits import mynumber_check_digit
from kokugai.rules.codes import Channel, Procedure

JST = ZoneInfo("Asia/Tokyo")

SUMIDA = "131075"
HACHINOHE = "022039"
PRODUCTION = "production"


def jst(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> dt.datetime:
    """A moment in Japanese office time, as the UTC instant the services store."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=JST).astimezone(dt.UTC)


@dataclass
class Story:
    """What the steps share: the people, offices and the case as it moves."""

    users: dict[str, User]
    offices: dict[str, Office]
    person: Person | None = None
    case: Case | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def the_case(self) -> Case:
        assert self.case is not None, "the intake step opens the case first"
        return self.case


@dataclass(frozen=True)
class Step:
    name: str
    at: dt.datetime
    run: Callable[[Story], None]
    order: int = 0


_STEPS: list[Step] = []


def demo_step(
    name: str, at: dt.datetime
) -> Callable[[Callable[[Story], None]], Callable[[Story], None]]:
    """Register a step of the story; steps run in date order (then registration order)."""

    def register(fn: Callable[[Story], None]) -> Callable[[Story], None]:
        if not any(s.name == name for s in _STEPS):
            _STEPS.append(Step(name, at, fn, len(_STEPS)))
        return fn

    return register


#: The family story (``kokugai demo --family``), registered by the app that books the pickup.
_FAMILY: list[Callable[..., dict[str, Any]]] = []


def family_story(fn: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
    """Register the family story: ``fn(users=, offices=, after_step=)`` returns its report."""
    _FAMILY[:] = [fn]
    return fn


def family_story_runner() -> Callable[..., dict[str, Any]]:
    story_steps()  # imports every app's demo module, which registers the family story
    if not _FAMILY:
        raise LookupError("no app registered the family story")
    return _FAMILY[0]


def story_steps() -> list[Step]:
    for config in apps.get_app_configs():
        if config.name.startswith("kokugai.") and config.name != __package__:
            try:
                importlib.import_module(f"{config.name}.demo")
            except ModuleNotFoundError as exc:
                if exc.name != f"{config.name}.demo":
                    raise
    return sorted(_STEPS, key=lambda s: (s.at, s.order))


# --- the person -------------------------------------------------------------------------


def _invented_mynumber() -> str:
    # Starts with 9: an invented number that passes the check digit; unique by retry.
    while True:
        base = "9" + "".join(random.choice("0123456789") for _ in range(10))
        number = base + str(mynumber_check_digit(base))
        if not Person.objects.filter(
            mynumber_index=crypto.blind_index(number, purpose="mynumber")
        ).exists():
            return number


def _new_person(honseki: Office) -> Person:
    n = Person.objects.count() + 1
    person = people_services.person_create(
        actor=None,
        mynumber=_invented_mynumber(),
        family_name="国外",
        given_name="太郎",
        family_name_kana="コクガイ",
        given_name_kana="タロウ",
        family_name_romaji="KOKUGAI",
        given_name_romaji="Taro",
        birth_date=dt.date(1990, 4, 1),
        sex="male",
        nationalities=["JP"],
        honseki=honseki,
        email=f"taro.kokugai+demo{n}@example.com",
        email_verified_at=jst(2025, 10, 1),
        country="TW",
        city="Taipei",
        timezone="Asia/Taipei",
        language="ja",
        left_japan_on=dt.date(2022, 4, 1),
    )
    # The card of 2020, given back (返納) when leaving Japan in 2022, as in the seed.
    Card.objects.create(
        person=person,
        kind=CardKind.DOMESTIC,
        status=CardStatus.RETURNED,
        issued_on=dt.date(2020, 6, 1),
        expires_on=dt.date(2030, 4, 1),
        status_changed_at=jst(2022, 3, 25),
    )
    return person


# --- the steps (the seed's dates) -------------------------------------------------------


@demo_step("apply_at_sumida", jst(2025, 10, 28, 10, 0))
def _apply(story: Story) -> None:
    clerk = story.users["sumida-clerk"]
    story.person = _new_person(story.offices[HACHINOHE])
    story.case = services.case_open(
        person=story.person,
        procedure=Procedure.NEW_ISSUANCE,
        channel=Channel.MUNICIPALITY_VISIT,
        intake_office=story.offices[SUMIDA],
        pickup_office=story.offices[SUMIDA],
        actor=clerk,
        note="一時帰国中の来庁。国外転出者向けの新規申請。",
    )
    notes = {
        "photo": "縦4.5cm×横3.5cm",
        "passport": "旅券に加え運転免許証でも本人確認",
        "old_card": "失効した旧カードを持参",
    }
    for entry in story.case.checklist.all():
        if entry.required or entry.code in notes:
            services.checklist_check(
                case=story.case, code=entry.code, actor=clerk, note=notes.get(entry.code, "")
            )


@demo_step("forward_to_hachinohe", jst(2025, 10, 28, 10, 40))
def _forward(story: Story) -> None:
    case = story.the_case()
    story.case = services.case_forward(
        case=case, actor=story.users["sumida-clerk"], expected_version=case.version
    )


@demo_step("start_review", jst(2025, 11, 5, 9, 30))
def _start_review(story: Story) -> None:
    story.case = services.case_start_review(
        case=story.the_case(), actor=story.users["hachinohe-reviewer"]
    )


@demo_step("request_correction", jst(2025, 11, 5, 11, 0))
def _correction(story: Story) -> None:
    story.case = services.case_request_correction(
        case=story.the_case(),
        actor=story.users["hachinohe-reviewer"],
        text="申請書の記入に不備があります（本籍の番地）。正しい内容をこのメールへの返信でお知らせください。",
    )


@demo_step("applicant_replies", jst(2025, 11, 6, 21, 0))
def _reply(story: Story) -> None:
    story.case = services.case_applicant_replied(
        case=story.the_case(), actor=None, text="本籍の番地を訂正しました。"
    )


@demo_step("accept", jst(2025, 11, 11, 10, 0))
def _accept(story: Story) -> None:
    story.case = services.case_accept(
        case=story.the_case(), actor=story.users["hachinohe-reviewer"]
    )


@demo_step("order_production", jst(2025, 11, 15, 10, 0))
def _order(story: Story) -> None:
    story.case = services.case_order(
        case=story.the_case(), actor=story.users["production-operator"]
    )


@demo_step("ship_to_sumida", jst(2025, 11, 21, 15, 0))
def _ship(story: Story) -> None:
    story.case = services.case_ship(case=story.the_case(), actor=story.users["production-operator"])


@demo_step("arrive_at_sumida", jst(2025, 12, 5, 11, 0))
def _receive(story: Story) -> None:
    story.case = services.case_receive(case=story.the_case(), actor=story.users["sumida-clerk"])


@demo_step("hand_over_at_sumida", jst(2026, 1, 16, 14, 0))
def _hand_over(story: Story) -> None:
    story.case = services.case_hand_over(
        case=story.the_case(),
        actor=story.users["sumida-clerk"],
        identity_checked=True,
        identity_documents=["passport", "driving_licence", "health_insurance_card"],
        old_card_collected=True,
        receipt_signed=True,
        note="受領書を記入・提出。旧カードと交換。",
    )


def run_story(
    *,
    users: dict[str, User],
    offices: dict[str, Office],
    after_step: Callable[[Step], None] | None = None,
) -> Story:
    """Run the steps in date order; ``after_step`` runs between them (the demo delivers the
    mails each step queued, as a worker would have done before the next day of the story)."""
    story = Story(users=users, offices=offices)
    for step in story_steps():
        with clock.frozen(step.at):
            step.run(story)
        if after_step is not None:
            after_step(step)
    return story


def story_report(case: Case) -> dict[str, Any]:
    """The JSON the demo prints: the case, its events oldest first, the notifications.

    The notifications are the outbox rows of the case (what was really queued, including the
    appointment mails), oldest first by their story time.
    """
    from kokugai.notifications.models import Notification

    events = list(case.events.select_related("office").order_by("seq"))
    notifications = [
        {"template": n.template, "at": n.created_at.isoformat(), "status": n.status}
        for n in Notification.objects.filter(case=case).order_by("created_at", "id")
    ]
    return {
        "case": {
            "receipt_number": case.receipt_number,
            "application_id": case.application_id or "",
            "procedure": case.procedure,
            "state": case.state,
        },
        "events": [
            {
                "at": e.at.isoformat(),
                "transition": e.transition,
                "from": e.from_state,
                "to": e.to_state,
                "office": e.office.code,
            }
            for e in events
        ],
        "notifications": notifications,
    }
