"""Production serving (issue 13.6): probes, request ids, JSON logs without personal data,
``kokugai serve`` arguments, and persistent connections that survive a database restart."""

from __future__ import annotations

import datetime as dt
import json
import logging

import pytest
from django.db import close_old_connections, connection
from django.db.migrations.recorder import MigrationRecorder
from django.test import Client
from django.utils import timezone

from kokugai.core.heartbeat import heartbeat_beat
from kokugai.core.logging import JsonFormatter, RedactTokensFilter
from kokugai.core.models import Heartbeat
from kokugai.web import health
from kokugai.web.management.commands.serve import bind_address, default_workers
from tracking.story import SeedStory


def test_healthz_answers_without_the_database(client):
    # No django_db mark: pytest-django makes any database access fail this test.
    r = client.get("/healthz")
    assert r.status_code == 200 and r.json() == {"status": "ok"}
    assert "no-store" in r["Cache-Control"]


@pytest.fixture
def fresh_migration_memo(monkeypatch):
    monkeypatch.setattr(health, "_migrations_seen_applied", False)


@pytest.mark.django_db
def test_readyz_needs_a_recent_worker_heartbeat(client, settings, fresh_migration_memo):
    r = client.get("/readyz")
    assert r.status_code == 503
    assert r.json()["checks"] | {"worker_heartbeat_age_s": None} == {
        "database": "ok",
        "migrations": "ok",
        "worker": "never seen",
        "worker_heartbeat_age_s": None,
    }
    heartbeat_beat("worker", pid=1)
    r = client.get("/readyz")
    assert r.status_code == 200 and r.json()["status"] == "ready"
    settings.KOKUGAI_READY_HEARTBEAT_SECONDS = 60
    Heartbeat.objects.filter(name="worker").update(at=timezone.now() - dt.timedelta(seconds=61))
    r = client.get("/readyz")
    assert r.status_code == 503 and r.json()["checks"]["worker"] == "stale"


@pytest.mark.django_db
def test_readyz_is_not_ready_with_a_migration_pending(client, fresh_migration_memo):
    heartbeat_beat("worker")
    recorder = MigrationRecorder(connection)
    latest = recorder.migration_qs.filter(app="core").order_by("-id").first()
    recorder.migration_qs.filter(pk=latest.pk).delete()
    r = client.get("/readyz")
    assert r.status_code == 503
    assert r.json()["checks"]["migrations"].endswith("pending")


@pytest.mark.django_db
def test_readyz_is_not_ready_when_the_database_is_unreachable(monkeypatch, fresh_migration_memo):
    from django.db import DatabaseError

    def broken(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken)
    r = Client().get("/readyz")
    assert r.status_code == 503
    assert r.json()["checks"] == {"database": "unreachable"}


@pytest.mark.django_db
def test_every_response_has_a_request_id_and_a_spoofed_one_is_ignored(client, settings):
    a, b = client.get("/healthz"), client.get("/healthz")
    assert len(a["X-Request-ID"]) == 32 and a["X-Request-ID"] != b["X-Request-ID"]
    spoofed = client.get("/healthz", HTTP_X_REQUEST_ID="attacker-chosen-id")
    assert spoofed["X-Request-ID"] != "attacker-chosen-id"
    settings.KOKUGAI_TRUSTED_PROXIES = "127.0.0.1"
    proxied = client.get("/healthz", HTTP_X_REQUEST_ID="from-the-proxy-1234")
    assert proxied["X-Request-ID"] == "from-the-proxy-1234"
    bad = client.get("/healthz", HTTP_X_REQUEST_ID="line\nbreak-injected")
    assert "\n" not in bad["X-Request-ID"]


def json_lines(caplog) -> list[dict]:
    formatter = JsonFormatter()
    redact = RedactTokensFilter()
    out = []
    for record in caplog.records:
        redact.filter(record)
        out.append(json.loads(formatter.format(record)))
    return out


