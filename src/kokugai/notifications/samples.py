"""Invented sample contexts, one per catalogue entry: for previews, tests and the benchmark.

Identifying values are deliberately distinctive so that a test can prove none of them reaches
a subject line.
"""

from __future__ import annotations

from typing import Any

_CASE = {
    "receipt_number": "R25-000123-4",
    "application_id": "",
    "procedure": "new_issuance",
    "tracking_url": "http://127.0.0.1:8000/track/",
}
_APPOINTMENT = {
    "service_ja": "国外転出者向けカード交付",
    "service_en": "My Number card pickup for residents abroad",
    "office_ja": "架空市役所",
    "office_en": "Kakuu City Office",
    "counter_ja": "マイナンバーカード交付窓口",
    "counter_en": "My Number card pickup counter",
    "floor": "2F",
    "starts_at_office": "2026-01-16 10:00 JST",
    "starts_at_applicant": "09:00 Asia/Taipei",
    "manage_url": "http://127.0.0.1:8000/appointments/manage/sample-token/",
}
_HOUSEHOLD = {
    "household_reference": "H8KC-YDNE-0DK",
    "members": "国外 花子\n国外 太郎\n国外 一郎",
}
_HONSEKI = {"honseki_office_ja": "架空市役所 市民課", "honseki_office_en": "Kakuu City Office"}
_PICKUP = {
    "pickup_office_ja": "架空区役所",
    "pickup_office_en": "Kakuu Ward Office",
    # What ``Office.contact(lang).text(lang)`` gives (cases.services.notify).
    "office_contact_ja": "住所: 〒100-0000 架空県架空区1-1-1\n電話: 03-0000-0000\n"
    "受付時間: 平日 8:30〜17:00",
    "office_contact_en": "Address: 1-1-1 Kakuu Ward, Kakuu 100-0000, Japan\n"
    "Phone: 03-0000-0000\nOpening hours: Weekdays 8:30–17:00",
}

SAMPLE_CONTEXTS: dict[str, dict[str, Any]] = {
    "received": {
        **_CASE,
        "intake_office_ja": "在架空国日本国大使館",
        "intake_office_en": "Embassy of Japan in Kakuu",
    },
    "forwarded": {**_CASE, **_HONSEKI},
    "correction_requested": {
        **_CASE,
        **_HONSEKI,
        "correction_text": "申請書の「国外転出日」欄が空欄です。転出した日を記入してください。",
        "reply_url": "http://127.0.0.1:8000/reply/sample-token/",
    },
    "accepted": {**_CASE, **_HONSEKI},
    "application_id_issued": {**_CASE, "application_id": "12345678901234567890123"},
    "shipped": {**_CASE, "application_id": "12345678901234567890123", **_PICKUP},
    "arrived": {
        **_CASE,
        "application_id": "12345678901234567890123",
        **_PICKUP,
        "counter_ja": "マイナンバーカード交付窓口",
        "counter_en": "My Number card pickup counter",
        "floor": "2F",
        "last_day": "2026-03-05",
        "booking_url": "http://127.0.0.1:8000/book/sample-token/",
    },
    "household_arrived": {
        **_HOUSEHOLD,
        **_PICKUP,
        "last_day": "2026-03-05",
        "booking_url": "http://127.0.0.1:8000/appointments/book/family/sample-token/",
    },
    "household_appointment_confirmed": {**_HOUSEHOLD, **_APPOINTMENT},
    "household_appointment_reminder": {**_HOUSEHOLD, **_APPOINTMENT},
    "appointment_confirmed": {**_CASE, **_APPOINTMENT},
    "appointment_reminder": {**_CASE, **_APPOINTMENT},
    "appointment_cancelled": {**_CASE, **_APPOINTMENT},
    "collected": {**_CASE, "application_id": "12345678901234567890123", **_PICKUP},
    "uncollected_warning": {**_CASE, **_PICKUP, "last_day": "2026-03-05"},
    "rejected": {
        **_CASE,
        **_HONSEKI,
        "reason_ja": "戸籍の附票に国外転出の記録がありません。",
        "reason_en": "The 戸籍の附票 shows no move abroad.",
    },
    "withdrawn": {**_CASE},
    "uncollected": {**_CASE, "application_id": "12345678901234567890123", **_PICKUP},
    "pickup_changed": {**_CASE, "application_id": "12345678901234567890123", **_PICKUP},
    "completed": {**_CASE, "procedure": "pin_reset"},
    "preregistration_verify": {
        "verify_url": "http://127.0.0.1:8000/preregister/verify/sample-token/",
        "days": 7,
    },
    "preregistration_code": {
        "code_display": "PABCD-EFGH-K",
        "expires_on": "2026-02-27",
        "resend_url": "http://127.0.0.1:8000/preregister/code/",
    },
    "email_verify": {
        "verify_url": "http://127.0.0.1:8000/email/verify/sample-token/",
        "expires_at": "2026-01-17 10:00 UTC",
    },
    "email_change_verify": {
        "verify_url": "http://127.0.0.1:8000/email/verify/sample-token/",
        "expires_at": "2026-01-17 10:00 UTC",
    },
    "email_change_notice_old": {"new_email_masked": "t***@example.net"},
    "case_links": {
        **_CASE,
        "action": "book",
        "link_url": "http://127.0.0.1:8000/appointments/book/sample-token/",
    },
    "email_change_code": {
        "change_url": "http://127.0.0.1:8000/email/change/sample-token/",
        "expires_at": "2026-01-17 10:00 UTC",
    },
    "card_expiry_reminder": {"expires_on": "2027-04-01"},
    "cert_renewal_reminder": {"expires_on": "2026-09-30"},
    "return_switch_reminder": {"deadline": "2026-06-30", "procedure": "return_to_japan"},
}

#: Values of SAMPLE_CONTEXTS that identify a case or a person.
IDENTIFYING_SAMPLE_VALUES = (
    "R25-000123-4",
    "12345678901234567890123",
    "sample-token",
    "t***@example.net",
    "国外",
    "太郎",
    "KOKUGAI",
    "1990",
)
