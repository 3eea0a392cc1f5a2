"""The procedures catalogue: for every procedure, its channels and their conditions, the
documents with their official form names, who may act, the deadline, and typical durations
per stage (priors for the ready-date estimate). Also the staff intake checklist.

Sources per entry; where rules.md marks a fact UNCONFIRMED the entry says so (``confirmed``
False) or rests on a named assumption.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from .assumptions import Assumptions
from .codes import Actor, Channel, OfficeKind, OfficeRole, Procedure
from .dates import format_date
from .fees import fee
from .sources import merge, sources
from .types import Effective, Reason, Source, Text

IN_FORCE_FROM = dt.date(2024, 5, 27)

ItemKind = Literal["form", "document", "identity", "photo", "fee", "check"]
#: who the item is for: the applicant brings or does it; staff do it after intake
Audience = Literal["applicant", "staff"]

#: The stages a new card passes through, in order.
CARD_STAGES = ("intake", "transit_to_honseki", "review", "production", "shipping", "pickup_ready")

#: Procedures that end with a new card to collect.
CARD_PROCEDURES = frozenset({Procedure.NEW_ISSUANCE, Procedure.REISSUE})
MISSION_CHANNELS = frozenset({Channel.MISSION_COUNTER, Channel.MISSION_MAIL})
MAIL_CHANNELS = frozenset({Channel.MISSION_MAIL, Channel.HONSEKI_MAIL})


class ChannelNotAvailableError(ValueError):
    """The procedure cannot be done through this channel."""

    def __init__(self, procedure: Procedure, channel: Channel) -> None:
        super().__init__(f"{procedure.value} is not available via {channel.value}")
        self.code = "channel_not_available"
        self.procedure = procedure
        self.channel = channel


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    kind: ItemKind
    label: Text
    required: bool
    sources: tuple[Source, ...] = ()
    #: key of the assumption this item rests on, if any
    assumption: str | None = None
    #: "staff" items are the office's own steps: never in the applicant's "what to bring"
    audience: Audience = "applicant"

    def as_dict(self, lang: str = "ja") -> dict[str, object]:
        return {
            "code": self.code,
            "kind": self.kind,
            "audience": self.audience,
            "label": self.label.get(lang),
            "required": self.required,
            "assumption": self.assumption is not None,
            "sources": [s.id for s in self.sources],
        }


@dataclass(frozen=True, kw_only=True)
class ChannelSpec(Effective):
    channel: Channel
    conditions: tuple[Text, ...] = ()
    sources: tuple[Source, ...] = ()
    #: False where only listed, with steps unconfirmed, or resting on an assumption
    confirmed: bool = True


@dataclass(frozen=True)
class PhotoRule:
    height_cm: float = 4.5
    width_cm: float = 3.5
    prints: int = 1
    #: no photo for children under this age
    from_age: int = 1
    sources: tuple[Source, ...] = field(default=sources("S3", "S5"))


PHOTO = PhotoRule()


@dataclass(frozen=True, kw_only=True)
class ProcedureSpec(Effective):
    code: Procedure
    name: Text
    channels: tuple[ChannelSpec, ...]
    #: who may apply
    actors: tuple[Actor, ...]
    #: who may collect the result (empty: nothing to collect)
    pickup_actors: tuple[Actor, ...] = ()
    produces_card: bool = False
    deadline: Text | None = None
    photo: PhotoRule | None = None
    notes: tuple[Reason, ...] = ()
    sources: tuple[Source, ...] = ()

    def channel(self, channel: Channel) -> ChannelSpec | None:
        return next((c for c in self.channels if c.channel is channel), None)


def _ch(
    channel: Channel, srcs: tuple[Source, ...], *conditions: Text, confirmed: bool = True
) -> ChannelSpec:
    return ChannelSpec(
        channel=channel,
        conditions=conditions,
        sources=srcs,
        confirmed=confirmed,
        valid_from=IN_FORCE_FROM,
    )


_NO_EXPRESS = Reason(
    "no_express_no_online",
    Text(
        "国外転出者向けカードはオンライン申請も特急発行もできません。",
        "Overseas cards cannot be applied for online and there is no express issuance.",
    ),
    sources("S7"),
)
_PICKUP_IN_PERSON = Reason(
    "pickup_in_person",
    Text(
        "受取は本人のみ（代理受領不可）。15歳未満・成年被後見人は法定代理人と一緒に受け取ります。",
        "Only the holder can collect the card (no proxy). Under 15 or under guardianship: together with the legal representative.",
    ),
    sources("S24", "S4", "S6"),
)
_PIN_SEALED = Reason(
    "pin_request_sealed",
    Text(
        "代理人が暗証番号設定依頼書を出す場合は封をすること（開封されたものは受け付けられない）。",
        "If an agent submits the PIN-setting request it must be sealed; an open one is refused.",
    ),
    sources("S25"),
)

_NEW_CARD_CHANNELS = (
    _ch(
        Channel.MISSION_COUNTER,
        sources("S2", "S3", "S9"),
        Text(
            "在外公館によっては事前予約が必要（フィンランド等）",
            "Some missions need a reservation first (e.g. Finland)",
        ),
    ),
    _ch(
        Channel.MISSION_MAIL,
        sources("S2", "S3", "S5", "S4", "S6"),
        Text(
            "郵送を受け付けない在外公館がある（フィリピン）。追跡できる郵便で",
            "Some missions refuse mail (the Philippines); use tracked mail",
        ),
    ),
    _ch(
        Channel.HONSEKI_MAIL,
        sources("S2", "S7"),
        Text(
            "本籍地の市区町村へ直接郵送（急ぐ場合）。パスポート原本は送らない",
            "Mail straight to the 本籍地 municipality (when in a hurry); never mail the passport",
        ),
    ),
    _ch(
        Channel.MUNICIPALITY_VISIT,
        sources("S24", "S25", "S26", "S55"),
        Text(
            "一時帰国中に本籍地以外の市区町村でも申請可（本籍地へ送付される）",
            "Any municipality during a visit, also not the 本籍地 (it forwards the application)",
        ),
    ),
    _ch(Channel.HONSEKI_COUNTER, sources("S24", "S48")),
)

_CATALOGUE: tuple[ProcedureSpec, ...] = (
    ProcedureSpec(
        code=Procedure.CONTINUE_ABROAD,
        name=Text("国外継続利用", "Keep the card when moving abroad (国外継続利用)"),
        channels=(
            _ch(
                Channel.DEPARTURE_MUNICIPALITY,
                sources("S28", "S32", "S33", "S34"),
                Text(
                    "国外転出届と同時に、現在の住所地で。休日窓口では扱わない市区町村がある",
                    "At the current municipality with the 国外転出届; some do not handle it at weekend openings",
                ),
            ),
        ),
        actors=(Actor.SELF, Actor.LEGAL_REPRESENTATIVE, Actor.HOUSEHOLD, Actor.PROXY),
        deadline=Text(
            "転出予定日の前日まで（当日以降は継続利用できず、カードは廃止・回収）",
            "By the day before the planned departure (from that day on the card is cancelled and taken back)",
        ),
        notes=(
            Reason(
                "proxy_not_same_day",
                Text(
                    "任意代理人の場合は即日にならず、照会書兼回答書と委任状が本人に郵送されます。法定代理人・同一世帯員は即日（電子証明書の発行には本人が書いて封をした委任状）。",
                    "An agent who is not a legal representative or household member cannot finish the same day: the office mails an inquiry and a power of attorney to the holder. Legal representatives and household members can (certificates need the holder's sealed power of attorney).",
                ),
                sources("S16", "S14", "S33", "S23", "S22"),
            ),
            Reason(
                "certificates_after_departure_self_only",
                Text(
                    "国外転出日の後は、電子証明書の申請は本人のみ。",
                    "After the departure date only the holder can apply for certificates.",
                ),
                sources("S18"),
            ),
            Reason(
                "signing_certificate_lapses",
                Text(
                    "署名用電子証明書は国外転出日に失効します（国外転出者向けを新たに発行可）。利用者証明用は失効しません。",
                    "The signing certificate lapses on the departure date (an overseas one can be issued); the authentication certificate does not.",
                ),
                sources("S30", "S18", "S28"),
            ),
        ),
        sources=sources("S28", "S32", "S19", "S23", "S27", "S35", "S37"),
        valid_from=IN_FORCE_FROM,
    ),
    ProcedureSpec(
        code=Procedure.NEW_ISSUANCE,
        name=Text("新規交付", "New card (新規交付)"),
        channels=_NEW_CARD_CHANNELS,
        actors=(Actor.SELF, Actor.LEGAL_REPRESENTATIVE, Actor.PROXY),
        pickup_actors=(Actor.SELF,),
        produces_card=True,
        photo=PHOTO,
        notes=(_NO_EXPRESS, _PICKUP_IN_PERSON, _PIN_SEALED),
        sources=sources("S1", "S3", "S9", "S24", "S25", "S26", "S55"),
        valid_from=IN_FORCE_FROM,
    ),
    ProcedureSpec(
        code=Procedure.REISSUE,
        name=Text("再交付（紛失・盗難等）", "Replacement card (再交付: lost, stolen)"),
        channels=(
            _ch(
                Channel.MISSION_COUNTER,
                sources("S9b"),
                Text(
                    "シンガポールでは「国外転出」の記載がある有効なカードをその国で紛失した場合のみ",
                    "Singapore: only for a valid card marked 「国外転出」 lost in Singapore",
                ),
            ),
            _ch(
                Channel.MISSION_MAIL,
                sources("S2"),
                Text("条件付きで郵送可（フィンランド）", "By mail under conditions (Finland)"),
            ),
            _ch(
                Channel.HONSEKI_MAIL,
                sources("S7"),
                confirmed=False,
            ),
            _ch(Channel.MUNICIPALITY_VISIT, sources("S24", "S45"), confirmed=False),
            _ch(Channel.HONSEKI_COUNTER, sources("S45", "S48")),
        ),
        actors=(Actor.SELF, Actor.LEGAL_REPRESENTATIVE, Actor.PROXY),
        pickup_actors=(Actor.SELF,),
        produces_card=True,
        photo=PHOTO,
        notes=(
            Reason(
                "suspend_first",
                Text(
                    "まずマイナンバーカードコールセンター（+81-3-6734-0170、24時間）でカードの一時停止を。",
                    "First suspend the card through the My Number card call centre (+81-3-6734-0170, 24 hours).",
                ),
                sources("S9b"),
            ),
            _NO_EXPRESS,
            _PICKUP_IN_PERSON,
        ),
        sources=sources("S9b", "S45", "S49", "S56"),
        valid_from=IN_FORCE_FROM,
    ),
    ProcedureSpec(
        code=Procedure.CHANGE_DETAILS,
        name=Text("記載事項変更（氏名等）", "Change of card details (name etc.)"),
        channels=(
            _ch(
                Channel.HONSEKI_COUNTER,
                sources("S8"),
                Text(
                    "カードと個人番号カード券面記載事項変更届を出すと、カードを書き換えて返却",
                    "Hand in the card with a 券面記載事項変更届; the card is updated and returned",
                ),
            ),
            _ch(
                Channel.MISSION_COUNTER,
                sources("S8"),
                Text(
                    "新しいカードの申請（無料）。旧カードは受取時に返納",
                    "A new card (free); the old card is returned on collection",
                ),
            ),
            _ch(
                Channel.MISSION_MAIL,
                sources("S2", "S8"),
                Text("郵送可（フィンランド）", "By mail (Finland)"),
            ),
        ),
        actors=(Actor.SELF, Actor.LEGAL_REPRESENTATIVE),
        pickup_actors=(Actor.SELF,),
        produces_card=True,
        photo=PHOTO,
        sources=sources("S8", "S2"),
        valid_from=IN_FORCE_FROM,
    ),
    ProcedureSpec(
        code=Procedure.PIN_RESET,
        name=Text("暗証番号の変更・再設定", "PIN change or reset"),
        channels=(
            _ch(
                Channel.HONSEKI_COUNTER,
                sources("S8"),
                Text(
                    "カードと個人番号カード暗証番号変更・再設定申請書",
                    "The card and the PIN change/reset application",
                ),
            ),
            _ch(
                Channel.MISSION_COUNTER,
                sources("S13"),
                Text("再設定のみ。郵送不可", "Reset only, in person (not by mail)"),
            ),
            _ch(
                Channel.ONLINE,
                sources("S13"),
                Text(
                    "暗証番号がわかる場合の変更のみ: マイナポータル（署名用・利用者証明用・券面事項入力補助用）又はJPKI利用者ソフト（全て）",
                    "Change only, when the PIN is known: マイナポータル (signing, authentication, form-filling PINs) or the JPKI user software (all PINs)",
                ),
            ),
        ),
        actors=(Actor.SELF, Actor.LEGAL_REPRESENTATIVE),
        sources=sources("S8", "S13"),
        valid_from=IN_FORCE_FROM,
    ),
    ProcedureSpec(
        code=Procedure.CERT_RENEWAL,
        name=Text("電子証明書・カードの更新", "Certificate or card renewal"),
        channels=(
            _ch(
                Channel.MISSION_COUNTER,
                sources("S26", "S13", "S46"),
                Text(
                    "在外公館では更新できず、新しいカードの申請（無料、2〜3か月）。有効期限まで1年未満か追記欄が満杯のとき",
                    "A mission cannot renew: apply for a new card instead (free, 2–3 months), once under a year remains or the endorsement area is full",
                ),
            ),
            _ch(
                Channel.MISSION_MAIL,
                sources("S26", "S13", "S46"),
                Text("同上（新しいカードの申請）", "As above (a new card)"),
            ),
            _ch(
                Channel.HONSEKI_COUNTER,
                sources("S48"),
                Text("手順・様式は未確認", "Steps and form unconfirmed"),
                confirmed=False,
            ),
        ),
        actors=(Actor.SELF,),
        pickup_actors=(Actor.SELF,),
        produces_card=True,
        photo=PHOTO,
        notes=(
            Reason(
                "certificate_shorter_than_card",
                Text(
                    "電子証明書（5年）はカード（10年）より短く、国外での更新は毎回2〜3か月の新規発行になります。",
                    "Certificates (5 years) last less than the card (10); abroad each renewal is a 2–3-month new card.",
                ),
                sources("S46"),
            ),
        ),
        sources=sources("S26", "S13", "S46", "S48"),
        valid_from=IN_FORCE_FROM,
    ),
    ProcedureSpec(
        code=Procedure.SURRENDER,
        name=Text("返納", "Surrender of the card (返納)"),
        channels=(
            _ch(
                Channel.HONSEKI_COUNTER,
                sources("S48", "S49"),
                Text("様式名は未確認", "Form name unconfirmed"),
                confirmed=False,
            ),
        ),
        actors=(Actor.SELF, Actor.LEGAL_REPRESENTATIVE),
        sources=sources("S48", "S49"),
        valid_from=IN_FORCE_FROM,
    ),
    ProcedureSpec(
        code=Procedure.CERT_ISSUE,
        name=Text(
            "署名用電子証明書の新規発行（国外転出者向け）",
            "New signing certificate for a holder living abroad",
        ),
        # rules.md §6: the 署名用 certificate lapses on the 国外転出日 and a new 国外転出者向け
        # one can be issued (S30, S18, S28); where, with which form and at what fee is
        # UNCONFIRMED, so every channel is marked unconfirmed and the fee is an assumption.
        channels=(
            _ch(
                Channel.DEPARTURE_MUNICIPALITY,
                sources("S18", "S28"),
                Text(
                    "国外継続利用の手続と同時に（手順・様式は未確認）",
                    "Together with 国外継続利用 before leaving (steps and form unconfirmed)",
                ),
                confirmed=False,
            ),
            _ch(
                Channel.HONSEKI_COUNTER,
                sources("S30"),
                Text(
                    "一時帰国時に本籍地の窓口で（手順・様式は未確認）",
                    "At the 本籍地 counter during a visit (steps and form unconfirmed)",
                ),
                confirmed=False,
            ),
        ),
        actors=(Actor.SELF,),
        notes=(
            Reason(
                "signing_certificate_lapses_on_departure",
                Text(
                    "署名用電子証明書は国外転出日に失効します。利用者証明用は失効しません。",
                    "The signing certificate lapses on the day you leave Japan; the authentication certificate does not.",
                ),
                sources("S30", "S18"),
            ),
        ),
        sources=sources("S30", "S18", "S28"),
        valid_from=IN_FORCE_FROM,
    ),
    ProcedureSpec(
        code=Procedure.EMAIL_CHANGE,
        name=Text("登録メールアドレスの変更", "Change of the registered email address"),
        channels=(
            _ch(
                Channel.HONSEKI_MAIL,
                sources("S45", "S55"),
                Text(
                    "本籍地の市区町村に連絡（様式は未確認）",
                    "Tell the 本籍地 municipality (form unconfirmed)",
                ),
                confirmed=False,
            ),
            _ch(
                Channel.HONSEKI_COUNTER,
                sources("S45"),
                confirmed=False,
            ),
        ),
        actors=(Actor.SELF, Actor.LEGAL_REPRESENTATIVE),
        sources=sources("S45", "S55"),
        valid_from=IN_FORCE_FROM,
    ),
    ProcedureSpec(
        code=Procedure.RETURN_TO_JAPAN,
        name=Text(
            "帰国（国外からの転入）時のカードの継続利用",
            "Keeping the card when moving back to Japan",
        ),
        channels=(
            _ch(
                Channel.RETURN_MUNICIPALITY,
                sources("S50b", "S51"),
                Text(
                    "転入届と一緒に、転入先の市区町村で", "At the new municipality, with the 転入届"
                ),
            ),
        ),
        actors=(Actor.SELF, Actor.LEGAL_REPRESENTATIVE, Actor.HOUSEHOLD),
        deadline=Text(
            "転入届から一定期間内（90日と想定、未確認）。しないとカードが失効",
            "Within a set period after the 転入届 (assumed 90 days, unconfirmed), or the card lapses",
        ),
        notes=(
            Reason(
                "signing_certificate_lapses_on_return",
                Text(
                    "住民登録をすると署名用電子証明書は失効します。",
                    "Registering as a resident makes the signing certificate lapse.",
                ),
                sources("S52"),
            ),
        ),
        sources=sources("S50b", "S51", "S52", "S53"),
        valid_from=IN_FORCE_FROM,
    ),
    ProcedureSpec(
        code=Procedure.WITHDRAWAL,
        name=Text("交付申請の取消（申請取消申出）", "Withdrawal of an application (申請取消申出)"),
        channels=(
            _ch(
                Channel.MISSION_MAIL,
                sources("S2"),
                Text("郵送可（フィンランド）", "By mail (Finland)"),
            ),
            _ch(Channel.MISSION_COUNTER, sources("S2", "S45"), confirmed=False),
            _ch(
                Channel.HONSEKI_MAIL,
                sources("S45"),
                confirmed=False,
            ),
        ),
        actors=(Actor.SELF, Actor.LEGAL_REPRESENTATIVE),
        sources=sources("S2", "S45"),
        valid_from=IN_FORCE_FROM,
    ),
)

_BY_CODE: dict[Procedure, ProcedureSpec] = {p.code: p for p in _CATALOGUE}


def procedure(code: Procedure | str) -> ProcedureSpec:
    return _BY_CODE[Procedure(code)]


_AT_HONSEKI = (Channel.HONSEKI_COUNTER, Channel.HONSEKI_MAIL)


def typical_channel(code: Procedure | str, *, at_honseki: bool) -> Channel:
    """A channel the catalogue lists for the procedure: at the 本籍地 (its counter, then by
    mail) or away from it (the first other channel listed); the first listed when the
    procedure has none of that kind. For generated and test data, so that a new procedure
    needs no channel map of its own."""
    listed = [c.channel for c in procedure(code).channels]
    if at_honseki:
        preferred = [c for c in _AT_HONSEKI if c in listed]
    else:
        preferred = [c for c in listed if c not in _AT_HONSEKI]
    return (preferred or listed)[0]


def procedure_name(code: Procedure | str, lang: str = "ja") -> str:
    """The one name of a procedure, for mails, the console, the portal and the API alike
    (its ``ProcedureSpec.name``); an unknown code is shown as it is."""
    try:
        return procedure(code).name.get(lang)
    except (KeyError, ValueError):
        return str(code)


def catalogue(as_of: dt.date) -> list[ProcedureSpec]:
    """Every procedure in force on ``as_of``, each with only its channels in force then."""
    out = []
    for spec in _CATALOGUE:
        if not spec.in_force(as_of):
            continue
        chans = tuple(c for c in spec.channels if c.in_force(as_of))
        out.append(spec if chans == spec.channels else _replace_channels(spec, chans))
    return out


def _replace_channels(spec: ProcedureSpec, chans: tuple[ChannelSpec, ...]) -> ProcedureSpec:
    from dataclasses import replace

    return replace(spec, channels=chans)


# --- the intake checklist -----------------------------------------------------------------


def _i(
    code: str,
    kind: ItemKind,
    ja: str,
    en: str,
    srcs: tuple[Source, ...],
    *,
    required: bool = True,
    assumption: str | None = None,
    audience: Audience = "applicant",
) -> ChecklistItem:
    return ChecklistItem(code, kind, Text(ja, en), required, srcs, assumption, audience)


APPLICATION_FORM = _i(
    "application_form",
    "form",
    "個人番号カード交付申請書 兼 電子証明書発行/更新申請書【国外転出者用】",
    "Application for the card and e-certificates, for people living abroad (【国外転出者用】)",
    sources("S3", "S9", "S25", "S26", "S55"),
)
PIN_FORM = _i(
    "pin_setting_request",
    "form",
    "個人番号カード・電子証明書 暗証番号設定依頼書（代理人が出す場合は封をしたもの）",
    "PIN-setting request for the card and certificates (sealed if an agent hands it in)",
    sources("S25", "S3"),
)
PASSPORT = _i(
    "passport",
    "identity",
    "有効な日本国旅券（パスポート）",
    "A valid Japanese passport",
    sources("S9", "S24", "S55"),
)
HONSEKI = _i(
    "honseki_known",
    "check",
    "本籍地（政令指定都市は区まで）が申請書に書かれている",
    "The 本籍地 (down to the ward in a designated city) is on the form",
    sources("S7", "S9b", "S24"),
)
EMAIL = _i(
    "email_address",
    "check",
    "連絡用のメールアドレス（交付通知・期限の通知が届く）",
    "An email address for notices (ready for pickup, expiry)",
    sources("S19", "S23", "S24"),
)
PICKUP_PLACE = _i(
    "pickup_place",
    "check",
    "受取場所（在外公館・本籍地・その他の市区町村）を決めて書く",
    "The pickup place (a mission, the 本籍地 or another municipality) is chosen",
    sources("S24", "S26"),
)
OLD_CARD = _i(
    "old_card",
    "document",
    "以前のマイナンバーカード（失効したものも。なければ個人番号がわかるもの）",
    "The previous My Number card (even a lapsed one; otherwise the number itself)",
    sources("S55"),
    required=False,
)
TRACKED_MAIL = _i(
    "tracked_mail",
    "check",
    "追跡できる郵便・宅配便で送る（郵便事故は補償されない）",
    "Send by tracked post or courier (no liability for loss)",
    sources("S2", "S5", "S6"),
    required=False,
)
NO_PASSPORT_BY_MAIL = _i(
    "passport_not_mailed",
    "check",
    "パスポートの原本は郵送しない（写しの要否は送付先の案内に従う）",
    "Do not mail the passport itself (follow the office's instructions on a copy)",
    sources("S7"),
)
FORWARD = _i(
    "forward_to_honseki",
    "check",
    "本籍地以外で受け付けた申請は本籍地の市区町村へ送付する",
    "An application taken outside the 本籍地 is forwarded to the 本籍地 municipality",
    sources("S24", "S25", "S26"),
    audience="staff",
)
SUSPEND = _i(
    "card_suspended",
    "check",
    "紛失したカードの一時停止をマイナンバーカードコールセンター（+81-3-6734-0170、24時間）に依頼した",
    "The lost card was suspended through the call centre (+81-3-6734-0170, 24 hours)",
    sources("S9b"),
)


def _photo_items(age: int | None, a: Assumptions) -> list[ChecklistItem]:
    if age is not None and age < PHOTO.from_age:
        return [
            _i(
                "photo_not_needed",
                "check",
                "1歳未満のため写真は不要",
                "No photo under age 1",
                PHOTO.sources,
                required=False,
            )
        ]
    months = a.int("photo_max_age_months")
    return [
        _i(
            "photo",
            "photo",
            "顔写真 1枚（縦4.5cm×横3.5cm）",
            "One photo, 4.5 cm high × 3.5 cm wide",
            PHOTO.sources + sources("S55"),
        ),
        _i(
            "photo_recent",
            "check",
            f"写真は{months}か月以内に撮影したもの（想定）",
            f"Photo taken within {months} months (assumption)",
            (),
            required=False,
            assumption="photo_max_age_months",
        ),
    ]


def _age_items(age: int | None, a: Assumptions) -> list[ChecklistItem]:
    if age is None:
        return []
    if age < 15:
        return [
            _i(
                "legal_representative_applies",
                "check",
                "15歳未満: 法定代理人が申請し、本人と一緒に来る",
                "Under 15: the legal representative applies and comes with the holder",
                sources("S26", "S10"),
            ),
            _i(
                "legal_representative_id",
                "identity",
                "法定代理人の本人確認書類（パスポート）",
                "The legal representative's identity document (passport)",
                sources("S4", "S26"),
            ),
        ]
    if age < 18:
        return [
            _i(
                "minor_applies_self",
                "check",
                "15〜17歳: 本人が申請できる（想定）",
                "15 to 17: the holder may apply themselves (assumption)",
                (),
                required=False,
                assumption="minor_15_17_applies_self",
            )
        ]
    return []


def _fee_item(
    proc: Procedure,
    channel: Channel,
    *,
    as_of: dt.date,
    with_certificates: bool,
    departure_date: dt.date | None,
    applied_on: dt.date | None,
    card_state: str | None,
    a: Assumptions,
) -> ChecklistItem:
    f = fee(
        proc,
        as_of=as_of,
        with_certificates=with_certificates,
        departure_date=departure_date,
        applied_on=applied_on,
        card_state=card_state,
        channel=channel,
        overrides=a,
    )
    ja = "手数料: 無料" if f.yen == 0 else f"手数料: {f.yen:,}円"
    en = "Fee: none" if f.yen == 0 else f"Fee: {f.yen:,} yen"
    reasons = " / ".join(r.message.ja for r in f.reasons)
    reasons_en = " / ".join(r.message.en for r in f.reasons)
    return ChecklistItem(
        "fee",
        "fee",
        Text(f"{ja}（{reasons}）", f"{en} ({reasons_en})"),
        f.yen > 0,
        f.sources,
        f.assumptions[0] if f.assumptions else None,
    )


def _new_card_items(
    channel: Channel, age: int | None, card_state: str | None, a: Assumptions
) -> list[ChecklistItem]:
    items = [APPLICATION_FORM, PIN_FORM, *_photo_items(age, a), HONSEKI, EMAIL, PICKUP_PLACE]
    if channel in MAIL_CHANNELS:
        items += [NO_PASSPORT_BY_MAIL, TRACKED_MAIL]
    else:
        items.append(PASSPORT)
    if card_state in {"valid", "continued_abroad", "returned", "expired"}:
        items.append(OLD_CARD)
    if channel is Channel.MUNICIPALITY_VISIT:
        items.append(FORWARD)
    return items + _age_items(age, a)


# --- the checklist tables ------------------------------------------------------------------


@dataclass(frozen=True)
class _Ctx:
    """What an item may depend on besides the channel (age, card, dates, assumptions)."""

    channel: Channel
    as_of: dt.date
    age: int | None
    with_certificates: bool
    departure_date: dt.date | None
    card_state: str | None
    a: Assumptions


@dataclass(frozen=True)
class _Row:
    """One line of a procedure's checklist table: a fixed item, or a builder for the items
    that depend on the applicant (age, card state, deadlines); offered on ``only`` channels
    (None: all) except the ``not_on`` ones."""

    item: ChecklistItem | Callable[[_Ctx], list[ChecklistItem]]
    only: frozenset[Channel] | None = None
    not_on: frozenset[Channel] = frozenset()

    def applies(self, channel: Channel) -> bool:
        return (self.only is None or channel in self.only) and channel not in self.not_on

    def items(self, ctx: _Ctx) -> list[ChecklistItem]:
        return [self.item] if isinstance(self.item, ChecklistItem) else self.item(ctx)


_HONSEKI_ONLY = frozenset({Channel.HONSEKI_COUNTER})
_MISSION_COUNTER_ONLY = frozenset({Channel.MISSION_COUNTER})


def _new_card(card_state: str | None | Literal["given"]) -> Callable[[_Ctx], list[ChecklistItem]]:
    """The new-card items; ``"given"`` takes the applicant's card state."""

    def build(ctx: _Ctx) -> list[ChecklistItem]:
        state = ctx.card_state if card_state == "given" else card_state
        return _new_card_items(ctx.channel, ctx.age, state, ctx.a)

    return build


