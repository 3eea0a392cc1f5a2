"""Offices (municipalities, 在外公館, the production centre), their counters, hours and staff."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from kokugai.rules import offices as reference_offices
from kokugai.rules.codes import OfficeKind


class Office(models.Model):
    """Any place that takes, reviews, produces or hands over cards.

    ``code`` is the 6-digit local-government code (JIS X 0402 with check digit) for a
    municipality, the mission id of the shipped reference data (``emb-fi-helsinki``,
    ``jtea-tw-taipei``) for a 在外公館, and ``production`` for the card production centre.
    """

    code = models.CharField(_("code"), max_length=64, unique=True)
    kind = models.CharField(
        _("kind"), max_length=16, choices=[(k.value, k.value) for k in OfficeKind]
    )
    name_ja = models.CharField(_("name (Japanese)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    name_kana = models.CharField(_("name (kana)"), max_length=200, blank=True)
    country = models.CharField(
        _("country"),
        max_length=2,
        default="JP",
        help_text=_("ISO 3166-1 alpha-2 of the place the office serves"),
    )
    timezone = models.CharField(
        _("time zone"),
        max_length=64,
        default="Asia/Tokyo",
        help_text=_("IANA zone; appointment times are authoritative in it"),
    )
    postal_address = models.TextField(
        _("postal address"), blank=True, help_text=_("Where applications by mail are sent")
    )
    postal_address_en = models.TextField(
        _("postal address (English)"),
        blank=True,
        help_text=_("The same address written for an envelope sent from abroad"),
    )
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)
    hours_text_ja = models.TextField(
        _("opening hours as shown to citizens (Japanese)"),
        blank=True,
        help_text=_("e.g. 平日 8:30〜17:15（土日祝・年末年始を除く）"),
    )
    hours_text_en = models.TextField(
        _("opening hours as shown to citizens (English)"),
        blank=True,
        help_text=_("e.g. Weekdays 8:30–17:15 (closed at weekends and on public holidays)"),
    )
    contact_is_demo = models.BooleanField(
        _("contact details are invented demo data"),
        default=False,
        help_text=_(
            "Set by `kokugai setup` for the demo offices: pages mark these details as "
            "examples. Cleared when an admin saves the office's real details."
        ),
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("office")
        verbose_name_plural = _("offices")
        ordering = ("code",)
        indexes = [models.Index(fields=["kind", "country"])]

    def __str__(self) -> str:
        return self.name_ja

    def name(self, lang: str = "ja") -> str:
        """In English: the English name on file, else for a municipality its Hepburn name
        with the kanji beside it ("Hachinohe City, Aomori (青森県八戸市)", as in the plans)."""
        if lang != "en":
            return self.name_ja
        if not self.name_en and self.kind == OfficeKind.MUNICIPALITY:
            mu = reference_offices.municipality(self.code)
            if mu is not None:
                return mu.label_en
        return self.name_en or self.name_ja

    def contact(self, lang: str = "ja") -> OfficeContact:
        """The office's name, postal address, phone and hours for a citizen in ``lang``."""
        en = lang == "en"
        return OfficeContact(
            code=self.code,
            name=self.name(lang),
            postal_address=(self.postal_address_en or self.postal_address)
            if en
            else self.postal_address,
            phone=self.phone,
            hours=((self.hours_text_en or self.hours_text_ja) if en else self.hours_text_ja)
            or opening_hours_text(self.opening_hours.all() if self.pk else (), lang),
            website=self.website,
            is_demo=self.contact_is_demo,
        )


@dataclass(frozen=True)
class OfficeContact:
    """What a citizen needs to reach an office: shown wherever an office is named to them
    (one template include, ``includes/office_contact.html``; one text form for the mails)."""

    code: str
    name: str
    postal_address: str
    phone: str
    hours: str
    website: str
    #: Invented for the demo (``kokugai setup``): pages and mails say so.
    is_demo: bool = False

    @property
    def has_details(self) -> bool:
        return bool(self.postal_address or self.phone or self.hours)

    def lines(self, lang: str = "ja") -> list[str]:
        """The contact as plain-text lines (mails, the ICS description)."""
        en = lang == "en"
        out = []
        if self.postal_address:
            label = "Address" if en else "住所"
            out.append(f"{label}: {' '.join(self.postal_address.split())}")
        if self.phone:
            out.append(f"{'Phone' if en else '電話'}: {self.phone}")
        if self.hours:
            out.append(f"{'Opening hours' if en else '受付時間'}: {' '.join(self.hours.split())}")
        if out and self.is_demo:
            out.append(
                "(Invented example data of the demo, not the office's real details)"
                if en
                else "（デモ用の架空の連絡先です。実在の窓口の情報ではありません）"
            )
        return out

    def text(self, lang: str = "ja") -> str:
        return "\n".join(self.lines(lang))


