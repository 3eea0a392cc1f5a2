"""Idempotency-Key on the API's POSTs (kokugai.api.idempotency): a retry gets the first
answer without acting again; the same key with another request is refused; keys are per
credential; the purge removes expired records."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.test import Client

from factories import StaffFactory
from kokugai.api.models import IdempotencyRecord
from kokugai.cases.models import Case, CaseEvent
from kokugai.core import clock
from kokugai.registry.apikeys import apikey_create
from kokugai.registry.models import StaffRole
from kokugai.web.retention import purge
from tracking.story import SeedStory, at

pytestmark = pytest.mark.django_db

API = "/api/v1"


@pytest.fixture
def story():
    s = SeedStory()
    s.apply()
    return s


def _raw_key(office) -> str:
    admin = StaffFactory(office=office, role=StaffRole.ADMIN).user
    admin.is_staff = True
    admin.save(update_fields=["is_staff"])
    return apikey_create(actor=admin, name="CMS", role="clerk", scopes=["read", "act"])[1]


def _forward(raw: str, case_id: int, version: int, key: str | None, **extra):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {raw}"}
    if key is not None:
        headers["HTTP_IDEMPOTENCY_KEY"] = key
    body = {"expected_version": version, **extra}
    with clock.frozen(at(2025, 10, 29)):
        return Client().post(
            f"{API}/cases/{case_id}/transitions/forward",
            data=json.dumps(body),
            content_type="application/json",
            **headers,
        )


def test_a_retried_transition_returns_the_first_answer_and_acts_once(story):
    raw = _raw_key(story.sumida)
    case = story.case
    first = _forward(raw, case.pk, case.version, "retry-1")
    assert first.status_code == 200, first.content
    events = CaseEvent.objects.filter(case=case).count()
    again = _forward(raw, case.pk, case.version, "retry-1")
    assert again.status_code == 200
    assert again.json() == first.json()
    assert again["Idempotent-Replayed"] == "true"
    assert CaseEvent.objects.filter(case=case).count() == events
    # Without the key the same stale request is refused: the replay did not act again.
    stale = _forward(raw, case.pk, case.version, None)
    assert stale.status_code == 409 and stale.json()["code"] == "stale_version"


def test_the_same_key_with_another_body_is_refused(story):
    raw = _raw_key(story.sumida)
    case = story.case
    assert _forward(raw, case.pk, case.version, "k-2").status_code == 200
    other = _forward(raw, case.pk, case.version, "k-2", note="another body")
    assert other.status_code == 422, other.content
    assert other.json()["code"] == "idempotency_key_reused"
    assert Case.objects.get(pk=case.pk).version == case.version + 1


def test_a_refused_answer_is_kept_too_and_a_new_key_acts(story):
    raw = _raw_key(story.sumida)
    case = story.case
    wrong = _forward(raw, case.pk, case.version + 5, "k-3")
    assert wrong.status_code == 409
    again = _forward(raw, case.pk, case.version + 5, "k-3")
    assert again.status_code == 409 and again["Idempotent-Replayed"] == "true"
    assert _forward(raw, case.pk, case.version, "k-4").status_code == 200


def test_keys_are_per_credential(story):
    """Another credential's identical key neither replays the other's answer nor is refused."""
    mine = _raw_key(story.sumida)
    theirs = _raw_key(story.sumida)
    case = story.case
    assert _forward(mine, case.pk, case.version, "shared").status_code == 200
    r = _forward(theirs, case.pk, case.version, "shared")
    assert "Idempotent-Replayed" not in r
    assert r.status_code == 409 and r.json()["code"] == "stale_version"


def test_a_session_retry_is_replayed_and_a_failed_auth_is_not_kept(story):
    c = Client()
    c.force_login(story.clerk)
    case = story.case
    url = f"{API}/cases/{case.pk}/transitions/forward"
    body = json.dumps({"expected_version": case.version})
    with clock.frozen(at(2025, 10, 29)):
        anon = Client().post(
            url, data=body, content_type="application/json", HTTP_IDEMPOTENCY_KEY="s-1"
        )
        assert anon.status_code == 401
        r1 = c.post(url, data=body, content_type="application/json", HTTP_IDEMPOTENCY_KEY="s-1")
        r2 = c.post(url, data=body, content_type="application/json", HTTP_IDEMPOTENCY_KEY="s-1")
    assert r1.status_code == 200 and "Idempotent-Replayed" not in r1
    assert r2.status_code == 200 and r2["Idempotent-Replayed"] == "true"
    assert r2.json() == r1.json()


@pytest.mark.parametrize("key", ["", "x" * 256, "tab\there", "日本語"])
def test_a_malformed_key_is_refused_before_acting(story, key):
    raw = _raw_key(story.sumida)
    case = story.case
    r = _forward(raw, case.pk, case.version, key)
    assert r.status_code == 400 and r.json()["code"] == "idempotency_key_invalid"
    assert Case.objects.get(pk=case.pk).version == case.version


def test_expired_records_are_purged_and_the_key_acts_again(story):
    raw = _raw_key(story.sumida)
    case = story.case
    assert _forward(raw, case.pk, case.version, "old").status_code == 200
    assert IdempotencyRecord.objects.count() == 1
    IdempotencyRecord.objects.update(expires_at=clock.now() - dt.timedelta(seconds=1))
    report = purge(kinds=["idempotency_records"])
    assert report.due["idempotency_records"] == 1
    assert not IdempotencyRecord.objects.exists()