def _return_deadline(ctx: _Ctx) -> list[ChecklistItem]:
    days = ctx.a.int("return_switch_deadline_days")
    return [
        _i(
            "return_deadline",
            "check",
            f"転入届から{days}日以内（想定）",
            f"Within {days} days of the 転入届 (assumption)",
            sources("S53"),
            assumption="return_switch_deadline_days",
        )
    ]


def _continue(ctx: _Ctx) -> list[ChecklistItem]:
    return _continue_items(ctx.as_of, ctx.departure_date, ctx.with_certificates, ctx.age, ctx.a)


def _card(
    codes: tuple[str, ...], ja: str = "現在のマイナンバーカード", en: str = "The current card"
) -> ChecklistItem:
    return _i("current_card", "document", ja, en, sources(*codes))


def _form(code: str, ja: str, en: str, srcs: tuple[Source, ...]) -> ChecklistItem:
    return _i(code, "form", ja, en, srcs)


#: For every procedure, its checklist as rows in order; the fee line is added after them.
_CHECKLISTS: dict[Procedure, tuple[_Row, ...]] = {
    Procedure.NEW_ISSUANCE: (_Row(_new_card("given")),),
    Procedure.REISSUE: (
        _Row(SUSPEND),
        _Row(_new_card(None)),
        _Row(
            _i(
                "lost_in_mission_area",
                "check",
                "「国外転出」の記載がある有効なカードを、この公館の管轄内で紛失した（公館により条件あり）",
                "A valid card marked 「国外転出」 was lost within this mission's area (some missions require it)",
                sources("S9b"),
                required=False,
            ),
            only=MISSION_CHANNELS,
        ),
    ),
    Procedure.CHANGE_DETAILS: (
        _Row(_card(("S8",)), only=_HONSEKI_ONLY),
        _Row(
            _form(
                "change_notice",
                "個人番号カード券面記載事項変更届",
                "Notice of change of the card's details (券面記載事項変更届)",
                sources("S8"),
            ),
            only=_HONSEKI_ONLY,
        ),
        _Row(PASSPORT, only=_HONSEKI_ONLY),
        _Row(_new_card("valid"), not_on=_HONSEKI_ONLY),
        _Row(
            _i(
                "old_card_returned_at_pickup",
                "check",
                "旧カードは新しいカードの受取時に返納する",
                "The old card is handed back when the new one is collected",
                sources("S8"),
            ),
            not_on=_HONSEKI_ONLY,
        ),
    ),
    Procedure.PIN_RESET: (
        _Row(_card(("S8", "S13")), not_on=frozenset({Channel.ONLINE})),
        _Row(PASSPORT, not_on=frozenset({Channel.ONLINE})),
        _Row(
            _form(
                "pin_reset_form",
                "個人番号カード暗証番号変更・再設定申請書",
                "Application for a PIN change or reset",
                sources("S8"),
            ),
            only=_HONSEKI_ONLY,
        ),
        _Row(
            _i(
                "reset_only_in_person",
                "check",
                "在外公館では再設定のみ、本人が窓口で（郵送不可）",
                "At a mission: reset only, in person (not by mail)",
                sources("S13"),
            ),
            only=_MISSION_COUNTER_ONLY,
        ),
        _Row(
            _i(
                "pin_known",
                "check",
                "暗証番号がわかる場合のみ、マイナポータル又はJPKI利用者ソフトで本人が変更",
                "Only when the PIN is known: change it yourself in マイナポータル or the JPKI user software",
                sources("S13"),
            ),
            only=frozenset({Channel.ONLINE}),
        ),
    ),
    Procedure.CERT_RENEWAL: (
        _Row(
            _i(
                "under_one_year_left",
                "check",
                "カード又は電子証明書の有効期限まで1年未満、又は追記欄が満杯",
                "Under a year left on the card or certificate, or the endorsement area is full",
                sources("S26", "S13", "S46"),
            ),
            only=MISSION_CHANNELS,
        ),
        _Row(_new_card("valid"), only=MISSION_CHANNELS),
        _Row(_card(("S48",)), not_on=MISSION_CHANNELS),
        _Row(PASSPORT, not_on=MISSION_CHANNELS),
        _Row(
            _i(
                "steps_unconfirmed",
                "check",
                "本籍地での更新の手順・様式は未確認（本籍地に確認）",
                "Renewal steps and form at the 本籍地 are unconfirmed (ask the 本籍地)",
                sources("S48"),
                required=False,
            ),
            not_on=MISSION_CHANNELS,
        ),
    ),
    Procedure.CONTINUE_ABROAD: (_Row(_continue),),
    Procedure.CERT_ISSUE: (
        _Row(_card(("S18", "S30"), "国外転出者向けのマイナンバーカード", "The overseas card")),
        _Row(PASSPORT),
        _Row(
            _i(
                "signing_pin",
                "check",
                "署名用の暗証番号（英大文字と数字で6〜16文字）を決めておく",
                "Choose the signing PIN (6–16 characters: capital letters and digits)",
                sources("S28", "S35", "S18"),
            )
        ),
        _Row(
            _i(
                "steps_unconfirmed",
                "check",
                "発行の手順・様式・手数料は未確認（受付先に確認）",
                "Steps, form and fee are unconfirmed (ask the office)",
                sources("S30", "S18", "S28"),
                required=False,
            )
        ),
    ),
    Procedure.RETURN_TO_JAPAN: (
        _Row(_card(("S50b", "S51"), "国外転出者向けのマイナンバーカード", "The overseas card")),
        _Row(
            _i(
                "moving_in_notice",
                "check",
                "転入届を同時に出す",
                "File the 転入届 at the same time",
                sources("S50b"),
            )
        ),
        _Row(
            _i(
                "resident_pin",
                "check",
                "住民基本台帳用暗証番号（4桁）",
                "The 4-digit resident-register PIN",
                sources("S28"),
            )
        ),
        _Row(_return_deadline),
    ),
    Procedure.SURRENDER: (
        _Row(_card(("S48", "S49"), "返納するカード", "The card to surrender")),
        _Row(
            _form(
                "surrender_form",
                "返納届（様式名は未確認。受付先の様式）",
                "Surrender notice (form name unconfirmed)",
                sources("S48", "S49"),
            )
        ),
        _Row(PASSPORT, not_on=MAIL_CHANNELS),
        _Row(NO_PASSPORT_BY_MAIL, only=MAIL_CHANNELS),
    ),
    Procedure.EMAIL_CHANGE: (
        _Row(
            _form(
                "email_change_form",
                "メールアドレス変更の届出（様式名は未確認）",
                "Email change notice (form name unconfirmed)",
                sources("S45", "S55"),
            )
        ),
        _Row(PASSPORT, not_on=MAIL_CHANNELS),
        _Row(NO_PASSPORT_BY_MAIL, only=MAIL_CHANNELS),
    ),
    Procedure.WITHDRAWAL: (
        _Row(
            _form(
                "withdrawal_form",
                "申請取消申出書（様式名は未確認）",
                "Request to withdraw the application (form name unconfirmed)",
                sources("S2", "S45"),
            )
        ),
        _Row(PASSPORT, not_on=MAIL_CHANNELS),
        _Row(NO_PASSPORT_BY_MAIL, only=MAIL_CHANNELS),
    ),
}