@pytest.mark.django_db
def test_access_log_is_json_with_the_request_id_and_no_personal_data(client, caplog):
    story = SeedStory()
    story.apply()
    case = story.case
    with caplog.at_level(logging.INFO, logger="kokugai.request"):
        r = client.post(
            "/track/?lang=en",
            {"reference": case.receipt_number, "birth_date": "1990-04-01"},
            HTTP_X_FORWARDED_FOR="198.51.100.7",
        )
    lines = [e for e in json_lines(caplog) if e["logger"] == "kokugai.request"]
    assert len(lines) == 1
    (entry,) = lines
    assert entry["request_id"] == r["X-Request-ID"]
    assert entry | {"duration_ms": 0, "ts": ""} == {
        "ts": "",
        "level": "INFO",
        "logger": "kokugai.request",
        "message": "POST track/ 200",
        "request_id": r["X-Request-ID"],
        "method": "POST",
        "route": "track/",
        "status": 200,
        "duration_ms": 0,
    }
    text = json.dumps(entry)
    for private in (case.receipt_number, "1990-04-01", "127.0.0.1", "198.51.100.7", "lang=en"):
        assert private not in text


@pytest.mark.django_db
def test_a_token_path_is_logged_as_its_route(client, caplog):
    with caplog.at_level(logging.INFO, logger="kokugai.request"):
        client.get("/appointments/book/secret-capability-token/")
    text = json.dumps(json_lines(caplog))
    assert "secret-capability-token" not in text
    assert "appointments/book/<str:token>/" in text


def test_json_formatter_lines_carry_the_request_id_of_django_request_records():
    class Req:
        request_id = "abc123abc123"

    record = logging.LogRecord("django.request", logging.ERROR, "x", 1, "Oops: %s", ("/p",), None)
    record.request = Req()
    entry = json.loads(JsonFormatter().format(record))
    assert entry["request_id"] == "abc123abc123" and entry["message"] == "Oops: /p"


@pytest.mark.parametrize(
    "given, bind",
    [
        ("127.0.0.1:8000", "127.0.0.1:8000"),
        ("8001", "127.0.0.1:8001"),
        ("0.0.0.0:80", "0.0.0.0:80"),
        ("[::1]:8000", "[::1]:8000"),
        ("unix:/run/kokugai.sock", "unix:/run/kokugai.sock"),
    ],
)
def test_serve_takes_runserver_style_addresses(given, bind):
    assert bind_address(given) == bind


@pytest.mark.parametrize("bad", ["", "host:", "1.2.3.4:99999", "a:b:c", "localhost:0"])
def test_serve_refuses_a_bad_address(bad):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        bind_address(bad)


def test_worker_count_comes_from_the_environment(monkeypatch):
    monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    monkeypatch.setenv("KOKUGAI_WEB_WORKERS", "3")
    assert default_workers() == 3
    monkeypatch.delenv("KOKUGAI_WEB_WORKERS")
    monkeypatch.setenv("WEB_CONCURRENCY", "5")
    assert default_workers() == 5
    monkeypatch.delenv("WEB_CONCURRENCY")
    assert 1 <= default_workers() <= 8


def test_connections_that_persist_are_health_checked(settings):
    # Wherever CONN_MAX_AGE keeps a connection, it is checked before reuse (issue 14.11).
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_terminated_database_backend_costs_no_failed_request(settings):
    """A persistent connection whose backend was killed (a database restart, a failover):
    the next request reconnects instead of failing."""
    import psycopg

    assert connection.settings_dict["CONN_HEALTH_CHECKS"] is True
    connection.settings_dict["CONN_MAX_AGE"] = 600
    connection.close()  # reconnect with the persistent setting
    heartbeat_beat("worker")
    client = Client()

    def request(path: str):
        # What the WSGI handler does at every request start (the test client skips it).
        close_old_connections()
        return client.get(path)

    try:
        assert request("/readyz").status_code == 200
        assert connection.connection is not None  # kept open after the request
        pid = connection.connection.info.backend_pid
        params = connection.get_connection_params()
        params.pop("cursor_factory", None)
        params.pop("context", None)
        with psycopg.connect(**params, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", [pid])
        r = request("/readyz")
        assert r.status_code == 200, r.content
        assert connection.connection.info.backend_pid != pid  # a new backend
    finally:
        connection.settings_dict["CONN_MAX_AGE"] = 0
        connection.close()


def test_log_format_default_is_json_outside_debug(settings):
    assert settings.KOKUGAI_LOG_FORMAT == "json"
    handlers = settings.LOGGING["handlers"]
    assert handlers["console"]["formatter"] == "json"
    assert "request_id" in handlers["console"]["filters"]
    assert settings.LOGGING["formatters"]["json"]["()"] == "kokugai.core.logging.JsonFormatter"
    record = logging.LogRecord("kokugai.request", logging.WARNING, "x", 1, "probe %s", (1,), None)
    assert json.loads(JsonFormatter().format(record))["message"] == "probe 1"
