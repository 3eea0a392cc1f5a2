"""Households: a family's cases linked together, and the family pre-registration they come from.

A :class:`Household` has a reference (shown to the family, for the family tracker) and a
representative member; each :class:`HouseholdMember` links one person and their case. A
person is in at most one active household (a database constraint backs the service's
check). A :class:`FamilyPreRegistration` is what the representative enters at home for the
whole family: what the members share (address, contact, 本籍地 where it is the same, the
offices) once, and each member's own data in ``members``; the counter loads its code and
opens one case per member in one transaction (``household_services``).

Models only; imported by ``kokugai.cases.models`` so Django registers them with the app.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from kokugai.core.fields import CodeField
from kokugai.rules.codes import Channel


class Household(models.Model):
    reference = models.CharField(
        _("household reference"),
        max_length=16,
        unique=True,
        help_text=_("Given to the family with the receipts; the family tracker asks for it"),
    )
    # SET_NULL: the retention purge may delete the representative's record before the last
    # member's case; the household then no longer answers the family tracker.
    representative = models.ForeignKey(
        "people.Person",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("representative"),
        help_text=_("The member who applies for the children and receives their mail"),
    )
    pickup_together = models.BooleanField(
        _("collect together"),
        default=True,
        help_text=_(
            "One booking for the family once the last card has arrived; otherwise each member "
            "books when their own card has arrived"
        ),
    )
    created_at = models.DateTimeField(_("created at"))

    class Meta:
        verbose_name = _("household")
        verbose_name_plural = _("households")

    def __str__(self) -> str:
        return self.reference

    @property
    def reference_display(self) -> str:
        """In groups of four, as printed for the family (H8KC-YDNE-0DK)."""
        r = self.reference
        return "-".join(r[i : i + 4] for i in range(0, len(r), 4))


class HouseholdMember(models.Model):
    household = models.ForeignKey(Household, on_delete=models.CASCADE, related_name="members")
    person = models.ForeignKey(
        "people.Person", on_delete=models.PROTECT, related_name="+", verbose_name=_("person")
    )
    # The membership goes with its case (the retention purge deletes closed cases).
    case = models.OneToOneField(
        "cases.Case",
        on_delete=models.CASCADE,
        related_name="household_member",
        verbose_name=_("case"),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    represented_by = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="represents",
        verbose_name=_("legal representative (法定代理人)"),
    )
    active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Off once the member's case is closed: the person may join another household"),
    )

    class Meta:
        verbose_name = _("household member")
        verbose_name_plural = _("household members")
        ordering = ("household", "position")
        constraints = [
            # One person, one active household: two households never claim the same person.
            models.UniqueConstraint(
                fields=["person"], condition=Q(active=True), name="household_person_active_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.household_id}#{self.position}"


class FamilyPreRegistration(models.Model):
    """A family's pre-registration: shared data once, each member's own data in ``members``.

    ``members`` is a list of objects with the keys of the single pre-registration's person
    fields (``family_name`` … ``sex``, ``birth_date`` as YYYY-MM-DD, ``with_certificates``),
    an optional ``honseki_code`` when it differs from the shared one, and ``representative``
    (the index of the adult member who represents a child under 15). PINs are never asked for.
    """

    code = models.CharField(_("pre-registration code"), max_length=16, unique=True)
    channel = CodeField(_("channel"), enum=Channel)
    honseki_code = models.CharField(_("本籍地 code (shared)"), max_length=6, blank=True)
    email = models.EmailField(_("representative's email"))
    email_verified_at = models.DateTimeField(_("email verified at"), null=True, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    country = models.CharField(_("country of residence"), max_length=2)
    city = models.CharField(_("city of residence"), max_length=100)
    timezone = models.CharField(_("time zone of residence"), max_length=64)
    intake_office_code = models.CharField(_("intake office"), max_length=64)
    pickup_office_code = models.CharField(_("pickup office"), max_length=64)
    departure_date = models.DateField(_("planned departure from Japan"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=8, default="ja")
    pickup_together = models.BooleanField(
        _("collect together"),
        default=True,
        help_text=_("The family's choice: one visit once every card has arrived"),
    )
    members = models.JSONField(_("members"), default=list)
    representative_index = models.PositiveSmallIntegerField(
        _("representative"), default=0, help_text=_("Index of the representative in members")
    )
    created_at = models.DateTimeField(_("created at"))
    used_at = models.DateTimeField(_("used at"), null=True, blank=True)
    used_by_office = models.CharField(_("used by office"), max_length=64, blank=True)
    household = models.ForeignKey(
        Household,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("household opened from it"),
    )

    class Meta:
        verbose_name = _("family pre-registration")
        verbose_name_plural = _("family pre-registrations")
        indexes = [models.Index(fields=["created_at"], name="family_prereg_created")]

    def __str__(self) -> str:
        return self.code

    @property
    def is_verified(self) -> bool:
        return self.email_verified_at is not None