def checklist(
    procedure: Procedure,
    channel: Channel,
    *,
    as_of: dt.date,
    age: int | None = None,
    with_certificates: bool = True,
    departure_date: dt.date | None = None,
    applied_on: dt.date | None = None,
    card_state: str | None = None,
    overrides: Mapping[str, object] | Assumptions | None = None,
) -> list[ChecklistItem]:
    """What the intake clerk checks for ``procedure`` taken through ``channel``.

    ``applied_on`` is the day the office receives the application (default ``as_of``); the
    fee line counts from it, exactly as :func:`kokugai.rules.fees.fee` does.

    Raises :class:`ChannelNotAvailableError` where the channel does not offer the procedure
    (e.g. a PIN reset by mail to a mission).
    """
    a = Assumptions.of(overrides)
    proc = Procedure(procedure)
    chan = Channel(channel)
    spec = _BY_CODE[proc]
    if not spec.in_force(as_of) or (cs := spec.channel(chan)) is None or not cs.in_force(as_of):
        raise ChannelNotAvailableError(proc, chan)
    ctx = _Ctx(chan, as_of, age, with_certificates, departure_date, card_state, a)
    items: list[ChecklistItem] = []
    for row in _CHECKLISTS[proc]:
        if row.applies(chan):
            items += row.items(ctx)
    items.append(
        _fee_item(
            proc,
            chan,
            as_of=as_of,
            with_certificates=with_certificates,
            departure_date=departure_date,
            applied_on=applied_on,
            card_state=card_state,
            a=a,
        )
    )
    return items


