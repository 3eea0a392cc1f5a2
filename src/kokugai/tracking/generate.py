"""``kokugai generate --cases N``: a realistic national-scale history, written set-based.

For benchmarks and capacity planning (issue 13): N cases over every procedure and state,
spread over the last year, with their persons, every event of their walk through the
workflow tables, and an audit row per event. The cases are invented (names from a short
list, addresses ``@example.invalid``, no My Number).

How it stays fast (≥ 10,000 cases/s on PostgreSQL, so a million takes minutes):

- Python decides per case only what is random (the walk, offices, dates) and sends one
  compact row per case to a temporary table (``COPY`` on PostgreSQL);
- the database writes the persons, the cases and the events with ``INSERT … SELECT`` from
  that table joined with the walks (one row per step, taken from ``cases.workflow``: every
  walk is a path the real services could take);
- the audit rows (one per event) are appended to the hash chain in bulk
  (``core.audit.audit_record_many``: one lock, one read of the head, one insert per batch),
  so ``kokugai audit verify`` holds over generated data too;
- ids are allocated in blocks after the current maximum, and the sequences are moved past
  them at the end.

Lives in ``tracking`` (above ``cases``, ``people``, ``registry`` and ``core``) because it writes
all of their tables; it does not go through the services on purpose: a million transitions
through them would take hours, and the point is the shape of the data, not the path.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.core.management.color import no_style
from django.db import connection, transaction

from kokugai.cases import workflow as wf
from kokugai.cases.models import Case, CaseEvent
from kokugai.core.audit import AuditRow, audit_record_many
from kokugai.core.models import AuditEntry
from kokugai.people.models import Person
from kokugai.registry.models import Office
from kokugai.rules.checkdigits import make_receipt_number
from kokugai.rules.codes import Channel, OfficeKind, Procedure
from kokugai.rules.procedures import typical_channel

AUDIT_TABLE = AuditEntry._meta.db_table

# Share of each procedure among the cases (new cards and keeping the card dominate).
PROCEDURE_WEIGHTS: dict[Procedure, float] = {
    Procedure.NEW_ISSUANCE: 40,
    Procedure.CONTINUE_ABROAD: 20,
    Procedure.CERT_RENEWAL: 10,
    Procedure.REISSUE: 8,
    Procedure.CHANGE_DETAILS: 5,
    Procedure.EMAIL_CHANGE: 5,
    Procedure.PIN_RESET: 4,
    Procedure.RETURN_TO_JAPAN: 4,
    Procedure.SURRENDER: 2,
    Procedure.WITHDRAWAL: 2,
}
#: A procedure not listed above (a new one) gets this weight.
NEW_PROCEDURE_WEIGHT = 1.0
# A channel the rules offer for each procedure away from the 本籍地, and at the 本籍地.
AWAY_CHANNEL: dict[Procedure, Channel] = {
    Procedure.NEW_ISSUANCE: Channel.MISSION_COUNTER,
    Procedure.REISSUE: Channel.MUNICIPALITY_VISIT,
    Procedure.CHANGE_DETAILS: Channel.MISSION_COUNTER,
    Procedure.CERT_RENEWAL: Channel.MISSION_COUNTER,
    Procedure.CONTINUE_ABROAD: Channel.DEPARTURE_MUNICIPALITY,
    Procedure.PIN_RESET: Channel.MISSION_COUNTER,
    Procedure.SURRENDER: Channel.HONSEKI_COUNTER,
    Procedure.EMAIL_CHANGE: Channel.HONSEKI_MAIL,
    Procedure.RETURN_TO_JAPAN: Channel.RETURN_MUNICIPALITY,
    Procedure.WITHDRAWAL: Channel.MISSION_COUNTER,
}
# Of the cases of a year, this share is finished (in a terminal state).
CLOSED_SHARE = 0.7
FAMILY = [("山田", "ヤマダ", "Yamada"), ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"),
          ("髙橋", "タカハシ", "Takahashi"), ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"),
          ("渡辺", "ワタナベ", "Watanabe"), ("中村", "ナカムラ", "Nakamura")]  # fmt: skip
GIVEN = [("太郎", "タロウ", "Taro"), ("花子", "ハナコ", "Hanako"), ("健", "ケン", "Ken"),
         ("美咲", "ミサキ", "Misaki"), ("翔太", "ショウタ", "Shota"), ("陽菜", "ヒナ", "Hina")]  # fmt: skip


@dataclass(frozen=True)
class Walk:
    """One path through a procedure's table, from its initial state to ``final``."""

    walk_id: int
    procedure: Procedure
    channel: Channel
    final: str
    closed: bool
    steps: tuple[wf.Transition, ...]


