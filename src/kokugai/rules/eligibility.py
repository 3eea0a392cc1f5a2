"""Who may hold an overseas My Number card (rule ELIG-1 of rules.md).

All must hold [S1, S3, S7, S13]: Japanese nationality (the card runs on the 戸籍の附票);
no 住民票 in Japan now; a 住民票 on or after 2015-10-05 (when My Numbers were first
assigned); a known 本籍地. Every refusal carries a reason code, a message saying the way
forward, and its sources. All failing conditions are reported, not only the first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from .sources import sources
from .types import Reason, Source, Text

#: The overseas card exists from this day (令和5年法律第48号 in force).
IN_FORCE_FROM = dt.date(2024, 5, 27)
#: My Numbers were first assigned on this day; a 住民票 on or after it is required.
NUMBERING_START = dt.date(2015, 10, 5)

NOT_YET_IN_FORCE = Reason(
    "not_yet_in_force",
    Text(
        "国外転出者向けマイナンバーカードは2024年5月27日から始まった制度です。この日より前は、国外転出でカードは失効しました。",
        "Cards for people living abroad exist from 27 May 2024. Before that day a card lapsed when its holder moved abroad.",
    ),
    sources("S3", "S7"),
)
NOT_JAPANESE = Reason(
    "not_japanese",
    Text(
        "国外転出者向けカードは日本国籍の人（戸籍の附票がある人）だけが対象です。日本に住んでいた時にカードを持っていた外国籍の人も対象外です。日本の行政手続は、日本に住所を定めてから住所地の市区町村で行ってください。",
        "Only Japanese nationals (who have a 戸籍の附票) can hold this card, not foreign nationals, even if they held a card while living in Japan. Deal with Japanese administration once you register an address in Japan, at that municipality.",
    ),
    sources("S1", "S3", "S20", "S22"),
)
RESIDENT_IN_JAPAN = Reason(
    "resident_in_japan",
    Text(
        "日本に住民票があるため、国内用のカードになります。住民票のある市区町村で通常のマイナンバーカードの手続をしてください（国外転出届を出さずに出国した場合も同じです）。",
        "You still have a resident record (住民票) in Japan, so you need the ordinary domestic card: apply at the municipality where you are registered (also if you left without filing a 国外転出届).",
    ),
    sources("S1", "S3", "S7"),
)
NO_REGISTRATION_SINCE_2015 = Reason(
    "no_registration_since_2015_10_05",
    Text(
        "2015年10月5日以降に日本で住民登録をしたことがないため、マイナンバーが付番されておらず申請できません。日本に転入して住民登録をすると番号が付番され、その市区町村でカードを申請できます。",
        "You have had no resident registration in Japan since 5 October 2015, so no My Number was ever assigned and you cannot apply. Once you register as a resident in Japan a number is assigned and you can apply at that municipality.",
    ),
    sources("S1", "S3", "S39"),
)
NEVER_REGISTERED = Reason(
    "never_registered",
    Text(
        "日本で住民登録をしたことがない（国外で生まれた等）ため、マイナンバーがなく申請できません。日本に転入して住民登録をすると、その市区町村でカードを申請できます。",
        "You have never been registered as a resident in Japan (for example, born abroad), so you have no My Number and cannot apply. Once you register as a resident in Japan you can apply at that municipality.",
    ),
    sources("S1", "S3", "S5"),
)
HONSEKI_UNKNOWN = Reason(
    "honseki_unknown",
    Text(
        "本籍地がわからないと申請できません。戸籍謄本などで本籍地（政令指定都市は区まで）を確かめてから申請してください。わからない場合は在外公館に相談してください。",
        "You cannot apply without knowing your 本籍地 (registered domicile, down to the ward in a designated city). Find it on a copy of your family register (戸籍謄本) first, or ask a mission for help.",
    ),
    sources("S7", "S9b", "S24"),
)
ELIGIBLE = Reason(
    "eligible",
    Text(
        "日本国籍で、日本に住民票がなく、2015年10月5日以降に住民登録があり、本籍地がわかっているので、国外転出者向けカードの対象です。カードは本籍地の市区町村が発行します。",
        "You are a Japanese national with no resident record in Japan, were registered on or after 5 October 2015 and know your 本籍地, so you can hold the overseas card. Your 本籍地 municipality issues it.",
    ),
    sources("S1", "S3", "S24", "S39"),
)


@dataclass(frozen=True)
class Eligibility:
    eligible: bool
    reasons: tuple[Reason, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(r.code for r in self.reasons)

    @property
    def sources(self) -> tuple[Source, ...]:
        return tuple(s for r in self.reasons for s in r.sources)


def eligibility(
    *,
    as_of: dt.date,
    nationalities: Collection[str],
    resident_in_japan: bool,
    left_japan_on: dt.date | None,
    registered_since_2015: bool | None = None,
    honseki_known: bool,
) -> Eligibility:
    """ELIG-1.

    ``left_japan_on`` is the date of the last 国外転出 (None: never registered in Japan).
    ``registered_since_2015`` may say that someone who left before 2015-10-05 was registered
    again later (e.g. a later stay); by default the departure date decides.
    """
    failed: list[Reason] = []
    if as_of < IN_FORCE_FROM:
        failed.append(NOT_YET_IN_FORCE)
    if "JP" not in {n.upper() for n in nationalities}:
        failed.append(NOT_JAPANESE)
    if resident_in_japan:
        failed.append(RESIDENT_IN_JAPAN)
    elif left_japan_on is None and not registered_since_2015:
        failed.append(NEVER_REGISTERED)
    elif registered_since_2015 is False or (
        registered_since_2015 is None
        and left_japan_on is not None
        and left_japan_on < NUMBERING_START
    ):
        failed.append(NO_REGISTRATION_SINCE_2015)
    if not honseki_known:
        failed.append(HONSEKI_UNKNOWN)
    if failed:
        return Eligibility(False, tuple(failed))
    return Eligibility(True, (ELIGIBLE,))