def _continue_items(
    as_of: dt.date,
    departure_date: dt.date | None,
    with_certificates: bool,
    age: int | None = None,
    a: Assumptions | None = None,
) -> list[ChecklistItem]:
    child = (
        age is not None
        and age < 15
        and (a or Assumptions()).bool("children_certificates_domestic_rule")
    )
    items = [
        _i(
            "continue_form",
            "form",
            "【国外様式10】個人番号カード国外継続利用申請書 兼 電子証明書失効申請/新規発行申請書",
            "【国外様式10】 application for continued use abroad and for revoking/issuing certificates",
            sources("S19"),
        ),
        _i(
            "current_card",
            "document",
            "マイナンバーカード",
            "The My Number card",
            sources("S28", "S32"),
        ),
        _i(
            "departure_notice",
            "check",
            "国外転出届を同時に出す",
            "File the 国外転出届 at the same time",
            sources("S28", "S32"),
        ),
        EMAIL,
        _i(
            "honseki_name",
            "check",
            "本籍地の市区町村名",
            "The name of the 本籍地 municipality",
            sources("S19", "S23"),
        ),
        _i(
            "resident_pin",
            "check",
            "住民基本台帳用暗証番号（4桁）",
            "The 4-digit resident-register PIN",
            sources("S28", "S35", "S18"),
        ),
    ]
    if with_certificates and child:
        items += [
            _i(
                "auth_pin",
                "check",
                "利用者証明用電子証明書の暗証番号（4桁。15歳未満は法定代理人が設定し、署名用電子証明書は発行されない）",
                "Authentication-certificate PIN (4 digits; under 15 the legal representative sets it, and no signing certificate is issued)",
                sources("S18", "S77"),
                assumption="children_certificates_domestic_rule",
            ),
        ]
    elif with_certificates:
        items += [
            _i(
                "signing_pin",
                "check",
                "署名用電子証明書の暗証番号（英大文字と数字で6〜16文字）",
                "Signing-certificate PIN (6–16 characters: capital letters and digits)",
                sources("S28", "S35", "S18"),
            ),
            _i(
                "auth_pin",
                "check",
                "利用者証明用電子証明書の暗証番号（4桁）",
                "Authentication-certificate PIN (4 digits)",
                sources("S18"),
            ),
            _i(
                "sealed_power_of_attorney",
                "document",
                "代理人の場合: 本人が書いて封をした委任状（電子証明書の発行）",
                "If an agent applies: the holder's power of attorney, written by the holder and sealed (for certificates)",
                sources("S33", "S23", "S22"),
                required=False,
            ),
        ]
    if departure_date is not None:
        last_day = departure_date - dt.timedelta(days=1)
        ok = as_of <= last_day
        items.append(
            _i(
                "before_departure" if ok else "deadline_passed",
                "check",
                f"期限: 転出予定日の前日（{format_date(last_day, 'ja')}）まで"
                + ("" if ok else "。期限を過ぎたため継続利用できません（カードは廃止・回収）"),
                f"Deadline: the day before departure ({format_date(last_day, 'en')})"
                + (
                    ""
                    if ok
                    else ". Past the deadline: the card cannot be continued and is cancelled"
                ),
                sources("S28", "S32"),
            )
        )
    return items


