"""Pre-registration: application data a citizen enters at home, loaded at the counter.

Not a case and not a person: nothing here has been checked by an official. It becomes
usable only once its email is verified, is loaded by a clerk (as often as needed: a refresh
loses nothing) and used up only when the case is opened through the normal intake, and is
deleted when used or after the retention period
(``KOKUGAI_PREREGISTRATION_DAYS``). PINs are never asked for nor stored.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from kokugai.core.fields import CodeField
from kokugai.rules.codes import Channel


class PreRegistration(models.Model):
    code = models.CharField(
        _("pre-registration code"),
        max_length=16,
        unique=True,
        help_text=_("Shown to the citizen with a QR code; the last character is a check character"),
    )
    procedure = models.CharField(_("procedure"), max_length=32, default="new_issuance")
    channel = CodeField(_("channel"), enum=Channel)
    family_name = models.CharField(_("family name (kanji)"), max_length=100)
    given_name = models.CharField(_("given name (kanji)"), max_length=100)
    family_name_kana = models.CharField(_("family name (kana)"), max_length=100)
    given_name_kana = models.CharField(_("given name (kana)"), max_length=100)
    family_name_romaji = models.CharField(_("family name (romaji)"), max_length=100)
    given_name_romaji = models.CharField(_("given name (romaji)"), max_length=100)
    birth_date = models.DateField(_("birth date"))
    sex = models.CharField(_("sex"), max_length=8)
    honseki_code = models.CharField(
        _("本籍地 code"),
        max_length=6,
        help_text=_("6-digit local government code of the 本籍地 municipality"),
    )
    email = models.EmailField(_("email"))
    email_verified_at = models.DateTimeField(
        _("email verified at"),
        null=True,
        blank=True,
        help_text=_("The pre-registration can be loaded at the counter only once this is set"),
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    country = models.CharField(_("country of residence"), max_length=2)
    city = models.CharField(_("city of residence"), max_length=100)
    timezone = models.CharField(_("time zone of residence"), max_length=64)
    intake_office_code = models.CharField(
        _("intake office"),
        max_length=64,
        help_text=_("Where the application is handed in or mailed to (office code)"),
    )
    pickup_office_code = models.CharField(
        _("pickup office"), max_length=64, help_text=_("Where the card will be collected")
    )
    departure_date = models.DateField(
        _("planned departure from Japan"),
        null=True,
        blank=True,
        help_text=_("For an application made during a visit: when the applicant flies back"),
    )
    with_certificates = models.BooleanField(_("with e-certificates"), default=True)
    language = models.CharField(_("language"), max_length=8, default="ja")
    created_at = models.DateTimeField(_("created at"))
    loaded_at = models.DateTimeField(
        _("last loaded at the counter"),
        null=True,
        blank=True,
        help_text=_(
            "When a clerk last loaded it into an intake form; loading does not use it up, "
            "so a refreshed or abandoned form loses nothing"
        ),
    )
    loaded_by_office = models.CharField(
        _("loaded by office"),
        max_length=64,
        blank=True,
        help_text=_("Only this office may load it again until the reservation lapses"),
    )
    used_at = models.DateTimeField(
        _("used for a case at"),
        null=True,
        blank=True,
        help_text=_("When a case was opened from it; it cannot be loaded again"),
    )
    used_by_office = models.CharField(_("used by office"), max_length=64, blank=True)
    case = models.ForeignKey(
        "cases.Case",
        verbose_name=_("case opened from it"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The case the clerk opened with this data"),
    )

    class Meta:
        verbose_name = _("pre-registration")
        verbose_name_plural = _("pre-registrations")
        ordering = ("-created_at",)
        indexes = [models.Index(fields=["created_at"])]

    def __str__(self) -> str:
        return self.code

    @property
    def is_verified(self) -> bool:
        return self.email_verified_at is not None
