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


# --- staff sign-in in tests ------------------------------------------------------------------
# A staff session counts only once its second factor passed (kokugai.core.staffauth). Tests
# that arrange a signed-in staff member with ``client.force_login(user)`` mean a fully signed-in
# one, so force_login also passes the second factor with a TOTP device made for the account.
# ``client.force_login_password_only(user)`` is the half-signed-in session an attacker with
# only the password would hold (the tests of the second factor use it, or the real pages).
def _install_verified_force_login() -> None:
    from django.test import Client

    if getattr(Client, "force_login_password_only", None) is not None:
        return
    password_only = Client.force_login

    def force_login(self: Client, user: object, backend: str | None = None) -> None:
        from django_otp import DEVICE_ID_SESSION_KEY
        from django_otp.plugins.otp_totp.models import TOTPDevice

        password_only(self, user, backend)
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        if device is None:
            device = TOTPDevice.objects.create(user=user, name="test", confirmed=True)
        session = self.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()

    Client.force_login_password_only = password_only  # type: ignore[attr-defined]
    Client.force_login = force_login  # type: ignore[method-assign]


_install_verified_force_login()


@pytest.fixture(autouse=True)
def _offices_cache_empty():
    """Each test starts with an empty per-process office cache: a test's rolled-back offices
    (SQLite reuses their ids) must not be served to the next one. Offices created with
    ``bulk_create`` fire no ``post_save``, so the cache cannot learn of them by itself."""
    from kokugai.registry.selectors import offices_cache_clear

    offices_cache_clear()
    yield
    offices_cache_clear()