def continue_deadline(departure_date: dt.date) -> dt.date:
    """The last day for 国外継続利用: the day before the planned departure [S28, S32]."""
    return departure_date - dt.timedelta(days=1)


# --- pickup --------------------------------------------------------------------------------


def pickup_checklist(
    procedure: Procedure,
    *,
    age: int | None = None,
    under_guardianship: bool = False,
    overrides: Mapping[str, object] | Assumptions | None = None,
) -> list[ChecklistItem]:
    """What the pickup clerk checks: the holder in person, never a proxy [S24, S4]."""
    a = Assumptions.of(overrides)
    items = [
        _i(
            "holder_in_person",
            "check",
            "本人が来ている（代理人への交付はできない）",
            "The holder is here in person (no handing over to an agent)",
            sources("S24", "S4"),
        ),
        PASSPORT,
        _i(
            "receipt_form",
            "form",
            "個人番号カード受領書",
            "Receipt for the card (個人番号カード受領書)",
            sources("S55"),
        ),
    ]
    items += [
        _i(
            "issue_notice",
            "check",
            "交付通知（メール。電話のこともある）が届いてから受け取りに行く",
            "Go once the issue notice (an email, sometimes a call) has arrived",
            sources("S24"),
        ),
        _i(
            "pins_known",
            "check",
            "暗証番号設定依頼書に書いた暗証番号を覚えている（受取時に確認・設定）",
            "The PINs written on the PIN-setting request are known (checked or set at pickup)",
            sources("S3", "S25"),
            required=False,
        ),
    ]
    if procedure in {Procedure.REISSUE, Procedure.CHANGE_DETAILS, Procedure.CERT_RENEWAL}:
        items.append(
            _i(
                "old_card",
                "document",
                "旧カード（新しいカードと交換）",
                "The old card (exchanged for the new one)",
                sources("S24", "S55", "S8"),
            )
        )
    else:
        items.append(OLD_CARD)
    if (age is not None and age < 15) or under_guardianship:
        items.append(
            _i(
                "legal_representative_present",
                "identity",
                "15歳未満・成年被後見人: 法定代理人も一緒に来て、法定代理人のパスポートを見せる",
                "Under 15 or under guardianship: the legal representative comes too, with their passport",
                sources("S24", "S6", "S4"),
            )
        )
    if a.bool("pickup_needs_reservation"):
        items.append(
            _i(
                "reservation",
                "check",
                "受取の予約をしている（想定）",
                "The pickup was booked (assumption)",
                sources("S2", "S55"),
                required=False,
                assumption="pickup_needs_reservation",
            )
        )
    return items


