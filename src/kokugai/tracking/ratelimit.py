"""Atomic fixed-window counters for every public rate limit.

``rate_hit`` increments any number of counters with ONE statement
(``INSERT … ON CONFLICT (key, bucket) DO UPDATE SET count = count + 1 RETURNING``) and
returns each counter's value after the increment. The database serialises the increments of
one row, so 50 concurrent requests see 1, 2, … 50 and exactly ``limit`` of them pass; the
old count-then-insert let every request read the same count and pass together.

Inside the caller's transaction the counter rows stay locked until it commits: the tracker
runs counters, lookup and audit row in one short transaction (one commit, one disk flush),
so a concurrent lookup sharing a counter waits those few milliseconds and then counts on.
Every statement locks its rows in key order, so two never deadlock. Fixed windows: at a window boundary a client may get up to twice the limit in a short burst;
every limit here is set with that in mind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from django.db import connection
from django.utils.crypto import salted_hmac

from kokugai.core import clock
from kokugai.tracking.models import RateCount


@dataclass(frozen=True)
class Limit:
    """One counter: ``scope`` names what is counted, ``subject`` whom (hashed here)."""

    scope: str
    subject: str
    limit: int
    window_s: int

    @property
    def key(self) -> str:
        digest = salted_hmac(f"kokugai.ratelimit.{self.scope}", self.subject).hexdigest()[:40]
        return f"{self.scope}:{self.window_s}:{digest}"

    def bucket(self, now: dt.datetime) -> int:
        epoch = int(now.timestamp())
        return epoch - epoch % self.window_s


def _table() -> str:
    return connection.ops.quote_name(RateCount._meta.db_table)


def _upsert(
    limits: Sequence[Limit],
    now: dt.datetime,
    *,
    undo: bool,
    read_only: Collection[Limit] = (),
) -> dict[Limit, int]:
    # Rows are locked in key order by every statement, so two statements never wait on
    # each other crosswise (an UPDATE … WHERE key IN (…) locks in scan order and deadlocks
    # against the INSERT under load).
    ordered = sorted(set(limits), key=lambda lim: (lim.key, lim.bucket(now)))
    q = connection.ops.quote_name
    table = _table()
    rows = []
    params: list[object] = []
    for lim in ordered:
        bucket = lim.bucket(now)
        expires = dt.datetime.fromtimestamp(bucket + lim.window_s, dt.UTC)
        rows.append("(%s, %s, %s, %s)")
        params += [
            lim.key,
            bucket,
            0 if undo or lim in read_only else 1,
            connection.ops.adapt_datetimefield_value(expires),
        ]
    count = f"{table}.{q('count')}"
    # EXCLUDED.count is the row's proposed count: 1 to count this event, 0 to only read.
    change = (
        f"CASE WHEN {count} > 0 THEN {count} - 1 ELSE 0 END"
        if undo
        else f"{count} + EXCLUDED.{q('count')}"
    )
    # Only quoted identifiers and placeholders are formatted in; every value is a parameter.
    sql = (
        f"INSERT INTO {table} ({q('key')}, {q('bucket')}, {q('count')}, {q('expires_at')}) "  # noqa: S608
        f"VALUES {', '.join(rows)} "
        f"ON CONFLICT ({q('key')}, {q('bucket')}) DO UPDATE SET {q('count')} = {change} "
        f"RETURNING {q('key')}, {q('bucket')}, {q('count')}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        counts = {(k, int(b)): int(c) for k, b, c in cursor.fetchall()}
    return {lim: counts[(lim.key, lim.bucket(now))] for lim in limits}


def rate_hit(limits: Sequence[Limit], *, now: dt.datetime | None = None) -> dict[Limit, int]:
    """Count one event on every counter of ``limits``; returns each counter's new value."""
    if not limits:
        return {}
    return _upsert(limits, now or clock.now(), undo=False)


def rate_count(
    charged: Sequence[Limit], read: Sequence[Limit], *, now: dt.datetime | None = None
) -> dict[Limit, int]:
    """ONE statement: count one event on ``charged`` and read ``read`` without counting
    (each read row locked like a counted one); returns every counter's value."""
    limits = [*charged, *read]
    if not limits:
        return {}
    return _upsert(limits, now or clock.now(), undo=False, read_only=set(read) - set(charged))


def rate_undo(limits: Sequence[Limit], *, now: dt.datetime | None = None) -> None:
    """Take back one event from ``limits`` (counted in advance, then not needed)."""
    if limits:
        _upsert(limits, now or clock.now(), undo=True)


def exceeded(counts: dict[Limit, int]) -> list[Limit]:
    """The counters whose new value is past their limit."""
    return [lim for lim, n in counts.items() if n > lim.limit]


def rate_counts_purge(*, now: dt.datetime | None = None) -> int:
    """Delete the counters of windows that are over; returns how many went."""
    deleted, _ = RateCount.objects.filter(expires_at__lt=now or clock.now()).delete()
    return deleted