def _walks_of(procedure: Procedure, channel: Channel, first_id: int) -> list[Walk]:
    workflow = wf.workflow_for(procedure)
    facts = wf.Facts(
        state=workflow.initial,
        channel=channel.value,
        today=dt.date(2026, 1, 1),
        intake_is_honseki=channel in (Channel.HONSEKI_COUNTER, Channel.HONSEKI_MAIL),
        checklist_complete=True,
        has_pickup_office=True,
        departure_date=dt.date(2099, 1, 1),
        pickup_deadline=dt.date(2000, 1, 1),
        identity_checked=True,
    )
    # Breadth first: the shortest allowed path to every reachable state.
    paths: dict[str, tuple[wf.Transition, ...]] = {workflow.initial: ()}
    queue = deque([workflow.initial])
    while queue:
        state = queue.popleft()
        for t in workflow.transitions:
            if t.source != state or t.target is None or t.to_state in paths:
                continue
            if t.blocked_by(dataclasses.replace(facts, state=state)):
                continue
            paths[t.to_state] = (*paths[state], t)
            queue.append(t.to_state)
    return [
        Walk(first_id + i, procedure, channel, state, state in workflow.terminal, steps)
        for i, (state, steps) in enumerate(sorted(paths.items()))
    ]


def walks() -> list[Walk]:
    out: list[Walk] = []
    for procedure in Procedure:
        channel = AWAY_CHANNEL.get(procedure) or typical_channel(procedure, at_honseki=False)
        out.extend(_walks_of(procedure, channel, len(out) + 1))
    return out


def _walk_weights(all_walks: list[Walk]) -> list[float]:
    weights = []
    for w in all_walks:
        same = [x for x in all_walks if x.procedure is w.procedure]
        closed = sum(1 for x in same if x.closed) or 1
        open_ = sum(1 for x in same if not x.closed) or 1
        share = CLOSED_SHARE / closed if w.closed else (1 - CLOSED_SHARE) / open_
        weights.append(PROCEDURE_WEIGHTS.get(w.procedure, NEW_PROCEDURE_WEIGHT) * share)
    return weights


def _office_ids() -> dict[str, list[int]]:
    kinds: dict[str, list[int]] = {k.value: [] for k in OfficeKind}
    for pk, kind in Office.objects.values_list("pk", "kind"):
        kinds.setdefault(kind, []).append(pk)
    if not kinds[OfficeKind.MUNICIPALITY.value]:
        raise RuntimeError("no offices: run 'kokugai setup --no-demo' first")
    if not kinds[OfficeKind.PRODUCTION.value]:
        raise RuntimeError("no production office: run 'kokugai setup --no-demo' first")
    if not kinds[OfficeKind.MISSION.value]:
        kinds[OfficeKind.MISSION.value] = kinds[OfficeKind.MUNICIPALITY.value]
    return kinds


def _max_id(table: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}")  # noqa: S608 - our table
        return int(cursor.fetchone()[0])


def _epoch_to_ts(expr: str) -> str:
    if connection.vendor == "postgresql":
        return f"to_timestamp({expr})"
    return f"datetime({expr}, 'unixepoch')"


def _epoch_to_date(expr: str) -> str:
    if connection.vendor == "postgresql":
        return f"to_timestamp({expr})::date"
    return f"date({expr}, 'unixepoch')"


GEN_CASE_COLUMNS = (
    "i", "walk_id", "receipt", "opened", "gap", "honseki_id", "intake_id", "pickup_id",
    "family", "given", "sex", "birth", "country",
)  # fmt: skip


