"""The driving licence and the card (マイナ免許証, since 2025-03-24) [S47, S50, S65, S67, S71].

Three options: 免許証のみ (``licence_only``), マイナ免許証のみ (``myna_only``), 2枚持ち
(``both``). Nothing about the licence is printed on the card face [S47], which is why MOFA
tells people driving abroad to keep the conventional licence [S71], and why a non-resident
who merges the licence into the card may be unable to renew it [S55].
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from .assumptions import Assumptions
from .dates import format_date
from .sources import merge, sources
from .types import Effective, Reason, Source, Text

LicenceOptionCode = Literal["licence_only", "myna_only", "both"]
OPTIONS: tuple[LicenceOptionCode, ...] = ("licence_only", "myna_only", "both")

MYNA_LICENCE_FROM = dt.date(2025, 3, 24)
_FEE_SOURCES = sources("S65", "S67", "S55")


@dataclass(frozen=True, kw_only=True)
class LicenceFeeRule(Effective):
    option: LicenceOptionCode
    renewal_yen: int
    new_licence_yen: int
    sources: tuple[Source, ...]


FEE_TABLE: tuple[LicenceFeeRule, ...] = (
    # Before マイナ免許証 only the conventional licence existed (old schedule) [S65].
    LicenceFeeRule(
        option="licence_only",
        renewal_yen=2500,
        new_licence_yen=2050,
        sources=sources("S65"),
        valid_from=dt.date(2000, 1, 1),
        valid_to=MYNA_LICENCE_FROM,
    ),
    LicenceFeeRule(
        option="licence_only",
        renewal_yen=2850,
        new_licence_yen=2350,
        sources=_FEE_SOURCES,
        valid_from=MYNA_LICENCE_FROM,
    ),
    LicenceFeeRule(
        option="myna_only",
        renewal_yen=2100,
        new_licence_yen=1550,
        sources=_FEE_SOURCES,
        valid_from=MYNA_LICENCE_FROM,
    ),
    LicenceFeeRule(
        option="both",
        renewal_yen=2950,
        new_licence_yen=2450,
        sources=_FEE_SOURCES,
        valid_from=MYNA_LICENCE_FROM,
    ),
)

#: Recording the licence on the card outside a renewal [S65, S67, S68, S55].
REGISTER_OUTSIDE_RENEWAL_YEN = 1500
#: オンライン更新時講習 [S68, S69, S70].
ONLINE_LECTURE_YEN = 200
ONLINE_LECTURE_MAX_AGE = 70  # under 70 only
ONLINE_LECTURE_CLASSES = frozenset({"excellent", "general"})  # 優良 / 一般 drivers
#: what a situation may say about the driver (違反運転者・初回更新者 are "other")
DRIVER_CLASSES = ("excellent", "general", "other")
_LECTURE_SOURCES = sources("S68", "S69", "S70")


def fee_rule(option: LicenceOptionCode, as_of: dt.date) -> LicenceFeeRule | None:
    return next((r for r in FEE_TABLE if r.option == option and r.in_force(as_of)), None)


def online_lecture_eligible(
    option: LicenceOptionCode, *, driver_class: str, age: int, as_of: dt.date
) -> bool:
    """The 200-yen online renewal lecture: マイナ免許証 holders (one or both cards), 優良 or 一般
    drivers, under 70 [S68, S69, S70]."""
    return (
        as_of >= MYNA_LICENCE_FROM
        and option in {"myna_only", "both"}
        and driver_class in ONLINE_LECTURE_CLASSES
        and age < ONLINE_LECTURE_MAX_AGE
    )


@dataclass(frozen=True)
class LicenceOption:
    option: LicenceOptionCode
    renewal_fee_yen: int
    #: to record the licence on the card outside a renewal (None: nothing to record)
    register_fee_yen: int | None
    #: True where this holder may take the online lecture (with a condition left to check
    #: when the driver class or age is unknown: see ``online_lecture_note``)
    online_lecture: bool
    online_lecture_fee_yen: int | None
    recommended: bool
    warnings: tuple[Reason, ...]
    sources: tuple[Source, ...]
    assumptions: tuple[str, ...] = ()
    #: who may take the online lecture, said for this holder
    online_lecture_note: Text | None = None

    def as_dict(self, lang: str = "ja") -> dict[str, object]:
        return {
            "option": self.option,
            "renewal_fee_yen": self.renewal_fee_yen,
            "register_fee_yen": self.register_fee_yen,
            "online_lecture": self.online_lecture,
            "online_lecture_fee_yen": self.online_lecture_fee_yen,
            "online_lecture_note": (
                self.online_lecture_note.get(lang) if self.online_lecture_note else None
            ),
            "recommended": self.recommended,
            "warnings": [w.as_dict(lang) for w in self.warnings],
        }


ABROAD_NEEDS_CONVENTIONAL = Reason(
    "drives_abroad_keep_conventional_licence",
    Text(
        "海外で運転する人は従来の免許証を持っていてください。カードの券面には免許の記載がなく、現地の警察に無免許と扱われるおそれ、国外運転免許証と一緒に日本の免許証の提示を求める国、外国の免許への切替でマイナ免許証が認められないおそれがあります。",
        "If you drive abroad, keep the conventional licence: the card face shows no licence, so local police may treat you as unlicensed, some countries require the Japanese licence alongside the international driving permit, and a マイナ免許証 may not be accepted when converting to a foreign licence.",
    ),
    sources("S71", "S67", "S55"),
)
NO_DOMESTIC_ADDRESS = Reason(
    "non_resident_myna_only_may_lose_licence",
    Text(
        "非居住者が免許をカードに一本化する（従来の免許証を返納する）と、カードに国内の住所がないため次の更新ができず、免許が失効するおそれがあります。",
        "A non-resident who merges the licence into the card (handing back the conventional licence) has no domestic address on it, may be unable to renew, and may lose the licence.",
    ),
    sources("S55", "S73"),
)
PRIVATE_SERVICES = Reason(
    "myna_only_private_services",
    Text(
        "レンタカーなど民間のサービスでマイナ免許証が使えない場合があります。",
        "Some private services (e.g. car rental) may not accept a マイナ免許証.",
    ),
    sources("S55"),
)
NO_ONE_STOP = Reason(
    "both_no_one_stop",
    Text(
        "2枚持ちは住所・氏名変更のワンストップサービスの対象外で、更新手数料も免許証のみより100円高くなります。",
        "Holding both is outside the one-stop change-of-address service, and renewal costs 100 yen more than the licence alone.",
    ),
    sources("S55", "S65"),
)
CARD_LOSS = Reason(
    "card_loss_reregister",
    Text(
        "カードを紛失すると、市区町村での再交付（国外では2〜3か月）と免許センターでの再登録が必要です。",
        "If the card is lost it must be reissued (2–3 months from abroad) and the licence recorded again at a licence centre.",
    ),
    sources("S67", "S3"),
)
TEMPORARY_ADDRESS = Reason(
    "renew_with_temporary_address",
    Text(
        "海外在住者は一時帰国中の滞在先を住所として免許を更新します。",
        "People living abroad renew the licence using their temporary address in Japan.",
    ),
    sources("S73"),
)
OVERSEAS_CARD_UNCONFIRMED = Reason(
    "overseas_card_licence_unconfirmed",
    Text(
        "国外転出者向けカードに免許情報を記録できるかは公式には未確認です（体験記では登録できた）。",
        "Whether an overseas card can hold licence data is not officially confirmed (the seed's author could register it).",
    ),
    sources("S55"),
)


_LECTURE_WHO = Text(
    "オンライン更新時講習（200円）は、マイナ免許証を持つ優良運転者・一般運転者で70歳未満の人が受けられます",
    "The online renewal lecture (200 yen) is for マイナ免許証 holders who are 優良 (excellent) or 一般 (general) drivers and under 70",
)


def _lecture(
    option: LicenceOptionCode, *, age: int | None, driver_class: str | None, as_of: dt.date
) -> tuple[bool, Text | None]:
    """Whether this holder may take the online lecture, and the sentence saying so.

    An unknown age or driver class is not a no: the option says the condition instead.
    """
    # Unknowns are given the most favourable value: "possible, if ..." rather than "no".
    possible = online_lecture_eligible(
        option,
        driver_class=driver_class or "general",
        age=0 if age is None else age,
        as_of=as_of,
    )
    if option == "licence_only" or as_of < MYNA_LICENCE_FROM:
        return False, None
    if age is not None and age >= ONLINE_LECTURE_MAX_AGE:
        return False, Text(
            _LECTURE_WHO.ja + f"。{format_date(as_of, 'ja')}時点で70歳以上のため受けられません。",
            _LECTURE_WHO.en
            + f". You are 70 or over on {format_date(as_of, 'en')}, so it is not open to you.",
        )
    if not possible:
        return False, Text(
            _LECTURE_WHO.ja
            + "。優良・一般運転者ではないため受けられません（違反運転者・初回更新者の講習は対面）。",
            _LECTURE_WHO.en
            + ". You are not an excellent or general driver, so it is not open to you (those lectures are in person).",
        )
    if driver_class is None or age is None:
        return True, Text(
            _LECTURE_WHO.ja
            + "。該当するか確認してください（運転者区分は更新のお知らせに書かれています）。",
            _LECTURE_WHO.en
            + ". Check that this is you (the driver class is on the renewal notice).",
        )
    kind_ja = "優良" if driver_class == "excellent" else "一般"
    kind_en = "an excellent" if driver_class == "excellent" else "a general"
    return True, Text(
        _LECTURE_WHO.ja
        + f"。{format_date(as_of, 'ja')}時点で{age}歳・{kind_ja}運転者なので受けられます。",
        _LECTURE_WHO.en
        + f". You are {age} on {format_date(as_of, 'en')} and {kind_en} driver, so you may take it.",
    )


def licence_options(
    *,
    as_of: dt.date,
    resident_in_japan: bool,
    drives_abroad: bool,
    holds_japanese_licence: bool = True,
    age: int | None = None,
    driver_class: str | None = None,
    overrides: Mapping[str, object] | Assumptions | None = None,
) -> list[LicenceOption]:
    """The options in force on ``as_of``, with fees, warnings and a recommendation.

    Non-residents and anyone driving abroad are recommended ``both`` or ``licence_only``.
    ``age`` (on ``as_of``) and ``driver_class`` (one of :data:`DRIVER_CLASSES`, None when
    unknown) decide who may take the online lecture (:func:`online_lecture_eligible`).
    """
    if not holds_japanese_licence:
        return []
    a = Assumptions.of(overrides)
    cautious = drives_abroad or not resident_in_japan
    out = []
    for option in OPTIONS:
        rule = fee_rule(option, as_of)
        if rule is None:
            continue
        warnings: list[Reason] = []
        used: list[str] = []
        if option == "myna_only":
            if drives_abroad:
                warnings.append(ABROAD_NEEDS_CONVENTIONAL)
            if not resident_in_japan:
                warnings.append(NO_DOMESTIC_ADDRESS)
            warnings.append(PRIVATE_SERVICES)
        if option == "both":
            warnings.append(NO_ONE_STOP)
        if option != "licence_only":
            warnings.append(CARD_LOSS)
            if not resident_in_japan:
                a.bool("overseas_card_holds_licence")
                used.append("overseas_card_holds_licence")
                warnings.append(OVERSEAS_CARD_UNCONFIRMED)
        if option != "myna_only" and not resident_in_japan:
            warnings.append(TEMPORARY_ADDRESS)
        with_card = option != "licence_only"
        lecture, lecture_note = _lecture(option, age=age, driver_class=driver_class, as_of=as_of)
        out.append(
            LicenceOption(
                option=option,
                renewal_fee_yen=rule.renewal_yen,
                register_fee_yen=REGISTER_OUTSIDE_RENEWAL_YEN if with_card else None,
                online_lecture=lecture,
                online_lecture_fee_yen=ONLINE_LECTURE_YEN if lecture else None,
                recommended=not (cautious and option == "myna_only"),
                warnings=tuple(warnings),
                sources=merge(
                    rule.sources,
                    _LECTURE_SOURCES if with_card else (),
                    *(w.sources for w in warnings),
                ),
                assumptions=tuple(used),
                online_lecture_note=lecture_note,
            )
        )
    return out
