"""The retention schedule: how long each kind of record is kept, and why.

One table, one place. ``kokugai purge`` (``kokugai.web.retention``) enforces it and
``docs/retention.md`` explains it. Each period is overridable per deployment through
``settings.KOKUGAI_RETENTION`` (a JSON object of key -> days), passed in as ``overrides``;
this module never reads settings itself.

No source in ``domain/rules.md`` fixes any of these periods. The principle is the My Number
Act's (行政手続における特定の個人を識別するための番号の利用等に関する法律, 番号法) Art. 20:
特定個人情報 may be kept only while it is needed for the work the Act allows, and is deleted
once it is not; the 個人情報保護委員会 guidelines say the same for documents holding it.
That principle is stated here from the Act's text, not from a source in rules.md, and every
number below is therefore a marked assumption (``assumption=True``), shown as such in the
docs, never presented as law.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .types import Text

MYNUMBER_ACT_PRINCIPLE = Text(
    "番号法第20条：特定個人情報は、番号法が認める事務に必要な間だけ保管でき、不要になれば速やかに削除する（rules.mdに出典なし）。",
    "My Number Act Art. 20: 特定個人情報 may be kept only while needed for the work the Act allows and is deleted once it is not (not sourced in rules.md).",
)


class RetentionError(ValueError):
    """An override names an unknown period or gives an invalid number of days."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(f"{key}: {message}")
        self.key = key
        self.message = message


@dataclass(frozen=True)
class Period:
    key: str
    days: int
    what: Text
    when: Text
    why: Text
    assumption: bool = True


