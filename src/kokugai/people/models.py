"""People and their cards. The My Number is 特定個人情報: encrypted at rest, found by a keyed hash."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Sex(models.TextChoices):
    MALE = "male", _("male")
    FEMALE = "female", _("female")


class Person(models.Model):
    """A holder (or applicant) of a My Number card. Names as on the 戸籍."""

    family_name = models.CharField(_("family name (kanji)"), max_length=100)
    given_name = models.CharField(_("given name (kanji)"), max_length=100)
    family_name_kana = models.CharField(_("family name (kana)"), max_length=100)
    given_name_kana = models.CharField(_("given name (kana)"), max_length=100)
    family_name_romaji = models.CharField(_("family name (romaji)"), max_length=100, blank=True)
    given_name_romaji = models.CharField(_("given name (romaji)"), max_length=100, blank=True)
    birth_date = models.DateField(_("birth date"))
    sex = models.CharField(_("sex"), max_length=8, choices=Sex.choices)
    nationalities = models.JSONField(
        _("nationalities"), default=list, help_text=_("ISO 3166-1 alpha-2 codes; Japanese = JP")
    )
    honseki = models.ForeignKey(
        "registry.Office",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("本籍地"),
        help_text=_("Municipality of the registered domicile; it owns the card"),
    )
    email = models.EmailField(
        _("email"), blank=True, help_text=_("Used only once verified (see email_verified_at)")
    )
    email_verified_at = models.DateTimeField(_("email verified at"), null=True, blank=True)
    email_undeliverable = models.BooleanField(
        _("email undeliverable"),
        default=False,
        help_text=_(
            "Set when a delivery failed permanently; the portal asks to confirm the address"
        ),
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    country = models.CharField(_("country of residence"), max_length=2, blank=True)
    city = models.CharField(_("city of residence"), max_length=100, blank=True)
    timezone = models.CharField(_("time zone of residence"), max_length=64, default="Asia/Tokyo")
    language = models.CharField(_("language"), max_length=8, default="ja")
    left_japan_on = models.DateField(_("国外転出日"), null=True, blank=True)
    legal_representative_name = models.CharField(
        _("法定代理人 (name)"),
        max_length=200,
        blank=True,
        help_text=_("Needed under 15 or for a 成年被後見人"),
    )
    legal_representative_relation = models.CharField(
        _("法定代理人 (relation)"), max_length=100, blank=True
    )
    under_guardianship = models.BooleanField(_("成年被後見人"), default=False)
    mynumber_ciphertext = models.BinaryField(
        _("My Number (encrypted)"), null=True, blank=True, editable=False
    )
    mynumber_key_id = models.CharField(_("key id"), max_length=16, blank=True, editable=False)
    mynumber_index = models.CharField(
        _("My Number lookup hash"),
        max_length=64,
        null=True,
        blank=True,
        unique=True,
        editable=False,
        help_text=_("Keyed hash (HMAC-SHA256) for lookup; never the number itself"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        permissions = [("reveal_mynumber", "Can show a My Number in full (audited)")]
        # The console search (cases.search): exact birth date, prefix of the name in kana
        # or kanji. varchar_pattern_ops lets PostgreSQL use the index for LIKE 'x%' in any
        # collation; other databases ignore the operator class.
        indexes = [
            models.Index(fields=["birth_date"], name="person_birth_date"),
            models.Index(
                fields=["family_name_kana"],
                name="person_family_kana_prefix",
                opclasses=["varchar_pattern_ops"],
            ),
            models.Index(
                fields=["family_name"],
                name="person_family_prefix",
                opclasses=["varchar_pattern_ops"],
            ),
        ]

    def __str__(self) -> str:
        return f"Person #{self.pk}"

    @property
    def full_name(self) -> str:
        return f"{self.family_name} {self.given_name}"

    @property
    def romaji_name(self) -> str:
        return f"{self.family_name_romaji} {self.given_name_romaji}".strip()


class CardKind(models.TextChoices):
    DOMESTIC = "domestic", _("domestic")
    OVERSEAS = "overseas", _("overseas (国外転出者向け)")


class CardStatus(models.TextChoices):
    ACTIVE = "active", _("active")
    SUSPENDED = "suspended", _("suspended (一時停止)")
    LAPSED = "lapsed", _("lapsed (失効)")
    INVALIDATED = "invalidated", _("invalidated (廃止)")
    RETURNED = "returned", _("returned (返納)")
    PENDING = "pending", _("produced, not yet handed over")


class Card(models.Model):
    """One physical My Number card."""

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="cards")
    kind = models.CharField(_("kind"), max_length=16, choices=CardKind.choices)
    status = models.CharField(_("status"), max_length=16, choices=CardStatus.choices)
    issued_on = models.DateField(_("issued on"), null=True, blank=True)
    expires_on = models.DateField(_("expires on"), null=True, blank=True)
    signing_cert_expires_on = models.DateField(
        _("署名用電子証明書 expires on"), null=True, blank=True
    )
    auth_cert_expires_on = models.DateField(
        _("利用者証明用電子証明書 expires on"), null=True, blank=True
    )
    endorsement = models.CharField(
        _("endorsement (追記欄)"),
        max_length=200,
        blank=True,
        help_text=_("e.g. 国外転出 2022年4月1日"),
    )
    application_id = models.CharField(_("申請書ID"), max_length=23, blank=True)
    status_changed_at = models.DateTimeField(_("status changed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("card")
        verbose_name_plural = _("cards")
        ordering = ("-issued_on", "-id")

    def __str__(self) -> str:
        return f"Card #{self.pk} ({self.kind}, {self.status})"
