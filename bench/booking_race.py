"""N client processes race for one slot of capacity K through the booking web view.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \\
        .venv/bin/python bench/booking_race.py --json --clients 50 --capacity 5 [--rounds 3]

Creates its own database on the server DATABASE_URL names (PostgreSQL: a fresh database
``kokugai_bench_<pid>``, dropped at the end; without DATABASE_URL or with SQLite: a
throw-away file), migrates it, makes N cases whose cards have arrived at one office, and
starts N processes. Each process is a web client with its own database connection: it
sends ``POST /appointments/book/<signed link>/`` through Django's full request stack
(middleware, URL routing, the view, the services), exactly as the browser form does.
All N are released at the same instant by a barrier.

Per round it prints ``{"clients", "capacity", "booked", "overbooked"}``: booked = the
slot's counter, checked against the booking rows; overbooked = bookings beyond capacity
(must be 0). Throughput is given as a ratio against a minimal view (``GET /bench/ping/``,
same stack, same processes, same concurrency) measured in the same run, because absolute
times drift on shared machines. The whole run is bounded by --timeout seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
BENCH_URLCONF = "booking_race_urls"


# --- the minimal view, routed in front of the project's own URLs -----------------------


def _write_urlconf(directory: Path) -> None:
    (directory / f"{BENCH_URLCONF}.py").write_text(
        "from django.http import HttpResponse\n"
        "from django.urls import include, path\n\n"
        "def ping(request):\n"
        "    return HttpResponse('ok')\n\n"
        "urlpatterns = [path('bench/ping/', ping), path('', include('kokugai.urls'))]\n"
    )


def _django_setup(extra_path: str) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, extra_path)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kokugai.settings")
    import django
    from django.conf import settings

    django.setup()
    settings.ROOT_URLCONF = BENCH_URLCONF
    settings.ALLOWED_HOSTS = ["*"]


# --- one client process ----------------------------------------------------------------


def client_main(extra_path, barrier, results, token, slot_id, rounds):  # pragma: no cover
    _django_setup(extra_path)
    from django.db import connections
    from django.test import Client

    web = Client()
    # Warm both paths before any timing, as a citizen opens the page before booking.
    web.get("/bench/ping/")
    web.get(f"/appointments/book/{token[0]}/")
    connections.close_all()
    for rnd in range(rounds):
        barrier.wait()
        t0 = time.monotonic()
        status = web.get("/bench/ping/").status_code
        results.put(("ping", rnd, t0, time.monotonic(), status))
        barrier.wait()
        t0 = time.monotonic()
        response = web.post(f"/appointments/book/{token[rnd]}/", {"slot": slot_id[rnd]})
        results.put(("book", rnd, t0, time.monotonic(), response.status_code))
    connections.close_all()


# --- database lifecycle ------------------------------------------------------------------


def _pg_admin(url: str):
    import psycopg

    parts = urlsplit(url.replace("postgres://", "postgresql://", 1))
    admin = urlunsplit(parts._replace(path="/postgres"))
    return psycopg.connect(admin, autocommit=True, connect_timeout=5), parts


def _create_database(url: str | None, tmp: Path) -> tuple[str, callable]:
    if not url or url.startswith("sqlite"):
        db_url = f"sqlite:///{tmp / 'bench.sqlite3'}"
        return db_url, lambda: None
    name = f"kokugai_bench_{os.getpid()}"
    conn, parts = _pg_admin(url)
    with conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    db_url = urlunsplit(parts._replace(path=f"/{name}"))

    def drop() -> None:
        conn, _ = _pg_admin(url)
        with conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return db_url, drop


# --- data ---------------------------------------------------------------------------------


def _prepare(clients: int, capacity: int, rounds: int):
    import datetime as dt

    from django.core.management import call_command

    from kokugai.appointments import services
    from kokugai.appointments.access import book_token_make
    from kokugai.appointments.models import Slot
    from kokugai.cases.models import Case
    from kokugai.core import clock
    from kokugai.people.models import Person
    from kokugai.registry.models import Counter, Office

    call_command("migrate", verbosity=0)
    office = Office.objects.create(code="131075", kind="municipality", name_ja="東京都墨田区")
    honseki = Office.objects.create(code="022039", kind="municipality", name_ja="青森県八戸市")
    Counter.objects.create(
        office=office, code="card-pickup", name_ja="マイナンバーカード受取窓口", floor="2F"
    )
    service = services.service_ensure_pickup(office=office)
    now = clock.now()
    deadline = (now + dt.timedelta(days=60)).date()
    start = (now + dt.timedelta(days=7)).date()
    services.slots_materialise(service=service, start=start, end=start + dt.timedelta(days=14))
    free = list(Slot.objects.filter(service=service).order_by("starts_at")[:rounds])
    if len(free) < rounds:
        raise SystemExit("no slots to race for")
    Slot.objects.filter(pk__in=[s.pk for s in free]).update(capacity=capacity)
    tokens: list[list[str]] = [[] for _ in range(clients)]
    for rnd in range(rounds):
        for i in range(clients):
            person = Person.objects.create(
                family_name="国外",
                given_name="太郎",
                family_name_kana="コクガイ",
                given_name_kana="タロウ",
                birth_date=dt.date(1990, 4, 1),
                sex="male",
                honseki=honseki,
                email=f"taro{rnd}-{i}@example.com",
                email_verified_at=now,
                timezone="Asia/Taipei",
            )
            case = Case.objects.create(
                procedure="new_issuance",
                channel="municipality_visit",
                state="ready_for_pickup",
                person=person,
                intake_office=office,
                honseki_office=honseki,
                pickup_office=office,
                receipt_number=f"B-{rnd}-{i}",
                opened_at=now,
                state_entered_at=now,
                pickup_deadline=deadline,
            )
            tokens[i].append(book_token_make(case))
    return [s.pk for s in free], tokens


def _count(slot_ids: list[int]) -> list[tuple[int, int]]:
    from kokugai.appointments.models import Booking, Slot

    out = []
    for pk in slot_ids:
        slot = Slot.objects.get(pk=pk)
        rows = Booking.objects.filter(slot_id=pk, status="booked").count()
        if rows != slot.booked:
            raise SystemExit(f"slot counter {slot.booked} != booking rows {rows}")
        out.append((rows, slot.capacity))
    return out


def _throughput(rows: list[tuple], kind: str, rnd: int) -> float:
    mine = [r for r in rows if r[0] == kind and r[1] == rnd]
    span = max(r[3] for r in mine) - min(r[2] for r in mine)
    return len(mine) / span if span > 0 else float("inf")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--capacity", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=1, help="races, one fresh slot each")
    parser.add_argument("--timeout", type=float, default=300, help="bound for the whole run (s)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    deadline = time.monotonic() + args.timeout

    import multiprocessing as mp

    tmp = Path(tempfile.mkdtemp(prefix="kokugai-bench-"))
    _write_urlconf(tmp)
    db_url, drop = _create_database(os.environ.get("DATABASE_URL"), tmp)
    os.environ.update(
        DATABASE_URL=db_url,
        KOKUGAI_VAR_DIR=str(tmp),
        SECRET_KEY=secrets.token_urlsafe(50),
        EMAIL_URL="",
    )
    procs = []
    try:
        _django_setup(str(tmp))
        from django.db import connection, connections

        vendor = connection.vendor
        slot_ids, tokens = _prepare(args.clients, args.capacity, args.rounds)
        connections.close_all()

        ctx = mp.get_context("spawn")
        barrier = ctx.Barrier(args.clients)
        results = ctx.Queue()
        procs = [
            ctx.Process(
                target=client_main,
                args=(str(tmp), barrier, results, tokens[i], slot_ids, args.rounds),
                daemon=True,
            )
            for i in range(args.clients)
        ]
        for p in procs:
            p.start()
        rows = []
        expected = 2 * args.clients * args.rounds
        while len(rows) < expected:
            left = deadline - time.monotonic()
            if left <= 0:
                raise SystemExit(f"timed out after {args.timeout}s with {len(rows)}/{expected}")
            rows.append(results.get(timeout=left))
        for p in procs:
            p.join(timeout=max(deadline - time.monotonic(), 1))

        counts = _count(slot_ids)
        report = []
        for rnd, (booked, capacity) in enumerate(counts):
            statuses: dict[str, int] = {}
            for r in rows:
                if r[0] == "book" and r[1] == rnd:
                    statuses[str(r[4])] = statuses.get(str(r[4]), 0) + 1
            book_tp = _throughput(rows, "book", rnd)
            ping_tp = _throughput(rows, "ping", rnd)
            report.append(
                {
                    "clients": args.clients,
                    "capacity": capacity,
                    "booked": booked,
                    "overbooked": max(booked - capacity, 0),
                    "responses": statuses,
                    "booking_per_s": round(book_tp, 1),
                    "baseline_per_s": round(ping_tp, 1),
                    "throughput_ratio": round(book_tp / ping_tp, 3),
                }
            )
        connections.close_all()
    finally:
        for p in procs:
            if p.is_alive():
                p.kill()
        drop()

    summary = dict(report[0])
    if args.rounds > 1:
        summary["booked"] = [r["booked"] for r in report]
        summary["overbooked"] = sum(r["overbooked"] for r in report)
        summary["throughput_ratio"] = statistics.median(r["throughput_ratio"] for r in report)
    summary["database"] = vendor
    summary["rounds"] = report
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        for r in report:
            print(
                f"{vendor}: {r['clients']} clients, capacity {r['capacity']}: booked {r['booked']}, "
                f"overbooked {r['overbooked']}, responses {r['responses']}, "
                f"throughput {r['throughput_ratio']:.2f}x the minimal view"
            )
    # On PostgreSQL every place must also be sold: exactly min(K, N) per race.
    wanted = min(args.capacity, args.clients)
    if any(r["overbooked"] for r in report) or (
        vendor == "postgresql" and any(r["booked"] != wanted for r in report)
    ):
        sys.exit(1)


if __name__ == "__main__":
    main()