_DEFAULTS: tuple[Period, ...] = (
    Period(
        "preregistration_days",
        30,
        Text(
            "事前登録（氏名・生年月日・メールアドレス等）",
            "Pre-registrations (names, birth date, email, …)",
        ),
        Text(
            "作成から{days}日後（使用済みは使用の1日後）",
            "{days} days after creation (used ones 1 day after use)",
        ),
        Text(
            "窓口で確認される前の本人入力データ。使われればケースに写っているので、写しは残さない。",
            "Unchecked data typed at home; once used, the case holds it and a second copy is one more place to leak from.",
        ),
    ),
    Period(
        "preregistration_used_days",
        1,
        Text("使用済みの事前登録", "Used pre-registrations"),
        Text("ケース作成の{days}日後", "{days} days after the case was opened from it"),
        Text(
            "同じ日の再読込を許すため1日だけ残す。",
            "Kept one day so a clerk can reload it the same day.",
        ),
    ),
    Period(
        "email_change_request_days",
        30,
        Text(
            "メールアドレス変更の申請（新しいアドレス）", "Email change requests (the new address)"
        ),
        Text("リンクの有効期限の{days}日後", "{days} days after their link expired"),
        Text(
            "確認されたアドレスは本人の記録に入る。期限切れの申請は問い合わせ対応の間だけ必要。",
            "A verified address lives on the person; an expired request is needed only while someone may ask about it.",
        ),
    ),
    Period(
        "task_result_days",
        7,
        Text(
            "バックグラウンド処理の結果（django-tasks-db）",
            "Background task results (django-tasks-db)",
        ),
        Text("終了の{days}日後", "{days} days after they finished"),
        Text(
            "障害調査のためだけの記録。配信の事実は配信ログに残る。",
            "Kept only to diagnose faults; the delivery log records what was sent.",
        ),
    ),
    Period(
        "delivery_attempt_days",
        30,
        Text("配信ログ（SMTP応答）", "Delivery log lines (SMTP replies)"),
        Text(
            "送信済み・失敗・取消のメールについて、記録の{days}日後",
            "{days} days after the attempt, for mails that are sent, failed or cancelled",
        ),
        Text(
            "不達の調査に使う。応答にはアドレスが含まれうる。",
            "Used to investigate bounces; replies may contain the address.",
        ),
    ),
    Period(
        "notification_days",
        90,
        Text(
            "送信済み・失敗・取消のメール（宛先・本文の値）",
            "Sent, failed and cancelled mails (recipient, template values)",
        ),
        Text(
            "作成の{days}日後（配信ログとともに）",
            "{days} days after they were queued (with their delivery log)",
        ),
        Text(
            "「メールが届いていない」という問い合わせに答える期間。未送信・保留のメールは期間で消さない。",
            "Long enough to answer 'I never got the mail'; unsent and held mails are never removed by age.",
        ),
    ),
    Period(
        "booking_days",
        90,
        Text(
            "予約（氏名・メールアドレス）と終わったキャンセル待ち",
            "Bookings (names, emails) and ended waitlist entries",
        ),
        Text(
            "予約時刻の{days}日後（キャンセル待ちは登録の{days}日後）",
            "{days} days after the appointment time (waitlist: after joining)",
        ),
        Text(
            "予約は交付のための一時的な記録。交付の事実はケースの履歴に残る。",
            "A booking is a short-lived means to the hand-over, which the case history records.",
        ),
    ),
    Period(
        "closed_case_days",
        1827,
        Text(
            "終了したケースと履歴・チェックリスト・メモ",
            "Closed cases with their history, checklist and notes",
        ),
        Text(
            "終了（交付・却下・取下げ等）の{days}日後（約5年）",
            "{days} days (about 5 years) after the case closed (issued, rejected, withdrawn, …)",
        ),
        Text(
            "交付・却下の経緯の照会や不服に答えるため。自治体の文書管理規程の保存期間に合わせる想定。",
            "To answer questions and appeals about how a card was issued or refused; assumed to follow municipal record-keeping rules.",
        ),
    ),
    Period(
        "person_days",
        365,
        Text(
            "本人の記録（個人番号の暗号文・カード・リマインダーを含む）",
            "People (with the My Number ciphertext, cards and reminders)",
        ),
        Text(
            "残るケースも予約もなく、どのカードも{days}日以上前に有効でなくなった時",
            "Once no case and no booking of theirs remains and none of their cards has been valid for {days} days",
        ),
        Text(
            "有効なカードがある間は更新・期限のお知らせに必要。それ以外に保管する理由はない（番号法第20条）。",
            "Needed for renewal and expiry reminders while a card is valid; nothing else justifies keeping 特定個人情報 (My Number Act Art. 20).",
        ),
    ),
    Period(
        "session_days",
        0,
        Text("職員のログインセッション", "Staff login sessions"),
        Text("有効期限の{days}日後", "{days} days after they expired"),
        Text("期限切れのセッションは使えない。", "An expired session cannot be used."),
    ),
    Period(
        "audit_days",
        3653,
        Text("監査ログ", "Audit log"),
        Text(
            "記録の{days}日後（約10年、古い順にのみ）",
            "{days} days (about 10 years) after the entry, oldest first only",
        ),
        Text(
            "誰がいつ何を見たか・変えたかを、記述対象のデータより長く答えられるように。",
            "To answer who saw or changed what, for longer than the data it describes is kept.",
        ),
    ),
)

PERIODS: dict[str, Period] = {p.key: p for p in _DEFAULTS}


class Schedule:
    """The periods in force (defaults plus a deployment's overrides), validated together."""

    def __init__(self, overrides: Mapping[str, object] | None = None) -> None:
        if overrides is not None and not isinstance(overrides, Mapping):
            raise RetentionError("(overrides)", "expected an object of period names and days")
        self._days = {k: p.days for k, p in PERIODS.items()}
        for key, value in (overrides or {}).items():
            if key not in PERIODS:
                raise RetentionError(key, "unknown retention period")
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise RetentionError(key, "expected a whole number of days >= 0")
            self._days[key] = value
        longest = max(d for k, d in self._days.items() if k != "audit_days")
        if self._days["audit_days"] <= longest:
            # Audit rows must outlive the data they describe.
            raise RetentionError(
                "audit_days", f"must be longer than every other period ({longest} days)"
            )

    def days(self, key: str) -> int:
        if key not in self._days:
            raise RetentionError(key, "unknown retention period")
        return self._days[key]