class Counter(models.Model):
    """A physical counter (窓口) of an office, on a floor. Services are booked at counters."""

    office = models.ForeignKey(
        Office, on_delete=models.CASCADE, related_name="counters", verbose_name=_("office")
    )
    code = models.SlugField(_("code"), max_length=40)
    name_ja = models.CharField(_("name (Japanese)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    floor = models.CharField(_("floor"), max_length=20, blank=True, help_text=_("e.g. 2F"))

    class Meta:
        verbose_name = _("counter")
        verbose_name_plural = _("counters")
        constraints = [
            models.UniqueConstraint(fields=["office", "code"], name="counter_code_unique")
        ]

    def __str__(self) -> str:
        return f"{self.office.name_ja} {self.name_ja} ({self.floor})"

    def name(self, lang: str = "ja") -> str:
        return (self.name_en or self.name_ja) if lang == "en" else self.name_ja


class OpeningHours(models.Model):
    """A weekly opening block. Several blocks per weekday are allowed (e.g. a lunch break)."""

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("weekday"), help_text=_("0 = Monday … 6 = Sunday"))
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))
    is_default = models.BooleanField(
        _("default"),
        default=False,
        help_text=_(
            "Set by `kokugai setup` from generic hours, not from the office: "
            "an admin should confirm or edit them"
        ),
    )

    class Meta:
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")
        ordering = ("office", "weekday", "opens")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(opens__lt=models.F("closes")), name="opening_hours_ordered"
            ),
            models.CheckConstraint(
                condition=models.Q(weekday__lte=6), name="opening_hours_weekday"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.office_id} {self.weekday} {self.opens:%H:%M}-{self.closes:%H:%M}"


_WEEKDAYS = {
    "ja": ("月", "火", "水", "木", "金", "土", "日"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def opening_hours_text(rows: Iterable[OpeningHours], lang: str = "ja") -> str:
    """An office's weekly ``OpeningHours`` as a citizen reads them, when it has no
    opening-hours text: days with the same hours together ("月〜金 8:30〜17:15" /
    "Monday to Friday 8:30–17:15"), one line per group; hours set by ``kokugai setup``
    (``is_default``) say that they are the usual hours, not the office's own."""
    en = lang == "en"
    names = _WEEKDAYS["en" if en else "ja"]
    rows = sorted(rows, key=lambda r: (r.weekday, r.opens))
    if not rows:
        return ""
    by_day: dict[int, tuple[tuple[dt.time, dt.time], ...]] = {}
    for r in rows:
        by_day[r.weekday] = (*by_day.get(r.weekday, ()), (r.opens, r.closes))
    groups: list[tuple[list[int], tuple[tuple[dt.time, dt.time], ...]]] = []
    for day in sorted(by_day):
        if groups and groups[-1][0][-1] == day - 1 and groups[-1][1] == by_day[day]:
            groups[-1][0].append(day)
        else:
            groups.append(([day], by_day[day]))
    dash, sep, to = ("–", " and ", " to ") if en else ("〜", "、", "〜")
    lines = []
    for days, blocks in groups:
        if len(days) == 1:
            when = names[days[0]]
        elif len(days) == 2:
            when = f"{names[days[0]]}{' and ' if en else '・'}{names[days[1]]}"
        else:
            when = f"{names[days[0]]}{to}{names[days[-1]]}"
        times = sep.join(f"{o.hour}:{o.minute:02d}{dash}{c.hour}:{c.minute:02d}" for o, c in blocks)
        lines.append(f"{when} {times}")
    if all(r.is_default for r in rows):
        lines.append(
            "(usual hours of such an office: check with the office before you go)"
            if en
            else "（一般的な受付時間です。お出かけの前に窓口に確認してください）"
        )
    return "\n".join(lines)


class Closure(models.Model):
    """A day the office is closed beyond its calendar (holidays come from kokugai.rules)."""

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="closures")
    date = models.DateField(_("date"))
    reason = models.CharField(_("reason"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("closure day")
        verbose_name_plural = _("closure days")
        constraints = [models.UniqueConstraint(fields=["office", "date"], name="closure_unique")]

    def __str__(self) -> str:
        return f"{self.office_id} {self.date}"


class StaffRole(models.TextChoices):
    CLERK = "clerk", _("counter clerk")  # intake and pickup
    REVIEWER = "reviewer", _("reviewer")  # 本籍地 review
    PRODUCER = "producer", _("production")
    ADMIN = "admin", _("office admin")


class StaffProfile(models.Model):
    """Every staff member belongs to exactly one office and has one role there."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="staff",
        verbose_name=_("account"),
    )
    office = models.ForeignKey(
        Office, on_delete=models.PROTECT, related_name="staff", verbose_name=_("office")
    )
    role = models.CharField(_("role"), max_length=16, choices=StaffRole.choices)

    class Meta:
        verbose_name = _("staff member")
        verbose_name_plural = _("staff members")

    def __str__(self) -> str:
        return f"{self.user.get_username()} @ {self.office.code} ({self.role})"


class ApiScope(models.TextChoices):
    READ = "read", _("read (GET)")
    ACT = "act", _("act (POST: transitions, intake)")


class ApiKey(models.Model):
    """A key another system uses to call the staff API as a member of one office.

    The key itself is shown once, when it is made; only its SHA-256 and a short prefix (to
    recognise it in lists and logs) are stored. It acts through its own service account (a
    ``User`` with a ``StaffProfile`` in the office and the chosen role, and no usable
    password), so every check of the case services applies to it unchanged. ``scopes``:
    ``read`` lets it GET, ``act`` lets it POST.
    """

    office = models.ForeignKey(
        Office, on_delete=models.PROTECT, related_name="api_keys", verbose_name=_("office")
    )
    name = models.CharField(_("name"), max_length=100, help_text=_("Which system uses it"))
    prefix = models.CharField(_("prefix"), max_length=16, unique=True, editable=False)
    key_hash = models.CharField(_("key hash"), max_length=64, unique=True, editable=False)
    scopes = models.JSONField(_("scopes"), default=list)
    account = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="api_key",
        verbose_name=_("service account"),
    )
    created_at = models.DateTimeField(_("created at"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revoked by"),
    )

    class Meta:
        verbose_name = _("API key")
        verbose_name_plural = _("API keys")
        ordering = ("-created_at", "-id")

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…) @ {self.office_id}"

    @property
    def active(self) -> bool:
        return self.revoked_at is None
