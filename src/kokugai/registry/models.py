"""Offices (municipalities, 在外公館, the production centre), their counters, hours and staff."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

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
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("office")
        verbose_name_plural = _("offices")
        ordering = ("code",)
        indexes = [models.Index(fields=["kind", "country"])]

    def __str__(self) -> str:
        return self.name_ja

    def name(self, lang: str = "ja") -> str:
        return (self.name_en or self.name_ja) if lang == "en" else self.name_ja


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