# --- stage priors --------------------------------------------------------------------------


@dataclass(frozen=True)
class StagePrior:
    """Typical duration of one stage in business days of the office playing ``office_role``."""

    stage: str
    median_bd: float
    low_bd: float
    high_bd: float
    office_role: OfficeRole
    sources: tuple[Source, ...] = ()


_SEED = sources("S55")
_QUOTED = sources("S3", "S5", "S6", "S24", "S52")

# (median, low, high) business days. Calibrated so that the sums match the quoted totals:
# 2–3 months via a mission (S3, S6; about 2 months in S5, S52) and, for the seed's route
# (apply at 墨田区, 本籍地 八戸市), ~3 weeks to production and ~5.5 weeks to arrival (S55).
_INTAKE: dict[Channel, tuple[float, float, float]] = {
    Channel.MISSION_COUNTER: (1, 0, 3),
    Channel.MISSION_MAIL: (8, 4, 20),  # post to the mission: "weeks" in Finland (S2)
    Channel.HONSEKI_MAIL: (10, 5, 20),  # international post to Japan
    Channel.MUNICIPALITY_VISIT: (0, 0, 1),  # about 40 minutes at the counter (S55)
    Channel.HONSEKI_COUNTER: (0, 0, 1),
}
_TRANSIT: dict[Channel, tuple[float, float, float]] = {
    Channel.MISSION_COUNTER: (12, 6, 20),  # airmail to Japan (S52, S6)
    Channel.MISSION_MAIL: (12, 6, 20),
    Channel.MUNICIPALITY_VISIT: (4, 2, 8),  # 墨田区 -> 八戸市 (S55)
}
_REVIEW = (5, 2, 12)  # a correction round by email is common (S52, S55)
_PRODUCTION = (8, 5, 12)  # acceptance 11/11 -> shipped 11/21 (S55)
_SHIPPING: dict[OfficeKind, tuple[float, float, float]] = {
    OfficeKind.MUNICIPALITY: (10, 6, 15),  # shipped 11/21 -> arrival notice 12/5 (S55)
    OfficeKind.MISSION: (15, 10, 22),  # airmail back to the mission (S52, S6)
}
_READY: dict[OfficeKind, tuple[float, float, float]] = {
    OfficeKind.MUNICIPALITY: (1, 0, 3),
    OfficeKind.MISSION: (2, 1, 5),
}
# Procedures that end at the counter the same day, or after a short exchange with the 本籍地.
_SHORT: dict[tuple[Procedure, Channel], tuple[str, tuple[float, float, float], OfficeRole]] = {
    (Procedure.CONTINUE_ABROAD, Channel.DEPARTURE_MUNICIPALITY): (
        "intake",
        (0, 0, 0),
        OfficeRole.INTAKE,
    ),
    (Procedure.RETURN_TO_JAPAN, Channel.RETURN_MUNICIPALITY): (
        "intake",
        (0, 0, 0),
        OfficeRole.INTAKE,
    ),
    (Procedure.PIN_RESET, Channel.HONSEKI_COUNTER): ("intake", (0, 0, 0), OfficeRole.HONSEKI),
    (Procedure.PIN_RESET, Channel.MISSION_COUNTER): ("intake", (0, 0, 5), OfficeRole.INTAKE),
    (Procedure.PIN_RESET, Channel.ONLINE): ("intake", (0, 0, 0), OfficeRole.INTAKE),
    (Procedure.CHANGE_DETAILS, Channel.HONSEKI_COUNTER): ("intake", (0, 0, 1), OfficeRole.HONSEKI),
    (Procedure.CERT_RENEWAL, Channel.HONSEKI_COUNTER): ("intake", (0, 0, 1), OfficeRole.HONSEKI),
    (Procedure.SURRENDER, Channel.HONSEKI_COUNTER): ("intake", (0, 0, 0), OfficeRole.HONSEKI),
    (Procedure.CERT_ISSUE, Channel.DEPARTURE_MUNICIPALITY): (
        "intake",
        (0, 0, 0),
        OfficeRole.INTAKE,
    ),
    (Procedure.CERT_ISSUE, Channel.HONSEKI_COUNTER): ("intake", (0, 0, 0), OfficeRole.HONSEKI),
}


