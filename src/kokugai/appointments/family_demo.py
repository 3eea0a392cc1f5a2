"""The family story, replayed through the services (``kokugai demo --family``).

The 国外 family lives in Taipei: 太郎 and 花子 (the representative), さくら (8) and 蓮
(7 months; no photo under 1). They pre-register together at home, the 墨田区 counter opens the
four cases from the one code during their visit (花子's passport checked once for both
children), 八戸市 reviews each case on its own, the cards are made and shipped; 蓮's card
arrives last, 花子 alone gets one mail with the family's booking link, the family books one
pickup only then (an earlier try is refused), gets ONE confirmation and ONE reminder naming
every member at 花子's address, and collects: four hand-overs, each audited.

It lives in ``appointments`` (it books the pickup) and uses only services. Each run invents a
new family (new birth dates), so it can be replayed on the same database.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kokugai.appointments import households as pickup
from kokugai.appointments import services as appointments
from kokugai.appointments.models import Booking, Slot
from kokugai.cases import household_services as hs
from kokugai.cases import services
from kokugai.cases.demo import HACHINOHE, SUMIDA, family_story, jst
from kokugai.cases.households import Household
from kokugai.cases.models import Case
from kokugai.core import clock
from kokugai.core.errors import ApplicationError
from kokugai.core.models import User
from kokugai.registry.models import Office

PICKUP_AT = jst(2026, 4, 28, 14, 0)


def family_members(seed: int) -> list[dict[str, Any]]:
    """The invented family; ``seed`` shifts the adults' birth days so replays differ."""
    day = 1 + seed % 27
    base = {"family_name": "国外", "family_name_kana": "コクガイ", "family_name_romaji": "KOKUGAI"}
    return [
        {
            **base,
            "given_name": "太郎",
            "given_name_kana": "タロウ",
            "given_name_romaji": "TARO",
            "birth_date": f"1986-06-{day:02d}",
            "sex": "male",
        },
        {
            **base,
            "given_name": "花子",
            "given_name_kana": "ハナコ",
            "given_name_romaji": "HANAKO",
            "birth_date": f"1988-11-{day:02d}",
            "sex": "female",
        },
        {
            **base,
            "given_name": "さくら",
            "given_name_kana": "サクラ",
            "given_name_romaji": "SAKURA",
            "birth_date": f"2017-07-{day:02d}",
            "sex": "female",
            "representative": 1,
        },
        {
            **base,
            "given_name": "蓮",
            "given_name_kana": "レン",
            "given_name_romaji": "REN",
            "birth_date": f"2025-08-{day:02d}",
            "sex": "male",
            "representative": 1,
        },
    ]


@dataclass
class FamilyStory:
    users: dict[str, User]
    offices: dict[str, Office]
    household: Household | None = None
    code: str = ""
    log: list[dict[str, Any]] = field(default_factory=list)

    def cases(self) -> list[Case]:
        assert self.household is not None
        return hs.household_cases(self.household)

    def note(self, at: dt.datetime, step: str, **detail: Any) -> None:
        self.log.append({"at": at.isoformat(), "step": step, **detail})


def _step(story: FamilyStory, at: dt.datetime, name: str, fn: Callable[[], Any]) -> None:
    with clock.frozen(at):
        detail = fn() or {}
    story.note(at, name, **detail)


