"""Outbox rows and their delivery log.

The ``Notification`` row is the source of truth for delivery, not the task row: it is written
in the same transaction as the change that caused it, and the worker sweeps for rows whose
task was lost. When a row was queued (``created_at``) is story time (``clock.now()``), so a
replayed story carries its own dates; when it may be sent and when it was (``next_attempt_at``,
``lease_until``, ``sent_at``, the delivery log) are wall-clock time (``timezone.now()``): a
story replayed with past dates must still be delivered now.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from kokugai.core.net import outbound_url_problem


class Status(models.TextChoices):
    #: Waits for the person's address to be verified; then released to it (never lost).
    HELD = "held", _("held until the address is verified")
    QUEUED = "queued", _("queued")
    SENDING = "sending", _("sending")
    SENT = "sent", _("sent")
    RETRYING = "retrying", _("retrying")
    FAILED = "failed", _("failed")
    CANCELLED = "cancelled", _("cancelled")


class Notification(models.Model):
    """One email to one recipient, rendered from the catalogue at delivery time."""

    template = models.CharField(
        _("template"), max_length=64, help_text=_("Name of the entry in the catalogue")
    )
    language = models.CharField(_("language"), max_length=8, default="ja")
    to = models.EmailField(_("to"))
    context = models.JSONField(
        _("context"),
        default=dict,
        blank=True,
        help_text=_("Values the templates are rendered with"),
    )
    attachments = models.JSONField(
        _("attachments"),
        default=list,
        blank=True,
        help_text=_("List of {filename, mimetype, content_b64}, e.g. the ICS of an appointment"),
    )
    case = models.ForeignKey(
        "cases.Case",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="notifications",
        verbose_name=_("case"),
    )
    person = models.ForeignKey(
        "people.Person",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="notifications",
        verbose_name=_("person"),
    )
    # No single-column indexes on status or next_attempt_at: the (status, next_attempt_at)
    # index serves the claim, the queue counts and the next-due query.
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.QUEUED
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(
        _("next attempt at"),
        help_text=_(
            "Earliest time the worker may (re)try; while 'sending', the end of the lease "
            "(so one index finds every row that is due); ignored once sent or failed"
        ),
    )
    lease_until = models.DateTimeField(
        _("sending lease until"),
        null=True,
        blank=True,
        help_text=_(
            "While 'sending', the worker owns the row until then; a row still 'sending' after "
            "it expired was left by a crashed worker and is retried under the same Message-ID"
        ),
    )
    message_id = models.CharField(
        _("Message-ID"),
        max_length=200,
        unique=True,
        help_text=_(
            "Fixed at queue time, so a retry after a crash is the same mail, not a new one"
        ),
    )
    created_at = models.DateTimeField(
        _("created at"), db_index=True, help_text=_("When it was queued, in the story's time")
    )
    deliverable_since = models.DateTimeField(
        _("deliverable since"),
        null=True,
        blank=True,
        help_text=_(
            "Wall-clock time it was queued or released from hold; the retry window counts from here"
        ),
    )
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ("-created_at", "-id")
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.template} #{self.pk} ({self.status})"


class DeliveryAttempt(models.Model):
    """One line of the delivery log: every state change with the SMTP reply, if any."""

    notification = models.ForeignKey(
        Notification, on_delete=models.CASCADE, related_name="log", verbose_name=_("notification")
    )
    at = models.DateTimeField(_("at"))
    status = models.CharField(_("status"), max_length=16, choices=Status.choices)
    attempt = models.PositiveIntegerField(_("attempt"), default=0)
    smtp_code = models.PositiveSmallIntegerField(_("SMTP code"), null=True, blank=True)
    smtp_reply = models.TextField(
        _("SMTP reply"),
        blank=True,
        help_text=_("Server reply or the error that stopped the attempt"),
    )
    stage = models.CharField(
        _("SMTP stage"),
        max_length=16,
        blank=True,
        help_text=_(
            "Where the attempt ended: CONNECT, MAIL, RCPT, DATA, RENDER, or empty when sent; "
            "only a refusal at RCPT marks the address undeliverable"
        ),
    )

    class Meta:
        verbose_name = _("delivery attempt")
        verbose_name_plural = _("delivery log")
        ordering = ("at", "id")

    def __str__(self) -> str:
        return f"{self.notification_id} {self.status} {self.smtp_code or ''}".strip()


class SentMessage(models.Model):
    """Duplicate suppression: this Message-ID was accepted by the relay (a 250 after DATA).

    Written with the batch's outcomes even when the worker no longer owns the row (its lease
    ran out); a worker that claims a row whose Message-ID is here records it as sent instead
    of sending it again.
    """

    message_id = models.CharField(_("Message-ID"), max_length=200, unique=True)
    notification = models.ForeignKey(
        Notification,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("notification"),
    )
    sent_at = models.DateTimeField(_("sent at"))

    class Meta:
        verbose_name = _("sent message")
        verbose_name_plural = _("sent messages (duplicate suppression)")

    def __str__(self) -> str:
        return self.message_id


class EmailChangeRequest(models.Model):
    """A request to use a new address: it takes effect only once the link sent to it is opened."""

    person = models.ForeignKey(
        "people.Person",
        on_delete=models.CASCADE,
        related_name="email_change_requests",
        verbose_name=_("person"),
    )
    new_email = models.EmailField(_("new email"))
    token_hash = models.CharField(
        _("token hash"),
        max_length=64,
        help_text=_("SHA-256 of the secret part of the link; the link itself is never stored"),
    )
    created_at = models.DateTimeField(_("created at"))
    expires_at = models.DateTimeField(_("expires at"))
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True)

    class Meta:
        verbose_name = _("email change request")
        verbose_name_plural = _("email change requests")
        ordering = ("-created_at", "-id")

    def __str__(self) -> str:
        return f"Email change #{self.pk} for person {self.person_id}"


class Reminder(models.Model):
    """A reminder that went out (or was queued): the record that stops it from repeating.

    One row per kind, person, due date and lead time: a renewed card has a new due date and
    so gets its own reminders; the same stage of the same due date is never sent twice.
    """

    kind = models.CharField(
        _("kind"), max_length=64, help_text=_("Catalogue entry, e.g. card_expiry_reminder")
    )
    person = models.ForeignKey(
        "people.Person",
        on_delete=models.CASCADE,
        related_name="reminders",
        verbose_name=_("person"),
    )
    card = models.ForeignKey(
        "people.Card",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("card"),
    )
    case = models.ForeignKey(
        "cases.Case",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("case"),
    )
    due_on = models.DateField(
        _("due on"), help_text=_("The expiry or deadline the reminder is about")
    )
    lead_days = models.PositiveIntegerField(
        _("lead (days)"), help_text=_("The stage: how many days ahead this reminder is")
    )
    notification = models.ForeignKey(
        Notification,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("notification"),
    )
    created_at = models.DateTimeField(_("created at"))

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        ordering = ("-created_at", "-id")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "person", "due_on", "lead_days"], name="reminder_once_per_stage"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} for person {self.person_id} due {self.due_on} (-{self.lead_days}d)"


#: The shortest signing secret a subscription takes (e.g. 32 characters of ``openssl rand -hex 16``).
WEBHOOK_SECRET_MIN = 24


class WebhookSubscription(models.Model):
    """An office's endpoint for events: on each transition of a case in which the office plays
    a part, a signed POST goes to ``url`` (``kokugai.notifications.webhooks``)."""

    office = models.ForeignKey(
        "registry.Office",
        on_delete=models.CASCADE,
        related_name="webhooks",
        verbose_name=_("office"),
    )
    url = models.URLField(
        _("URL"), max_length=500, help_text=_("https:// endpoint that receives the events")
    )
    secret = models.CharField(
        _("secret"),
        max_length=128,
        help_text=_("Shared with the receiver, who checks the X-Kokugai-Signature header with it"),
    )
    description = models.CharField(_("description"), max_length=200, blank=True)
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("webhook subscription")
        verbose_name_plural = _("webhook subscriptions")

    def __str__(self) -> str:
        return f"{self.office_id} → {self.url}"

    def clean(self) -> None:
        """Refuse a URL the server may not post to (``kokugai.core.net``: http(s) to public
        addresses unless KOKUGAI_WEBHOOK_ALLOW_PRIVATE); the worker checks again at each
        connection."""
        super().clean()
        if len(self.secret or "") < WEBHOOK_SECRET_MIN:
            # A short secret lets anyone who guesses it sign events the receiver believes.
            raise ValidationError(
                {
                    "secret": _("Use a random secret of at least %(n)s characters.")
                    % {"n": WEBHOOK_SECRET_MIN}
                }
            )
        problem = outbound_url_problem(
            self.url or "", allow_private=settings.KOKUGAI_WEBHOOK_ALLOW_PRIVATE
        )
        if problem:
            raise ValidationError(
                {
                    "url": _("The server may not send events to this URL (%(problem)s).")
                    % {"problem": problem}
                }
            )


class WebhookDelivery(models.Model):
    """One event for one subscription: written in the transaction of the transition, then
    posted by the worker with retries and backoff (like mail)."""

    subscription = models.ForeignKey(
        WebhookSubscription,
        on_delete=models.CASCADE,
        related_name="deliveries",
        verbose_name=_("subscription"),
    )
    event_id = models.UUIDField(_("event id"))
    event_type = models.CharField(_("event type"), max_length=64)
    payload = models.TextField(_("payload"), help_text=_("The JSON body, exactly as signed"))
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.QUEUED
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    created_at = models.DateTimeField(_("created at"))
    next_attempt_at = models.DateTimeField(_("next attempt at"))
    lease_until = models.DateTimeField(_("lease until"), null=True, blank=True)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)
    last_status_code = models.PositiveSmallIntegerField(
        _("last HTTP status"), null=True, blank=True
    )
    last_error = models.CharField(_("last error"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "event_id"], name="webhook_delivery_unique"
            )
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="webhook_due")]

    def __str__(self) -> str:
        return f"{self.event_type} {self.event_id} → {self.subscription_id} ({self.status})"
