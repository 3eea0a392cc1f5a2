"""A case is one procedure for one person: a state column plus an append-only event history.

The state changes only through kokugai.cases.services (never in save(), signals or forms);
the allowed transitions are the tables in kokugai.cases.workflow.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from kokugai.core.fields import CodeField
from kokugai.rules.codes import Channel, Procedure


class Case(models.Model):
    procedure = CodeField(_("procedure"), enum=Procedure)
    channel = CodeField(_("channel"), enum=Channel)
    state = models.CharField(
        _("state"),
        max_length=32,
        help_text=_("Current state in the procedure's workflow table"),
    )
    version = models.PositiveIntegerField(
        _("version"),
        default=0,
        help_text=_(
            "Incremented by every transition; a stale version means someone else acted first"
        ),
    )
    person = models.ForeignKey(
        "people.Person", on_delete=models.PROTECT, related_name="cases", verbose_name=_("person")
    )
    card = models.ForeignKey(
        "people.Card",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cases",
        verbose_name=_("new card"),
        help_text=_("The card this case produces or acts on"),
    )
    intake_office = models.ForeignKey(
        "registry.Office",
        on_delete=models.PROTECT,
        db_index=False,  # served by the (office, state) index of Meta
        related_name="+",
        verbose_name=_("intake office"),
    )
    honseki_office = models.ForeignKey(
        "registry.Office",
        on_delete=models.PROTECT,
        db_index=False,  # served by the (office, state) index of Meta
        related_name="+",
        verbose_name=_("本籍地 office"),
    )
    production_office = models.ForeignKey(
        "registry.Office",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("production office"),
    )
    pickup_office = models.ForeignKey(
        "registry.Office",
        on_delete=models.PROTECT,
        db_index=False,  # served by the (office, state) index of Meta
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("pickup office"),
    )
    holder_office = models.ForeignKey(
        "registry.Office",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("office holding the case"),
        help_text=_("Which office has the case (or the card) now; shown to the citizen"),
    )
    # Unique through Meta.constraints, not unique=True: on PostgreSQL that would add a
    # second, "_like" index per column that no query uses (IDs are matched exactly).
    receipt_number = models.CharField(_("受付番号"), max_length=32)
    # NULL, not "": every case without a 申請書ID yet must pass the unique constraint.
    application_id = models.CharField(  # noqa: DJ001
        _("申請書ID"), max_length=23, null=True, blank=True
    )
    fee_yen = models.PositiveIntegerField(_("fee (yen)"), default=0)
    with_certificates = models.BooleanField(_("with e-certificates"), default=True)
    departure_date = models.DateField(
        _("planned departure from Japan"),
        null=True,
        blank=True,
        help_text=_(
            "When the applicant leaves Japan again; the ready-date estimate is compared to it"
        ),
    )
    correction_request = models.TextField(_("correction requested"), blank=True)
    rejection_reason = models.CharField(_("rejection reason"), max_length=64, blank=True)
    opened_at = models.DateTimeField(_("opened at"))
    state_entered_at = models.DateTimeField(_("in this state since"))
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    pickup_deadline = models.DateField(
        _("collect by"),
        null=True,
        blank=True,
        help_text=_("End of the holding period at the pickup office"),
    )
    uncollected_warning_sent_at = models.DateTimeField(
        _("collection reminder sent at"),
        null=True,
        blank=True,
        help_text=_("When the applicant was reminded that the holding period ends soon"),
    )

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        ordering = ("-opened_at",)
        indexes = [
            # Queues filter on (office, state) and list oldest in the state first.
            models.Index(
                fields=["intake_office", "state", "state_entered_at"], name="case_intake_queue"
            ),
            models.Index(
                fields=["honseki_office", "state", "state_entered_at"], name="case_honseki_queue"
            ),
            models.Index(
                fields=["pickup_office", "state", "state_entered_at"], name="case_pickup_queue"
            ),
            # Housekeeping across offices (expiry of uncollected cards) filters on the state.
            models.Index(fields=["state"], name="case_state"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["receipt_number"], name="case_receipt_number_unique"),
            models.UniqueConstraint(fields=["application_id"], name="case_application_id_unique"),
        ]

    def __str__(self) -> str:
        return self.receipt_number

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None


class CaseEvent(models.Model):
    """One transition of a case. Append-only; newest first."""

    # The (case, seq) unique constraint serves every lookup by case.
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="events", db_index=False)
    seq = models.PositiveIntegerField(
        _("sequence"), help_text=_("1, 2, 3 … within the case; equals the case version")
    )
    transition = models.CharField(_("transition"), max_length=40)
    from_state = models.CharField(_("from"), max_length=32, blank=True)
    to_state = models.CharField(_("to"), max_length=32)
    office = models.ForeignKey(
        "registry.Office",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("acting office"),
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("actor"),
        help_text=_("Empty for the applicant or the system"),
    )
    actor_label = models.CharField(_("actor label"), max_length=150, blank=True)
    at = models.DateTimeField(_("at"))
    note = models.TextField(_("note"), blank=True)
    data = models.JSONField(_("data"), default=dict, blank=True)

    class Meta:
        verbose_name = _("case event")
        verbose_name_plural = _("case events")
        ordering = ("-seq",)
        constraints = [
            models.UniqueConstraint(fields=["case", "seq"], name="case_event_seq_unique")
        ]
        # The worker's learning reads the last year (``at >= <datetime>``).
        indexes = [models.Index(fields=["at"], name="case_event_at")]

    def __str__(self) -> str:
        return f"{self.case_id}#{self.seq} {self.transition}"


class ChecklistEntry(models.Model):
    """One item of the intake checklist that rules generated, with who checked it and when."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="checklist")
    code = models.CharField(_("code"), max_length=64)
    kind = models.CharField(_("kind"), max_length=16)
    label_ja = models.CharField(_("label (Japanese)"), max_length=300)
    label_en = models.CharField(_("label (English)"), max_length=300)
    required = models.BooleanField(_("required"), default=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("checked by"),
    )
    checked_at = models.DateTimeField(_("checked at"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("checklist item")
        verbose_name_plural = _("checklist items")
        ordering = ("case", "position")
        constraints = [
            models.UniqueConstraint(fields=["case", "code"], name="checklist_code_unique")
        ]

    def __str__(self) -> str:
        return f"{self.case_id} {self.code}"


class CaseNote(models.Model):
    """A staff note on a case, visible to every office that plays a role in it."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="notes")
    office = models.ForeignKey("registry.Office", on_delete=models.PROTECT, related_name="+")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(_("at"))
    text = models.TextField(_("text"))

    class Meta:
        verbose_name = _("case note")
        verbose_name_plural = _("case notes")
        ordering = ("-at",)

    def __str__(self) -> str:
        return f"{self.case_id} note {self.pk}"


class IdSequence(models.Model):
    """A named counter for our IDs (受付番号 per year, 申請書ID globally).

    Incremented with an UPDATE inside the transaction that uses the number, so two intakes
    never get the same number and a rolled-back intake does not burn one.
    """

    name = models.CharField(_("name"), max_length=40, unique=True)
    value = models.PositiveBigIntegerField(_("last value"), default=0)

    class Meta:
        verbose_name = _("ID sequence")
        verbose_name_plural = _("ID sequences")

    def __str__(self) -> str:
        return f"{self.name}={self.value}"


# Households live in their own module; imported here so Django registers them with the app.
from kokugai.cases.households import (  # noqa: E402
    FamilyPreRegistration,
    Household,
    HouseholdMember,
)

__all__ = [
    "Case",
    "CaseEvent",
    "CaseNote",
    "ChecklistEntry",
    "FamilyPreRegistration",
    "Household",
    "HouseholdMember",
    "IdSequence",
]
