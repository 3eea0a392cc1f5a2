"""Test-wide setup.

Two passes share one suite (see bin/test): pass 1 runs everything on SQLite; pass 2
(KOKUGAI_DB_PASS=postgres) reruns only the tests that touch the database, on PostgreSQL.
Browser tests skip without chromium unless KOKUGAI_REQUIRE_BROWSER=1.
"""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    postgres_pass = os.environ.get("KOKUGAI_DB_PASS") == "postgres"
    keep, drop = [], []
    for item in items:
        uses_db = item.get_closest_marker("django_db") is not None or any(
            f in getattr(item, "fixturenames", ())
            for f in ("db", "transactional_db", "live_server")
        )
        is_browser = item.get_closest_marker("browser") is not None
        if postgres_pass and (not uses_db or is_browser):
            drop.append(item)
        elif not postgres_pass and item.get_closest_marker("postgres") is not None:
            drop.append(item)
        else:
            keep.append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("browser") is not None and CHROMIUM is None:
        if os.environ.get("KOKUGAI_REQUIRE_BROWSER") == "1":
            pytest.fail("chromium is required (KOKUGAI_REQUIRE_BROWSER=1) but not installed")
        pytest.skip("chromium not installed: browser test skipped (apt-get install chromium)")
