"""Service types, slots, bookings and the waitlist.

Capacity is the database's job, not the application's: ``Slot.booked`` only ever moves by a
conditional UPDATE (``booked = booked + 1 WHERE booked < capacity``), a CHECK constraint
keeps ``booked <= capacity``, and a partial UNIQUE index allows one active booking per case.
Peers that checked capacity in Python double-booked under load (see domain/anchors.md).
"""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

PICKUP_SERVICE_CODE = "overseas_card_pickup"
INTAKE_SERVICE_CODE = "overseas_card_intake"


class ServiceKind(models.TextChoices):
    PICKUP = "pickup", _("card pickup (交付)")
    INTAKE = "intake", _("application intake (申請受付)")


class ServiceType(models.Model):
    """Something a citizen (or staff for them) can book at one counter of one office."""

    office = models.ForeignKey(
        "registry.Office",
        on_delete=models.CASCADE,
        related_name="service_types",
        verbose_name=_("office"),
    )
    code = models.SlugField(
        _("code"),
        max_length=64,
        help_text=_("Stable per office, e.g. overseas_card_pickup"),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=ServiceKind.choices)
    name_ja = models.CharField(_("name (Japanese)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    counter = models.ForeignKey(
        "registry.Counter",
        on_delete=models.PROTECT,
        related_name="service_types",
        verbose_name=_("counter"),
        help_text=_("Where the citizen goes; its floor is shown in every confirmation"),
    )
    slot_minutes = models.PositiveSmallIntegerField(_("slot length (minutes)"), default=30)
    capacity_per_slot = models.PositiveSmallIntegerField(
        _("capacity per slot"),
        default=2,
        help_text=_("How many citizens the counter serves at once (clerks on duty)"),
    )
    citizen_bookable = models.BooleanField(_("citizens may book"), default=True)
    staff_bookable = models.BooleanField(_("staff may book for a citizen"), default=True)
    case_states = models.JSONField(
        _("case states served"),
        default=list,
        blank=True,
        help_text=_("Booking opens only while the case is in one of these states"),
    )
    procedures = models.JSONField(
        _("procedures served"),
        default=list,
        blank=True,
        help_text=_("Procedure codes; empty = every procedure"),
    )
    min_notice_minutes = models.PositiveIntegerField(
        _("minimum notice (minutes)"),
        default=120,
        help_text=_("No booking, reschedule or cancellation closer to the start than this"),
    )
    horizon_days = models.PositiveSmallIntegerField(
        _("booking horizon (days)"),
        default=90,
        help_text=_("How far ahead slots are offered"),
    )
    is_active = models.BooleanField(_("active"), default=True)
    materialised_until = models.DateField(
        _("slots made until"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Office-local date up to which every day's slots exist as rows"),
    )

    class Meta:
        verbose_name = _("service type")
        verbose_name_plural = _("service types")
        constraints = [
            models.UniqueConstraint(fields=["office", "code"], name="service_type_code_unique")
        ]

    def __str__(self) -> str:
        return f"{self.office.code} {self.code}"

    def name(self, lang: str = "ja") -> str:
        return self.name_en if lang == "en" else self.name_ja


class Slot(models.Model):
    """A bookable interval of one service. ``booked`` changes only by conditional UPDATE."""

    service = models.ForeignKey(
        ServiceType, on_delete=models.CASCADE, related_name="slots", verbose_name=_("service")
    )
    starts_at = models.DateTimeField(_("starts at (UTC)"))
    ends_at = models.DateTimeField(_("ends at (UTC)"))
    capacity = models.PositiveSmallIntegerField(
        _("capacity"), help_text=_("Staff may raise or lower it, never below booked")
    )
    booked = models.PositiveSmallIntegerField(_("booked"), default=0)

    class Meta:
        verbose_name = _("slot")
        verbose_name_plural = _("slots")
        ordering = ("service", "starts_at")
        constraints = [
            models.CheckConstraint(
                condition=Q(booked__lte=F("capacity")), name="slot_booked_within_capacity"
            ),
            models.CheckConstraint(condition=Q(booked__gte=0), name="slot_booked_not_negative"),
            models.CheckConstraint(
                condition=Q(starts_at__lt=F("ends_at")), name="slot_starts_before_end"
            ),
            models.UniqueConstraint(fields=["service", "starts_at"], name="slot_start_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.service_id} {self.starts_at:%Y-%m-%dT%H:%MZ} {self.booked}/{self.capacity}"

    @property
    def free(self) -> int:
        return max(self.capacity - self.booked, 0)


class BookingStatus(models.TextChoices):
    BOOKED = "booked", _("booked")
    CHECKED_IN = "checked_in", _("checked in")
    CANCELLED = "cancelled", _("cancelled")
    NO_SHOW = "no_show", _("no-show")
    COMPLETED = "completed", _("completed (card handed over)")


class ReminderStatus(models.TextChoices):
    PENDING = "pending", _("to be sent")
    SENT = "sent", _("sent")
    NOT_NEEDED = "not_needed", _("not needed (booked shortly before; the confirmation does)")
    WITHDRAWN = "withdrawn", _("withdrawn before it went out")


#: Statuses that hold a place in a slot and count as "the" booking of a case.
ACTIVE_STATUSES = (BookingStatus.BOOKED, BookingStatus.CHECKED_IN)


class Booking(models.Model):
    """One citizen's place in a slot. Rescheduling moves the same booking to another slot."""

    slot = models.ForeignKey(
        Slot, on_delete=models.PROTECT, related_name="bookings", verbose_name=_("slot")
    )
    case = models.ForeignKey(
        "cases.Case",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="bookings",
        verbose_name=_("case"),
    )
    person = models.ForeignKey(
        "people.Person",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="bookings",
        verbose_name=_("person"),
        help_text=_("Empty for an intake booking: there is no case or person record yet"),
    )
    contact_name = models.CharField(
        _("contact name"),
        max_length=200,
        blank=True,
        help_text=_("Intake bookings only: the name the citizen gave when booking"),
    )
    contact_email = models.EmailField(
        _("contact email"),
        blank=True,
        help_text=_(
            "Intake bookings only: used for this booking's mails and nothing else; the "
            "confirmation mail carrying the manage link is the only proof of the address"
        ),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=BookingStatus.choices, default=BookingStatus.BOOKED
    )
    end_reason = models.CharField(
        _("reason it ended"),
        max_length=64,
        blank=True,
        help_text=_("Why a booking was cancelled or completed, e.g. collected, case_left_pickup"),
    )
    applicant_timezone = models.CharField(
        _("applicant's time zone"),
        max_length=64,
        help_text=_("IANA zone shown beside the office time; the office time is authoritative"),
    )
    language = models.CharField(_("language"), max_length=8, default="ja")
    from_waitlist = models.BooleanField(_("offered from the waitlist"), default=False)
    created_at = models.DateTimeField(_("booked at"))
    created_by = models.ForeignKey(
        "core.User",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("booked by"),
        help_text=_("Empty when the citizen booked"),
    )
    rescheduled_count = models.PositiveSmallIntegerField(_("times rescheduled"), default=0)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)
    no_show_at = models.DateTimeField(_("marked no-show at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    confirmed_at = models.DateTimeField(
        _("last confirmed at"),
        null=True,
        blank=True,
        help_text=_("When the latest confirmation (booking or change) was queued"),
    )
    sequence = models.PositiveIntegerField(
        _("calendar sequence"),
        default=0,
        help_text=_("ICS SEQUENCE: raised on every change so calendars replace the old invite"),
    )
    reminder_status = models.CharField(
        _("reminder"),
        max_length=16,
        choices=ReminderStatus.choices,
        default=ReminderStatus.PENDING,
    )
    reminder = models.ForeignKey(
        "notifications.Notification",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reminder notification"),
        help_text=_("Kept so a cancellation can withdraw a reminder that has not gone out"),
    )
    reminder_sent_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        ordering = ("slot__starts_at", "id")
        constraints = [
            models.UniqueConstraint(
                fields=["case"],
                condition=Q(status__in=[s.value for s in ACTIVE_STATUSES]),
                name="booking_one_active_per_case",
            ),
            # Someone must be reachable: the case's person, or the contact of an intake booking.
            models.CheckConstraint(
                condition=Q(person__isnull=False) | ~Q(contact_email=""),
                name="booking_has_someone_to_contact",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "reminder_sent_at"]),
            models.Index(fields=["status", "reminder_status"]),
        ]

    def __str__(self) -> str:
        return f"Booking #{self.pk} ({self.status})"

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES

    @property
    def email(self) -> str:
        """Where this booking's mails go: a verified person address, or the intake contact."""
        if self.person is not None:
            verified = self.person.email and self.person.email_verified_at
            return self.person.email if verified else ""
        return self.contact_email


class WaitlistStatus(models.TextChoices):
    WAITING = "waiting", _("waiting")
    BOOKED = "booked", _("booked from the waitlist")
    LEFT = "left", _("left the waitlist")


class WaitlistEntry(models.Model):
    """A case waiting for a freed place in a date window; served first come, first served."""

    service = models.ForeignKey(
        ServiceType, on_delete=models.CASCADE, related_name="waitlist", verbose_name=_("service")
    )
    case = models.ForeignKey(
        "cases.Case", on_delete=models.CASCADE, related_name="+", verbose_name=_("case")
    )
    earliest = models.DateField(
        _("earliest date"), null=True, blank=True, help_text=_("Office-local date")
    )
    latest = models.DateField(
        _("latest date"), null=True, blank=True, help_text=_("Office-local date")
    )
    applicant_timezone = models.CharField(_("applicant's time zone"), max_length=64)
    language = models.CharField(_("language"), max_length=8, default="ja")
    status = models.CharField(
        _("status"), max_length=16, choices=WaitlistStatus.choices, default=WaitlistStatus.WAITING
    )
    created_at = models.DateTimeField(_("joined at"))
    booking = models.ForeignKey(
        Booking,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("booking made from this entry"),
    )

    class Meta:
        verbose_name = _("waitlist entry")
        verbose_name_plural = _("waitlist entries")
        ordering = ("created_at", "id")
        constraints = [
            models.UniqueConstraint(
                fields=["case"],
                condition=Q(status="waiting"),
                name="waitlist_one_waiting_per_case",
            )
        ]

    def __str__(self) -> str:
        return f"Waitlist #{self.pk} ({self.status})"
