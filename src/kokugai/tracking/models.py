"""Rate-limit bookkeeping for the public pages (tracker lookups, pre-registration, links).

A table rather than the cache: it works the same with several web processes on one
database, needs no createcachetable, and old rows are simply deleted. One row per counter
and fixed time window, incremented by one ``INSERT … ON CONFLICT DO UPDATE … RETURNING``
(``tracking.ratelimit``): the increment and the read are one atomic statement, so
concurrent requests each see a different count and never more than the limit pass.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class RateCount(models.Model):
    """How many events one counter saw in one fixed window."""

    key = models.CharField(
        _("counter key"),
        max_length=96,
        help_text=_(
            "What is counted and for whom: a scope name and a keyed hash of the client "
            "address, the reference or the email address (never the value itself)"
        ),
    )
    bucket = models.BigIntegerField(
        _("window"), help_text=_("Start of the fixed window, in seconds since the epoch")
    )
    count = models.IntegerField(_("count"), default=0)
    expires_at = models.DateTimeField(
        _("expires at"), help_text=_("End of the window: the row is purged after it")
    )

    class Meta:
        verbose_name = _("rate-limit counter")
        verbose_name_plural = _("rate-limit counters")
        constraints = [
            models.UniqueConstraint(fields=["key", "bucket"], name="tracking_ratecount_key_bucket")
        ]
        indexes = [models.Index(fields=["expires_at"], name="tracking_ratecount_expires")]

    def __str__(self) -> str:
        return f"{self.key} @{self.bucket}: {self.count}"
