"""POST /api/v1/track: the public status of the seed's case, and the tracker's errors."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kokugai.core import clock
from kokugai.core.models import AuditEntry
from kokugai.rules.checkdigits import make_receipt_number
from kokugai.tracking import selectors
from tracking.story import BIRTH, SeedStory, at

pytestmark = pytest.mark.django_db

URL = "/api/v1/track"


@pytest.fixture(autouse=True)
def _no_learned_cache():
    selectors.learned_reset()
    yield
    selectors.learned_reset()


def track(client, lang: str | None = None, **data):
    url = URL + (f"?lang={lang}" if lang else "")
    body = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in data.items()}
    return client.post(url, data=json.dumps(body), content_type="application/json")


def test_received_case_has_stage_office_and_ready_range(client):
    case = SeedStory().apply()
    with clock.frozen(at(2025, 10, 28, 12)):
        r = track(client, "en", reference=case.receipt_number, birth_date=BIRTH)
    assert r.status_code == 200, r.content
    assert r["Cache-Control"] == "no-store"
    body = r.json()
    assert body["reference"] == case.receipt_number
    assert body["stage"] == "received"
    assert body["stage_label"] == "Received"
    assert body["office"] == "Sumida City, Tokyo"
    assert body["since"] == "2025-10-28"
    ready = body["ready"]
    assert ready["earliest"] <= ready["likely"] <= ready["latest"]
    # The seed's card arrived on 2025-12-05: the first forecast already covers it.
    assert ready["earliest"] <= "2025-12-05" <= ready["latest"]
    assert body["ready_before_departure"] is None
    assert body["alternatives"] == []
    # No personal data beyond the stage.
    text = r.content.decode()
    for secret in ("1990-04-01", "国外", "KOKUGAI", "Taro", "Taipei"):
        assert secret not in text


def test_departure_before_ready_gives_verdict_and_alternatives(client):
    case = SeedStory().apply()
    with clock.frozen(at(2025, 10, 28, 12)):
        body = track(
            client,
            reference=case.receipt_number,
            birth_date=BIRTH,
            departure_date=dt.date(2025, 11, 9),
        ).json()
    assert body["departure_date"] == "2025-11-09"
    assert body["ready_before_departure"] is False
    codes = [a["code"] for a in body["alternatives"]]
    assert "pick_up_later" in codes
    assert all(isinstance(a["text"], str) and a["text"] for a in body["alternatives"])


def test_japanese_by_default(client):
    case = SeedStory().apply()
    with clock.frozen(at(2025, 10, 28, 12)):
        body = track(client, reference=case.receipt_number, birth_date=BIRTH).json()
    assert body["stage_label"] == "受付済"
    assert body["office"] == "東京都墨田区"


def test_the_answer_names_the_action_but_carries_no_link(client):
    story = SeedStory()
    story.apply()
    story.forward()
    story.start_review()
    case = story.request_correction()
    with clock.frozen(at(2025, 11, 11, 12)):
        body = track(client, reference=case.receipt_number, birth_date=BIRTH).json()
    assert body["stage"] == "action_needed"
    assert body["action"] == "reply" and body["email_state"] == "verified"
    assert "/reply/" not in str(body)
    for step in ("reply", "accept", "order", "ship", "receive"):
        case = getattr(story, step)()
    with clock.frozen(at(2025, 12, 5, 12)):
        # The 申請書ID works as the reference once assigned.
        body = track(client, "en", reference=case.application_id, birth_date=BIRTH).json()
    assert body["stage"] == "ready"
    assert body["reference"] == case.application_id
    assert body["action"] == "book" and "/book/" not in str(body)
    assert body["ready"] is None


def test_wrong_birth_date_and_wrong_number_answer_the_same(client):
    case = SeedStory().apply()
    with clock.frozen(at(2025, 10, 28, 12)):
        a = track(client, reference=case.receipt_number, birth_date=dt.date(1990, 4, 2))
        b = track(client, reference=make_receipt_number(999_999, 2025), birth_date=BIRTH)
    assert a.status_code == b.status_code == 404
    assert a.json() == b.json()
    assert a.json()["code"] == "not_found"
    assert AuditEntry.objects.filter(action="tracker.lookup").count() == 2


def test_check_digit_error_before_any_lookup(client):
    case = SeedStory().apply()
    ref = case.receipt_number
    typo = ref[:8] + ("1" if ref[8] != "1" else "2") + ref[9:]
    r = track(client, "en", reference=typo, birth_date=BIRTH)
    assert r.status_code == 400
    body = r.json()
    assert body["code"] == "reference_check_digit"
    assert body["fields"] == {"reference": "reference_check_digit"}
    assert "check digit" in body["message"]
    assert not AuditEntry.objects.filter(action="tracker.lookup").exists()


def test_unrecognized_reference(client):
    body = track(client, reference="hello", birth_date=BIRTH).json()
    assert body["code"] == "reference_unrecognized"


@pytest.mark.parametrize(
    "data",
    [
        {"reference": "R2025-000123-3"},
        {"reference": "R2025-000123-3", "birth_date": "1990-02-30"},
        {"birth_date": "1990-04-01"},
        {"reference": "R2025-000123-3", "birth_date": "1990-04-01", "departure_date": "soon"},
    ],
)
def test_bad_body(client, data):
    r = client.post(URL, data=json.dumps(data), content_type="application/json")
    assert r.status_code == 422
    body = r.json()
    assert body["code"] == "invalid_input"
    assert body["fields"]
    # The value sent is not echoed back (a birth date is personal data).
    assert "1990" not in json.dumps(body)


def test_rate_limited_per_client(client, settings):
    settings.KOKUGAI_TRACKER_LIMITS = {"per_client": 2}
    case = SeedStory().apply()
    with clock.frozen(at(2025, 10, 28, 12)):
        statuses = [
            track(client, reference=case.receipt_number, birth_date=BIRTH).status_code
            for _ in range(3)
        ]
        last = track(client, "en", reference=case.receipt_number, birth_date=BIRTH)
    assert statuses == [200, 200, 429]
    assert last.json()["code"] == "rate_limited"
    assert last.json()["message"].startswith("Too many")


def test_get_is_not_allowed(client):
    r = client.get(URL, {"reference": "R2025-000123-3", "birth_date": "1990-04-01"})
    assert r.status_code == 405
    assert r.json()["code"] == "method_not_allowed"
    assert r["Allow"] == "POST"
