"""Write and verify the audit log: a hash chain nobody can rewrite without it showing.

Call :func:`audit_record` inside the same transaction as the read or write it records.
Each entry gets the next sequence number and holds the hash of the entry before it
(``prev_hash``) and a SHA-256 over that hash and its own canonical content (``entry_hash``).
Changing, inserting or removing any row breaks the chain at that row, and
:func:`audit_verify` (``kokugai audit verify``) names the first broken link.

Appending reads the chain's head and writes after it, so two writers must never do that at
the same time: on PostgreSQL the append takes a transaction-level advisory lock
(``pg_advisory_xact_lock``) held until the surrounding transaction commits or rolls back;
SQLite runs every write transaction IMMEDIATE (settings), which already serialises them.
On PostgreSQL an append is ONE statement, ``kokugai_audit_append`` (migration ``core.0006``):
lock, head, SHA-256 and insert in the database, the same digest as :func:`entry_digest`
(which ``audit_verify`` recomputes for every row). The lock is therefore held from the
append to the commit only; callers append last in their transaction.
On PostgreSQL a trigger (migration ``core.0004``) refuses UPDATE and DELETE on the table;
only :func:`audit_prune`, called by the retention purge for rows past their period, may
delete, and it leaves an anchor (``AuditAnchor``) plus an ``audit.prune`` entry so that the
remaining chain still verifies.

A chain that is recomputed end to end by someone with write access would verify again, so
operators record the head (``kokugai audit verify`` prints it) somewhere the database's
users cannot write; a later head must extend that one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from django.db import connection, transaction

from kokugai.core import clock
from kokugai.core.models import AuditAnchor, AuditEntry, User

GENESIS_HASH = "0" * 64
#: Key of the PostgreSQL advisory lock that serialises appends ("KOKU" in ASCII).
CHAIN_LOCK_KEY = 0x4B4F4B55
#: Transaction-local setting that lets the audit purge past the trigger (PostgreSQL only).
PRUNE_SETTING = "kokugai.audit_prune"


def _canonical_value(value: Any) -> Any:
    """JSON-native form that survives a round trip through SQLite and PostgreSQL jsonb."""
    if isinstance(value, dict):
        return {str(k): _canonical_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_canonical_value(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _canonical_at(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _content(entry: AuditEntry, *, seq: int, at: str, detail: Any) -> str:
    """The canonical text of an entry's own fields (the hash columns excluded), with ``seq``,
    ``at`` and ``detail`` given already canonical."""
    return json.dumps(
        {
            "seq": seq,
            "at": at,
            "actor": entry.actor_id,
            "actor_label": entry.actor_label,
            "office_code": entry.office_code,
            "action": entry.action,
            "object_type": entry.object_type,
            "object_id": entry.object_id,
            "reason": entry.reason,
            "detail": detail,
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )


def entry_content(entry: AuditEntry) -> str:
    """The canonical text of an entry's own fields (the hash columns excluded)."""
    return _content(
        entry,
        seq=entry.seq,
        at=_canonical_at(entry.at),
        detail=_canonical_value(entry.detail),
    )


def entry_digest(entry: AuditEntry) -> str:
    data = f"{entry.prev_hash}\n{entry_content(entry)}".encode()
    return hashlib.sha256(data).hexdigest()


def _lock_chain() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [CHAIN_LOCK_KEY])


_HEAD_SQL = "SELECT seq, entry_hash FROM {table} ORDER BY seq DESC LIMIT 1"


def _head() -> tuple[int, str]:
    # Plain SQL: this runs on every append, and the ORM's query compilation costs more
    # than the index probe itself.
    with connection.cursor() as cursor:
        cursor.execute(_HEAD_SQL.format(table=AuditEntry._meta.db_table))
        last = cursor.fetchone()
        if last is None:
            cursor.execute(_HEAD_SQL.format(table=AuditAnchor._meta.db_table))
            last = cursor.fetchone()
    return (int(last[0]), str(last[1])) if last is not None else (0, GENESIS_HASH)


