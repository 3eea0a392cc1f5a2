"""What the API keeps for other systems: idempotency records, webhook subscriptions and their
deliveries."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class IdempotencyRecord(models.Model):
    """The first answer to a POST sent with an ``Idempotency-Key``, per credential.

    A retry with the same key and the same request gets this answer again without acting; the
    same key with another request is refused. ``status`` is 0 while the first request runs.
    Kept until ``expires_at`` (``KOKUGAI_IDEMPOTENCY_HOURS``), then removed by ``kokugai
    purge``. The body is the API's own answer (the case page's masked data at most).
    """

    credential = models.CharField(
        _("credential"), max_length=80, help_text=_("apikey:<id>, user:<id> or client:<hash>")
    )
    key = models.CharField(_("idempotency key"), max_length=255)
    fingerprint = models.CharField(
        _("request fingerprint"), max_length=64, help_text=_("SHA-256 of method, path and body")
    )
    status = models.PositiveSmallIntegerField(_("status"), default=0)
    content_type = models.CharField(_("content type"), max_length=100, blank=True)
    body = models.TextField(_("body"), blank=True)
    created_at = models.DateTimeField(_("created at"))
    expires_at = models.DateTimeField(_("expires at"))

    class Meta:
        verbose_name = _("idempotency record")
        verbose_name_plural = _("idempotency records")
        constraints = [
            models.UniqueConstraint(fields=["credential", "key"], name="idempotency_unique")
        ]
        indexes = [models.Index(fields=["expires_at"], name="idempotency_expires")]

    def __str__(self) -> str:
        return f"{self.credential} {self.key[:16]} ({self.status or 'running'})"
