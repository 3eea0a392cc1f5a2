"""The seed's case, replayed through the real services on its real dates.

Applied at 墨田区 (131075) during a visit on 2025-10-28, 本籍地 八戸市 (022039), a correction
by email in November, 申請書ID 11/15, shipped 11/21, arrival notice 12/5, collected at 墨田区
on 2026-01-16. The person is invented (国外 太郎, born 1990-04-01, living in Taipei).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from factories import OfficeFactory, PersonFactory, StaffFactory
from kokugai.cases import services
from kokugai.cases.models import Case
from kokugai.core import clock
from kokugai.registry.models import StaffRole

JST = ZoneInfo("Asia/Tokyo")
BIRTH = dt.date(1990, 4, 1)


def at(y: int, m: int, d: int, h: int = 10) -> dt.datetime:
    return dt.datetime(y, m, d, h, tzinfo=JST)


class SeedStory:
    """Each method fires one step of the story at its date; ``case`` is always fresh."""

    def __init__(self) -> None:
        self.sumida = OfficeFactory(
            code="131075", name_ja="東京都墨田区", name_en="Sumida City, Tokyo"
        )
        self.hachinohe = OfficeFactory(
            code="022039", name_ja="青森県八戸市", name_en="Hachinohe City, Aomori"
        )
        self.production = OfficeFactory(production=True)
        self.taipei = OfficeFactory(
            code="jtea-tw-taipei",
            kind="mission",
            name_ja="日本台湾交流協会台北事務所",
            name_en="Japan-Taiwan Exchange Association, Taipei Office",
            country="TW",
            timezone="Asia/Taipei",
        )
        self.clerk = StaffFactory(office=self.sumida, role=StaffRole.CLERK).user
        self.reviewer = StaffFactory(office=self.hachinohe, role=StaffRole.REVIEWER).user
        self.producer = StaffFactory(office=self.production, role=StaffRole.PRODUCER).user
        self.person = PersonFactory(honseki=self.hachinohe, birth_date=BIRTH)
        self.case: Case | None = None

    def _refresh(self, c: Case) -> Case:
        self.case = Case.objects.select_related(
            "person", "intake_office", "honseki_office", "pickup_office", "holder_office"
        ).get(pk=c.pk)
        return self.case

    def apply(self, departure: dt.date | None = dt.date(2025, 11, 9)) -> Case:
        with clock.frozen(at(2025, 10, 28)):
            c = services.case_open(
                person=self.person,
                procedure="new_issuance",
                channel="municipality_visit",
                intake_office=self.sumida,
                actor=self.clerk,
                departure_date=departure,
            )
            for entry in c.checklist.filter(required=True):
                services.checklist_check(case=c, code=entry.code, actor=self.clerk)
        return self._refresh(c)

    def forward(self) -> Case:
        with clock.frozen(at(2025, 10, 29)):
            return self._refresh(services.case_forward(case=self.case, actor=self.clerk))

    def start_review(self) -> Case:
        with clock.frozen(at(2025, 11, 4)):
            return self._refresh(services.case_start_review(case=self.case, actor=self.reviewer))

    def request_correction(self) -> Case:
        with clock.frozen(at(2025, 11, 11)):
            c = services.case_request_correction(
                case=self.case, actor=self.reviewer, text="ローマ字氏名の綴りをご確認ください。"
            )
            return self._refresh(c)

    def reply(self) -> Case:
        with clock.frozen(at(2025, 11, 12)):
            c = services.case_applicant_replied(case=self.case, actor=None, text="KOKUGAI です。")
            return self._refresh(c)

    def accept(self) -> Case:
        with clock.frozen(at(2025, 11, 13)):
            c = services.case_accept(
                case=self.case, actor=self.reviewer, production_office=self.production
            )
            return self._refresh(c)

    def order(self) -> Case:
        with clock.frozen(at(2025, 11, 15)):
            return self._refresh(services.case_order(case=self.case, actor=self.producer))

    def ship(self) -> Case:
        with clock.frozen(at(2025, 11, 21)):
            return self._refresh(services.case_ship(case=self.case, actor=self.producer))

    def receive(self) -> Case:
        with clock.frozen(at(2025, 12, 5)):
            return self._refresh(services.case_receive(case=self.case, actor=self.clerk))

    def hand_over(self) -> Case:
        with clock.frozen(at(2026, 1, 16)):
            c = services.case_hand_over(
                case=self.case,
                actor=self.clerk,
                identity_checked=True,
                identity_documents=["passport"],
                old_card_collected=True,
            )
            return self._refresh(c)

    STEPS = (
        "apply",
        "forward",
        "start_review",
        "request_correction",
        "reply",
        "accept",
        "order",
        "ship",
        "receive",
        "hand_over",
    )