def default_pickup_kind(channel: Channel) -> OfficeKind:
    """Where a card applied for through ``channel`` is collected unless the applicant chooses."""
    if channel in {Channel.MUNICIPALITY_VISIT, Channel.HONSEKI_COUNTER}:
        return OfficeKind.MUNICIPALITY
    return OfficeKind.MISSION


def stage_priors(
    procedure: Procedure,
    channel: Channel,
    *,
    pickup_kind: OfficeKind | None = None,
    overrides: Mapping[str, object] | Assumptions | None = None,
) -> list[StagePrior]:
    """Typical business-day durations per stage (priors for tracking/eta when history is thin).

    These rest on the assumption ``stage_priors_scale``: no source gives per-stage figures.
    """
    a = Assumptions.of(overrides)
    scale = a.float("stage_priors_scale")
    proc, chan = Procedure(procedure), Channel(channel)
    spec = _BY_CODE[proc]
    if spec.channel(chan) is None:
        raise ChannelNotAvailableError(proc, chan)

    def prior(
        stage: str, t: tuple[float, float, float], role: OfficeRole, srcs: tuple[Source, ...]
    ) -> StagePrior:
        median, low, high = (x * scale for x in t)
        return StagePrior(stage, median, low, high, role, srcs)

    if (proc, chan) in _SHORT:
        stage, t, role = _SHORT[(proc, chan)]
        return [prior(stage, t, role, spec.sources)]
    if not spec.produces_card:
        # Paperwork handled by the 本籍地 without a card to make (email change, withdrawal).
        return [
            prior("intake", _INTAKE.get(chan, (0, 0, 1)), OfficeRole.INTAKE, spec.sources),
            prior("review", _REVIEW, OfficeRole.HONSEKI, spec.sources),
        ]
    pickup = pickup_kind or default_pickup_kind(chan)
    out = [prior("intake", _INTAKE[chan], OfficeRole.INTAKE, _QUOTED)]
    if chan in _TRANSIT:
        out.append(prior("transit_to_honseki", _TRANSIT[chan], OfficeRole.INTAKE, _QUOTED + _SEED))
    out += [
        prior("review", _REVIEW, OfficeRole.HONSEKI, merge(_SEED, sources("S52"))),
        prior("production", _PRODUCTION, OfficeRole.PRODUCTION, _SEED),
        prior("shipping", _SHIPPING[pickup], OfficeRole.PRODUCTION, merge(_SEED, _QUOTED)),
        prior("pickup_ready", _READY[pickup], OfficeRole.PICKUP, sources("S24", "S55")),
    ]
    return out