def audit_record(
    *,
    actor: User | None,
    action: str,
    object_type: str,
    object_id: object,
    office_code: str = "",
    reason: str = "",
    detail: dict[str, Any] | None = None,
    actor_label: str = "",
) -> AuditEntry:
    if not actor_label:
        actor_label = actor.get_username() if actor is not None else "system"
    # Stored exactly as it is hashed: what the database gives back must hash the same.
    canonical_detail = json.loads(json.dumps(_canonical_value(detail or {})))
    entry = AuditEntry(
        at=clock.now(),
        actor=actor,
        actor_label=actor_label,
        office_code=office_code,
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        reason=reason,
        detail=canonical_detail,
    )
    if connection.vendor == "postgresql":
        return _append_in_database(entry)
    # No savepoint: a failed append fails the caller's transaction anyway, and the two
    # statements a savepoint costs are a quarter of a tracker lookup's round trips.
    with transaction.atomic(savepoint=False):
        _lock_chain()
        entry.seq, entry.prev_hash = _head()
        entry.seq += 1
        entry.entry_hash = entry_digest(entry)
        entry.save(force_insert=True)
    return entry


def content_head(entry: AuditEntry) -> str:
    """:func:`entry_content` up to the sequence number: ``"seq"`` sorts last among the keys,
    so the content is this text, the number and ``}``."""
    entry.seq = 0
    text = entry_content(entry)
    tail = ',"seq":0}'
    if not text.endswith(tail):  # pragma: no cover - guards the key order assumption
        raise AssertionError("the sequence number is not the last key of the content")
    return text[: -len(tail) + len(',"seq":')]


