"""What an overseas card can and cannot do (rules.md §7.1, §7.2).

コンビニ交付: a non-resident has no 住民票, so only certificates kept by the 本籍地 (the
戸籍) can be printed, and only where the 本籍地 offers コンビニ交付 [S59, S30, S55]. A kiosk
refuses the rest with 「利用できないカードです」 [S55]. マイナ保険証 needs the authentication
certificate (利用者証明用電子証明書) and stops working when it expires [S43, S55].
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from .assumptions import Assumptions
from .sources import sources
from .types import Reason, Source, Text

Certificate = Literal[
    "koseki",  # 戸籍証明書 (全部事項 / 個人事項 = 謄本 / 抄本)
    "koseki_fuhyo",  # 戸籍の附票の写し
    "juminhyo",  # 住民票の写し
    "juminhyo_joshohyo",  # 住民票除票の写し
    "inkan",  # 印鑑登録証明書
    "kazei",  # 課税証明書
]
CERTIFICATES: tuple[Certificate, ...] = (
    "koseki",
    "koseki_fuhyo",
    "juminhyo",
    "juminhyo_joshohyo",
    "inkan",
    "kazei",
)
CERTIFICATE_NAMES: dict[str, Text] = {
    "koseki": Text("戸籍証明書（全部事項・個人事項）", "Family register certificate (戸籍証明書)"),
    "koseki_fuhyo": Text("戸籍の附票の写し", "Copy of the 戸籍の附票"),
    "juminhyo": Text("住民票の写し", "Certificate of residence (住民票)"),
    "juminhyo_joshohyo": Text("住民票除票の写し", "Former-residence record (住民票除票)"),
    "inkan": Text("印鑑登録証明書", "Seal registration certificate (印鑑登録証明書)"),
    "kazei": Text("課税証明書", "Tax certificate (課税証明書)"),
}
#: What the kiosk shows for a certificate an overseas card cannot get [S55].
KIOSK_REFUSAL = "利用できないカードです"

PAPER_HOKENSHO_LAST_ISSUE = dt.date(2024, 12, 1)  # none new from 2024-12-02 [S40, S42]
PAPER_HOKENSHO_LATEST_END = dt.date(2025, 12, 1)  # at the latest [S40, S42, S43]
PAPER_HOKENSHO_ABOLISHED = dt.date(2025, 12, 2)  # [S42]
PAPER_HOKENSHO_GRACE_END = dt.date(2026, 3, 31)  # single secondary source, assumption [S41]


_USABLE = frozenset(
    {"paper_hokensho_issued", "paper_hokensho_phasing_out", "myna_hokensho_possible"}
)


@dataclass(frozen=True)
class Capability:
    code: str
    allowed: bool
    reason: Reason
    #: what a convenience-store kiosk shows when refused (None if allowed)
    kiosk_message: str | None = None
    assumptions: tuple[str, ...] = ()

    @property
    def sources(self) -> tuple[Source, ...]:
        return self.reason.sources


def convenience_store(
    certificate: Certificate,
    *,
    honseki_offers_konbini: bool | None,
    has_user_certificate: bool,
    age: int | None = None,
    overrides: Mapping[str, object] | Assumptions | None = None,
) -> Capability:
    """Can an overseas card print ``certificate`` at a convenience store?"""
    a = Assumptions.of(overrides)
    name = CERTIFICATE_NAMES[certificate]
    code = f"konbini_{certificate}"
    if not has_user_certificate:
        return Capability(
            code,
            False,
            Reason(
                "needs_user_certificate",
                Text(
                    "コンビニ交付には利用者証明用電子証明書が必要です。",
                    "Convenience-store printing needs the authentication certificate on the card.",
                ),
                sources("S59", "S30"),
            ),
            KIOSK_REFUSAL,
        )
    if age is not None and age < 15:
        return Capability(
            code,
            False,
            Reason(
                "under_15",
                Text(
                    "15歳未満はコンビニ交付を利用できません。",
                    "Under-15s cannot use convenience-store printing.",
                ),
                sources("S60"),
            ),
            KIOSK_REFUSAL,
        )
    if certificate == "koseki":
        if honseki_offers_konbini is False:
            return Capability(
                code,
                False,
                Reason(
                    "honseki_no_konbini",
                    Text(
                        "本籍地の市区町村がコンビニ交付を行っていません。",
                        "Your 本籍地 municipality does not offer convenience-store printing.",
                    ),
                    sources("S30"),
                ),
                KIOSK_REFUSAL,
            )
        return Capability(
            code,
            True,
            Reason(
                "konbini_koseki",
                Text(
                    f"{name.ja}はコンビニで取得できます（本籍地がコンビニ交付を行っている場合。事前に利用登録申請が必要な場合あり）。",
                    f"{name.en}: available at convenience stores if your 本籍地 offers the service (a use registration may be needed first).",
                ),
                sources("S59", "S30", "S55"),
            ),
        )
    if certificate == "koseki_fuhyo":
        allowed = a.bool("konbini_koseki_fuhyo")
        return Capability(
            code,
            allowed,
            Reason(
                "konbini_koseki_fuhyo_unconfirmed",
                Text(
                    f"{name.ja}のコンビニ交付は未確認です（想定: {'可' if allowed else '不可'}）。",
                    f"{name.en} at convenience stores is unconfirmed (assumed {'possible' if allowed else 'not possible'}).",
                ),
                (),
            ),
            None if allowed else KIOSK_REFUSAL,
            ("konbini_koseki_fuhyo",),
        )
    return Capability(
        code,
        False,
        Reason(
            "konbini_not_for_non_residents",
            Text(
                f"{name.ja}は国外転出者向けカードでは取得できません（端末に「{KIOSK_REFUSAL}」と表示されます）。",
                f"{name.en} cannot be printed with an overseas card (the kiosk shows 「{KIOSK_REFUSAL}」).",
            ),
            sources("S59", "S55"),
        ),
        KIOSK_REFUSAL,
    )


def health_insurance(
    as_of: dt.date,
    *,
    has_user_certificate: bool,
    overrides: Mapping[str, object] | Assumptions | None = None,
) -> list[Reason]:
    """The state of paper 健康保険証 on ``as_of`` and what the card needs to be a マイナ保険証."""
    a = Assumptions.of(overrides)
    out: list[Reason] = []
    hs = sources("S40", "S42", "S43")
    if as_of <= PAPER_HOKENSHO_LAST_ISSUE:
        out.append(
            Reason(
                "paper_hokensho_issued",
                Text(
                    "紙の健康保険証は2024年12月1日まで発行されます（12月2日以降は新規発行なし）。",
                    "Paper health insurance cards are issued until 1 December 2024 (none from 2 December 2024).",
                ),
                hs,
            )
        )
    elif as_of < PAPER_HOKENSHO_ABOLISHED:
        out.append(
            Reason(
                "paper_hokensho_phasing_out",
                Text(
                    "紙の健康保険証は2024年12月2日から新規発行されず、手元の保険証は記載の有効期限まで、遅くとも2025年12月1日まで使えます（保険者によってはもっと早く終わります）。",
                    "No new paper health insurance cards since 2 December 2024; existing ones work until their printed expiry, at the latest 1 December 2025 (earlier for some insurers).",
                ),
                hs + sources("S41", "S63"),
            )
        )
    else:
        grace = a.bool("hokensho_grace_2026_03") and as_of <= PAPER_HOKENSHO_GRACE_END
        out.append(
            Reason(
                "paper_hokensho_abolished",
                Text(
                    "2025年12月2日から紙の健康保険証は廃止されました。受診にはマイナ保険証か資格確認書が必要です。"
                    + ("（2026年3月末までの特例を想定）" if grace else ""),
                    "Paper health insurance cards are abolished from 2 December 2025: use a マイナ保険証 or an eligibility certificate (資格確認書)."
                    + (" (A grace period to the end of March 2026 is assumed.)" if grace else ""),
                ),
                sources("S42", "S61"),
            )
        )
    if has_user_certificate:
        out.append(
            Reason(
                "myna_hokensho_possible",
                Text(
                    "利用者証明用電子証明書があれば、健康保険証利用登録（マイナポータル等）をしてマイナ保険証として使えます。電子証明書が切れるとマイナ保険証も使えなくなります。",
                    "With the authentication certificate you can register the card as a マイナ保険証 (via マイナポータル etc.); it stops working when the certificate expires.",
                ),
                sources("S43", "S55"),
            )
        )
    else:
        out.append(
            Reason(
                "myna_hokensho_needs_certificate",
                Text(
                    "マイナ保険証には利用者証明用電子証明書が必要です。電子証明書なしで申請するとマイナ保険証として使えません。",
                    "A マイナ保険証 needs the authentication certificate; a card without certificates cannot be used as one.",
                ),
                sources("S43", "S55"),
            )
        )
    return out


def capabilities(
    *,
    as_of: dt.date,
    with_certificates: bool,
    honseki_offers_konbini: bool | None = None,
    age: int | None = None,
    overrides: Mapping[str, object] | Assumptions | None = None,
) -> list[Capability]:
    """Everything an overseas card with (or without) certificates can and cannot do."""
    a = Assumptions.of(overrides)
    out = [
        convenience_store(
            c,
            honseki_offers_konbini=honseki_offers_konbini,
            has_user_certificate=with_certificates,
            age=age,
            overrides=a,
        )
        for c in CERTIFICATES
    ]
    for r in health_insurance(as_of, has_user_certificate=with_certificates, overrides=a):
        out.append(Capability(r.code, r.code in _USABLE, r))
    return out