def _create_temp_tables() -> None:
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS gen_case")
        cursor.execute("DROP TABLE IF EXISTS gen_step")
        cursor.execute(
            "CREATE TEMPORARY TABLE gen_case (i bigint, walk_id integer, receipt varchar(32),"
            " opened bigint, gap bigint, honseki_id bigint, intake_id bigint,"
            " pickup_id bigint, family integer, given integer, sex varchar(8), birth date,"
            " country varchar(2))"
        )
        cursor.execute(
            "CREATE TEMPORARY TABLE gen_step (walk_id integer, seq integer,"
            " transition varchar(40), from_state varchar(32), to_state varchar(32),"
            " party varchar(16), final varchar(32), procedure varchar(32),"
            " channel varchar(32), closed integer, steps integer)"
        )


def _load_steps(all_walks: list[Walk]) -> None:
    rows = []
    for w in all_walks:
        rows.append(  # step 0: the case is opened
            (w.walk_id, 0, "open", "", wf.workflow_for(w.procedure).initial, "intake",
             w.final, w.procedure.value, w.channel.value, int(w.closed), len(w.steps))
        )  # fmt: skip
        for seq, t in enumerate(w.steps, start=1):
            party = next((p for p in wf.PARTIES if p in t.by), "system")
            rows.append(
                (w.walk_id, seq, t.name, t.source, t.to_state, party, w.final,
                 w.procedure.value, w.channel.value, int(w.closed), len(w.steps))
            )  # fmt: skip
    with connection.cursor() as cursor:
        sql = "INSERT INTO gen_step VALUES (" + ", ".join(["%s"] * 11) + ")"  # noqa: S608
        cursor.executemany(sql, rows)


def _copy_cases(rows: list[tuple[object, ...]]) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(
                f"COPY gen_case ({', '.join(GEN_CASE_COLUMNS)}) FROM STDIN"
            ) as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * len(GEN_CASE_COLUMNS))
            cursor.executemany(f"INSERT INTO gen_case VALUES ({marks})", rows)  # noqa: S608