def _append_in_database(entry: AuditEntry) -> AuditEntry:
    """PostgreSQL: lock, head, hash and insert in one statement (migration core.0006), the
    same digest as :func:`entry_digest`."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT * FROM kokugai_audit_append(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            [
                CHAIN_LOCK_KEY, entry.at, entry.actor_id, entry.actor_label, entry.office_code,
                entry.action, entry.object_type, entry.object_id, entry.reason,
                json.dumps(entry.detail), content_head(entry),
            ],
        )  # fmt: skip
        entry.pk, entry.seq, entry.prev_hash, entry.entry_hash = cursor.fetchone()
    entry._state.adding = False
    entry._state.db = connection.alias
    return entry


@dataclass(slots=True)
class AuditRow:
    """An entry for :func:`audit_record_many` without a model instance (bulk loads build
    hundreds of thousands; a model's ``__init__`` costs more than hashing the row)."""

    at: dt.datetime
    action: str
    object_type: str
    object_id: str
    actor_id: int | None = None
    actor_label: str = "system"
    office_code: str = ""
    reason: str = ""
    detail: dict[str, Any] | None = None

    def entry(self) -> AuditEntry:
        return AuditEntry(
            at=self.at, actor_id=self.actor_id, actor_label=self.actor_label,
            office_code=self.office_code, action=self.action, object_type=self.object_type,
            object_id=self.object_id, reason=self.reason, detail=self.detail or {},
        )  # fmt: skip


def audit_citizen(
    *,
    action: str,
    object_type: str,
    object_id: object,
    office_code: str = "",
    reason: str = "",
    detail: dict[str, Any] | None = None,
) -> AuditEntry:
    """Audit what a citizen did (no account: the entry's actor is "citizen")."""
    return audit_record(
        actor=None,
        actor_label="citizen",
        action=action,
        object_type=object_type,
        object_id=object_id,
        office_code=office_code,
        reason=reason,
        detail=detail,
    )


def audit_read(
    *,
    actor: User | None,
    object_type: str,
    key: object,
    found: object | None,
    office_code: str,
    why: str,
    detail: dict[str, Any] | None = None,
) -> None:
    """Audit a read of personal data through an office's scope: ``<type>.read`` for the
    record found, ``<type>.read_denied`` (by the key asked for) when it is not visible; the
    caller then answers 404 and never says whether it exists."""
    audit_access(
        actor=actor,
        action=f"{object_type}.read",
        allowed=found is not None,
        object_type=object_type,
        object_id=key if found is None else getattr(found, "pk", key),
        office_code=office_code,
        reason=why,
        detail=detail if found is not None else None,
    )


def audit_access(
    *,
    actor: User | None,
    action: str,
    allowed: bool,
    object_type: str,
    object_id: object,
    office_code: str,
    reason: str,
    detail: dict[str, Any] | None = None,
) -> None:
    """Audit an attempt to see protected data: ``action`` when allowed, ``<action>_denied``
    when refused (a refused attempt is itself worth knowing: who tried, for whom, why)."""
    audit_record(
        actor=actor,
        action=action if allowed else f"{action}_denied",
        object_type=object_type,
        object_id=object_id,
        office_code=office_code,
        reason=reason,
        detail=detail,
    )


def audit_record_many(entries: Iterable[AuditEntry | AuditRow]) -> int:
    """Append many unsaved entries to the chain at once (bulk loads such as
    ``kokugai generate``): one lock, one read of the head, one bulk write (``COPY`` on
    PostgreSQL). Each entry's ``at``, actor, action and object are the caller's; sequence
    and hashes are set here, in the order given. Call inside the transaction that writes
    what the entries describe. The entries are not saved objects afterwards (no ``pk``)."""
    with transaction.atomic(savepoint=False):
        _lock_chain()
        seq, prev_hash = _head()
        if connection.vendor == "postgresql":
            return _copy_entries(entries, seq, prev_hash)
        rows = []
        for item in entries:
            entry = item.entry() if isinstance(item, AuditRow) else item
            seq += 1
            entry.detail = json.loads(json.dumps(_canonical_value(entry.detail or {})))
            entry.seq, entry.prev_hash = seq, prev_hash
            entry.entry_hash = prev_hash = entry_digest(entry)
            rows.append(entry)
        AuditEntry.objects.bulk_create(rows, batch_size=5000)
    return len(rows)


_COPY_COLUMNS = (
    "at", "actor_id", "actor_label", "office_code", "action", "object_type", "object_id",
    "reason", "detail", "seq", "prev_hash", "entry_hash",
)  # fmt: skip


def _copy_text(value: object) -> str:
    """One field in COPY's text format."""
    if value is None:
        return "\\N"
    text = value if isinstance(value, str) else str(value)
    if "\\" in text or "\t" in text or "\n" in text or "\r" in text:
        text = (
            text.replace("\\", "\\\\")
            .replace("\t", "\\t")
            .replace("\n", "\\n")
            .replace("\r", "\\r")
        )
    return text


def _copy_entries(entries: Iterable[AuditEntry | AuditRow], seq: int, prev_hash: str) -> int:
    """The bulk append on PostgreSQL: the same canonical text and digest as
    :func:`entry_digest` (built straight from the fields, not through model instances and
    the ORM's insert compiler, which took most of ``kokugai generate``'s time), sent with
    ``COPY`` in text format, a batch of lines at a time."""
    dumps = json.dumps
    sha256 = hashlib.sha256
    # Bulk loads repeat a few details many times: canonicalise each distinct one once.
    details: dict[object, tuple[Any, str]] = {}
    n = 0
    lines: list[str] = []
    table = connection.ops.quote_name(AuditEntry._meta.db_table)
    with (
        connection.cursor() as cursor,
        cursor.cursor.copy(f"COPY {table} ({', '.join(_COPY_COLUMNS)}) FROM STDIN") as copy,
    ):
        for entry in entries:
            seq += 1
            raw = entry.detail or {}
            try:
                key: object = tuple(sorted(raw.items()))
                hash(key)
            except TypeError:
                key = None
            known = details.get(key) if key is not None else None
            if known is None:
                detail = json.loads(dumps(_canonical_value(raw)))
                known = (_canonical_value(detail), dumps(detail))
                if key is not None:
                    details[key] = known
            canonical, stored = known
            at = _canonical_at(entry.at)
            content = _content(entry, seq=seq, at=at, detail=canonical)
            digest = sha256(f"{prev_hash}\n{content}".encode()).hexdigest()
            lines.append(
                "\t".join(
                    (
                        at,
                        _copy_text(entry.actor_id),
                        _copy_text(entry.actor_label),
                        _copy_text(entry.office_code),
                        _copy_text(entry.action),
                        _copy_text(entry.object_type),
                        _copy_text(entry.object_id),
                        _copy_text(entry.reason),
                        _copy_text(stored),
                        str(seq),
                        prev_hash,
                        digest,
                    )
                )  # fmt: skip
            )
            prev_hash = digest
            n += 1
            if len(lines) >= 5000:
                copy.write("\n".join(lines) + "\n")
                lines = []
        if lines:
            copy.write("\n".join(lines) + "\n")
    return n


# --- verification ------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    head_seq: int
    head_hash: str
    broken_seq: int | None = None
    broken_id: int | None = None
    problem: str = ""

    def __str__(self) -> str:
        if self.ok:
            return (
                f"OK: {self.checked} audit entries, chain intact; "
                f"head {self.head_seq} {self.head_hash}"
            )
        return (
            f"BROKEN at sequence {self.broken_seq} (row id {self.broken_id}): {self.problem}; "
            f"{self.checked} entries before it verified"
        )


def _entries(chunk: int = 2000) -> Iterator[AuditEntry]:
    last = None
    while True:
        qs = AuditEntry.objects.order_by("seq")
        if last is not None:
            qs = qs.filter(seq__gt=last)
        rows = list(qs[:chunk])
        if not rows:
            return
        yield from rows
        last = rows[-1].seq


def audit_verify() -> ChainReport:
    """Walk the chain from its start (or the prune anchor) and report the first broken link."""
    anchor = AuditAnchor.objects.order_by("-seq").first()
    seq, prev_hash = (anchor.seq, anchor.entry_hash) if anchor else (0, GENESIS_HASH)
    last_prune: AuditEntry | None = None
    checked = 0
    for entry in _entries():
        problem = ""
        if entry.seq != seq + 1:
            problem = f"expected sequence {seq + 1}: entries {seq + 1}..{entry.seq - 1} are missing"
        elif entry.prev_hash != prev_hash:
            problem = "does not link to the entry before it (prev_hash differs)"
        elif entry.entry_hash != entry_digest(entry):
            problem = "content does not match its hash (the row was changed)"
        if problem:
            return ChainReport(
                False, checked, seq, prev_hash, broken_seq=entry.seq, broken_id=entry.pk,
                problem=problem,
            )  # fmt: skip
        if entry.action == "audit.prune":
            last_prune = entry
        checked += 1
        seq, prev_hash = entry.seq, entry.entry_hash
    if anchor is not None:
        # The anchor moves only with a prune, which appends an entry naming it.
        named = last_prune.detail if last_prune is not None else {}
        if named.get("through_seq") != anchor.seq or named.get("through_hash") != anchor.entry_hash:
            return ChainReport(
                False, checked, seq, prev_hash, broken_seq=anchor.seq + 1, broken_id=None,
                problem="the chain's start (prune anchor) is not the one the last audit.prune entry names",
            )  # fmt: skip
    return ChainReport(True, checked, seq, prev_hash)


# --- pruning (retention) -------------------------------------------------------------------


def audit_prune(*, before: dt.datetime, batch: int = 1000, dry_run: bool = False) -> int:
    """Delete one batch of the oldest entries older than ``before``; returns how many went.

    Only a prefix of the chain is ever removed (the oldest entries, in sequence order, up to
    the first one that is still inside its period), so what remains is one unbroken chain
    that starts at the anchor. Each batch commits on its own: a run killed half-way leaves a
    consistent anchor and chain, and the next run goes on from there.
    """
    with transaction.atomic():
        _lock_chain()
        first_young = (
            AuditEntry.objects.filter(at__gte=before).order_by("seq").values_list("seq", flat=True)
        ).first()
        doomed = AuditEntry.objects.order_by("seq")
        if first_young is not None:
            doomed = doomed.filter(seq__lt=first_young)
        rows = list(doomed.values_list("seq", "entry_hash")[:batch])
        if not rows or dry_run:
            return len(rows)
        through_seq, through_hash = rows[-1]
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT set_config(%s, 'on', true)", [PRUNE_SETTING])
        count, _ = AuditEntry.objects.filter(seq__lte=through_seq).delete()
        AuditAnchor.objects.all().delete()
        AuditAnchor.objects.create(seq=through_seq, entry_hash=through_hash, at=clock.now())
        audit_record(
            actor=None,
            action="audit.prune",
            object_type="audit",
            object_id=through_seq,
            detail={
                "deleted": count,
                "through_seq": through_seq,
                "through_hash": through_hash,
                "before": before.isoformat(),
            },
        )
    return count


def audit_prunable(*, before: dt.datetime) -> int:
    """How many entries a full prune would delete now (for a dry run)."""
    first_young = (
        AuditEntry.objects.filter(at__gte=before).order_by("seq").values_list("seq", flat=True)
    ).first()
    qs = AuditEntry.objects.all()
    if first_young is not None:
        qs = qs.filter(seq__lt=first_young)
    return qs.count()
