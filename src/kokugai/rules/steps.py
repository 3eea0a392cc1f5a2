"""Which procedures a situation calls for, each a :class:`Step` with its deadline.

The planner's main (card) procedure comes first; a situation may need several at once (a
continued card whose certificates expire, with a new name, a forgotten PIN and a new email).
Every step carries the reason it is there and its sources.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .assumptions import Assumptions
from .codes import Channel, Procedure
from .dates import format_date
from .fees import CONTINUATION_START, FREE_WINDOW_DAYS, Fee, fee
from .procedures import ChecklistItem, checklist, procedure
from .situation import Situation
from .sources import merge, sources
from .types import Reason, Source, Text
from .validity import age_on

CHANNEL_NAMES: dict[Channel, Text] = {
    Channel.MISSION_COUNTER: Text("在外公館の窓口で申請", "In person at a mission"),
    Channel.MISSION_MAIL: Text("在外公館へ郵送で申請", "By mail to a mission"),
    Channel.HONSEKI_MAIL: Text(
        "本籍地の市区町村へ郵送で申請", "By mail to the 本籍地 municipality"
    ),
    Channel.MUNICIPALITY_VISIT: Text(
        "一時帰国中に市区町村の窓口で申請", "In person at a municipality during a visit"
    ),
    Channel.HONSEKI_COUNTER: Text(
        "本籍地の市区町村の窓口で（一時帰国中など）",
        "At the 本籍地 municipality's counter (e.g. during a visit)",
    ),
    Channel.DEPARTURE_MUNICIPALITY: Text(
        "今の住所地の市区町村の窓口で（国外転出届と一緒に）",
        "At your current municipality's counter (with the 国外転出届)",
    ),
    Channel.RETURN_MUNICIPALITY: Text(
        "転入先の市区町村の窓口で（転入届と一緒に）",
        "At your new municipality's counter (with the 転入届)",
    ),
    Channel.ONLINE: Text(
        "自分で（マイナポータル・JPKI利用者ソフト）",
        "Yourself (マイナポータル or the JPKI user software)",
    ),
}


@dataclass(frozen=True)
class Step:
    """One procedure the situation calls for, with its deadline (a plan may need several)."""

    procedure: Procedure
    reason: Reason
    deadline: dt.date | None = None
    deadline_text: Text | None = None
    channels: tuple[Channel, ...] = ()
    documents: tuple[ChecklistItem, ...] = ()
    fee: Fee | None = None

    @property
    def sources(self) -> tuple[Source, ...]:
        return merge(
            self.reason.sources,
            self.fee.sources if self.fee else (),
            *(d.sources for d in self.documents),
        )

    def as_dict(self, lang: str) -> dict[str, Any]:
        return {
            "procedure": self.procedure.value,
            "procedure_name": procedure(self.procedure).name.get(lang),
            "code": self.reason.code,
            "why": self.reason.message.get(lang),
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "deadline_text": self.deadline_text.get(lang) if self.deadline_text else None,
            "channels": [
                {"channel": c.value, "name": CHANNEL_NAMES[c].get(lang)} for c in self.channels
            ],
            "documents": [d.as_dict(lang) for d in self.documents],
            "fee_yen": self.fee.yen if self.fee else None,
            "fee_reasons": [r.message.get(lang) for r in self.fee.reasons] if self.fee else [],
            "sources": [src.id for src in self.sources],
        }


_LEAVING_WITH_CARD = Reason(
    "leaving_japan_with_card",
    Text(
        "日本を出てもカードを使い続けられます（国外継続利用）。国外転出届と一緒に、今の住所地の市区町村で、転出予定日の前日までに手続してください。カードの管理は本籍地の市区町村に移ります。",
        "You can keep your card when you move abroad (国外継続利用): do it at your current municipality together with the 国外転出届, by the day before you leave. The 本籍地 municipality then manages the card.",
    ),
    sources("S28", "S32", "S19", "S23", "S24"),
)


_MOVED_BACK = Reason(
    "moved_back_with_card",
    Text(
        "国外で使っていたカードは、転入先の市区町村で転入届と一緒に継続利用の手続をすると、そのまま使えます。",
        "The card you used abroad keeps working once its continued use is registered at your new municipality, together with the 転入届.",
    ),
    sources("S50b", "S51"),
)


_REGISTRATION_UNKNOWN = Reason(
    "registration_unknown",
    Text(
        "国外転出日がわからないため、2015年10月5日以降に日本で住民登録があったものとして計画しています。国外で生まれて一度も住民登録をしたことがない場合は申請できません。",
        "Without the date you left Japan, this plan assumes you had a resident registration in Japan on or after 5 October 2015. If you were born abroad and never registered, you cannot apply.",
    ),
    sources("S1", "S3"),
)


def _hint_leaving(s: Situation) -> list[Reason]:
    if s.card != "valid" or s.planned_departure is not None:
        return []
    return [
        Reason(
            "planning_to_leave",
            Text(
                "近く国外へ転出する場合は、転出予定日（planned_departure）を入れると、カードを国外で使い続ける手続（国外継続利用）の期限と持ち物を示します。",
                "If you are about to move abroad, give your planned departure date (planned_departure) to see how to keep the card (国外継続利用), with its deadline and what to bring.",
            ),
            sources("S28", "S32"),
        )
    ]


def _registered_since_2015(s: Situation) -> tuple[bool | None, list[Reason]]:
    """What eligibility may take as known about a 住民票 since 2015-10-05.

    A departure date decides by itself. Without one, a card held means a My Number was
    assigned (cards exist since 2016); an explicit "never registered" refuses; "I don't
    know" is an answer: the plan goes on and says what it assumed.
    """
    if s.left_japan_on is not None:
        return None, []
    if s.card != "none":
        return True, []
    if s.registered_in_japan is False:
        return None, []
    return True, [_REGISTRATION_UNKNOWN]


def _step_for(
    s: Situation,
    proc: Procedure,
    reason: Reason,
    a: Assumptions,
    *,
    deadline: dt.date | None = None,
    deadline_text: Text | None = None,
    documents_for: Channel | None = None,
) -> Step:
    spec = procedure(proc)
    channels = tuple(c.channel for c in spec.channels if c.in_force(s.as_of))
    docs: tuple[ChecklistItem, ...] = ()
    f: Fee | None = None
    if documents_for is not None:
        docs = tuple(
            d
            for d in checklist(
                proc,
                documents_for,
                as_of=s.as_of,
                age=age_on(s.birth_date, s.as_of),
                with_certificates=s.wants_certificates,
                departure_date=s.planned_departure or s.left_japan_on,
                card_state=s.card,
                overrides=a,
            )
            if d.audience != "staff" and d.kind != "fee"
        )
        f = fee(
            proc,
            as_of=s.as_of,
            with_certificates=s.wants_certificates,
            departure_date=s.planned_departure or s.left_japan_on,
            card_state=s.card,
            channel=documents_for,
            overrides=a,
        )
    if deadline is not None and deadline < s.as_of:
        deadline = None  # a passed deadline is said in words, never as a date to aim for
    return Step(proc, reason, deadline, deadline_text, channels, docs, f)


def _if_continue_missed(departure: dt.date) -> Reason:
    free_until = departure + dt.timedelta(days=FREE_WINDOW_DAYS)
    return Reason(
        "if_continue_missed",
        Text(
            f"継続利用をしないと、カードは転出予定日に失効します。その後の新しいカードは国外転出日から90日以内（{format_date(free_until, 'ja')}まで）に申請すれば無料、91日目からは1,000円（電子証明書なしは800円）です。",
            f"Without it the card lapses on the departure day. A new card applied for within 90 days of leaving (by {format_date(free_until, 'en')}) is free; from day 91 it costs 1,000 yen (800 yen without certificates).",
        ),
        sources("S11", "S12", "S10", "S28", "S32"),
    )


def _lapsed_card_reason(s: Situation) -> Reason:
    """Point 3: a card said to be "valid" by someone abroad who did not continue it."""
    left = s.left_japan_on
    if left is not None and left < CONTINUATION_START:
        return Reason(
            "card_lapsed_on_departure",
            Text(
                "2024年5月27日より前の国外転出では、カードは転出のときに失効しています（手元にあっても使えません）。国外転出者向けカードを新しく申請してください（無料）。",
                "Before 27 May 2024 every card lapsed when its holder moved abroad: yours no longer works even if you still have it. Apply for a new overseas card (free).",
            ),
            sources("S3", "S7"),
        )
    if left is not None:
        free_until = left + dt.timedelta(days=FREE_WINDOW_DAYS)
        free = s.as_of <= free_until
        return Reason(
            "card_lapsed_not_continued",
            Text(
                "国外転出の前に国外継続利用をしなかったカードは、転出予定日に失効しています。新しいカードを申請してください。"
                + (
                    f"国外転出日から90日以内（{format_date(free_until, 'ja')}まで）に受け付けられれば無料です。"
                    if free
                    else "90日を過ぎているため1,000円（電子証明書なしは800円）かかります。"
                ),
                "A card not continued (国外継続利用) before leaving lapsed on the departure day. Apply for a new card: "
                + (
                    f"free if received within 90 days of departure (by {format_date(free_until, 'en')})."
                    if free
                    else "past day 90 it costs 1,000 yen (800 without certificates)."
                ),
            ),
            sources("S11", "S12", "S10", "S28", "S32"),
        )
    return Reason(
        "card_lapse_depends_on_departure",
        Text(
            "国外転出のときに国外継続利用をした場合（カードに「国外転出」と記載）は、カードはそのまま使えます（「継続利用した」を選んでください）。していなければ、カードは国外転出のときに失効しています。新しいカードは国外転出日から90日以内の申請なら無料、それより後は1,000円（電子証明書なしは800円）です。",
            "If you did 国外継続利用 when you left (the card shows 「国外転出」), the card still works: choose 'continued abroad'. If not, it lapsed when you left. A new card is free if applied for within 90 days of leaving, later 1,000 yen (800 without certificates).",
        ),
        sources("S3", "S7", "S11", "S27", "S28"),
    )


def _soonest_expiry(s: Situation) -> dt.date | None:
    dates = [d for d in (s.card_expires_on, s.certificates_expire_on) if d is not None]
    if not s.wants_certificates and s.card_expires_on is not None:
        dates = [s.card_expires_on]
    return min(dates) if dates else None


def _one_year_before(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def _choose(
    s: Situation, a: Assumptions
) -> tuple[Procedure | None, str, list[Reason], list[Step], dt.date | None]:
    """The main (card) procedure, the effective card state, reasons, every step, and the
    day a new card is needed by (None: no such day)."""
    reasons: list[Reason] = []
    steps: list[Step] = []
    card = s.card
    need_by: dt.date | None = None
    main: Procedure | None = None
    main_reason: Reason | None = None
    main_deadline: dt.date | None = None
    main_deadline_text: Text | None = None
    if card == "continued_abroad" and s.card_expires_on is not None and s.card_expires_on < s.as_of:
        card = "expired"
        reasons.append(
            Reason(
                "card_expired",
                Text(
                    f"カードの有効期限（{format_date(s.card_expires_on, 'ja')}）が過ぎています。新しいカードを申請してください。",
                    f"The card expired on {format_date(s.card_expires_on, 'en')}: apply for a new card.",
                ),
                sources("S46", "S57"),
            )
        )
    if card == "lost":
        early = s.left_japan_on is not None and s.left_japan_on < CONTINUATION_START
        if early and a.bool("lapsed_before_2024_is_new_issuance"):
            reasons.append(
                Reason(
                    "lost_card_had_lapsed",
                    Text(
                        "なくしたカードは2024年5月27日より前の国外転出で失効していたため、新規交付として扱います（想定）。手数料の要否は申請後に本籍地から通知されます。",
                        "The lost card had already lapsed when you left before 27 May 2024, so this is treated as a new card (assumption); the 本籍地 tells you after applying whether a fee is due.",
                    ),
                    sources("S7", "S56", "S55"),
                )
            )
            main = Procedure.NEW_ISSUANCE
        else:
            main = Procedure.REISSUE
        main_reason = reasons[-1] if reasons else procedure(Procedure.REISSUE).notes[0]
    elif card == "valid":
        # Abroad, a card not continued has lapsed (S3, S7, S11): a new card, with the fee
        # counted like a returned one.
        card = "returned"
        main_reason = _lapsed_card_reason(s)
        reasons.append(main_reason)
        main = Procedure.NEW_ISSUANCE
    elif card in {"returned", "expired", "none"}:
        main = Procedure.NEW_ISSUANCE
    if main is Procedure.NEW_ISSUANCE and card == "returned" and s.left_japan_on is None:
        reasons.append(
            Reason(
                "fee_depends_on_departure",
                Text(
                    "国外転出日がわからないため手数料は無料として示しています。2024年5月27日以降に国外継続利用をせずに出国した場合は、国外転出日から90日以内の申請なら無料、91日目からは1,000円（電子証明書なしは800円）です。",
                    "Without your departure date the fee is shown as free. If you left on or after 27 May 2024 without 国外継続利用, a new card is free within 90 days of leaving and costs 1,000 yen (800 without certificates) from day 91.",
                ),
                sources("S11", "S12", "S10"),
            )
        )
    if main is Procedure.NEW_ISSUANCE and card == "returned" and s.left_japan_on is not None:
        if s.left_japan_on >= CONTINUATION_START:
            main_deadline = s.left_japan_on + dt.timedelta(days=FREE_WINDOW_DAYS)
            main_deadline_text = Text(
                "国外転出日から90日以内に受け付けられれば無料（91日目から1,000円、電子証明書なしは800円）",
                "Free if received within 90 days of departure (from day 91: 1,000 yen, 800 without certificates)",
            )
    if card == "continued_abroad":
        soonest = _soonest_expiry(s)
        if soonest is not None:
            opens = _one_year_before(soonest)
            if opens <= s.as_of:
                main = Procedure.CERT_RENEWAL
                need_by = soonest
                main_deadline = soonest
                main_reason = Reason(
                    "renewal_due",
                    Text(
                        f"カード又は電子証明書の有効期限（{format_date(soonest, 'ja')}）まで1年未満です。在外公館では電子証明書を更新できないため、新しいカードを申請します（無料、2〜3か月）。期限までに受け取れる方法を選んでください。",
                        f"Under a year remains before the card or its certificates expire ({format_date(soonest, 'en')}). A mission cannot renew certificates, so you apply for a new card (free, 2–3 months): pick a route that is ready before that day.",
                    ),
                    sources("S26", "S13", "S46"),
                )
                main_deadline_text = Text(
                    "有効期限までに新しいカードを受け取る（2〜3か月かかる）",
                    "Collect the new card before the expiry (it takes 2–3 months)",
                )
                reasons.append(main_reason)
            else:
                reasons.append(
                    Reason(
                        "renewal_opens_on",
                        Text(
                            f"今のカードは国外でそのまま使えます。{format_date(opens, 'ja')}（有効期限の1年前）から、在外公館で新しいカード（無料）を申請して更新できます。",
                            f"Your card keeps working abroad. From {format_date(opens, 'en')} (a year before the expiry) you can renew it by applying for a new card (free) at a mission.",
                        ),
                        sources("S35", "S37", "S26", "S13", "S46"),
                    )
                )
        else:
            reasons.append(
                Reason(
                    "card_still_valid",
                    Text(
                        "今のカードはそのまま国外で使えます。有効期限（カード又は電子証明書）まで1年未満になったら、在外公館で新しいカード（無料）を申請できます（在外公館では電子証明書の更新はできません）。",
                        "Your card keeps working abroad. Once under a year remains on the card or its certificates, you can apply for a new card (free) at a mission; missions cannot renew certificates.",
                    ),
                    sources("S35", "S37", "S26", "S13", "S46"),
                )
            )
        if s.name_changed:
            change = Reason(
                "name_changed",
                Text(
                    "氏名などが変わったら記載事項変更です。本籍地の窓口ならカードを書き換えて返却、在外公館なら新しいカード（無料。旧カードは受取時に返納）。"
                    + ("更新の新しいカードに新しい氏名が載ります。" if main else ""),
                    "A change of name or other details: at the 本籍地 the card is updated and returned; at a mission you get a new card (free; the old one is handed back on collection)."
                    + (" The renewal's new card carries the new name." if main else ""),
                ),
                sources("S8"),
            )
            if main is None:
                main, main_reason = Procedure.CHANGE_DETAILS, change
                reasons.append(change)
            else:
                steps.append(_step_for(s, Procedure.CHANGE_DETAILS, change, a))
        if s.pin_forgotten:
            steps.append(
                _step_for(
                    s,
                    Procedure.PIN_RESET,
                    Reason(
                        "pin_forgotten",
                        Text(
                            "暗証番号を忘れた・ロックされた場合は再設定です。在外公館では本人が窓口で再設定のみ（郵送不可）、本籍地の窓口でもできます。わかっている暗証番号の変更はマイナポータルかJPKI利用者ソフトで自分でできます。",
                            "A forgotten or locked PIN is reset: at a mission in person only (reset, not by mail), or at the 本籍地 counter. A PIN you know can be changed yourself in マイナポータル or the JPKI user software.",
                        ),
                        sources("S8", "S13"),
                    ),
                    a,
                    documents_for=Channel.MISSION_COUNTER,
                )
            )
        if s.email_changed:
            steps.append(
                _step_for(
                    s,
                    Procedure.EMAIL_CHANGE,
                    Reason(
                        "email_changed",
                        Text(
                            "登録したメールアドレスが変わったら本籍地の市区町村に届け出てください（有効期限などの通知が届かなくなります）。",
                            "Tell the 本籍地 municipality about your new email address, or expiry notices stop reaching you.",
                        ),
                        sources("S45", "S19", "S55"),
                    ),
                    a,
                    documents_for=Channel.HONSEKI_MAIL,
                )
            )
        if s.return_to_japan_on is not None:
            days = a.int("return_switch_deadline_days")
            steps.append(
                _step_for(
                    s,
                    Procedure.RETURN_TO_JAPAN,
                    _MOVED_BACK,
                    a,
                    deadline=s.return_to_japan_on + dt.timedelta(days=days),
                    deadline_text=Text(
                        f"転入届から{days}日以内（想定）。しないとカードは失効します",
                        f"Within {days} days of the 転入届 (assumption), or the card lapses",
                    ),
                    documents_for=Channel.RETURN_MUNICIPALITY,
                )
            )
    if main is not None:
        if main_reason is None:
            main_reason = Reason(
                "new_card",
                Text(
                    "国外転出者向けカードを申請します（新規交付、無料）。",
                    "Apply for the overseas card (新規交付, free).",
                ),
                sources("S3", "S5"),
            )
        steps.insert(
            0,
            _step_for(
                s, main, main_reason, a, deadline=main_deadline, deadline_text=main_deadline_text
            ),
        )
    return main, card, reasons, steps, need_by
