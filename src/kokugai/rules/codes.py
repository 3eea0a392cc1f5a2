"""The shared vocabulary: procedure, channel, office-kind and office-role codes.

These strings are stored in the database and appear in the API and JSON output: never
rename one, only add.
"""

from __future__ import annotations

from enum import StrEnum


class Procedure(StrEnum):
    CONTINUE_ABROAD = "continue_abroad"  # 国外継続利用 (at departure)
    NEW_ISSUANCE = "new_issuance"  # 新規交付 (applied for from abroad or on a visit)
    REISSUE = "reissue"  # 再交付 (lost, stolen, damaged)
    CHANGE_DETAILS = "change_details"  # 記載事項変更 (name etc.)
    PIN_RESET = "pin_reset"  # 暗証番号 再設定
    CERT_RENEWAL = "cert_renewal"  # 電子証明書 更新 (a new card at a 在外公館)
    SURRENDER = "surrender"  # 返納
    EMAIL_CHANGE = "email_change"  # 登録メールアドレス変更
    RETURN_TO_JAPAN = (
        "return_to_japan"  # 国外からの転入: the card's 継続利用 at the new municipality
    )
    WITHDRAWAL = "withdrawal"  # 交付申請取消 (申請取消申出)
    CERT_ISSUE = "cert_issue"  # 署名用電子証明書の新規発行（国外転出者向け, continued card)


class Channel(StrEnum):
    MISSION_COUNTER = "mission_counter"  # in person at a 在外公館
    MISSION_MAIL = "mission_mail"  # by mail to a 在外公館
    HONSEKI_MAIL = "honseki_mail"  # by mail to the 本籍地 municipality
    MUNICIPALITY_VISIT = "municipality_visit"  # in person at any municipality during a visit
    HONSEKI_COUNTER = "honseki_counter"  # in person at the 本籍地 municipality
    DEPARTURE_MUNICIPALITY = "departure_municipality"  # current municipality, before leaving
    RETURN_MUNICIPALITY = "return_municipality"  # the new municipality after moving back
    ONLINE = "online"  # マイナポータル / email (e.g. email change notice), where allowed


class OfficeKind(StrEnum):
    MUNICIPALITY = "municipality"
    MISSION = "mission"
    PRODUCTION = "production"


class OfficeRole(StrEnum):
    """The part an office plays in one case (an office may play several)."""

    INTAKE = "intake"  # took the application (受付)
    HONSEKI = "honseki"  # the 本籍地 municipality that reviews and owns the card (審査)
    PRODUCTION = "production"  # card production (製造, the J-LIS role)
    PICKUP = "pickup"  # hands the card over (交付)


class Actor(StrEnum):
    """Who may act for the holder in a procedure."""

    SELF = "self"
    LEGAL_REPRESENTATIVE = "legal_representative"  # 法定代理人
    PROXY = "proxy"  # 任意代理人
    HOUSEHOLD = "household"  # 同一世帯員 (only before departure)