def run_family_story(
    *,
    users: dict[str, User],
    offices: dict[str, Office],
    after_step: Callable[[], None] | None = None,
) -> FamilyStory:
    story = FamilyStory(users=users, offices=offices)
    clerk = users["sumida-clerk"]
    reviewer = users["hachinohe-reviewer"]
    operator = users["production-operator"]
    seed = random.randint(0, 10_000)

    def then() -> None:
        if after_step is not None:
            after_step()

    def prereg() -> dict[str, Any]:
        fp = hs.family_prereg_create(
            members=family_members(seed),
            representative_index=1,
            channel="municipality_visit",
            honseki_code=HACHINOHE,
            email=f"hanako.kokugai+family{seed}@example.com",
            country="TW",
            city="Taipei",
            timezone="Asia/Taipei",
            intake_office_code=SUMIDA,
            pickup_office_code=SUMIDA,
            departure_date=dt.date(2026, 5, 10),
        )
        hs.family_prereg_verify(fp)
        story.code = fp.code
        return {"code": hs.code_display(fp.code)}

    _step(story, jst(2026, 3, 2, 21, 0), "family_preregisters_from_taipei", prereg)

    def open_cases() -> dict[str, Any]:
        story.household = hs.household_open_from_prereg(
            code=story.code, actor=clerk, office=offices[SUMIDA]
        )
        for case in story.cases():
            for entry in case.checklist.filter(required=True).exclude(code__in=hs.SHARED_CHECKLIST):
                services.checklist_check(case=case, code=entry.code, actor=clerk)
        shared = hs.household_checklist_check(
            household=story.household, code="legal_representative_id", actor=clerk
        )
        return {"household": story.household.reference, "shared_checked_on": shared}

    _step(story, jst(2026, 3, 23, 10, 0), "counter_opens_the_family", open_cases)
    then()

    def forward() -> None:
        for case in story.cases():
            services.case_forward(case=case, actor=clerk, expected_version=case.version)

    _step(story, jst(2026, 3, 23, 10, 40), "forward_to_hachinohe", forward)

    def review() -> None:
        for case in story.cases():
            case = services.case_start_review(case=case, actor=reviewer)
            services.case_accept(case=case, actor=reviewer)

    _step(story, jst(2026, 3, 30, 10, 0), "review_and_accept_each", review)
    then()

    def order() -> None:
        for case in story.cases():
            services.case_order(case=case, actor=operator)

    _step(story, jst(2026, 4, 3, 10, 0), "order_production", order)

    def ship(first: bool) -> Callable[[], None]:
        def run() -> None:
            for case in story.cases()[:3] if first else story.cases()[3:]:
                services.case_ship(case=case, actor=operator)

        return run

    _step(story, jst(2026, 4, 8, 15, 0), "ship_three_cards", ship(True))
    _step(story, jst(2026, 4, 14, 15, 0), "ship_the_babys_card", ship(False))

    def receive(first: bool) -> Callable[[], None]:
        def run() -> None:
            for case in story.cases()[:3] if first else story.cases()[3:]:
                services.case_receive(case=case, actor=clerk)

        return run

    _step(story, jst(2026, 4, 17, 11, 0), "three_cards_arrive", receive(True))
    then()

    def too_early() -> dict[str, Any]:
        assert story.household is not None
        try:
            pickup.household_pickup_book(household=story.household, starts_at=PICKUP_AT)
        except ApplicationError as exc:
            return {"refused": exc.code}
        raise AssertionError("the family booked before the last card arrived")

    _step(story, jst(2026, 4, 17, 21, 0), "family_tries_to_book", too_early)
    _step(story, jst(2026, 4, 22, 11, 0), "last_card_arrives", receive(False))
    then()

    def book() -> dict[str, Any]:
        assert story.household is not None
        try:
            bookings = pickup.household_pickup_book(household=story.household, starts_at=PICKUP_AT)
        except ApplicationError:
            # A replay on the same database: the clerk opens places for the family.
            service = appointments.service_for_case(story.cases()[0])
            for slot in Slot.objects.filter(
                service=service,
                starts_at__gte=PICKUP_AT,
                starts_at__lt=PICKUP_AT + dt.timedelta(hours=1),
            ):
                appointments.slot_capacity_set(slot=slot, capacity=slot.capacity + 4, actor=clerk)
            bookings = pickup.household_pickup_book(household=story.household, starts_at=PICKUP_AT)
        return {"bookings": [appointments.appointment_summary(b) for b in bookings]}

    _step(story, jst(2026, 4, 22, 21, 0), "family_books_one_pickup", book)
    _step(
        story,
        jst(2026, 4, 27, 9, 0),
        "remind_the_representative",
        lambda: {"reminders": appointments.appointment_reminders_send()},
    )
    then()

    def hand_over() -> None:
        for case in story.cases():
            booking = Booking.objects.filter(case=case).order_by("-id").first()
            if booking is not None:
                appointments.appointment_check_in(booking=booking, actor=clerk)
            services.case_hand_over(
                case=Case.objects.get(pk=case.pk),
                actor=clerk,
                identity_checked=True,
                identity_documents=["passport"],
                receipt_signed=True,
                note=(
                    "法定代理人（花子）が同席し、旅券を確認。"
                    if case.person.legal_representative_name
                    else "旅券で本人確認。"
                ),
            )

    _step(story, PICKUP_AT + dt.timedelta(minutes=5), "four_hand_overs", hand_over)
    then()
    return story


def family_report(story: FamilyStory) -> dict[str, Any]:
    """The JSON of ``kokugai demo --family --json``."""
    assert story.household is not None
    h = story.household
    cases = []
    for m in h.members.select_related("case", "case__person", "represented_by").order_by(
        "position"
    ):
        c = m.case
        cases.append(
            {
                "member": c.person.given_name,
                "receipt_number": c.receipt_number,
                "application_id": c.application_id or "",
                "honseki": c.honseki_office.code,
                "state": c.state,
                "represented_by": m.represented_by.case.person.given_name
                if m.represented_by
                else None,
                "events": list(c.events.order_by("seq").values_list("transition", flat=True)),
            }
        )
    return {
        "household": {
            "reference": h.reference,
            "representative": h.representative.given_name,
            "pickup_together": h.pickup_together,
        },
        "reference": h.reference,
        "cases": cases,
        "steps": story.log,
    }


@family_story
def replay(
    *,
    users: dict[str, User],
    offices: dict[str, Office],
    after_step: Callable[[], None] | None = None,
) -> dict[str, Any]:
    """The family story's report, for ``kokugai demo --family``."""
    return family_report(run_family_story(users=users, offices=offices, after_step=after_step))
