"""Attacks on the API keys that leave a trace (api.auth ``apikey.auth_failed``): a revoked or
leaked key still in use, or a stranger's guesses, are written to the audit log, attributed to
the key (and its office) their prefix names, never with the key itself, and at most once per
window per client and per key so a stream of bad requests cannot flood the audit chain."""

from __future__ import annotations

import json
import logging

import pytest
from django.test import Client

from factories import StaffFactory
from kokugai.core.models import AuditEntry
from kokugai.registry.apikeys import apikey_create, apikey_revoke
from kokugai.registry.models import StaffRole
from tracking.story import SeedStory

pytestmark = pytest.mark.django_db

API = "/api/v1"


@pytest.fixture
def story():
    s = SeedStory()
    s.apply()
    return s


def _key(office):
    admin = StaffFactory(office=office, role=StaffRole.ADMIN).user
    admin.is_staff = True
    admin.save(update_fields=["is_staff"])
    key, raw = apikey_create(actor=admin, name="CMS", role="clerk", scopes=["read", "act"])
    return admin, key, raw


def _failures():
    return AuditEntry.objects.filter(action="apikey.auth_failed")


def test_a_revoked_key_still_in_use_is_audited_for_its_office_without_the_key(story, caplog):
    admin, key, raw = _key(story.sumida)
    apikey_revoke(actor=admin, key_id=key.pk)
    caplog.set_level(logging.DEBUG)
    r = Client().get(f"{API}/queues", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert r.status_code == 401
    entry = _failures().get()
    assert entry.object_id == str(key.pk)
    assert entry.office_code == story.sumida.code
    assert entry.detail["revoked"] is True and entry.detail["prefix"] == key.prefix
    secret = raw.split("_", 2)[2]  # the secret may itself hold "_"
    assert secret not in json.dumps(entry.detail)
    # Nor in any log line of the request (the JSON access log included).
    assert all(secret not in record.getMessage() for record in caplog.records)
    assert all(secret not in json.dumps(record.__dict__, default=str) for record in caplog.records)


def test_a_forged_secret_for_a_real_prefix_is_audited_for_that_key(story):
    _admin, key, raw = _key(story.sumida)
    forged = raw[:-4] + ("aaaa" if not raw.endswith("aaaa") else "bbbb")
    r = Client().post(
        f"{API}/cases/{story.case.pk}/transitions/forward",
        data=json.dumps({"expected_version": story.case.version}),
        content_type="application/json",
        HTTP_X_API_KEY=forged,
    )
    assert r.status_code == 401
    entry = _failures().get()
    assert entry.object_id == str(key.pk) and entry.detail["revoked"] is False
    assert entry.detail["method"] == "POST"


def test_a_stream_of_guesses_is_audited_once_per_window(story):
    _key(story.sumida)
    c = Client()
    for i in range(30):
        r = c.get(f"{API}/queues", HTTP_AUTHORIZATION=f"Bearer kgk_{i:010x}_guess")
        assert r.status_code == 401
    assert _failures().count() == 1
    assert _failures().get().object_id == ""


def test_a_good_key_and_a_session_leave_no_failure(story):
    _admin, _key_row, raw = _key(story.sumida)
    assert Client().get(f"{API}/queues", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 200
    c = Client()
    c.force_login(story.clerk)
    assert c.get(f"{API}/queues").status_code == 200
    assert not _failures().exists()
