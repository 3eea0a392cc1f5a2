from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A staff account. Citizens have no account: they use signed links and receipt numbers."""

    language = models.CharField(
        _("language"), max_length=8, default="ja", help_text=_("Language of the console and emails")
    )

    class Meta:
        verbose_name = _("staff account")
        verbose_name_plural = _("staff accounts")


class AuditEntry(models.Model):
    """Append-only record of every read and write of personal data (特定個人情報 included).

    The rows form a hash chain (``kokugai.core.audit``): each holds the hash of the one
    before it and of its own canonical content, so an edited, inserted or removed row breaks
    every link after it (``kokugai audit verify``). On PostgreSQL a trigger refuses UPDATE
    and DELETE outright; only the retention purge may delete rows past their period.
    """

    at = models.DateTimeField(_("at"))
    actor = models.ForeignKey(
        User,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("actor"),
        help_text=_("Empty for the citizen or the system"),
    )
    actor_label = models.CharField(
        _("actor label"),
        max_length=150,
        blank=True,
        help_text=_("'citizen', 'system' or the staff username"),
    )
    office_code = models.CharField(_("office"), max_length=64, blank=True)
    action = models.CharField(
        _("action"),
        max_length=64,
        help_text=_("e.g. person.read, case.transition, mynumber.reveal"),
    )
    object_type = models.CharField(_("object type"), max_length=32)
    object_id = models.CharField(_("object id"), max_length=64)
    reason = models.CharField(_("reason"), max_length=200, blank=True)
    detail = models.JSONField(_("detail"), default=dict, blank=True)
    seq = models.BigIntegerField(
        _("sequence"),
        unique=True,
        help_text=_("Position in the hash chain: 1, 2, 3 … with no gaps"),
    )
    prev_hash = models.CharField(
        _("previous hash"),
        max_length=64,
        help_text=_("entry_hash of the entry before this one (64 zeros for the first)"),
    )
    entry_hash = models.CharField(
        _("entry hash"),
        max_length=64,
        help_text=_("SHA-256 over prev_hash and this entry's canonical content"),
    )

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")
        ordering = ("-at", "-id")
        # Meta indexes rather than db_index: no unused "_like" twins on PostgreSQL.
        indexes = [
            models.Index(fields=["at"], name="audit_at"),
            models.Index(fields=["object_type", "object_id"], name="audit_object"),
            models.Index(fields=["office_code", "at"], name="audit_office_at"),
            models.Index(fields=["action", "at"], name="audit_action_at"),
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_label} {self.action} {self.object_type}:{self.object_id}"


class AuditAnchor(models.Model):
    """Where the audit chain starts once old entries have been pruned (one row at most).

    The purge deletes the oldest entries past their retention and records here the sequence
    and hash of the last one it deleted; the chain is verified from this anchor on, and the
    ``audit.prune`` entry the purge appends repeats both values, so the anchor cannot be moved
    without breaking the chain.
    """

    seq = models.BigIntegerField(_("last pruned sequence"))
    entry_hash = models.CharField(_("last pruned hash"), max_length=64)
    at = models.DateTimeField(_("pruned at"))

    class Meta:
        verbose_name = _("audit chain anchor")
        verbose_name_plural = _("audit chain anchors")

    def __str__(self) -> str:
        return f"audit anchor {self.seq} {self.entry_hash[:12]}"


class Heartbeat(models.Model):
    """The last sign of life of a long-running process (the worker), read by ``/readyz``."""

    name = models.CharField(_("name"), max_length=64, primary_key=True)
    at = models.DateTimeField(_("at"))
    detail = models.JSONField(_("detail"), default=dict, blank=True)

    class Meta:
        verbose_name = _("heartbeat")
        verbose_name_plural = _("heartbeats")

    def __str__(self) -> str:
        return f"{self.name} {self.at:%Y-%m-%d %H:%M:%S}"
