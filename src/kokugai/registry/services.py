"""Loading the shipped reference data into the office tables, and the demo staff."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from kokugai.core.audit import audit_record
from kokugai.core.errors import ApplicationError
from kokugai.core.models import User
from kokugai.registry.errors import RegistryError
from kokugai.registry.models import Counter, Office, OpeningHours, StaffProfile, StaffRole
from kokugai.rules import offices as reference
from kokugai.rules.codes import OfficeKind

PRODUCTION_CODE = "production"
PRODUCTION_NAME_JA = "地方公共団体情報システム機構 (J-LIS) 個人番号カード製造"
PRODUCTION_NAME_EN = "J-LIS My Number card production"

DEFAULT_COUNTER = ("mynumber", "マイナンバーカード窓口", "My Number card counter", "")

# Generic hours: municipal offices keep 08:30–17:15 on weekdays; missions open consular
# counters in the morning and the afternoon with a lunch break. Marked is_default so the
# office admin knows to confirm them.
T = dt.time
MUNICIPALITY_HOURS = [(T(8, 30), T(17, 15))]
MISSION_HOURS = [(T(9, 30), T(12, 30)), (T(14, 0), T(16, 30))]

#: The offices of the seed's story, with the counters the story needs (floors matter there).
DEMO_OFFICES: dict[str, dict[str, object]] = {
    "131075": {
        "name_en": "Sumida City Office, Tokyo",
        "counters": [
            ("card-pickup", "マイナンバーカード受取窓口", "My Number card pickup counter", "2F"),
            ("cert-renewal", "電子証明書更新窓口", "E-certificate renewal counter", "1F"),
        ],
    },
    "022039": {"name_en": "Hachinohe City Office, Aomori"},
    PRODUCTION_CODE: {},
    "jtea-tw-taipei": {},
}


def _reference_rows() -> Iterable[Office]:
    for m in reference.municipalities().values():
        if m.kind == "prefecture" or not m.administered:
            continue
        yield Office(
            code=m.code,
            kind=OfficeKind.MUNICIPALITY.value,
            name_ja=m.display_name,
            name_en=str(DEMO_OFFICES.get(m.code, {}).get("name_en", "")),
            name_kana=m.kana,
            country="JP",
            timezone=m.timezone,
        )
    for mission in reference.missions().values():
        yield Office(
            code=mission.id,
            kind=OfficeKind.MISSION.value,
            name_ja=mission.name_ja,
            name_en=mission.name_en,
            country=mission.country,
            timezone=mission.timezone or "UTC",
            website=mission.website,
        )
    yield Office(
        code=PRODUCTION_CODE,
        kind=OfficeKind.PRODUCTION.value,
        name_ja=PRODUCTION_NAME_JA,
        name_en=PRODUCTION_NAME_EN,
        country="JP",
        timezone="Asia/Tokyo",
    )


@dataclass
class LoadResult:
    offices_created: int = 0
    hours_created: int = 0
    counters_created: int = 0


@transaction.atomic
def offices_load(*, progress: Callable[[int], None] | None = None) -> LoadResult:
    """Create every office of the reference data that is not in the database yet.

    Idempotent: existing offices (and what their admins edited) are left alone; offices with
    no hours or no counter get the defaults.
    """
    result = LoadResult()
    existing = set(Office.objects.values_list("code", flat=True))
    new = [o for o in _reference_rows() if o.code not in existing]
    for start in range(0, len(new), 500):
        chunk = new[start : start + 500]
        Office.objects.bulk_create(chunk, batch_size=500)
        result.offices_created += len(chunk)
        if progress:
            progress(len(chunk))

    hours = []
    for office in Office.objects.filter(opening_hours__isnull=True).only("id", "kind"):
        blocks = MISSION_HOURS if office.kind == OfficeKind.MISSION else MUNICIPALITY_HOURS
        if office.kind == OfficeKind.PRODUCTION:
            blocks = MUNICIPALITY_HOURS
        for weekday in range(5):
            for opens, closes in blocks:
                hours.append(
                    OpeningHours(
                        office_id=office.pk,
                        weekday=weekday,
                        opens=opens,
                        closes=closes,
                        is_default=True,
                    )
                )
    OpeningHours.objects.bulk_create(hours, batch_size=1000)
    result.hours_created = len(hours)

    counters = []
    for office in Office.objects.filter(counters__isnull=True).only("id", "code", "kind"):
        if office.kind == OfficeKind.PRODUCTION:
            continue  # no public counter
        specs = DEMO_OFFICES.get(office.code, {}).get("counters") or [DEFAULT_COUNTER]
        for code, name_ja, name_en, floor in specs:  # type: ignore[attr-defined]
            counters.append(
                Counter(
                    office_id=office.pk, code=code, name_ja=name_ja, name_en=name_en, floor=floor
                )
            )
    Counter.objects.bulk_create(counters, batch_size=1000)
    result.counters_created = len(counters)
    return result


@dataclass(frozen=True)
class DemoAccount:
    username: str
    office_code: str | None
    role: str | None
    reveal_mynumber: bool = False
    superuser: bool = False


DEMO_ACCOUNTS = (
    DemoAccount("sumida-clerk", "131075", StaffRole.CLERK),
    DemoAccount("hachinohe-reviewer", "022039", StaffRole.REVIEWER, reveal_mynumber=True),
    DemoAccount("production-operator", PRODUCTION_CODE, StaffRole.PRODUCER),
    DemoAccount("taipei-clerk", "jtea-tw-taipei", StaffRole.CLERK),
    DemoAccount("sumida-admin", "131075", StaffRole.ADMIN),
    DemoAccount("kokugai-admin", None, None, superuser=True),
)


def demo_password(*, allow_default: bool) -> str:
    password = os.environ.get("KOKUGAI_DEMO_PASSWORD", "")
    if password:
        return password
    if allow_default:
        return "kokugai-demo"
    raise ApplicationError(
        RegistryError.DEMO_PASSWORD_MISSING,
        "KOKUGAI_DEMO_PASSWORD を設定してください（開発時は --demo で既定値）。 / "
        "Set KOKUGAI_DEMO_PASSWORD (or pass --demo for the development default).",
    )


@transaction.atomic
def demo_staff_ensure(*, password: str) -> dict[str, User]:
    """Create the invented demo accounts if missing (their passwords are set only once)."""
    users: dict[str, User] = {}
    reveal = Permission.objects.get(codename="reveal_mynumber", content_type__app_label="people")
    for spec in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            username=spec.username,
            defaults={
                "is_staff": spec.superuser or spec.role == StaffRole.ADMIN,
                "is_superuser": spec.superuser,
                "email": f"{spec.username}@kokugai.example",
            },
        )
        if created:
            user.set_password(password)
            user.save(update_fields=["password"])
            audit_record(actor=None, action="staff.create", object_type="user", object_id=user.pk)
        if spec.office_code:
            StaffProfile.objects.get_or_create(
                user=user,
                defaults={"office": Office.objects.get(code=spec.office_code), "role": spec.role},
            )
        if spec.reveal_mynumber:
            user.user_permissions.add(reveal)
        users[spec.username] = user
    demo_office_contacts_ensure()
    return users


# --- office contact details (postal address, phone, opening hours text) --------------------

#: What an office admin may edit of their office's contact (the rest comes from reference data).
CONTACT_FIELDS = (
    "postal_address",
    "postal_address_en",
    "phone",
    "email",
    "website",
    "hours_text_ja",
    "hours_text_en",
)

#: Invented, plausible contact details for the demo offices only (``kokugai setup`` with the
#: demo). Never real: the phone numbers use the unassigned 0000 exchange, and every page and
#: mail marks them as demo data (``Office.contact_is_demo``).
DEMO_CONTACTS: dict[str, dict[str, str]] = {
    "131075": {
        "postal_address": "〒130-0000 東京都墨田区吾妻橋9丁目9番9号 墨田区役所 2階 戸籍住民課",
        "postal_address_en": (
            "Family Register and Resident Section, 2F, Sumida City Office, "
            "9-9-9 Azumabashi, Sumida City, Tokyo 130-0000, Japan"
        ),
        "phone": "03-0000-0130",
        "hours_text_ja": "平日 8:30〜17:00（土日祝日・年末年始を除く）",
        "hours_text_en": "Weekdays 8:30–17:00 (closed at weekends, on public holidays and "
        "over the New Year)",
    },
    "022039": {
        "postal_address": "〒031-0000 青森県八戸市内丸9丁目9番9号 八戸市役所 市民課",
        "postal_address_en": (
            "Citizens Section, Hachinohe City Office, 9-9-9 Uchimaru, Hachinohe, "
            "Aomori 031-0000, Japan"
        ),
        "phone": "0178-00-0203",
        "hours_text_ja": "平日 8:15〜17:00（土日祝日・年末年始を除く）",
        "hours_text_en": "Weekdays 8:15–17:00 (closed at weekends, on public holidays and "
        "over the New Year)",
    },
    "jtea-tw-taipei": {
        "postal_address": "台北市松山区慶城街99号 日本台湾交流協会 台北事務所 領事部",
        "postal_address_en": (
            "Consular Section, Japan-Taiwan Exchange Association Taipei Office, "
            "No. 99 Qingcheng St., Songshan Dist., Taipei City, Taiwan"
        ),
        "phone": "+886-2-0000-0000",
        "hours_text_ja": "月〜金 9:30〜12:30、14:00〜16:30（台湾と日本の祝日を除く）",
        "hours_text_en": "Monday to Friday 9:30–12:30 and 14:00–16:30 (closed on Taiwanese "
        "and Japanese public holidays)",
    },
}


def demo_office_contacts_ensure() -> int:
    """Give the demo offices their invented contact details, marked as demo data, unless an
    admin already entered any (never overwrites). Returns how many offices were filled."""
    filled = 0
    for office in Office.objects.filter(code__in=DEMO_CONTACTS):
        if any(getattr(office, f) for f in ("postal_address", "phone", "hours_text_ja")):
            continue
        for name, value in DEMO_CONTACTS[office.code].items():
            setattr(office, name, value)
        office.contact_is_demo = True
        office.save(update_fields=[*DEMO_CONTACTS[office.code], "contact_is_demo"])
        filled += 1
    return filled


def may_edit_office(actor: Any, office: Office) -> bool:
    """A superuser, or the admin of this very office (``staff_access.office_admin_office``)."""
    from kokugai.registry.staff_access import office_admin_office

    if actor is None or not getattr(actor, "is_authenticated", False) or not actor.is_active:
        return False
    if actor.is_superuser:
        return True
    own = office_admin_office(actor)
    return own is not None and own.pk == office.pk


def office_contact_update(*, actor: Any, office: Office, **changes: str) -> Office:
    """Change an office's contact details (postal address, phone, email, website, opening
    hours text). Only a superuser or this office's admin; audited ``office.update`` (the
    names of the fields changed, not their values' history: the row keeps the current ones).
    Saving real details clears the demo marker."""
    from kokugai.core.errors import Forbidden

    unknown = set(changes) - set(CONTACT_FIELDS)
    if unknown:
        raise ApplicationError(
            RegistryError.OFFICE_FIELD_UNKNOWN, f"not editable: {sorted(unknown)}"
        )
    if not may_edit_office(actor, office):
        audit_record(
            actor=actor if getattr(actor, "is_authenticated", False) else None,
            action="office.update_refused",
            object_type="office",
            object_id=office.code,
            office_code=office.code,
        )
        raise Forbidden(
            RegistryError.OFFICE_NOT_ADMINISTERED,
            _("Only this office's admin may change its details."),
        )
    # The refusal above is recorded even though the caller's change is refused (outside the
    # transaction that would roll it back); the change itself is one transaction.
    with transaction.atomic():
        return _office_contact_save(actor, office, changes)


def _office_contact_save(actor: Any, office: Office, changes: dict[str, str]) -> Office:
    office = Office.objects.select_for_update().get(pk=office.pk)
    changed = []
    for name, value in changes.items():
        value = (value or "").strip()
        if getattr(office, name) != value:
            setattr(office, name, value)
            changed.append(name)
    if changed:
        office.contact_is_demo = False
        try:
            office.full_clean(exclude=["code"])
        except ValidationError as exc:
            raise ApplicationError(
                RegistryError.OFFICE_INVALID,
                _("Please correct the office's details."),
                fields=exc.message_dict,
            ) from exc
        office.save(update_fields=[*changed, "contact_is_demo"])
        audit_record(
            actor=actor,
            action="office.update",
            object_type="office",
            object_id=office.code,
            office_code=office.code,
            detail={"fields": sorted(changed)},
        )
    return office
