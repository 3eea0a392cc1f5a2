"""The tracker lookup: check digit first, "not found" the same for both misses, rate
limits per client and per reference, and an audit row for every lookup."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from kokugai.core import clock
from kokugai.core.models import AuditEntry
from kokugai.rules.checkdigits import make_receipt_number
from kokugai.tracking.models import RateCount
from kokugai.tracking.services import TrackerError, lookup_attempts_purge, tracker_lookup
from tracking.story import BIRTH, SeedStory, at

pytestmark = pytest.mark.django_db


@pytest.fixture
def case():
    return SeedStory().apply()


def _error(**kw) -> TrackerError:
    with pytest.raises(TrackerError) as exc:
        tracker_lookup(**kw)
    return exc.value


def _mistype(receipt: str) -> str:
    # Change one digit of the sequence: the Damm check digit catches every single change.
    i = 8
    d = receipt[i]
    return receipt[:i] + ("1" if d != "1" else "2") + receipt[i + 1 :]


def test_a_hit_returns_the_case_and_is_audited(case):
    found = tracker_lookup(reference=case.receipt_number, birth_date=BIRTH, client_ip="1.2.3.4")
    assert found.pk == case.pk
    row = AuditEntry.objects.filter(action="tracker.lookup").get()
    assert row.object_type == "case" and row.object_id == str(case.pk)
    assert row.detail == {"result": "hit", "kind": "receipt"}
    assert row.actor is None and row.actor_label == "citizen"


def test_typed_forms_are_accepted(case):
    sloppy = case.receipt_number.lower().replace("-", " ")
    found = tracker_lookup(reference=sloppy, birth_date=BIRTH, client_ip="1.2.3.4")
    assert found.pk == case.pk


def test_check_digit_is_verified_before_any_lookup(case):
    err = _error(reference=_mistype(case.receipt_number), birth_date=BIRTH, client_ip="1.2.3.4")
    assert err.code == "reference_check_digit" and err.status == 400
    assert err.text.ja and err.text.en
    assert not AuditEntry.objects.filter(action="tracker.lookup").exists()
    assert not RateCount.objects.exists()


def test_garbage_is_unrecognized(db):
    err = _error(reference="hello", birth_date=BIRTH, client_ip="1.2.3.4")
    assert err.code == "reference_unrecognized"


def test_wrong_id_and_wrong_birth_date_answer_the_same(case):
    other = make_receipt_number(999_999, 2025)  # valid check digit, no such case
    a = _error(reference=other, birth_date=BIRTH, client_ip="1.1.1.1")
    b = _error(reference=case.receipt_number, birth_date=dt.date(1990, 4, 2), client_ip="2.2.2.2")
    assert (a.code, a.status, a.message, a.fields, a.text) == (
        b.code,
        b.status,
        b.message,
        b.fields,
        b.text,
    )
    assert a.code == "not_found" and a.status == 404
    # Both misses did the same work: one audit row each, same shape, and each charged a
    # failure to its reference.
    rows = list(AuditEntry.objects.filter(action="tracker.lookup").order_by("id"))
    assert [r.object_type for r in rows] == ["reference", "reference"]
    assert [r.detail for r in rows] == [{"result": "miss", "kind": "receipt"}] * 2
    failed = RateCount.objects.filter(key__startswith="tracker.failed_ref:")
    assert sorted(failed.values_list("count", flat=True)) == [1, 1]


def test_the_response_page_is_the_same_for_both_misses(client, case):
    other = make_receipt_number(999_999, 2025)
    r1 = client.post(
        "/track/", {"reference": other, "birth_date": "1990-04-01"}, REMOTE_ADDR="1.1.1.1"
    )
    r3 = client.post(
        "/track/",
        {"reference": case.receipt_number, "birth_date": "1990-04-02"},
        REMOTE_ADDR="3.3.3.3",
    )
    assert r1.status_code == r3.status_code == 404

    def body(r, ref, bd):
        text = r.content.decode()
        text = text.replace(ref, "REF").replace(bd, "BD")
        # CSRF tokens differ per response by design (masked).
        return re.sub(r"[A-Za-z0-9]{64}", "TOKEN", text)

    assert body(r1, other, "1990-04-01") == body(r3, case.receipt_number, "1990-04-02")


def test_rate_limit_per_client(case, settings):
    settings.KOKUGAI_TRACKER_LIMITS = {"per_client": 3, "per_client_window_s": 60}
    with clock.frozen(at(2025, 10, 29)):
        for _ in range(3):
            tracker_lookup(reference=case.receipt_number, birth_date=BIRTH, client_ip="9.9.9.9")
        err = _error(reference=case.receipt_number, birth_date=BIRTH, client_ip="9.9.9.9")
        assert err.code == "rate_limited" and err.status == 429
        # Another client is not affected.
        tracker_lookup(reference=case.receipt_number, birth_date=BIRTH, client_ip="8.8.8.8")
    # The window passes.
    with clock.frozen(at(2025, 10, 29) + dt.timedelta(seconds=61)):
        tracker_lookup(reference=case.receipt_number, birth_date=BIRTH, client_ip="9.9.9.9")
    limited = AuditEntry.objects.filter(action="tracker.lookup", detail__result="rate_limited")
    assert limited.count() == 1


def test_failed_lookups_per_reference_are_limited_per_client(case, settings):
    settings.KOKUGAI_TRACKER_LIMITS = {"failed_per_reference_client": 5}
    wrong = dt.date(2000, 1, 1)
    with clock.frozen(at(2025, 10, 29)):
        for _ in range(5):
            err = _error(reference=case.receipt_number, birth_date=wrong, client_ip="7.7.7.7")
            assert err.code == "not_found"
        # Even the right birth date is refused to that client: guessing must not pay off.
        err = _error(reference=case.receipt_number, birth_date=BIRTH, client_ip="7.7.7.7")
        assert err.code == "rate_limited"
        # The owner, from their own client, is not locked out by someone else's failures.
        found = tracker_lookup(reference=case.receipt_number, birth_date=BIRTH, client_ip="6.6.6.6")
        assert found.pk == case.pk
    with clock.frozen(at(2025, 10, 29, 11) + dt.timedelta(minutes=1)):
        found = tracker_lookup(reference=case.receipt_number, birth_date=BIRTH, client_ip="7.7.7.7")
        assert found.pk == case.pk


def test_failed_lookups_per_reference_have_a_ceiling_across_clients(case, settings):
    settings.KOKUGAI_TRACKER_LIMITS = {"failed_per_reference": 8, "per_client": 100}
    wrong = dt.date(2000, 1, 1)
    with clock.frozen(at(2025, 10, 29)):
        for i in range(8):
            err = _error(reference=case.receipt_number, birth_date=wrong, client_ip=f"7.7.7.{i}")
            assert err.code == "not_found"
        # Distributed guessing: past the ceiling every client is refused for this reference.
        err = _error(reference=case.receipt_number, birth_date=BIRTH, client_ip="6.6.6.6")
        assert err.code == "rate_limited"


def test_the_default_ceiling_is_well_above_the_per_client_limit():
    from kokugai.tracking.services import DEFAULT_LIMITS

    assert (
        DEFAULT_LIMITS["failed_per_reference"] >= 10 * DEFAULT_LIMITS["failed_per_reference_client"]
    )


def test_the_client_ip_and_the_reference_are_not_stored(case):
    tracker_lookup(reference=case.receipt_number, birth_date=BIRTH, client_ip="203.0.113.7")
    keys = " ".join(RateCount.objects.values_list("key", flat=True))
    assert keys and "203.0.113" not in keys
    assert case.receipt_number not in keys and case.receipt_number.replace("-", "") not in keys


def test_purge_keeps_only_the_rate_limit_windows(case):
    with clock.frozen(at(2025, 10, 29)):
        tracker_lookup(reference=case.receipt_number, birth_date=BIRTH, client_ip="1.1.1.1")
    with clock.frozen(at(2025, 10, 29) + dt.timedelta(minutes=30)):
        assert lookup_attempts_purge() == 1  # only the client's one-minute window is over
    with clock.frozen(at(2025, 10, 29) + dt.timedelta(hours=2)):
        assert lookup_attempts_purge() == 2  # the hour windows of the failure counters
    assert not RateCount.objects.exists()
