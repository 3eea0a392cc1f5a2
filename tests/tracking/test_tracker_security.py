"""Receipt number + birth date is no credential: attacks from a second, anonymous client.

A relative or a stalker knows the victim's birth date and may learn the receipt number. With
both, they see the status and nothing else: no link that books, cancels, answers a
correction or changes the address. What acts goes only to the verified mailbox, on request,
and the page names that mailbox masked. Every link refused is audited on one clear page.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kokugai.appointments import services as appointments
from kokugai.appointments.access import manage_token_make
from kokugai.appointments.models import Booking, BookingStatus, ServiceType, Slot
from kokugai.cases import tokens
from kokugai.cases.models import Case
from kokugai.core import clock
from kokugai.core.models import AuditEntry
from kokugai.notifications.models import EmailChangeRequest, Notification
from kokugai.rules.checkdigits import make_application_id
from kokugai.tracking import selectors
from kokugai.tracking.services import (
    TrackerError,
    links_token,
    tracker_links_send,
    tracker_lookup,
)
from tracking.story import BIRTH, SeedStory, at

pytestmark = pytest.mark.django_db

ACTING_PATHS = ("/reply/", "/appointments/", "/email/change/", "/book/", "/manage/")


@pytest.fixture(autouse=True)
def _fresh_learning():
    selectors.learned_reset()
    yield
    selectors.learned_reset()


def _story_until(last: str) -> tuple[SeedStory, Case]:
    story = SeedStory()
    for step in SeedStory.STEPS[: SeedStory.STEPS.index(last) + 1]:
        case = getattr(story, step)()
    return story, case


def _book(case: Case) -> Booking:
    service = ServiceType.objects.get(office=case.pickup_office, code="overseas_card_pickup")
    day = dt.date(2025, 12, 10)
    appointments.slots_materialise(service=service, start=day, end=day)
    slot = Slot.objects.filter(service=service).order_by("starts_at").first()
    return appointments.appointment_book(case=case, slot=slot, applicant_timezone="Asia/Taipei")


def _stranger_page(client, case: Case, lang: str = "en") -> str:
    r = client.post(
        "/track/",
        {"reference": case.receipt_number, "birth_date": BIRTH.isoformat()},
        HTTP_ACCEPT_LANGUAGE=lang,
        REMOTE_ADDR="198.51.100.66",
    )
    assert r.status_code == 200, r.content
    return r.content.decode()


def _stranger_api(client, case: Case) -> str:
    r = client.post(
        "/api/v1/track",
        data=json.dumps({"reference": case.receipt_number, "birth_date": BIRTH.isoformat()}),
        content_type="application/json",
        REMOTE_ADDR="198.51.100.66",
    )
    assert r.status_code == 200, r.content
    return r.content.decode()


# --- 1. status only: nothing that acts ---------------------------------------------------------


@pytest.mark.parametrize(
    ("last", "booked", "action"),
    [
        ("request_correction", False, "reply"),
        ("receive", False, "book"),
        ("receive", True, "manage"),
    ],
)
def test_a_stranger_with_receipt_number_and_birth_date_gets_no_link_that_acts(
    client, last, booked, action
):
    _story, case = _story_until(last)
    with clock.frozen(at(2025, 12, 6) if last == "receive" else at(2025, 11, 11, 12)):
        if booked:
            _book(case)
        page = _stranger_page(client, case)
        api = _stranger_api(client, case)
    for body in (page, api):
        for path in ACTING_PATHS:
            assert path not in body, (path, body[:200])
        assert case.person.email not in body
    assert json.loads(api)["action"] == action
    masked = f"{case.person.email[0]}***@example.com"
    assert masked in page and masked in api


def test_a_stranger_cannot_cancel_reply_or_change_the_address(client):
    """The old attack, replayed: lookup, then try every acting path from the page."""
    _story, case = _story_until("receive")
    with clock.frozen(at(2025, 12, 6)):
        booking = _book(case)
        page = _stranger_page(client, case)
        # The only form on the page that does something: "send my link to my email".
        token = re.search(r'name="token" value="([^"]+)"', page).group(1)
        r = client.post("/track/links/", {"token": token, "what": "case"})
    assert r.status_code == 200
    # The link went to the owner's verified mailbox, and the stranger sees it only masked.
    mail = Notification.objects.get(template="case_links")
    assert mail.to == case.person.email
    assert case.person.email not in r.content.decode()
    assert f"{case.person.email[0]}***@example.com" in r.content.decode()
    # Nothing was cancelled, no address was changed, no correction was answered.
    booking.refresh_from_db()
    assert booking.status == BookingStatus.BOOKED
    assert not EmailChangeRequest.objects.exists()
    person = case.person
    person.refresh_from_db()
    assert person.email == mail.to


def test_links_are_sent_only_to_a_verified_address(client):
    _story, case = _story_until("receive")
    person = case.person
    person.email_verified_at = None
    person.save(update_fields=["email_verified_at"])
    with clock.frozen(at(2025, 12, 6)):
        page = _stranger_page(client, case)
        assert 'name="token"' not in page  # no button: there is no mailbox to send to
        with pytest.raises(TrackerError) as exc:
            tracker_links_send(case=case)
    assert exc.value.code == "links_no_address" and exc.value.status == 409
    assert not Notification.objects.filter(template="case_links").exists()


def test_a_bounced_address_is_never_changed_from_the_tracker_alone(client):
    _story, case = _story_until("receive")
    person = case.person
    person.email_undeliverable = True
    person.save(update_fields=["email_undeliverable"])
    with clock.frozen(at(2025, 12, 6)):
        page = _stranger_page(client, case)
        token = re.search(r'name="token" value="([^"]+)"', page).group(1)
        # The acting links are not sent to a bounced address either.
        r = client.post("/track/links/", {"token": token, "what": "case"})
        assert r.status_code == 409 and 'id="links-error"' in r.content.decode()
        # A change link goes to the OLD address only: the stranger cannot receive it.
        r = client.post("/track/links/", {"token": token, "what": "email_change"})
    assert r.status_code == 200
    sent = Notification.objects.filter(template__in=("case_links", "email_change_code"))
    assert [(n.template, n.to) for n in sent] == [("email_change_code", person.email)]
    assert not EmailChangeRequest.objects.exists()
    assert "/email/change/" not in r.content.decode()


def test_send_my_links_is_limited_per_case_and_audited(client, settings):
    settings.KOKUGAI_TRACKER_LIMITS = {"links_per_case": 2}
    _story, case = _story_until("receive")
    token = links_token(case)
    with clock.frozen(at(2025, 12, 6)):
        codes = [
            client.post("/track/links/", {"token": token}, REMOTE_ADDR=f"203.0.113.{i}").status_code
            for i in range(4)
        ]
    assert codes == [200, 200, 429, 429]
    assert Notification.objects.filter(template="case_links").count() == 2
    results = list(
        AuditEntry.objects.filter(action="tracker.links")
        .order_by("id")
        .values_list("detail__result", flat=True)
    )
    assert results == ["sent", "sent", "rate_limited", "rate_limited"]


def test_api_send_links(client):
    _story, case = _story_until("request_correction")
    body = {"reference": case.receipt_number, "birth_date": BIRTH.isoformat()}
    with clock.frozen(at(2025, 11, 11, 12)):
        r = client.post("/api/v1/track/links", json.dumps(body), content_type="application/json")
    assert r.status_code == 202, r.content
    assert r.json() == {"sent_to": f"{case.person.email[0]}***@example.com"}
    mail = Notification.objects.get(template="case_links")
    assert mail.to == case.person.email and "/reply/" in mail.context["link_url"]
    # Wrong birth date: the same not_found as the tracker, nothing sent.
    with clock.frozen(at(2025, 11, 11, 12)):
        r = client.post(
            "/api/v1/track/links",
            json.dumps({**body, "birth_date": "1990-04-02"}),
            content_type="application/json",
        )
    assert r.status_code == 404 and r.json()["code"] == "not_found"
    assert Notification.objects.filter(template="case_links").count() == 1


def test_nothing_to_send_when_there_is_nothing_to_do(client):
    case = SeedStory().apply()
    body = {"reference": case.receipt_number, "birth_date": BIRTH.isoformat()}
    with clock.frozen(at(2025, 10, 29)):
        r = client.post("/api/v1/track/links", json.dumps(body), content_type="application/json")
    assert r.status_code == 409 and r.json()["code"] == "links_nothing"
    assert not Notification.objects.filter(template="case_links").exists()


# --- bad input: tampered, expired, replayed links of every kind ---------------------------------


def _refusals() -> list[str]:
    return list(
        AuditEntry.objects.filter(action="link.refused").values_list("object_id", flat=True)
    )


def _tamper(token: str) -> str:
    return token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")


def test_tampered_and_expired_links_of_every_kind_one_page_audited_nothing_changed(client):
    _story, case = _story_until("request_correction")
    person = case.person
    version = case.version
    reply = tokens.make_token(case.pk, tokens.REPLY)
    book = tokens.make_token(case.pk, tokens.BOOK)
    links = links_token(case)
    before = Notification.objects.count()
    tampered = {
        "reply": f"/reply/{_tamper(reply)}/",
        "book": f"/appointments/book/{_tamper(book)}/",
        "manage": "/appointments/manage/not-a-token/",
        "email_change": "/email/change/not-a-token/",
        "email_verify": "/email/verify/not-a-token/",
        "preregistration_verify": "/preregister/verify/not-a-token/",
    }
    get_only = {"email_verify", "preregistration_verify"}
    for kind, url in tampered.items():
        for method in (client.get,) if kind in get_only else (client.get, client.post):
            r = method(url, {"text": "x", "email": "attacker@example.net", "action": "cancel"})
            assert 400 <= r.status_code < 500, (kind, r.status_code)
            assert 'role="alert"' in r.content.decode(), kind
    r = client.post("/track/links/", {"token": _tamper(links)})
    assert r.status_code == 404 and "link_invalid" in r.content.decode()
    # Expired: the same page, its own code.
    with time_machine.travel(dt.datetime.now(dt.UTC) + dt.timedelta(days=31)):
        r = client.get(f"/reply/{reply}/")
        assert r.status_code == 410 and "link_expired" in r.content.decode()
        r = client.post("/track/links/", {"token": links})
        assert r.status_code == 410 and "link_expired" in r.content.decode()
    refused = _refusals()
    for kind in ("reply", "email_change", "email_verify", "preregistration_verify"):
        assert kind in refused, (kind, refused)
    assert {"book", "manage", "tracker_links"} <= set(refused)
    # Nothing changed.
    assert Case.objects.get(pk=case.pk).version == version
    assert Notification.objects.count() == before
    assert not EmailChangeRequest.objects.exists()
    person.refresh_from_db()
    assert person.email_verified_at is not None


def test_replayed_links_change_nothing_twice(client):
    _story, case = _story_until("receive")
    with clock.frozen(at(2025, 12, 6)):
        booking = _book(case)
        manage = f"/appointments/manage/{manage_token_make(booking)}/"
        assert client.post(manage, {"action": "cancel"}).status_code == 302
        booking.refresh_from_db()
        cancelled_at = booking.status
        # Replayed: the booking stays cancelled and nothing else happens.
        client.post(manage, {"action": "cancel"})
    booking.refresh_from_db()
    assert booking.status == cancelled_at == BookingStatus.CANCELLED
    assert Booking.objects.filter(case=case).count() == 1


# --- the 申請書ID: limited per reference, per /64 and by an anomaly ceiling --------------------


def test_ipv6_clients_are_counted_per_64(settings):
    settings.KOKUGAI_TRACKER_LIMITS = {"per_client": 3}
    case = SeedStory().apply()
    with clock.frozen(at(2025, 10, 29)):
        for i in range(3):
            tracker_lookup(
                reference=case.receipt_number, birth_date=BIRTH, client_ip=f"2001:db8:1:2::{i}"
            )
        with pytest.raises(TrackerError) as exc:
            tracker_lookup(
                reference=case.receipt_number, birth_date=BIRTH, client_ip="2001:db8:1:2:ffff::9"
            )
        assert exc.value.code == "rate_limited"
        # The next /64 is another client.
        tracker_lookup(reference=case.receipt_number, birth_date=BIRTH, client_ip="2001:db8:1:3::1")


def test_failed_application_id_lookups_have_a_global_anomaly_ceiling(settings):
    settings.KOKUGAI_TRACKER_LIMITS = {"failed_application_id_global": 3, "per_client": 100}
    story, case = _story_until("order")
    with clock.frozen(at(2025, 11, 16)):
        # A sweep from many addresses over many IDs, each tried once.
        for i in range(3):
            guess = make_application_id(900 + i, dt.date(2025, 11, 15))
            with pytest.raises(TrackerError) as exc:
                tracker_lookup(reference=guess, birth_date=BIRTH, client_ip=f"192.0.2.{i}")
            assert exc.value.code == "not_found"
        # Past the ceiling, 申請書ID lookups pause for everyone (the owner too) ...
        with pytest.raises(TrackerError) as exc:
            tracker_lookup(reference=case.application_id, birth_date=BIRTH, client_ip="192.0.2.99")
        assert exc.value.code == "rate_limited"
        # ... while the random receipt numbers still work.
        found = tracker_lookup(
            reference=case.receipt_number, birth_date=BIRTH, client_ip="192.0.2.99"
        )
        assert found.pk == case.pk
    assert AuditEntry.objects.filter(action="tracker.lookup", detail__result="anomaly").exists()
    # An hour later the window is over.
    with clock.frozen(at(2025, 11, 16, 12)):
        found = tracker_lookup(
            reference=case.application_id, birth_date=BIRTH, client_ip="192.0.2.99"
        )
        assert found.pk == case.pk


def test_a_refused_client_cannot_lock_the_owner_out(settings):
    """Refused lookups are not charged to the reference, so hammering from one client does
    not push the reference's ceiling."""
    settings.KOKUGAI_TRACKER_LIMITS = {"per_client": 2, "failed_per_reference": 4}
    case = SeedStory().apply()
    wrong = dt.date(2000, 1, 1)
    with clock.frozen(at(2025, 10, 29)):
        for _ in range(20):
            try:
                tracker_lookup(reference=case.receipt_number, birth_date=wrong, client_ip="9.9.9.9")
            except TrackerError:
                pass
        found = tracker_lookup(reference=case.receipt_number, birth_date=BIRTH, client_ip="8.8.8.8")
    assert found.pk == case.pk


