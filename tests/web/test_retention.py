"""``kokugai purge`` deletes exactly what the retention schedule says, and nothing else.

One world is built around the schedule's cut-offs: for each kind of record one row a
second past its period (due) and one a second short of it (kept), plus the rows that age
never removes (open cases, unsent mail, people with a valid card). The purge must delete
exactly the due rows and what hangs off them, in every table; a run stopped half-way must
finish on the next run without deleting anything twice; every batch leaves an audit row
with counts and kinds only.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json

import pytest
from django.apps import apps
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from factories import CaseFactory, CounterFactory, PersonFactory
from kokugai.appointments.models import Booking, ServiceType, Slot, WaitlistEntry
from kokugai.cases.models import Case, CaseEvent, ChecklistEntry
from kokugai.core import clock
from kokugai.core.audit import audit_record, audit_verify
from kokugai.core.models import AuditAnchor, AuditEntry
from kokugai.notifications.models import (
    DeliveryAttempt,
    EmailChangeRequest,
    Notification,
    Reminder,
)
from kokugai.people.models import Card, CardKind, CardStatus, Person
from kokugai.rules import checkdigits
from kokugai.rules.retention import RetentionError, Schedule
from kokugai.tracking.models import RateCount
from kokugai.web.models import PreRegistration
from kokugai.web.retention import Interrupted, purge

NOW = dt.datetime(2036, 6, 1, 12, 0, tzinfo=dt.UTC)
S = Schedule()
SEC = dt.timedelta(seconds=1)
_ids = itertools.count(1)


def cut(key: str) -> dt.datetime:
    return NOW - dt.timedelta(days=S.days(key))


def _mynumber(n: int) -> str:
    base = f"{90000000000 + n:011d}"
    return base + str(checkdigits.mynumber_check_digit(base))


def snapshot() -> dict[str, set[object]]:
    """Every primary key of every table the project's models know."""
    out = {}
    for model in apps.get_models():
        if model._meta.managed and not model._meta.proxy:
            out[model._meta.label] = set(model._default_manager.values_list("pk", flat=True))
    return out


def _mail(status: str, created_at: dt.datetime, **kw) -> Notification:
    return Notification.objects.create(
        template="received",
        to="someone@example.com",
        status=status,
        next_attempt_at=created_at,
        message_id=f"<retention-{next(_ids)}@kokugai.test>",
        created_at=created_at,
        **kw,
    )


def _prereg(created_at: dt.datetime, used_at: dt.datetime | None = None) -> PreRegistration:
    n = next(_ids)
    return PreRegistration.objects.create(
        code=f"RET{n:05d}",
        channel="mission_counter",
        family_name="国外",
        given_name="花子",
        family_name_kana="コクガイ",
        given_name_kana="ハナコ",
        family_name_romaji="KOKUGAI",
        given_name_romaji="Hanako",
        birth_date=dt.date(1991, 5, 5),
        sex="female",
        honseki_code="022039",
        email=f"hanako{n}@example.com",
        country="TW",
        city="Taipei",
        timezone="Asia/Taipei",
        intake_office_code="x",
        pickup_office_code="x",
        created_at=created_at,
        used_at=used_at,
    )


def _person(*, created_at: dt.datetime, card: tuple[str, dt.date | None, dt.datetime | None] | None, mynumber: str = "") -> Person:  # fmt: skip
    person = PersonFactory(mynumber=mynumber)
    Person.objects.filter(pk=person.pk).update(created_at=created_at)
    if card is not None:
        status, expires_on, changed_at = card
        Card.objects.create(
            person=person,
            kind=CardKind.OVERSEAS,
            status=status,
            expires_on=expires_on,
            status_changed_at=changed_at,
        )
    return person


