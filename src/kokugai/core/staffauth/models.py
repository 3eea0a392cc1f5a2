"""What staff sign-in keeps per account beyond Django's user: the password-change flag, the
session epoch (bumping it ends every session of the account) and the passkeys."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_otp.models import Device, TimestampMixin


class AccountState(models.Model):
    """One row per staff account that ever signed in or was managed (created on demand)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="signin_state",
        verbose_name=_("account"),
    )
    must_change_password = models.BooleanField(
        _("must change password"),
        default=False,
        help_text=_("Set when an admin set or reset the password; cleared by the owner's change"),
    )
    session_epoch = models.PositiveIntegerField(
        _("session epoch"),
        default=0,
        help_text=_("Sessions signed in under an older epoch are ended"),
    )
    password_changed_at = models.DateTimeField(_("password changed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("sign-in state")
        verbose_name_plural = _("sign-in states")

    def __str__(self) -> str:
        return f"{self.user_id} epoch {self.session_epoch}"


class Passkey(TimestampMixin, Device):
    """A WebAuthn credential registered by a staff member (a django-otp device, so a session
    signed in with it counts as verified). It verifies no typed token."""

    credential_id = models.CharField(_("credential id"), max_length=1400, unique=True)
    public_key = models.BinaryField(_("public key"))
    sign_count = models.PositiveBigIntegerField(_("signature counter"), default=0)
    transports = models.JSONField(_("transports"), default=list, blank=True)

    class Meta(Device.Meta):
        verbose_name = _("passkey")
        verbose_name_plural = _("passkeys")

    def verify_token(self, token: object) -> bool:
        return False  # a passkey answers a challenge (kokugai.core.staffauth.passkeys), no code