# --- issue 13 point 4: the lookup's fixed costs -----------------------------------------------


def test_the_lookup_counts_its_limits_in_one_query_and_reads_the_case_in_one():
    story, case = _story_until("order")
    with clock.frozen(at(2025, 11, 16)), CaptureQueriesContext(connection) as queries:
        found = tracker_lookup(reference=case.receipt_number, birth_date=BIRTH, client_ip="1.2.3.4")
        # Everything the status page reads of the case came with it: no further query.
        _ = (
            found.person.birth_date,
            found.production_office,
            found.holder_office,
            found.pickup_office,
            found.intake_office,
            found.honseki_office,
        )
    sql = [q["sql"] for q in queries.captured_queries]
    counters = [s for s in sql if "tracking_ratecount" in s]
    # One statement counts the client and reads the failure counters (client + reference,
    # reference) on a hit: nothing to take back. No SELECT COUNT at all.
    assert len(counters) == 1, counters
    assert "ON CONFLICT" in counters[0] and "RETURNING" in counters[0]
    assert not [s for s in sql if "COUNT(" in s.upper()]
    assert (
        len([s for s in sql if "cases_case" in s and s.lstrip().upper().startswith("SELECT")]) == 1
    )
    assert found.production_office == story.production


def test_the_status_page_has_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    _story, case = _story_until("receive")
    with clock.frozen(at(2025, 12, 6)):
        _book(case)
        _stranger_page(client, case)  # warm the learned durations like a running process
        with django_assert_max_num_queries(12):
            _stranger_page(client, case)