@pytest.fixture
def world(db):
    """Rows around every cut-off; returns (due, kept) as {label: {pk}} built by hand."""
    due: dict[str, set[object]] = {}
    keep: dict[str, set[object]] = {}

    def mark(target: dict[str, set[object]], *objs) -> None:
        for obj in objs:
            target.setdefault(obj._meta.label, set()).add(obj.pk)

    # Audit: two entries past 10 years come first in the chain, one just inside follows.
    with clock.frozen(cut("audit_days") - SEC):
        old_audit = [
            audit_record(actor=None, action="test.old", object_type="t", object_id=i)
            for i in range(2)
        ]
    with clock.frozen(cut("audit_days") + SEC):
        young_audit = audit_record(actor=None, action="test.young", object_type="t", object_id=0)
    mark(due, *old_audit)
    mark(keep, young_audit)

    # Sessions.
    mark(due, Session.objects.create(session_key="a" * 32, session_data="", expire_date=cut("session_days") - SEC))  # fmt: skip
    mark(keep, Session.objects.create(session_key="b" * 32, session_data="", expire_date=cut("session_days") + SEC))  # fmt: skip

    # Task results: finished ones past 7 days go; a waiting one never goes by age.
    def task_row(status: str, finished: dt.datetime | None) -> DBTaskResult:
        return DBTaskResult.objects.create(
            status=status,
            finished_at=finished,
            args_kwargs={"args": [], "kwargs": {}},
            task_path="kokugai.web.retention.purge_task",
            backend_name="default",
            run_after=NOW - dt.timedelta(days=400),
        )

    mark(due, task_row("SUCCESSFUL", cut("task_result_days") - SEC))
    mark(due, task_row("FAILED", cut("task_result_days") - SEC))
    mark(keep, task_row("SUCCESSFUL", cut("task_result_days") + SEC))
    mark(keep, task_row("READY", None))

    # Rate-limit counters: kept exactly until their window is over.
    mark(due, RateCount.objects.create(key="k1", bucket=1, count=3, expires_at=NOW - SEC))
    mark(keep, RateCount.objects.create(key="k2", bucket=2, count=3, expires_at=NOW + SEC))

    # Pre-registrations: 30 days unused, or a day after use.
    mark(due, _prereg(cut("preregistration_days") - SEC))
    mark(keep, _prereg(cut("preregistration_days") + SEC))
    mark(due, _prereg(NOW - dt.timedelta(days=2), used_at=cut("preregistration_used_days") - SEC))
    mark(keep, _prereg(NOW - dt.timedelta(days=2), used_at=cut("preregistration_used_days") + SEC))

    # Cases: a closed one past 5 years (with its person, who has nothing else), one closed
    # exactly at the cut-off, and an open one that is ancient.
    closed_due = CaseFactory(withdrawn=True)
    closed_edge = CaseFactory(withdrawn=True)
    open_old = CaseFactory()
    Case.objects.filter(pk=closed_due.pk).update(closed_at=cut("closed_case_days") - SEC)
    Case.objects.filter(pk=closed_edge.pk).update(closed_at=cut("closed_case_days"))
    Case.objects.filter(pk=open_old.pk).update(opened_at=NOW - dt.timedelta(days=9000))
    Person.objects.filter(
        pk__in=[closed_due.person_id, closed_edge.person_id, open_old.person_id]
    ).update(  # fmt: skip
        created_at=NOW - dt.timedelta(days=3000)
    )
    # Its person's card expired in 2034, more than a year before NOW: nothing keeps them.
    mark(due, closed_due, closed_due.person, *closed_due.person.cards.all())
    for model in (CaseEvent, ChecklistEntry):
        mark(due, *model.objects.filter(case=closed_due))
    case_mails = Notification.objects.filter(case=closed_due) | Notification.objects.filter(
        person=closed_due.person
    )
    mark(due, *case_mails)
    mark(due, *DeliveryAttempt.objects.filter(notification__in=case_mails))
    mark(due, *Reminder.objects.filter(person=closed_due.person))
    mark(keep, closed_edge, closed_edge.person, open_old, open_old.person)
    mark(keep, *Card.objects.filter(person__in=[closed_edge.person, open_old.person]))
    # Everything the factories wrote for the kept cases stays (queued mails among them).
    for model in (CaseEvent, ChecklistEntry, Notification):
        mark(keep, *model.objects.filter(case__in=[closed_edge, open_old]))

    # Bookings (an intake booking with a name and an email) 90 days after the slot.
    counter = CounterFactory()
    service = ServiceType.objects.create(
        office=counter.office, code="pickup", kind="pickup", name_ja="交付", name_en="Pickup",
        counter=counter,
    )  # fmt: skip

    def booking(starts: dt.datetime, **kw) -> Booking:
        slot = Slot.objects.create(
            service=service, starts_at=starts, ends_at=starts + dt.timedelta(minutes=30), capacity=2
        )
        return Booking.objects.create(
            slot=slot, applicant_timezone="Asia/Taipei", created_at=starts - dt.timedelta(days=3),
            **kw,
        )  # fmt: skip

    mark(due, booking(cut("booking_days") - SEC, contact_name="国外 次郎", contact_email="jiro@example.com"))  # fmt: skip
    mark(keep, booking(cut("booking_days") + SEC, contact_name="国外 三郎", contact_email="saburo@example.com"))  # fmt: skip
    # A booking of the open case, long past: it goes, the case stays.
    mark(due, booking(cut("booking_days") - dt.timedelta(days=9), case=open_old, person=open_old.person))  # fmt: skip

    # Waitlist entries that ended, 90 days after joining; a waiting one stays.
    def wait(status: str, created: dt.datetime) -> WaitlistEntry:
        return WaitlistEntry.objects.create(
            service=service, case=open_old, applicant_timezone="Asia/Taipei", status=status,
            created_at=created,
        )  # fmt: skip

    mark(due, wait("left", cut("booking_days") - SEC))
    mark(keep, wait("left", cut("booking_days") + SEC))
    mark(keep, wait("waiting", NOW - dt.timedelta(days=4000)))

    # Mail: finished ones 90 days after queueing (with their log); unsent and held ones never.
    sent_due = _mail("sent", cut("notification_days") - SEC)
    failed_due = _mail("failed", cut("notification_days") - SEC)
    sent_kept = _mail("sent", cut("notification_days") + SEC)
    queued_old = _mail("queued", NOW - dt.timedelta(days=4000))
    held_old = _mail("held", NOW - dt.timedelta(days=4000), person=open_old.person)
    mark(due, sent_due, failed_due)
    mark(keep, sent_kept, queued_old, held_old)

    def log(n: Notification, at: dt.datetime) -> DeliveryAttempt:
        return DeliveryAttempt.objects.create(notification=n, at=at, status=n.status, smtp_reply="250 ok")  # fmt: skip

    mark(due, log(sent_due, cut("notification_days") - SEC))
    mark(due, log(sent_kept, cut("delivery_attempt_days") - SEC))
    mark(keep, log(sent_kept, cut("delivery_attempt_days") + SEC))
    mark(keep, log(queued_old, NOW - dt.timedelta(days=4000)))

    # Email change requests: 30 days after the link expired.
    p = open_old.person
    mark(due, EmailChangeRequest.objects.create(person=p, new_email="new1@example.com", token_hash="x", created_at=NOW, expires_at=cut("email_change_request_days") - SEC))  # fmt: skip
    mark(keep, EmailChangeRequest.objects.create(person=p, new_email="new2@example.com", token_hash="y", created_at=NOW, expires_at=cut("email_change_request_days") + SEC))  # fmt: skip

    # People without a case: kept while a card is valid, gone a year after the last one ended.
    pc = cut("person_days")
    gone = [
        _person(created_at=pc - SEC, card=None, mynumber=_mynumber(1)),
        _person(
            created_at=pc - SEC, card=(CardStatus.ACTIVE, pc.date() - dt.timedelta(days=1), None)
        ),  # fmt: skip
        _person(
            created_at=pc - SEC,
            card=(CardStatus.RETURNED, NOW.date() + dt.timedelta(days=900), pc - SEC),
        ),  # fmt: skip
        _person(created_at=pc - SEC, card=(CardStatus.PENDING, None, pc - SEC)),
    ]
    stays = [
        _person(created_at=pc + SEC, card=None),  # too new
        _person(
            created_at=pc - SEC, card=(CardStatus.ACTIVE, pc.date(), None)
        ),  # expired on the cut-off day
        _person(created_at=pc - SEC, card=(CardStatus.ACTIVE, None, None)),  # no expiry known
        _person(created_at=pc - SEC, card=(CardStatus.SUSPENDED, NOW.date(), None)),
        _person(
            created_at=pc - SEC,
            card=(CardStatus.RETURNED, NOW.date() + dt.timedelta(days=900), pc + SEC),
        ),  # fmt: skip
    ]
    for person in gone:
        mark(due, person, *person.cards.all())
    for person in stays:
        mark(keep, person, *person.cards.all())
    return due, keep


