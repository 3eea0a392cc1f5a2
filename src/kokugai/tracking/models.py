"""Rate-limit bookkeeping for the public status tracker.

A table rather than the cache: it works the same with several web processes on one
database, needs no createcachetable, and old rows are simply deleted.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class LookupAttempt(models.Model):
    """One tracker lookup, counted against the client and against the reference typed."""

    at = models.DateTimeField(_("at"), db_index=True)
    client_key = models.CharField(
        _("client key"),
        max_length=64,
        help_text=_("Keyed hash of the client IP address; the address itself is not stored"),
    )
    reference_key = models.CharField(
        _("reference key"),
        max_length=64,
        help_text=_("Keyed hash of the normalized receipt number or 申請書ID"),
    )
    succeeded = models.BooleanField(_("succeeded"), default=False)

    class Meta:
        verbose_name = _("tracker lookup attempt")
        verbose_name_plural = _("tracker lookup attempts")
        indexes = [
            models.Index(fields=["client_key", "at"]),
            models.Index(fields=["reference_key", "succeeded", "at"]),
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M:%S} {'hit' if self.succeeded else 'miss'}"


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