def test_a_miss_counts_every_limit_in_one_statement_and_a_hit_charges_no_failure():
    from kokugai.tracking.models import RateCount

    case = SeedStory().apply()
    wrong = dt.date(2000, 1, 1)
    with clock.frozen(at(2025, 10, 29)), CaptureQueriesContext(connection) as queries:
        with pytest.raises(TrackerError):
            tracker_lookup(reference=case.receipt_number, birth_date=wrong, client_ip="7.7.7.7")
    counters = [q["sql"] for q in queries.captured_queries if "tracking_ratecount" in q["sql"]]
    assert len(counters) == 1, counters
    counts = sorted(RateCount.objects.values_list("count", flat=True))
    assert counts == [1, 1, 1]  # client, reference + client, reference
    with clock.frozen(at(2025, 10, 29)):
        tracker_lookup(reference=case.receipt_number, birth_date=BIRTH, client_ip="7.7.7.7")
    # The hit counted on the client only; the miss stays charged to the reference.
    assert sorted(RateCount.objects.values_list("count", flat=True)) == [1, 1, 2]


def test_a_hit_is_refused_once_the_reference_is_at_its_failure_limit(settings):
    settings.KOKUGAI_TRACKER_LIMITS = {"failed_per_reference": 3, "per_client": 100}
    case = SeedStory().apply()
    wrong = dt.date(2000, 1, 1)
    with clock.frozen(at(2025, 10, 29)):
        for i in range(3):
            with pytest.raises(TrackerError) as exc:
                tracker_lookup(
                    reference=case.receipt_number, birth_date=wrong, client_ip=f"10.1.1.{i}"
                )
            assert exc.value.code == "not_found"
        # The reference has had its 3 failures: even the right birth date is refused now.
        with pytest.raises(TrackerError) as exc:
            tracker_lookup(reference=case.receipt_number, birth_date=BIRTH, client_ip="10.1.1.9")
        assert exc.value.code == "rate_limited"
    with clock.frozen(at(2025, 10, 29, 12)):  # the next hour's window
        found = tracker_lookup(
            reference=case.receipt_number, birth_date=BIRTH, client_ip="10.1.1.9"
        )
    assert found.pk == case.pk