def _deleted(before: dict[str, set[object]]) -> dict[str, set[object]]:
    after = snapshot()
    return {label: pks - after[label] for label, pks in before.items() if pks - after[label]}


def _assert_exact(before, due, keep):
    gone = _deleted(before)
    assert gone == {label: pks for label, pks in due.items() if pks}, "deleted != due"
    after = snapshot()
    for label, pks in keep.items():
        assert pks <= after[label], f"{label}: a row that is not due was deleted"


@pytest.mark.django_db
def test_purge_deletes_exactly_what_is_due(world):
    due, keep = world
    before = snapshot()
    with clock.frozen(NOW):
        report = purge(now=NOW, batch=2)
    _assert_exact(before, due, keep)
    assert report.due["closed_cases"] == 1
    assert report.due["people"] == 5  # four without a case, and the closed case's person
    assert report.due["audit_entries"] == 2
    assert audit_verify().ok
    # A second run finds nothing more.
    again = snapshot()
    with clock.frozen(NOW):
        second = purge(now=NOW)
    assert not any(second.due.values())
    assert _deleted(again) == {}


@pytest.mark.django_db
def test_the_my_number_ciphertext_leaves_with_its_person(world):
    digits = _mynumber(1)
    from kokugai.core import crypto

    index = crypto.blind_index(digits, purpose="mynumber")
    assert Person.objects.filter(mynumber_index=index, mynumber_ciphertext__isnull=False).exists()
    with clock.frozen(NOW):
        purge(now=NOW)
    assert not Person.objects.filter(mynumber_index=index).exists()