def _insert_batch(bases: dict[str, int]) -> None:
    """Persons, cases and events of the cases in ``gen_case``."""
    opened = _epoch_to_ts("g.opened")
    # Family name (kanji, kana, romaji): three CASE expressions of one shape.
    family_case = " ".join(f"WHEN {n} THEN %s" for n in range(len(FAMILY)))
    family_params = [f[0] for f in FAMILY], [f[1] for f in FAMILY], [f[2] for f in FAMILY]
    given_case = " ".join(f"WHEN {n} THEN %s" for n in range(len(GIVEN)))
    given_params = [g[0] for g in GIVEN], [g[1] for g in GIVEN], [g[2] for g in GIVEN]
    json_jp = '["JP"]'
    event_at = _epoch_to_ts("g.opened + s.seq * g.gap")
    last_at = _epoch_to_ts("g.opened + w.steps * g.gap")
    # The party that acts at a step decides the office the event is recorded at.
    office_of_party = (
        "CASE s.party WHEN 'intake' THEN g.intake_id WHEN 'honseki' THEN g.honseki_id"
        " WHEN 'production' THEN %s WHEN 'pickup' THEN g.pickup_id ELSE g.honseki_id END"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
INSERT INTO people_person (id, family_name, given_name, family_name_kana, given_name_kana,
    family_name_romaji, given_name_romaji, birth_date, sex, nationalities, honseki_id, email,
    email_verified_at, email_undeliverable, phone, country, city, timezone, language,
    left_japan_on, legal_representative_name, legal_representative_relation,
    under_guardianship, mynumber_ciphertext, mynumber_key_id, mynumber_index, created_at)
SELECT %s + g.i,
    CASE g.family {family_case} END,
    CASE g.given {given_case} END,
    CASE g.family {family_case} END,
    CASE g.given {given_case} END,
    CASE g.family {family_case} END,
    CASE g.given {given_case} END,
    g.birth, g.sex, %s, g.honseki_id,
    'gen-' || g.i || '@example.invalid', {opened}, FALSE, '', g.country, '', 'Asia/Tokyo',
    'ja', NULL, '', '', FALSE, NULL, '', NULL, {opened}
FROM gen_case g
""",  # noqa: S608 - the text holds only our own table shapes; every value is a parameter
            [
                bases["person"],
                *family_params[0], *given_params[0], *family_params[1], *given_params[1],
                *family_params[2], *given_params[2],
                json_jp,
            ],
        )  # fmt: skip
        production = bases["production_office"]
        cursor.execute(
            f"""
INSERT INTO cases_case (id, procedure, channel, state, version, person_id, card_id,
    intake_office_id, honseki_office_id, production_office_id, pickup_office_id,
    holder_office_id, receipt_number, application_id, fee_yen, with_certificates,
    departure_date, correction_request, rejection_reason, opened_at, state_entered_at,
    closed_at, pickup_deadline, uncollected_warning_sent_at)
SELECT %s + g.i, w.procedure, w.channel, w.final, w.steps + 1, %s + g.i, NULL,
    g.intake_id, g.honseki_id, %s, g.pickup_id,
    CASE WHEN w.closed = 1 THEN g.honseki_id ELSE g.intake_id END, g.receipt, NULL, 0, TRUE,
    NULL, '', CASE w.final WHEN 'rejected' THEN 'documents_insufficient' ELSE '' END,
    {opened}, {last_at}, CASE WHEN w.closed = 1 THEN {last_at} END,
    CASE w.final WHEN 'ready_for_pickup' THEN {_epoch_to_date("g.opened + (w.steps + 90) * g.gap")} END,
    NULL
FROM gen_case g JOIN gen_step w ON w.walk_id = g.walk_id AND w.seq = 0
""",  # noqa: S608 - as above
            [bases["case"], bases["person"], production],
        )
        cursor.execute(
            f"""
INSERT INTO cases_caseevent (id, case_id, seq, transition, from_state, to_state, office_id,
    actor_id, actor_label, at, note, data)
SELECT %s + g.i * 64 + s.seq, %s + g.i, s.seq + 1, s.transition, s.from_state, s.to_state,
    {office_of_party}, NULL, s.party, {event_at}, '', '{{}}'
FROM gen_case g JOIN gen_step s ON s.walk_id = g.walk_id
""",  # noqa: S608 - as above
            [bases["event"], bases["case"], production],
        )
        cursor.execute("DELETE FROM gen_case")


def _audit_entries(
    rows: list[tuple[Any, ...]],
    by_walk: dict[int, Walk],
    case_base: int,
    office_codes: dict[int, str],
) -> Iterator[AuditRow]:
    """The audit rows of a batch: one per event, as the services write them, in time order
    within each case; the chain (sequence, hashes) is added by ``audit_record_many``."""
    production = next((pk for pk, code in office_codes.items() if code == "production"), None)
    steps: dict[int, list[tuple[str, str]]] = {}
    for w in by_walk.values():
        names = ["open", *(t.name for t in w.steps)]
        parties = [
            "intake",
            *(next((p for p in wf.PARTIES if p in t.by), "system") for t in w.steps),
        ]
        steps[w.walk_id] = list(zip(names, parties, strict=True))
    for i, walk_id, _receipt, opened, gap, honseki, intake, pickup, *_ in rows:
        offices = {"intake": intake, "honseki": honseki, "production": production,
                   "pickup": pickup}  # fmt: skip
        opened, gap, object_id = int(opened), int(gap), str(case_base + int(i))
        for step, (name, party) in enumerate(steps[int(walk_id)]):
            yield AuditRow(
                at=dt.datetime.fromtimestamp(opened + step * gap, dt.UTC),
                actor_label=party,
                office_code=office_codes.get(offices.get(party, honseki), ""),
                action="case.transition",
                object_type="case",
                object_id=object_id,
                detail={"transition": name},
            )


def _fast_load() -> None:
    """On PostgreSQL, skip the per-row foreign-key triggers of this transaction when the role
    may (a superuser: ``session_replication_role``); the rows are consistent by construction
    (the tests check them). Other roles load at the ordinary speed."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        row = cursor.fetchone()
        if row and row[0]:
            cursor.execute("SET LOCAL session_replication_role = replica")


def _analyze() -> None:
    """Fresh planner statistics for the tables just filled and the offices they point to
    (PostgreSQL). Without them the planner keeps the sizes it saw before the load until
    autovacuum comes round: at a million cases a console queue page took 1.1 s (nested
    loops over "78" offices that were 2,156), 90 ms after ``ANALYZE``."""
    if connection.vendor != "postgresql":
        return
    tables = [Person._meta.db_table, Case._meta.db_table, CaseEvent._meta.db_table,
              AUDIT_TABLE, Office._meta.db_table]  # fmt: skip
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {', '.join(tables)}")


def _reset_sequences() -> None:
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), [Person, Case, CaseEvent]):
            cursor.execute(sql)


