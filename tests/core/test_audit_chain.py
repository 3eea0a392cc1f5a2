"""The audit log is a hash chain nobody can rewrite without ``kokugai audit verify`` naming it.

Attacks: edit a row, delete a row, insert a forged row, move the prune anchor; on
PostgreSQL the database itself refuses UPDATE and DELETE, and concurrent writers on
separate connections never fork the chain.
"""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.db.utils import DatabaseError

from kokugai.core import clock
from kokugai.core.audit import GENESIS_HASH, audit_prune, audit_record, audit_verify
from kokugai.core.models import AuditAnchor, AuditEntry, User


def _write(n: int, **extra) -> list[AuditEntry]:
    return [
        audit_record(
            actor=None,
            action="person.read",
            object_type="person",
            object_id=i,
            detail={"fields": ["name"], "n": i, "ratio": 1.0, **extra},
        )
        for i in range(n)
    ]


def _verify_cli() -> tuple[int, str]:
    import io

    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("audit", "verify", stdout=out, stderr=err)
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    return code, out.getvalue() + err.getvalue()


@pytest.mark.django_db
def test_entries_form_a_chain_and_verify_says_ok():
    rows = _write(5)
    assert [r.seq for r in rows] == [1, 2, 3, 4, 5]
    assert rows[0].prev_hash == GENESIS_HASH
    for before, after in zip(rows, rows[1:], strict=False):
        assert after.prev_hash == before.entry_hash
    code, text = _verify_cli()
    assert code == 0
    assert text.startswith("OK: 5 audit entries")
    assert rows[-1].entry_hash in text


def _raw_update(sql: str, params: list[object]) -> None:
    # What someone with database access does (SQLite has no trigger, PostgreSQL refuses).
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


@pytest.mark.django_db
def test_edited_row_is_named_by_verify():
    rows = _write(4)
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL refuses the edit itself")
    _raw_update("UPDATE core_auditentry SET object_id = %s WHERE id = %s", ["999", rows[2].pk])
    code, text = _verify_cli()
    assert code == 1
    assert f"BROKEN at sequence 3 (row id {rows[2].pk})" in text
    assert "changed" in text


@pytest.mark.django_db
def test_edit_with_recomputed_own_hash_breaks_the_next_link():
    rows = _write(4)
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL refuses the edit itself")
    tampered = AuditEntry.objects.get(pk=rows[1].pk)
    tampered.reason = "nothing to see"
    from kokugai.core.audit import entry_digest

    _raw_update(
        "UPDATE core_auditentry SET reason = %s, entry_hash = %s WHERE id = %s",
        [tampered.reason, entry_digest(tampered), tampered.pk],
    )
    report = audit_verify()
    assert not report.ok
    assert report.broken_seq == 3
    assert "does not link" in report.problem


@pytest.mark.django_db
def test_deleted_row_is_named_by_verify():
    rows = _write(5)
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL refuses the delete itself")
    _raw_update("DELETE FROM core_auditentry WHERE id = %s", [rows[1].pk])
    report = audit_verify()
    assert not report.ok
    assert report.broken_seq == 3
    assert "entries 2..2 are missing" in report.problem


@pytest.mark.django_db
def test_forged_row_at_the_end_without_the_chain_is_named():
    _write(3)
    AuditEntry.objects.create(
        at=clock.now(),
        actor_label="system",
        action="login.ok",
        object_type="user",
        object_id="1",
        seq=4,
        prev_hash=GENESIS_HASH,
        entry_hash="f" * 64,
    )
    report = audit_verify()
    assert not report.ok
    assert report.broken_seq == 4


@pytest.mark.django_db
def test_detail_survives_the_database_round_trip():
    audit_record(
        actor=None,
        action="case.transition",
        object_type="case",
        object_id="7",
        detail={"b": [1, 2.5, (3, 4)], "a": {"z": 1e20, "y": "日本語"}, "n": None},
    )
    assert audit_verify().ok


# --- pruning keeps the rest verifiable ------------------------------------------------------


@pytest.mark.django_db
def test_prune_removes_only_the_old_prefix_and_the_chain_still_verifies():
    old = dt.datetime(2015, 1, 1, tzinfo=dt.UTC)
    with clock.frozen(old):
        _write(5)
    young = _write(2)
    cutoff = dt.datetime(2016, 1, 1, tzinfo=dt.UTC)
    assert audit_prune(before=cutoff, batch=2) == 2  # a batch at a time
    assert audit_prune(before=cutoff, batch=2) == 2
    assert audit_prune(before=cutoff, batch=2) == 1
    assert audit_prune(before=cutoff, batch=2) == 0
    assert not AuditEntry.objects.filter(at__lt=cutoff).exists()
    assert set(
        AuditEntry.objects.filter(pk__in=[y.pk for y in young]).values_list("pk", flat=True)
    ) == {y.pk for y in young}
    prunes = AuditEntry.objects.filter(action="audit.prune").order_by("seq")
    assert prunes.count() == 3
    assert [p.detail["deleted"] for p in prunes] == [2, 2, 1]
    assert audit_verify().ok, audit_verify()


@pytest.mark.django_db
def test_prune_never_removes_a_young_row_behind_an_old_one():
    with clock.frozen(dt.datetime(2015, 1, 1, tzinfo=dt.UTC)):
        _write(1)
    _write(1)
    with clock.frozen(dt.datetime(2015, 1, 2, tzinfo=dt.UTC)):
        late_old = _write(1)[0]
    assert audit_prune(before=dt.datetime(2016, 1, 1, tzinfo=dt.UTC)) == 1
    # The old row after a young one stays: only a prefix of the chain may go.
    assert AuditEntry.objects.filter(pk=late_old.pk).exists()
    assert audit_verify().ok


