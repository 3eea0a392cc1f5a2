"""The case lifecycle through the services against the same rows written with raw SQL.

    .venv/bin/python bench/lifecycle.py [--cases 40] [--rounds 3] [--json]

On PostgreSQL (a new database on ``BENCH_DATABASE_SERVER``, default the local server,
dropped at the end): ``migrate``, ``kokugai setup --no-demo``, staff at the seed's offices.
Each case walks the seed's story through the real services, one transaction per step:
open (with the checklist ticked), forward, start review, request a correction, the
applicant's reply, accept, order, ship, receive, hand over.

Baseline of the same shape: the very rows those services wrote, written again with raw SQL
in the same transactions. A second, untimed service run records every INSERT, UPDATE and
DELETE it sent (``CaptureQueriesContext``, grouped by transaction); the baseline replays
those statements, text for text, into shadow copies of the tables they touched
(``CREATE TABLE … (LIKE … INCLUDING ALL)`` with the data and the identity counters at the
same point, so the ids and every index match; no foreign keys, no triggers). What the
baseline leaves out is exactly the services' own work: reads, permission and state
checks, locks, the audit chain's lock and head, the ORM.

Per round: services (timed, N cases), services (recorded, N other cases), baseline
(timed replay). Printed: ``ratio`` = services' cases per second ÷ baseline's (median of
the rounds; higher is better), statements and transactions per case.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import time
from pathlib import Path

from http_server import bench_database, environment, kokugai, log, median

ROOT = Path(__file__).resolve().parents[1]
WRITE = re.compile(r"^\s*(INSERT INTO|UPDATE|DELETE FROM)\s+\"?(\w+)\"?", re.IGNORECASE)
#: On PostgreSQL an audit append is one call (lock, head, hash, insert: core.0006); the
#: baseline writes the very row it inserted with a plain INSERT instead.
AUDIT_CALL = "kokugai_audit_append("
AUDIT_COLUMNS = (
    "at, actor_id, actor_label, office_code, action, object_type, object_id, reason, detail, "
    "seq, prev_hash, entry_hash"
)
STEPS = (
    "open", "forward", "start_review", "request_correction", "reply", "accept", "order",
    "ship", "receive", "hand_over",
)  # fmt: skip


class Story:
    """The seed's case (tests/tracking/story.py) at the seed's offices, on today's dates."""

    def __init__(self) -> None:
        from kokugai.core.models import User
        from kokugai.registry.models import Office, StaffProfile, StaffRole

        self.sumida = Office.objects.get(code="131075")
        self.hachinohe = Office.objects.get(code="022039")
        self.production = Office.objects.get(code="production")

        def staff(name: str, office: Office, role: str) -> User:
            user, _ = User.objects.get_or_create(username=name, defaults={"password": "!"})
            StaffProfile.objects.get_or_create(user=user, defaults={"office": office, "role": role})
            return user

        self.clerk = staff("bench-clerk", self.sumida, StaffRole.CLERK)
        self.reviewer = staff("bench-reviewer", self.hachinohe, StaffRole.REVIEWER)
        self.producer = staff("bench-producer", self.production, StaffRole.PRODUCER)
        self.n = 0

    def person(self):
        from kokugai.people.models import Person

        self.n += 1
        return Person.objects.create(
            family_name="国外", given_name="太郎", family_name_kana="コクガイ",
            given_name_kana="タロウ", family_name_romaji="KOKUGAI", given_name_romaji="Taro",
            birth_date=dt.date(1990, 4, 1), sex="male", nationalities=["JP"],
            honseki=self.hachinohe, email=f"bench{os.getpid()}-{self.n}@example.com",
            email_verified_at=dt.datetime(2025, 1, 1, tzinfo=dt.UTC), country="TW",
            city="Taipei", timezone="Asia/Taipei", language="ja",
            left_japan_on=dt.date(2022, 4, 1),
        )  # fmt: skip

    def walk(self, person) -> None:
        from kokugai.cases import services as s

        c = s.case_open(
            person=person, procedure="new_issuance", channel="municipality_visit",
            intake_office=self.sumida, actor=self.clerk, departure_date=dt.date(2025, 11, 9),
        )  # fmt: skip
        for code in c.checklist.filter(required=True).values_list("code", flat=True):
            s.checklist_check(case=c, code=code, actor=self.clerk)
        c = s.case_forward(case=c, actor=self.clerk)
        c = s.case_start_review(case=c, actor=self.reviewer)
        c = s.case_request_correction(case=c, actor=self.reviewer, text="綴りをご確認ください。")
        c = s.case_applicant_replied(case=c, actor=None, text="KOKUGAI です。")
        c = s.case_accept(case=c, actor=self.reviewer, production_office=self.production)
        c = s.case_order(case=c, actor=self.producer)
        c = s.case_ship(case=c, actor=self.producer)
        c = s.case_receive(case=c, actor=self.clerk)
        s.case_hand_over(
            case=c, actor=self.clerk, identity_checked=True, identity_documents=["passport"],
            old_card_collected=True,
        )  # fmt: skip