@dataclass
class GenerateResult:
    cases: int
    events: int
    audit_rows: int
    seconds: float


def generate(
    n_cases: int,
    *,
    seed: int = 0,
    batch: int = 50_000,
    now: dt.datetime | None = None,
    progress: Callable[[int], None] | None = None,
) -> GenerateResult:
    """Write ``n_cases`` invented cases with their history; see the module docstring."""
    if n_cases < 1:
        raise ValueError("n_cases must be at least 1")
    started = time.monotonic()
    rng = random.Random(seed)
    now = now or dt.datetime.now(dt.UTC)
    all_walks = walks()
    weights = _walk_weights(all_walks)
    offices = _office_ids()
    municipalities = offices[OfficeKind.MUNICIPALITY.value]
    missions = offices[OfficeKind.MISSION.value]
    mission_country = dict(Office.objects.filter(pk__in=missions).values_list("pk", "country"))
    office_codes = dict(Office.objects.values_list("pk", "code"))
    by_walk = {w.walk_id: w for w in all_walks}
    now_s = int(now.timestamp())
    year = now.year
    _create_temp_tables()
    try:
        _load_steps(all_walks)
        bases = {
            "person": _max_id("people_person"),
            "case": _max_id("cases_case"),
            # Events and audit rows take ids case*64 + step: room for any walk's length.
            "event": _max_id("cases_caseevent"),
            "production_office": offices[OfficeKind.PRODUCTION.value][0],
        }
        seq_start = Case.objects.filter(receipt_number__startswith=f"R{year}-").count() + 1
        done = 0
        while done < n_cases:
            size = min(batch, n_cases - done)
            chosen = rng.choices(all_walks, weights=weights, k=size)
            rows: list[tuple[object, ...]] = []
            for k, w in enumerate(chosen):
                i = done + k + 1
                honseki = rng.choice(municipalities)
                if w.channel in (Channel.HONSEKI_COUNTER, Channel.HONSEKI_MAIL):
                    intake = honseki
                elif w.channel in (Channel.MISSION_COUNTER, Channel.MISSION_MAIL):
                    intake = rng.choice(missions)
                else:
                    intake = rng.choice(municipalities)
                opened = now_s - rng.randint(3600, 365 * 86400)
                gap = max((now_s - opened) // (len(w.steps) + 2), 60)
                rows.append((
                    i, w.walk_id, make_receipt_number(seq_start + done + k, year), opened,
                    rng.randint(60, gap), honseki, intake, intake, rng.randrange(len(FAMILY)),
                    rng.randrange(len(GIVEN)), rng.choice(("male", "female")),
                    dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(25_000)),
                    mission_country.get(intake) or "US",
                ))  # fmt: skip
            # One transaction per batch: a run stopped half-way leaves whole cases only,
            # and the sequences are moved past every id written so far.
            with transaction.atomic():
                _fast_load()
                _copy_cases(rows)
                _insert_batch(bases)
                audit_record_many(_audit_entries(rows, by_walk, bases["case"], office_codes))
                _reset_sequences()
            done += size
            if progress:
                progress(size)
    finally:
        with connection.cursor() as cursor:
            cursor.execute("DROP TABLE IF EXISTS gen_case")
            cursor.execute("DROP TABLE IF EXISTS gen_step")
    _analyze()
    n_events = CaseEvent.objects.filter(case_id__gt=bases["case"]).count()
    return GenerateResult(
        cases=n_cases,
        events=n_events,
        audit_rows=n_events,
        seconds=time.monotonic() - started,
    )