@pytest.mark.django_db
def test_moved_anchor_is_detected():
    with clock.frozen(dt.datetime(2015, 1, 1, tzinfo=dt.UTC)):
        _write(4)
    _write(2)
    audit_prune(before=dt.datetime(2016, 1, 1, tzinfo=dt.UTC))
    assert audit_verify().ok
    # Someone deletes two more rows and moves the anchor to hide it.
    if connection.vendor == "postgresql":
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT set_config('kokugai.audit_prune', 'on', true)")
            first = AuditEntry.objects.order_by("seq").first()
            AuditEntry.objects.filter(pk=first.pk).delete()
    else:
        first = AuditEntry.objects.order_by("seq").first()
        AuditEntry.objects.filter(pk=first.pk).delete()
    AuditAnchor.objects.update(seq=first.seq, entry_hash=first.entry_hash)
    report = audit_verify()
    assert not report.ok
    assert "prune anchor" in report.problem


# --- PostgreSQL: the database refuses, concurrent writers do not fork -------------------------


@pytest.mark.postgres
@pytest.mark.django_db
def test_postgres_refuses_update_of_an_audit_row():
    row = _write(1)[0]
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        _raw_update("UPDATE core_auditentry SET reason = %s WHERE id = %s", ["x", row.pk])
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        AuditEntry.objects.filter(pk=row.pk).update(reason="x")
    assert AuditEntry.objects.get(pk=row.pk).reason == ""


@pytest.mark.postgres
@pytest.mark.django_db
def test_postgres_refuses_delete_of_an_audit_row():
    row = _write(1)[0]
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        _raw_update("DELETE FROM core_auditentry WHERE id = %s", [row.pk])
    assert AuditEntry.objects.filter(pk=row.pk).exists()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_postgres_concurrent_writers_never_fork_the_chain():
    writers, each = 8, 15
    barrier = threading.Barrier(writers)
    errors: list[BaseException] = []

    def write(w: int) -> None:
        try:
            barrier.wait(timeout=30)
            for i in range(each):
                # Each entry in its own transaction that also does other work after the
                # append, so the lock is held while others queue for it.
                with transaction.atomic():
                    audit_record(
                        actor=None, action="load.test", object_type="writer", object_id=w,
                        detail={"i": i},
                    )  # fmt: skip
                    with connection.cursor() as cursor:
                        cursor.execute("SELECT pg_sleep(0.002)")
        except BaseException as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=write, args=(w,)) for w in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    seqs = list(AuditEntry.objects.order_by("seq").values_list("seq", flat=True))
    assert seqs == list(range(1, writers * each + 1))
    report = audit_verify()
    assert report.ok, report
    assert report.checked == writers * each


# --- PostgreSQL: an append is one statement, hashed in the database the same way -----------


@pytest.mark.django_db
def test_entries_with_awkward_text_verify_whichever_side_hashed_them():
    from kokugai.core.audit import entry_digest

    staff = User.objects.create(username="auditor", password="!")
    rows = [
        audit_record(
            actor=staff,
            action="case.note",
            object_type="case",
            object_id=7,
            office_code="131075",
            reason='引用 "quotes", a back\\slash,\na newline and a tab\t',
            detail={"日本語": ["名前", 1.5, None, {"z": True}], "emoji": "🗾"},
        ),
        audit_record(actor=None, action="tracker.lookup", object_type="case", object_id="x"),
    ]
    for row in rows:
        stored = AuditEntry.objects.get(pk=row.pk)
        assert (stored.seq, stored.prev_hash, stored.entry_hash) == (
            row.seq, row.prev_hash, row.entry_hash,
        )  # fmt: skip
        assert stored.entry_hash == entry_digest(stored)
    assert audit_verify().ok


@pytest.mark.postgres
@pytest.mark.django_db
def test_postgres_append_is_one_statement():
    from django.test.utils import CaptureQueriesContext

    _write(1)
    with transaction.atomic(), CaptureQueriesContext(connection) as ctx:
        audit_record(actor=None, action="person.read", object_type="person", object_id=1)
    statements = [q["sql"] for q in ctx.captured_queries if q["sql"] not in ("BEGIN", "COMMIT")]
    assert len(statements) == 1, statements
    assert "kokugai_audit_append" in statements[0]
    assert audit_verify().ok


@pytest.mark.django_db
def test_bulk_appends_keep_awkward_text_and_verify():
    from kokugai.core.audit import AuditRow, audit_record_many

    _write(2)
    awkward = 'tab\there, new\nline, back\\slash, "quote", 日本語 \\N'
    rows = [
        AuditRow(
            at=clock.now(),
            action="case.transition",
            object_type="case",
            object_id=str(i),
            actor_label="intake",
            office_code="131075",
            reason=awkward if i % 2 else "",
            detail={"transition": "open", "n": i % 3, "x": [1.0, awkward]},
        )  # fmt: skip
        for i in range(7)
    ]
    rows.append(AuditEntry(at=clock.now(), action="case.read", object_type="case", object_id="9"))
    assert audit_record_many(rows) == 8
    stored = list(AuditEntry.objects.order_by("seq"))
    assert [e.seq for e in stored] == list(range(1, 11))
    assert stored[3].reason == awkward
    assert stored[3].detail == {"transition": "open", "n": 1, "x": [1, awkward]}
    report = audit_verify()
    assert report.ok and report.checked == 10, report
