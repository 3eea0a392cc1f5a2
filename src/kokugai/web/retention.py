"""Enforce the retention schedule (``kokugai.rules.retention``): ``kokugai purge``.

This module sits in the top tier because deciding that a person is no longer needed means
looking at cases, bookings and cards together. Each *step* selects the rows of one kind
that the schedule says must go, and deletes them in batches; each batch is one transaction
that re-selects its rows (so a row that stopped being due is left alone), deletes them
with everything that cascades from them, and writes an audit row saying how many rows of
which kinds went (never the data itself). A run killed half-way therefore leaves only whole
batches deleted, each with its audit row, and the next run goes on with what is still due:
nothing is deleted twice and nothing that is not due is touched.

Order matters: rows that hold a protected reference go before what they point at
(bookings before cases, cases before people, cards with their person). The audit log goes
last, oldest entries first, with an anchor that keeps the rest verifiable.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter as Tally
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import models, transaction
from django.db.models import Exists, OuterRef, Q
from django_tasks import task
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from tqdm import tqdm

from kokugai.api.models import IdempotencyRecord
from kokugai.appointments.models import Booking, WaitlistEntry, WaitlistStatus
from kokugai.cases.models import Case, FamilyPreRegistration, Household, HouseholdMember
from kokugai.core import clock
from kokugai.core.audit import audit_prunable, audit_prune, audit_record
from kokugai.notifications.models import (
    DeliveryAttempt,
    EmailChangeRequest,
    Notification,
    Status,
)
from kokugai.people.models import Card, CardStatus, Person
from kokugai.rules.retention import Schedule
from kokugai.tracking.models import RateCount
from kokugai.web.models import PreRegistration

#: Mails that are finished: nothing will send them again.
FINAL_MAIL_STATUSES = (Status.SENT, Status.FAILED, Status.CANCELLED)
#: Cards that can still be used (and so need reminders, and their holder's record).
LIVE_CARD_STATUSES = (CardStatus.ACTIVE, CardStatus.SUSPENDED)
DEFAULT_BATCH = 500


def schedule() -> Schedule:
    overrides = dict(settings.KOKUGAI_RETENTION)
    # settings derives KOKUGAI_PREREGISTRATION_DAYS from the schedule; the portal shows it.
    if hasattr(settings, "KOKUGAI_PREREGISTRATION_DAYS"):
        overrides["preregistration_days"] = settings.KOKUGAI_PREREGISTRATION_DAYS
    return Schedule(overrides)


@dataclass(frozen=True)
class Context:
    now: dt.datetime
    schedule: Schedule

    def cutoff(self, key: str) -> dt.datetime:
        return self.now - dt.timedelta(days=self.schedule.days(key))


def _label(model: type[models.Model]) -> str:
    return model._meta.label


def _plain_delete(model: type[models.Model]) -> Callable[[list[Any]], dict[str, int]]:
    def delete(pks: list[Any]) -> dict[str, int]:
        _, counts = model._default_manager.filter(pk__in=pks).delete()
        return dict(counts)

    return delete


@dataclass(frozen=True)
class Step:
    kind: str
    period: str
    model: type[models.Model]
    select: Callable[[Context], models.QuerySet[Any]]
    delete: Callable[[list[Any]], dict[str, int]] | None = None

    def run_delete(self, pks: list[Any]) -> dict[str, int]:
        return (self.delete or _plain_delete(self.model))(pks)


# --- what is due, per kind ----------------------------------------------------------------


def _sessions(ctx: Context) -> models.QuerySet[Any]:
    return Session.objects.filter(expire_date__lt=ctx.cutoff("session_days"))


def _task_results(ctx: Context) -> models.QuerySet[Any]:
    return DBTaskResult.objects.filter(
        status__in=[TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED],
        finished_at__lt=ctx.cutoff("task_result_days"),
    )


def _rate_limit_rows(ctx: Context) -> models.QuerySet[Any]:
    # A counter is kept exactly until its window is over (it holds keyed hashes only).
    return RateCount.objects.filter(expires_at__lt=ctx.now)


def _idempotency_records(ctx: Context) -> models.QuerySet[Any]:
    # The API's kept answers, each until its own expiry (KOKUGAI_IDEMPOTENCY_HOURS).
    return IdempotencyRecord.objects.filter(expires_at__lt=ctx.now)


def _preregistrations(ctx: Context) -> models.QuerySet[Any]:
    return PreRegistration.objects.filter(
        Q(created_at__lt=ctx.cutoff("preregistration_days"))
        | Q(used_at__lt=ctx.cutoff("preregistration_used_days"))
    )


def _family_preregistrations(ctx: Context) -> models.QuerySet[Any]:
    # The same periods as a single pre-registration: its data lives in the cases once used.
    return FamilyPreRegistration.objects.filter(
        Q(created_at__lt=ctx.cutoff("preregistration_days"))
        | Q(used_at__lt=ctx.cutoff("preregistration_used_days"))
    )


def _empty_households(ctx: Context) -> models.QuerySet[Any]:
    # A household whose every case was purged (memberships go with their cases).
    return Household.objects.filter(created_at__lt=ctx.cutoff("closed_case_days")).exclude(
        Exists(HouseholdMember.objects.filter(household=OuterRef("pk")))
    )


def _email_change_requests(ctx: Context) -> models.QuerySet[Any]:
    return EmailChangeRequest.objects.filter(expires_at__lt=ctx.cutoff("email_change_request_days"))


def _delivery_attempts(ctx: Context) -> models.QuerySet[Any]:
    return DeliveryAttempt.objects.filter(
        at__lt=ctx.cutoff("delivery_attempt_days"),
        notification__status__in=FINAL_MAIL_STATUSES,
    )


def _notifications(ctx: Context) -> models.QuerySet[Any]:
    return Notification.objects.filter(
        status__in=FINAL_MAIL_STATUSES, created_at__lt=ctx.cutoff("notification_days")
    )


def _bookings(ctx: Context) -> models.QuerySet[Any]:
    return Booking.objects.filter(slot__starts_at__lt=ctx.cutoff("booking_days"))


def _waitlist(ctx: Context) -> models.QuerySet[Any]:
    return WaitlistEntry.objects.exclude(status=WaitlistStatus.WAITING).filter(
        created_at__lt=ctx.cutoff("booking_days")
    )


def _closed_cases(ctx: Context) -> models.QuerySet[Any]:
    return Case.objects.filter(closed_at__lt=ctx.cutoff("closed_case_days"))


def _delete_cases(pks: list[Any]) -> dict[str, int]:
    # A booking protects its case; a closed case's bookings go with it.
    counts: Tally[str] = Tally()
    counts.update(Booking.objects.filter(case_id__in=pks).delete()[1])
    counts.update(Case.objects.filter(pk__in=pks).delete()[1])
    return dict(counts)


def _people(ctx: Context) -> models.QuerySet[Any]:
    cutoff = ctx.cutoff("person_days")
    still_valid = Card.objects.filter(person=OuterRef("pk")).filter(
        (
            Q(status__in=LIVE_CARD_STATUSES)
            & (Q(expires_on__isnull=True) | Q(expires_on__gte=cutoff.date()))
        )
        | (~Q(status__in=LIVE_CARD_STATUSES) & Q(status_changed_at__gte=cutoff))
    )
    return Person.objects.filter(created_at__lt=cutoff).exclude(
        Exists(Case.objects.filter(person=OuterRef("pk")))
        | Exists(Booking.objects.filter(person=OuterRef("pk")))
        | Exists(still_valid)
    )


def _delete_people(pks: list[Any]) -> dict[str, int]:
    # The ciphertext and the lookup hash are columns of the person row: they go with it.
    counts: Tally[str] = Tally()
    counts.update(Card.objects.filter(person_id__in=pks).delete()[1])
    counts.update(Person.objects.filter(pk__in=pks).delete()[1])
    return dict(counts)


STEPS: tuple[Step, ...] = (
    Step("sessions", "session_days", Session, _sessions),
    Step("task_results", "task_result_days", DBTaskResult, _task_results),
    Step("rate_limit_rows", "rate_limit", RateCount, _rate_limit_rows),
    Step("idempotency_records", "idempotency", IdempotencyRecord, _idempotency_records),
    Step("preregistrations", "preregistration_days", PreRegistration, _preregistrations),
    Step(
        "family_preregistrations",
        "preregistration_days",
        FamilyPreRegistration,
        _family_preregistrations,
    ),
    Step(
        "email_change_requests",
        "email_change_request_days",
        EmailChangeRequest,
        _email_change_requests,
    ),
    Step("delivery_attempts", "delivery_attempt_days", DeliveryAttempt, _delivery_attempts),
    Step("notifications", "notification_days", Notification, _notifications),
    Step("bookings", "booking_days", Booking, _bookings),
    Step("waitlist_entries", "booking_days", WaitlistEntry, _waitlist),
    Step("closed_cases", "closed_case_days", Case, _closed_cases, _delete_cases),
    Step("households", "closed_case_days", Household, _empty_households),
    Step("people", "person_days", Person, _people, _delete_people),
)
KINDS = (*(s.kind for s in STEPS), "audit_entries")


# --- the run --------------------------------------------------------------------------------


@dataclass
class PurgeReport:
    dry_run: bool
    due: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, dict[str, int]] = field(default_factory=dict)
    batches: int = 0

    def lines(self) -> list[str]:
        out = []
        for kind, n in self.due.items():
            if self.dry_run:
                out.append(f"{kind}: {n} due")
            else:
                rows = self.deleted.get(kind, {})
                extra = ", ".join(f"{label} {c}" for label, c in sorted(rows.items()) if c)
                out.append(f"{kind}: {n} deleted" + (f" ({extra})" if extra else ""))
        return out


class Interrupted(Exception):
    """Raised by an ``on_batch`` hook to stop a run between batches (tests, signals)."""


def purge(
    *,
    now: dt.datetime | None = None,
    dry_run: bool = False,
    batch: int = DEFAULT_BATCH,
    kinds: list[str] | None = None,
    progress: bool = False,
    on_batch: Callable[[str, int], None] | None = None,
) -> PurgeReport:
    """Delete what the schedule says is due, batch by batch; ``dry_run`` only counts.

    ``on_batch(kind, n)`` is called after each committed batch (a hook for progress and for
    tests that stop a run half-way).
    """
    ctx = Context(now=now or clock.now(), schedule=schedule())
    if batch < 1:
        raise ValueError("batch must be at least 1")
    wanted = set(kinds or KINDS)
    unknown = wanted - set(KINDS)
    if unknown:
        raise ValueError(f"unknown kind(s): {', '.join(sorted(unknown))}")
    report = PurgeReport(dry_run=dry_run)
    steps = [s for s in STEPS if s.kind in wanted]
    for step in steps:
        report.due[step.kind] = step.select(ctx).count()
    audit_before = ctx.cutoff("audit_days")
    if "audit_entries" in wanted:
        report.due["audit_entries"] = audit_prunable(before=audit_before)
    if dry_run:
        return report

    bar = tqdm(
        total=sum(report.due.values()),
        unit="row",
        desc="purge",
        disable=not progress,
        file=sys.stderr,
    )
    try:
        for step in steps:
            bar.set_description(step.kind)
            tally: Tally[str] = Tally()
            while True:
                pks = list(step.select(ctx).order_by("pk").values_list("pk", flat=True)[:batch])
                if not pks:
                    break
                with transaction.atomic():
                    # Re-selected inside the transaction: only rows still due are deleted.
                    pks = list(step.select(ctx).filter(pk__in=pks).values_list("pk", flat=True))
                    counts = step.run_delete(pks) if pks else {}
                    if counts.get(_label(step.model), 0):
                        audit_record(
                            actor=None,
                            action="retention.purge",
                            object_type=step.kind,
                            object_id=step.period,
                            detail={
                                "kind": step.kind,
                                "period": step.period,
                                "cutoff": _cutoff_text(ctx, step),
                                "deleted": {k: v for k, v in counts.items() if v},
                            },
                        )
                tally.update(counts)
                report.batches += 1
                done = counts.get(_label(step.model), 0)
                bar.update(done)
                if on_batch is not None:
                    on_batch(step.kind, done)
                if not done:
                    break  # nothing went (a concurrent change): do not spin
            report.deleted[step.kind] = {k: v for k, v in tally.items() if v}
            report.due[step.kind] = tally.get(_label(step.model), 0)
        if "audit_entries" in wanted:
            bar.set_description("audit_entries")
            total = 0
            while n := audit_prune(before=audit_before, batch=batch):
                total += n
                report.batches += 1
                bar.update(n)
                if on_batch is not None:
                    on_batch("audit_entries", n)
            report.due["audit_entries"] = total
            report.deleted["audit_entries"] = {"core.AuditEntry": total} if total else {}
    finally:
        bar.close()
    audit_record(
        actor=None,
        action="retention.run",
        object_type="retention",
        object_id=ctx.now.date().isoformat(),
        detail={"deleted": {k: v for k, v in report.due.items() if v}},
    )
    return report


def _cutoff_text(ctx: Context, step: Step) -> str:
    if step.period == "rate_limit":
        return "longest rate-limit window"
    if step.period == "idempotency":
        return "each record's expiry (KOKUGAI_IDEMPOTENCY_HOURS)"
    return ctx.cutoff(step.period).isoformat()


@task()
def purge_task() -> dict[str, int]:
    """The daily purge the worker enqueues (settings.KOKUGAI_PERIODIC_TASKS)."""
    return purge().due
