"""The catalogue: every notification the system sends, with the context keys it needs.

Each entry has templates at
``notifications/templates/notifications/<name>/<lang>/{subject.txt,body.txt,body.html}``
for ``lang`` in ``LANGUAGES``. Subjects never carry a name, a birth date, a My Number or any
other identifier of the person: only the kind of message and, at most, the procedure.
"""

from __future__ import annotations

from dataclasses import dataclass

from kokugai.rules.codes import Procedure
from kokugai.rules.procedures import procedure_name
from kokugai.rules.types import Text

LANGUAGES = ("ja", "en")
DEFAULT_LANGUAGE = "ja"

#: Keys every mail about a household's pickup carries (``members``: one line per member named).
HOUSEHOLD_KEYS = ("household_reference", "members")

#: Keys every notification about a case carries (filled by cases.services).
CASE_KEYS = ("receipt_number", "application_id", "procedure", "tracking_url")
# service_ja / service_en are optional: the texts name the service when given.
APPOINTMENT_KEYS = (
    "office_ja",
    "office_en",
    "counter_ja",
    "counter_en",
    "floor",
    "starts_at_office",
    "starts_at_applicant",
    "manage_url",
)


@dataclass(frozen=True)
class Entry:
    name: str
    required: tuple[str, ...]
    description: Text
    #: True when the message concerns one case (the case keys are then required).
    about_case: bool = True

    @property
    def required_keys(self) -> tuple[str, ...]:
        return (CASE_KEYS if self.about_case else ()) + self.required


def _entries(*entries: Entry) -> dict[str, Entry]:
    return {e.name: e for e in entries}