@pytest.mark.django_db
def test_dry_run_counts_and_changes_nothing(world):
    due, _ = world
    before = snapshot()
    out = io.StringIO()
    with clock.frozen(NOW):
        call_command("purge", "--dry-run", stdout=out, stderr=io.StringIO())
    text = out.getvalue()
    assert snapshot() == before
    assert "dry run: nothing deleted" in text
    # The closed case's person is counted once the case is gone, not before.
    assert "people: 4 due" in text
    assert "closed_cases: 1 due" in text
    assert "notifications: 2 due" in text
    assert f"bookings: {len(due['appointments.Booking'])} due" in text
    assert "audit_entries: 2 due" in text


@pytest.mark.django_db
def test_a_run_stopped_half_way_resumes_without_deleting_twice_or_more(world):
    due, keep = world
    before = snapshot()
    batches: list[tuple[str, int]] = []

    def stop_after_five(kind: str, n: int) -> None:
        batches.append((kind, n))
        if len(batches) == 5:
            raise Interrupted()

    with clock.frozen(NOW), pytest.raises(Interrupted):
        purge(now=NOW, batch=1, on_batch=stop_after_five)
    half = _deleted(before)
    # Only due rows went, and not all of them.
    for label, pks in half.items():
        assert pks <= due[label]
    assert half != {label: pks for label, pks in due.items() if pks}
    with clock.frozen(NOW):
        purge(now=NOW, batch=1)
    _assert_exact(before, due, keep)
    # The audit rows of both runs add up to exactly what went: nothing counted twice.
    total: dict[str, int] = {}
    for row in AuditEntry.objects.filter(action="retention.purge"):
        for label, n in row.detail["deleted"].items():
            total[label] = total.get(label, 0) + n
    expected = {label: len(pks) for label, pks in due.items() if label != "core.AuditEntry"}
    assert total == expected
    assert audit_verify().ok


@pytest.mark.django_db
def test_each_batch_writes_an_audit_row_with_counts_and_kinds_only(world):
    with clock.frozen(NOW):
        purge(now=NOW, batch=100)
    rows = list(AuditEntry.objects.filter(action__startswith="retention."))
    kinds = {r.object_type for r in rows if r.action == "retention.purge"}
    assert {"closed_cases", "people", "bookings", "notifications", "preregistrations"} <= kinds
    case_row = next(r for r in rows if r.object_type == "closed_cases")
    assert case_row.detail["deleted"]["cases.Case"] == 1
    assert case_row.detail["deleted"]["cases.CaseEvent"] >= 2
    assert set(case_row.detail) == {"kind", "period", "cutoff", "deleted"}
    text = json.dumps([r.detail for r in rows], ensure_ascii=False)
    for secret in ("国外", "KOKUGAI", "jiro@example.com", "hanako", "taro", _mynumber(1)):
        assert secret not in text
    summary = AuditEntry.objects.get(action="retention.run")
    assert summary.detail["deleted"]["closed_cases"] == 1
    assert AuditEntry.objects.filter(action="audit.prune").count() == 1
    assert AuditAnchor.objects.count() == 1


def test_schedule_overrides_are_checked():
    assert Schedule({"notification_days": 60}).days("notification_days") == 60
    with pytest.raises(RetentionError, match="unknown"):
        Schedule({"notifications": 60})
    with pytest.raises(RetentionError, match="whole number"):
        Schedule({"booking_days": -1})
    with pytest.raises(RetentionError, match="whole number"):
        Schedule({"booking_days": "90"})
    # Audit rows must outlive the data they describe.
    with pytest.raises(RetentionError, match="longer than every other period"):
        Schedule({"audit_days": 1000})
    with pytest.raises(RetentionError, match="longer than every other period"):
        Schedule({"closed_case_days": 4000})


@pytest.mark.django_db
def test_settings_override_shortens_a_period(world, settings):
    settings.KOKUGAI_RETENTION = {"notification_days": 30}
    with clock.frozen(NOW):
        report = purge(now=NOW, dry_run=True)
    # sent_kept (89 days old) is now due as well.
    assert report.due["notifications"] == 3


def test_the_schedule_table_matches_docs():
    from pathlib import Path

    from kokugai.rules.retention import PERIODS

    doc = (Path(__file__).parents[2] / "docs" / "retention.md").read_text(encoding="utf-8")
    rows = {
        line.split("|")[1].strip().strip("`"): line
        for line in doc.splitlines()
        if line.startswith("| `")
    }
    assert set(rows) == set(PERIODS)
    for key, period in PERIODS.items():
        assert f"| {period.days} day" in rows[key], key
        assert period.assumption  # none is sourced in rules.md: docs say so