def _transactions(captured: list[dict[str, str]]) -> list[list[str]]:
    """The write statements of a captured run, grouped by the transaction they ran in."""
    groups: list[list[str]] = []
    current: list[str] | None = None
    for q in captured:
        sql = q["sql"].strip()
        head = sql.split(None, 1)[0].upper() if sql else ""
        if head == "BEGIN":
            current = []
        elif head == "COMMIT":
            if current:
                groups.append(current)
            current = None
        elif head == "ROLLBACK":
            current = None
        elif WRITE.match(sql) or AUDIT_CALL in sql:
            if current is None:
                groups.append([sql])  # autocommit: a transaction of its own
            else:
                current.append(sql)
    return groups


def _shadow(tables: set[str]) -> None:
    """Shadow copies of ``tables``: same columns, defaults, indexes and data, identities
    continuing from the same point as the real tables' (so replayed ids match)."""
    from django.db import connection

    with connection.cursor() as cursor:
        for t in sorted(tables):
            cursor.execute(f'DROP TABLE IF EXISTS "bench_shadow_{t}"')
            cursor.execute(f'CREATE TABLE "bench_shadow_{t}" (LIKE "{t}" INCLUDING ALL)')
            cursor.execute(f'INSERT INTO "bench_shadow_{t}" SELECT * FROM "{t}"')
            cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", [f'"{t}"'])
            seq = cursor.fetchone()
            if seq and seq[0]:
                cursor.execute(f"SELECT last_value, is_called FROM {seq[0]}")
                last, called = cursor.fetchone()
                cursor.execute(
                    f'ALTER TABLE "bench_shadow_{t}" ALTER COLUMN id RESTART WITH '
                    f"{int(last) + 1 if called else int(last)}"
                )


def _rename(sql: str, tables: set[str]) -> str:
    for t in tables:
        sql = re.sub(rf'(?<![\w"]){t}(?![\w"])|"{t}"', f'"bench_shadow_{t}"', sql)
    return sql


def _tables(groups: list[list[str]]) -> set[str]:
    return {
        "core_auditentry" if AUDIT_CALL in sql else WRITE.match(sql).group(2)  # type: ignore[union-attr]
        for g in groups
        for sql in g
    }


def _audit_seq() -> int:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT coalesce(max(seq), 0) FROM core_auditentry")
        return int(cursor.fetchone()[0])