CATALOGUE: dict[str, Entry] = _entries(
    Entry(
        "received",
        ("intake_office_ja", "intake_office_en"),
        Text(
            "申請を受け付けました(受付番号と確認方法)",
            "Application received (receipt number, how to track)",
        ),
    ),
    Entry(
        "forwarded",
        ("honseki_office_ja", "honseki_office_en"),
        Text("申請書を本籍地へ送付しました", "Application forwarded to the 本籍地 municipality"),
    ),
    Entry(
        "correction_requested",
        ("honseki_office_ja", "honseki_office_en", "correction_text", "reply_url"),
        Text("申請内容の補正のお願い(返信用リンク)", "Correction requested (with a link to reply)"),
    ),
    Entry(
        "accepted",
        ("honseki_office_ja", "honseki_office_en"),
        Text("審査が完了し、申請を受理しました", "Application accepted after review"),
    ),
    Entry(
        "application_id_issued",
        (),
        Text("申請書IDを発行しました", "申請書ID (application ID) issued"),
    ),
    Entry(
        "shipped",
        ("pickup_office_ja", "pickup_office_en"),
        Text("カードを交付窓口へ発送しました", "Card shipped to the pickup office"),
    ),
    Entry(
        "arrived",
        (
            "pickup_office_ja",
            "pickup_office_en",
            "counter_ja",
            "counter_en",
            "floor",
            "last_day",
            "booking_url",
        ),
        Text(
            "カードが交付窓口に到着しました(場所・窓口・階・予約・受取期限)",
            "Card arrived (where, counter, floor, booking link, last day to collect)",
        ),
    ),
    Entry(
        "household_arrived",
        (*HOUSEHOLD_KEYS, "pickup_office_ja", "pickup_office_en", "last_day", "booking_url"),
        Text(
            "家族のカードが到着しました(代表者宛、家族の予約リンク1通)",
            "The family's cards arrived (one mail to the representative, one booking link)",
        ),
        about_case=False,
    ),
    Entry(
        "household_appointment_confirmed",
        (*HOUSEHOLD_KEYS, *APPOINTMENT_KEYS),
        Text(
            "家族の窓口予約の確定(代表者宛、全員の名前)",
            "The family's appointment confirmed (to the representative, naming every member)",
        ),
        about_case=False,
    ),
    Entry(
        "household_appointment_reminder",
        (*HOUSEHOLD_KEYS, *APPOINTMENT_KEYS),
        Text(
            "家族の窓口予約のリマインダー(代表者宛)",
            "The family's appointment reminder (to the representative)",
        ),
        about_case=False,
    ),
    Entry(
        "appointment_confirmed",
        APPOINTMENT_KEYS,
        Text("窓口予約の確定(ICS添付)", "Appointment confirmed (ICS attached)"),
    ),
    Entry(
        "appointment_reminder",
        APPOINTMENT_KEYS,
        Text("窓口予約のリマインダー", "Appointment reminder"),
    ),
    Entry(
        "appointment_cancelled",
        APPOINTMENT_KEYS,
        Text("窓口予約の取消", "Appointment cancelled"),
    ),
    Entry(
        "collected",
        ("pickup_office_ja", "pickup_office_en"),
        Text("カードの受取が完了しました", "Card collected"),
    ),
    Entry(
        "uncollected_warning",
        ("pickup_office_ja", "pickup_office_en", "last_day"),
        Text("受取期限が近づいています", "The holding period ends soon"),
    ),
    Entry(
        "uncollected",
        ("pickup_office_ja", "pickup_office_en"),
        Text("受取期限が過ぎました", "Holding period over: the card can no longer be collected"),
    ),
    Entry(
        "pickup_changed",
        ("pickup_office_ja", "pickup_office_en"),
        Text("受取場所を変更しました", "Pickup office changed"),
    ),
    Entry(
        "completed",
        (),
        Text("手続きが完了しました", "Procedure completed (procedures without a pickup)"),
    ),
    Entry(
        "rejected",
        ("honseki_office_ja", "honseki_office_en", "reason_ja", "reason_en"),
        Text("申請を受理できませんでした(理由)", "Application rejected (with the reason)"),
    ),
    Entry(
        "withdrawn",
        (),
        Text("申請の取消を受け付けました", "Application withdrawn"),
    ),
    Entry(
        "preregistration_verify",
        ("verify_url", "days"),
        Text(
            "事前登録のメールアドレス確認(有効期限付きリンク)",
            "Confirm the email address of a pre-registration (expiring link)",
        ),
        about_case=False,
    ),
    Entry(
        "preregistration_code",
        ("code_display", "expires_on", "resend_url"),
        Text(
            "事前登録コードとQRコード(メールアドレス確認後、または再送の依頼で)",
            "The pre-registration code and its QR code (once confirmed, or on request)",
        ),
        about_case=False,
    ),
    Entry(
        "email_verify",
        ("verify_url", "expires_at"),
        Text(
            "連絡先メールアドレスの確認(有効期限付きリンク)",
            "Confirm the contact address given at intake (expiring link)",
        ),
        about_case=False,
    ),
    Entry(
        "email_change_verify",
        ("verify_url", "expires_at"),
        Text(
            "新しいメールアドレスの確認(有効期限付きリンク)",
            "Confirm the new email address (expiring link)",
        ),
        about_case=False,
    ),
    Entry(
        "email_change_notice_old",
        ("new_email_masked",),
        Text(
            "メールアドレス変更のお知らせ(旧アドレス宛)",
            "Email address changed (sent to the old address)",
        ),
        about_case=False,
    ),
    Entry(
        "case_links",
        ("action", "link_url"),
        Text(
            "申請の手続きのリンク(状況確認ページから依頼、確認済みのアドレスにだけ送信)",
            "The link that acts on a case (asked for on the tracker, sent only to the "
            "verified address)",
        ),
    ),
    Entry(
        "email_change_code",
        ("change_url", "expires_at"),
        Text(
            "配達できなかったアドレスの変更リンク(旧アドレス宛、有効期限付き)",
            "Link to change an address mail bounced from (sent to the old address, expiring)",
        ),
        about_case=False,
    ),
    Entry(
        "card_expiry_reminder",
        ("expires_on",),
        Text("カードの有効期限のお知らせ", "Card expiry reminder"),
        about_case=False,
    ),
    Entry(
        "cert_renewal_reminder",
        ("expires_on",),
        Text(
            "電子証明書の更新のお知らせ(国外からは2〜3か月かかります)",
            "Certificate renewal reminder (2–3 months from abroad)",
        ),
        about_case=False,
    ),
    Entry(
        "return_switch_reminder",
        ("deadline",),
        Text(
            f"{procedure_name(Procedure.RETURN_TO_JAPAN, 'ja')}の期限のお知らせ",
            f"Reminder: {procedure_name(Procedure.RETURN_TO_JAPAN, 'en')}",
        ),
        about_case=False,
    ),
)


def catalogue_get(name: str) -> Entry | None:
    return CATALOGUE.get(name)


def normalise_language(language: str | None) -> str:
    """The recipient's language if we have templates in it, else Japanese."""
    lang = (language or "").split("-")[0].lower()
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE
