"""The tracker's tables: rate-limit counters, and the stage durations the worker learns.

Rate limits (tracker lookups, pre-registration, "send my links"): a table rather than the cache: it works the same with several web processes on one
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


class LearnedDuration(models.Model):
    """Business-day duration of one stage at one office, learned from a year of history.

    Written only by the worker (``tracking.learning.learned_compute``); the tracker and the
    planner read it, so no citizen's request ever walks the history.
    ``office_code`` is ``*`` for the stage pooled over every office.
    """

    stage = models.CharField(_("stage"), max_length=32)
    office_code = models.CharField(_("office"), max_length=64)
    median_bd = models.FloatField(_("median (business days)"))
    low_bd = models.FloatField(_("10th percentile (business days)"))
    high_bd = models.FloatField(_("90th percentile (business days)"))
    samples = models.PositiveIntegerField(_("samples"))
    computed_at = models.DateTimeField(_("computed at"))

    class Meta:
        verbose_name = _("learned stage duration")
        verbose_name_plural = _("learned stage durations")
        constraints = [
            models.UniqueConstraint(fields=["stage", "office_code"], name="learned_stage_office")
        ]

    def __str__(self) -> str:
        return f"{self.stage}@{self.office_code}: {self.median_bd:g} bd (n={self.samples})"