def _audit_inserts(groups: list[list[str]], after_seq: int) -> list[list[str]]:
    """Each audit call of the recorded run, in order, replaced by a plain INSERT of the row
    it wrote (the run is sequential: the k-th call wrote the k-th new row)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {AUDIT_COLUMNS} FROM core_auditentry WHERE seq > %s ORDER BY seq",
            [after_seq],
        )
        rows = cursor.fetchall()
        inserts = iter(
            [
                cursor.cursor.mogrify(
                    f"INSERT INTO core_auditentry ({AUDIT_COLUMNS}) VALUES "
                    "(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                    [*row[:8], json.dumps(row[8]), *row[9:]],
                )
                for row in rows
            ]
        )
    out = [[next(inserts) if AUDIT_CALL in sql else sql for sql in g] for g in groups]
    if next(inserts, None) is not None:
        raise RuntimeError("more audit rows than audit calls in the recorded run")
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--cases", type=int, default=40, help="cases per timed run")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--json", action="store_true")
    args = p.parse_args()

    with bench_database("lifecycle") as url:
        env = environment(url)
        kokugai(env, "migrate", "--no-input", "-v0")
        kokugai(env, "setup", "--no-demo", "-v0")
        os.environ.update(env)
        sys.path.insert(0, str(ROOT / "src"))
        import django

        django.setup()
        from collections import deque

        from django.db import connection, transaction
        from django.test.utils import CaptureQueriesContext

        connection.queries_log = deque(maxlen=10**7)  # Django keeps 9,000 by default
        story = Story()
        for _ in range(3):  # warm-up: imports, caches, the first transaction of each kind
            story.walk(story.person())
        ratios, service_rates, base_rates = [], [], []
        stats: dict[str, float] = {}
        try:
            for r in range(args.rounds):
                people = [story.person() for _ in range(args.cases)]
                start = time.perf_counter()
                for person in people:
                    story.walk(person)
                services_s = time.perf_counter() - start

                # The recorded run: its statements are the baseline's work.
                people = [story.person() for _ in range(args.cases)]
                with CaptureQueriesContext(connection) as probe:
                    story.walk(story.person())
                tables = _tables(_transactions(probe.captured_queries))
                _shadow(tables)
                after_seq = _audit_seq()
                with CaptureQueriesContext(connection) as recorded:
                    for person in people:
                        story.walk(person)
                groups = _audit_inserts(_transactions(recorded.captured_queries), after_seq)
                groups = [[_rename(q, tables) for q in g] for g in groups]
                unknown = _tables(groups) - {f"bench_shadow_{t}" for t in tables}
                if unknown:
                    raise RuntimeError(f"tables first written after the probe: {unknown}")

                start = time.perf_counter()
                for group in groups:
                    with transaction.atomic(), connection.cursor() as cursor:
                        for sql in group:
                            cursor.execute(sql)
                baseline_s = time.perf_counter() - start

                ratio = baseline_s / services_s
                ratios.append(ratio)
                service_rates.append(args.cases / services_s)
                base_rates.append(args.cases / baseline_s)
                stats = {
                    "transactions_per_case": len(groups) / args.cases,
                    "writes_per_case": sum(len(g) for g in groups) / args.cases,
                    "queries_per_case": len(recorded.captured_queries) / args.cases,
                }
                log(
                    f"round {r + 1}: services {args.cases / services_s:.1f} cases/s, "
                    f"raw SQL {args.cases / baseline_s:.1f} cases/s, ratio {ratio:.2f}"
                )
        finally:
            from django.db import connections

            connections.close_all()
    result = {
        "bench": "lifecycle",
        "cases_per_round": args.cases,
        "steps": list(STEPS),
        "ratio": median(ratios),
        "ratios": [round(x, 3) for x in ratios],
        "services_cases_per_s": median(service_rates),
        "baseline_cases_per_s": median(base_rates),
        **stats,
    }
    if args.json:
        print(json.dumps(result))
        return
    print(
        f"lifecycle ({len(STEPS)} steps, {stats['transactions_per_case']:.0f} transactions, "
        f"{stats['writes_per_case']:.0f} writes and {stats['queries_per_case']:.0f} statements "
        f"per case): services {result['services_cases_per_s']:.1f} cases/s, raw SQL "
        f"{result['baseline_cases_per_s']:.1f} cases/s, ratio {result['ratio']:.2f} "
        "(higher is better)"
    )


if __name__ == "__main__":
    main()
