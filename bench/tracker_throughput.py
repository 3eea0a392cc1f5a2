"""Status-tracker throughput and how its latency grows with the number of cases.

    .venv/bin/python bench/tracker_throughput.py [--cases 100000] [--requests 400]

Runs on throw-away SQLite files, or, when DATABASE_URL names another server (e.g.
PostgreSQL), on two databases of its own on that server, ``kokugai_bench_<pid>_small`` and
``kokugai_bench_<pid>_big``, created, migrated, filled and dropped by this script. The
database DATABASE_URL points at is only used to issue CREATE/DROP DATABASE: never
migrated, never filled. Every request goes through the full Django stack
(middleware, URL routing, CSRF, templates) via the test client, and so does the baseline:
a minimal view returning a few bytes, served the same way in the same run. Absolute times
drift on shared machines; the printed ratios are what to compare between runs.

Prints:
- throughput: tracker lookups per second / minimal-view requests per second, at N cases;
- growth: median tracker latency at N cases / median at N/10 cases (1.0 = flat).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def _setup_django(var_dir: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kokugai.settings")
    os.environ["KOKUGAI_VAR_DIR"] = var_dir
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{var_dir}/bench.sqlite3")
    import django

    django.setup()
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["*"]
    # Rate limits would refuse a benchmark; the limits' own queries still run.
    settings.KOKUGAI_TRACKER_LIMITS = {
        "per_client": 10**9,
        "failed_per_reference": 10**9,
        "failed_per_reference_client": 10**9,
    }
    from django.db import connections

    if connections["default"].vendor == "sqlite":
        from django.core.management import call_command

        call_command("migrate", verbosity=0)


def _install_urls() -> None:
    """The site's URLs plus the baseline view, as a module the URL resolver can import."""
    import types

    from django.http import HttpResponse
    from django.urls import path

    from kokugai import urls as site

    def minimal(request):  # noqa: ANN001, ANN202 - the baseline: no query, no template
        return HttpResponse(b"ok", content_type="text/plain")

    mod = types.ModuleType("bench_tracker_urls")
    mod.urlpatterns = [path("bench/minimal/", minimal), *site.urlpatterns]  # type: ignore[attr-defined]
    sys.modules["bench_tracker_urls"] = mod
    from django.conf import settings
    from django.urls import clear_url_caches

    settings.ROOT_URLCONF = "bench_tracker_urls"
    clear_url_caches()


def _fill(start: int, stop: int) -> None:
    """Cases start..stop-1 (receipt sequence numbers), each with its person and 3 events."""
    from django.db import transaction

    from kokugai.cases.models import Case, CaseEvent
    from kokugai.people.models import Person
    from kokugai.registry.models import Office
    from kokugai.rules.checkdigits import make_receipt_number

    intake, _ = Office.objects.get_or_create(
        code="131075", defaults={"kind": "municipality", "name_ja": "東京都墨田区"}
    )
    honseki, _ = Office.objects.get_or_create(
        code="022039", defaults={"kind": "municipality", "name_ja": "青森県八戸市"}
    )
    states = ("received", "at_honseki", "under_review", "in_production", "shipped")
    base = dt.datetime(2025, 1, 6, 1, tzinfo=dt.UTC)
    batch = 5000
    for lo in range(start, stop, batch):
        hi = min(lo + batch, stop)
        with transaction.atomic():
            people = Person.objects.bulk_create(
                [
                    Person(
                        family_name="国外",
                        given_name="太郎",
                        family_name_kana="コクガイ",
                        given_name_kana="タロウ",
                        birth_date=dt.date(1990, 4, 1) + dt.timedelta(days=i % 9000),
                        sex="male",
                        honseki=honseki,
                        country="TW",
                        city="Taipei",
                    )
                    for i in range(lo, hi)
                ]
            )
            cases = []
            for i, person in zip(range(lo, hi), people, strict=True):
                opened = base + dt.timedelta(minutes=i % 400_000)
                cases.append(
                    Case(
                        procedure="new_issuance",
                        channel="municipality_visit",
                        state=states[i % len(states)],
                        person=person,
                        intake_office=intake,
                        honseki_office=honseki,
                        pickup_office=intake,
                        receipt_number=make_receipt_number(i + 1, 2025),
                        opened_at=opened,
                        state_entered_at=opened + dt.timedelta(days=10),
                    )
                )
            cases = Case.objects.bulk_create(cases)
            events = []
            for c in cases:
                for seq, (state, days) in enumerate(
                    (("received", 0), ("at_honseki", 4), ("under_review", 10)), start=1
                ):
                    events.append(
                        CaseEvent(
                            case=c,
                            seq=seq,
                            transition="bench",
                            from_state="",
                            to_state=state,
                            office=intake,
                            actor_label="bench",
                            at=c.opened_at + dt.timedelta(days=days),
                        )
                    )
            CaseEvent.objects.bulk_create(events)


def _timed(fn, n: int) -> list[float]:  # noqa: ANN001
    out = []
    for i in range(n):
        t = time.perf_counter()
        fn(i)
        out.append(time.perf_counter() - t)
    return out


def _measure(n_cases: int, requests: int) -> tuple[list[float], list[float]]:
    from django.test import Client

    from kokugai.rules.checkdigits import make_receipt_number

    client = Client(REMOTE_ADDR="10.0.0.1")
    step = max(n_cases // requests, 1)

    def minimal(i: int) -> None:
        r = client.get("/bench/minimal/")
        assert r.status_code == 200

    def tracker(i: int) -> None:
        seq = (i * step) % n_cases
        r = client.post(
            "/track/",
            {
                "reference": make_receipt_number(seq + 1, 2025),
                "birth_date": (dt.date(1990, 4, 1) + dt.timedelta(days=seq % 9000)).isoformat(),
            },
        )
        assert r.status_code == 200, r.status_code

    # Warm-up: the learned durations are computed once per process (then cached), and
    # templates and reference data load on first use.
    _timed(tracker, 30)
    _timed(minimal, 30)
    # Interleave the two in blocks so drift on the machine hits both alike.
    base, track = [], []
    for _ in range(4):
        base += _timed(minimal, max(requests // 4, 1))
        track += _timed(tracker, max(requests // 4, 1))
    return base, track


def _use_database(name: str) -> None:
    """Point the default connection at another database (SQLite file or server db)."""
    from django.db import connections

    conn = connections["default"]
    conn.close()
    conn.settings_dict["NAME"] = name


def _server_databases(suffixes: tuple[str, ...]) -> tuple[str, list[str]]:
    """Create one database per suffix on DATABASE_URL's server; returns (the original
    database's name, the new names). The original is used for CREATE DATABASE only."""
    from django.core.management import call_command
    from django.db import connections

    conn = connections["default"]
    original = conn.settings_dict["NAME"]
    names = [f"kokugai_bench_{os.getpid()}_{s}" for s in suffixes]
    with conn.cursor() as cur:
        for name in names:
            cur.execute(f'CREATE DATABASE "{name}"')
    for name in names:
        _use_database(name)
        call_command("migrate", verbosity=0)
    return original, names


def _drop_server_databases(original: str, names: list[str]) -> None:
    from django.db import connections

    _use_database(original)
    with connections["default"].cursor() as cur:
        for name in names:
            cur.execute(f'DROP DATABASE IF EXISTS "{name}"')
    connections["default"].close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    small = max(args.cases // 10, 1)
    with tempfile.TemporaryDirectory(prefix="kokugai-bench-") as var_dir:
        _setup_django(var_dir)
        _install_urls()
        from django.db import connections

        from kokugai.tracking import selectors

        sqlite = connections["default"].vendor == "sqlite"
        original, server_dbs = "", []
        if sqlite:
            big_db = connections["default"].settings_dict["NAME"]
            small_db = str(Path(var_dir) / "small.sqlite3")
        else:
            original, server_dbs = _server_databases(("small", "big"))
            small_db, big_db = server_dbs
        try:
            t = time.perf_counter()
            _use_database(small_db if not sqlite else big_db)
            _fill(0, small)
            print(f"filled {small:,} cases in {time.perf_counter() - t:.1f}s")
            if sqlite:
                # The small database is a copy taken before the big one grows on.
                import shutil

                connections["default"].close()
                shutil.copyfile(big_db, small_db)
                _use_database(big_db)
                t = time.perf_counter()
                _fill(small, args.cases)
            else:
                _use_database(big_db)
                t = time.perf_counter()
                _fill(0, args.cases)
            print(f"filled {args.cases:,} cases in {time.perf_counter() - t:.1f}s")

            # Both sizes in alternating rounds, so load on the machine hits both alike.
            base: list[float] = []
            track: list[float] = []
            track_small: list[float] = []
            for _ in range(args.rounds):
                _use_database(small_db)
                selectors.learned_reset()
                track_small += _measure(small, args.requests // args.rounds)[1]
                _use_database(big_db)
                selectors.learned_reset()
                b, tr = _measure(args.cases, args.requests // args.rounds)
                base += b
                track += tr
        finally:
            if server_dbs:
                _drop_server_databases(original, server_dbs)
        vendor = "SQLite" if sqlite else connections["default"].vendor

    base_rps = len(base) / sum(base)
    track_rps = len(track) / sum(track)
    med_small = statistics.median(track_small)
    med_big = statistics.median(track)
    print()
    print(f"database     : {vendor}")
    print(f"minimal view : {base_rps:8.1f} req/s (median {statistics.median(base) * 1e3:.2f} ms)")
    print(f"tracker      : {track_rps:8.1f} req/s (median {med_big * 1e3:.2f} ms)")
    print(f"tracker at {small:,} cases: median {med_small * 1e3:.2f} ms")
    print(f"throughput ratio tracker/minimal at {args.cases:,} cases: {track_rps / base_rps:.3f}")
    print(
        f"latency growth {small:,} -> {args.cases:,} cases (median tracker latency ratio): "
        f"{med_big / med_small:.3f}"
    )


if __name__ == "__main__":
    main()
