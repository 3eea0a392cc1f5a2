"""Staff endpoints: session auth + CSRF, office scoping (404), audit, transitions with
expected_version through the case services."""

from __future__ import annotations

import inspect
import json

import pytest
from django.test import Client

from factories import OfficeFactory, StaffFactory, UserFactory
from kokugai.api.routers.staff import FIXED_ARGS, TRANSITION_SCHEMAS, body_params
from kokugai.cases import services
from kokugai.cases.models import Case
from kokugai.cases.workflow import WORKFLOWS
from kokugai.core import clock
from kokugai.core.models import AuditEntry
from kokugai.rules.procedures import procedure_name
from tracking.story import SeedStory, at

pytestmark = pytest.mark.django_db

API = "/api/v1"


@pytest.fixture
def story():
    s = SeedStory()
    s.apply()
    return s


def as_user(user) -> Client:
    c = Client()
    c.force_login(user)
    return c


def fire(client: Client, case_id: int, name: str, lang: str | None = None, **body):
    url = f"{API}/cases/{case_id}/transitions/{name}" + (f"?lang={lang}" if lang else "")
    return client.post(url, data=json.dumps(body), content_type="application/json")


def error(r, status: int, code: str) -> dict:
    assert r.status_code == status, r.content
    body = r.json()
    assert set(body) == {"code", "message", "fields"}
    assert body["code"] == code, body
    return body


# --- authentication ------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/queues", "/queues/received", "/cases/1"])
def test_anonymous_gets_401(client, url):
    error(client.get(API + url), 401, "not_authenticated")


def test_signed_in_without_office_gets_403(db):
    c = as_user(UserFactory())
    error(c.get(f"{API}/queues"), 403, "office_not_allowed")


def test_post_needs_csrf(story):
    c = Client(enforce_csrf_checks=True)
    c.force_login(story.clerk)
    case = story.case
    r = fire(c, case.pk, "forward", expected_version=case.version)
    error(r, 403, "csrf_failed")
    assert Case.objects.get(pk=case.pk).state == "received"
    token = "k" * 32
    c.cookies["csrftoken"] = token
    with clock.frozen(at(2025, 10, 29)):
        r = c.post(
            f"{API}/cases/{case.pk}/transitions/forward",
            data=json.dumps({"expected_version": case.version}),
            content_type="application/json",
            HTTP_X_CSRFTOKEN=token,
        )
    assert r.status_code == 200, r.content


# --- queues --------------------------------------------------------------------------------


def test_queue_counts_for_my_office(story):
    body = as_user(story.clerk).get(f"{API}/queues?lang=en").json()
    assert body["office"] == {"code": "131075", "name": "Sumida City, Tokyo"}
    counts = {q["queue"]: q["count"] for q in body["queues"]}
    assert counts["received"] == 1
    assert counts["to_review"] == 0
    # 八戸市 (the 本籍地) sees nothing to review until the case is forwarded.
    hachinohe = as_user(story.reviewer).get(f"{API}/queues").json()
    assert {q["queue"]: q["count"] for q in hachinohe["queues"]}["to_review"] == 0
    story.forward()
    hachinohe = as_user(story.reviewer).get(f"{API}/queues").json()
    assert {q["queue"]: q["count"] for q in hachinohe["queues"]}["to_review"] == 1


def test_queue_lists_cases_without_personal_data(story):
    r = as_user(story.clerk).get(f"{API}/queues/received")
    assert r.status_code == 200
    body = r.json()
    assert body["count"] == 1
    item = body["items"][0]
    assert item["id"] == story.case.pk
    assert item["receipt_number"] == story.case.receipt_number
    assert item["state"] == "received"
    assert item["version"] == story.case.version
    text = r.content.decode()
    for personal in ("国外", "太郎", "KOKUGAI", "1990"):
        assert personal not in text


def test_queue_paging(story):
    c = as_user(story.clerk)
    body = c.get(f"{API}/queues/received", {"limit": 1, "offset": 1}).json()
    assert body["count"] == 1 and body["items"] == []
    error(c.get(f"{API}/queues/received", {"limit": 0}), 422, "invalid_input")


def test_unknown_queue(story):
    error(as_user(story.clerk).get(f"{API}/queues/everything"), 404, "unknown_queue")


# --- the case ------------------------------------------------------------------------------


def test_case_detail_masked_and_audited(story):
    case = story.case
    before = AuditEntry.objects.filter(action="case.read").count()
    r = as_user(story.clerk).get(f"{API}/cases/{case.pk}?lang=en")
    assert r.status_code == 200, r.content
    body = r.json()
    assert body["receipt_number"] == case.receipt_number
    assert body["state"] == "received"
    assert body["public_stage"] == "received"
    # The procedure's one name, as the mails and the console show it.
    assert body["procedure_label"] == procedure_name(case.procedure, "en")
    assert body["version"] == case.version
    assert body["roles"] == ["intake", "pickup"]
    assert body["offices"]["honseki"]["code"] == "022039"
    person = body["person"]
    assert person["given_name_masked"] == "太＊"
    assert person["birth_year"] == 1990
    assert "1990-04-01" not in r.content.decode()
    assert body["history"][0]["transition"] == "open"
    assert "forward" in [a["name"] for a in body["actions"]]
    row = AuditEntry.objects.filter(action="case.read").order_by("-id").first()
    assert AuditEntry.objects.filter(action="case.read").count() == before + 1
    assert row.object_id == str(case.pk)
    assert row.reason == "api.case_detail"
    assert row.actor == story.clerk


def test_case_of_another_office_is_not_found(story):
    stranger = StaffFactory(office=OfficeFactory()).user
    c = as_user(stranger)
    a = c.get(f"{API}/cases/{story.case.pk}")
    b = c.get(f"{API}/cases/999999")
    error(a, 404, "not_found")
    # The same answer as for a case that does not exist: existence is not revealed.
    assert a.json() == b.json()
    denied = AuditEntry.objects.filter(action="case.read_denied", actor=stranger)
    assert denied.count() == 2


def test_case_id_must_be_a_number(story):
    error(as_user(story.clerk).get(f"{API}/cases/abc"), 422, "invalid_input")


def test_production_sees_the_case_only_once_accepted(story):
    c = as_user(story.producer)
    error(c.get(f"{API}/cases/{story.case.pk}"), 404, "not_found")
    for step in ("forward", "start_review", "accept"):
        getattr(story, step)()
    assert c.get(f"{API}/cases/{story.case.pk}").status_code == 200


# --- transitions ---------------------------------------------------------------------------


def test_forward_then_stale_version_conflicts(story):
    case = story.case
    c = as_user(story.clerk)
    with clock.frozen(at(2025, 10, 29)):
        r = fire(c, case.pk, "forward", "en", expected_version=case.version)
        assert r.status_code == 200, r.content
        body = r.json()
        assert body["state"] == "at_honseki"
        assert body["version"] == case.version + 1
        # A second press with the version the clerk saw: exactly one transition happened.
        again = fire(c, case.pk, "forward", expected_version=case.version)
    err = error(again, 409, "stale_version")
    assert err["fields"] == {"expected_version": case.version, "version": case.version + 1}
    assert Case.objects.get(pk=case.pk).events.filter(transition="forward").count() == 1


def test_not_allowed_from_this_state(story):
    case = story.case
    r = fire(as_user(story.clerk), case.pk, "ship", expected_version=case.version)
    error(r, 409, "transition_not_allowed")
    assert Case.objects.get(pk=case.pk).version == case.version


def test_unknown_transition_is_not_allowed(story):
    case = story.case
    r = fire(as_user(story.clerk), case.pk, "teleport", expected_version=case.version)
    error(r, 409, "transition_not_allowed")


def test_office_not_allowed(story):
    story.forward()
    case = story.case
    # 墨田区 still sees the case (intake, pickup) but reviewing is the 本籍地's part.
    r = fire(as_user(story.clerk), case.pk, "start_review", expected_version=case.version)
    error(r, 403, "office_not_allowed")
    assert Case.objects.get(pk=case.pk).state == "at_honseki"


def test_transition_on_another_offices_case_is_not_found(story):
    stranger = StaffFactory(office=OfficeFactory()).user
    case = story.case
    r = fire(as_user(stranger), case.pk, "forward", expected_version=case.version)
    error(r, 404, "not_found")
    assert Case.objects.get(pk=case.pk).state == "received"


def test_request_correction_needs_text_and_rejects_unused_fields(story):
    story.forward()
    story.start_review()
    case = story.case
    c = as_user(story.reviewer)
    err = error(
        fire(c, case.pk, "request_correction", expected_version=case.version), 422, "invalid_input"
    )
    assert list(err["fields"]) == ["text"]
    err = error(
        fire(
            c,
            case.pk,
            "request_correction",
            expected_version=case.version,
            text="ローマ字を確認",
            tracking_number="X1",
        ),
        422,
        "invalid_input",
    )
    assert list(err["fields"]) == ["tracking_number"]
    with clock.frozen(at(2025, 11, 11)):
        r = fire(
            c, case.pk, "request_correction", expected_version=case.version, text="ローマ字を確認"
        )
    assert r.status_code == 200, r.content
    assert r.json()["state"] == "awaiting_applicant"


def test_reject_with_unknown_reason(story):
    story.forward()
    story.start_review()
    case = story.case
    r = fire(
        as_user(story.reviewer),
        case.pk,
        "reject",
        expected_version=case.version,
        reason="bored",
        confirm=True,
    )
    assert list(error(r, 422, "invalid_input")["fields"]) == ["reason"]


def test_missing_expected_version(story):
    err = error(fire(as_user(story.clerk), story.case.pk, "forward"), 422, "invalid_input")
    assert list(err["fields"]) == ["expected_version"]


def test_change_pickup_to_unknown_office(story):
    for step in ("forward", "start_review", "accept", "order"):
        getattr(story, step)()
    case = story.case
    r = fire(
        as_user(story.reviewer),
        case.pk,
        "change_pickup",
        expected_version=case.version,
        pickup_office="no-such-office",
    )
    assert error(r, 422, "invalid_input")["fields"] == {"pickup_office": "unknown_office"}


def test_the_seed_story_through_the_api(story):
    """Every step of the seed's story fired over HTTP by the office whose part it is."""
    clerk, reviewer, producer = (as_user(u) for u in (story.clerk, story.reviewer, story.producer))
    steps = [
        (clerk, "forward", at(2025, 10, 29), {}),
        (reviewer, "start_review", at(2025, 11, 4), {}),
        (reviewer, "request_correction", at(2025, 11, 11), {"text": "ローマ字を確認"}),
        (reviewer, "applicant_replied", at(2025, 11, 12), {"text": "KOKUGAI です"}),
        (reviewer, "accept", at(2025, 11, 13), {}),
        (producer, "order", at(2025, 11, 15), {}),
        (producer, "ship", at(2025, 11, 21), {"tracking_number": "JP-TEST-1"}),
        (clerk, "receive", at(2025, 12, 5), {}),
        (
            clerk,
            "hand_over",
            at(2026, 1, 16),
            {
                "identity_checked": True,
                "identity_documents": ["passport"],
                "old_card_collected": True,
                "receipt_signed": True,
                "confirm": True,
            },
        ),
    ]
    version = story.case.version
    for c, name, when, extra in steps:
        with clock.frozen(when):
            detail = c.get(f"{API}/cases/{story.case.pk}").json()
            assert name in [a["name"] for a in detail["actions"]], (name, detail["actions"])
            r = fire(c, story.case.pk, name, expected_version=version, **extra)
        assert r.status_code == 200, (name, r.content)
        version = r.json()["version"]
    final = Case.objects.get(pk=story.case.pk)
    assert final.state == "issued"
    assert final.application_id
    assert [e.transition for e in final.events.order_by("seq")][1:] == [s[1] for s in steps]


# --- the one table stays in step with the services ---------------------------------------------


def test_every_workflow_transition_has_a_service():
    names = {t.name for wf in WORKFLOWS.values() for t in wf.transitions}
    assert all(services.service_for(n) is not None for n in names)
    assert services.service_for("no_such_step") is None


def test_transition_body_documents_every_service_parameter():
    """Each contract names only keyword arguments of its service, required where the service
    has no default; each operation's body is exactly its contract (plus the version)."""
    for name, schema in TRANSITION_SCHEMAS.items():
        service = services.service_for(name)
        assert service is not None
        params = inspect.signature(service).parameters
        assert FIXED_ARGS <= set(params), name
        taken = {k: p for k, p in params.items() if k not in FIXED_ARGS}
        contract = body_params(name)
        for field, required in contract.items():
            if field == "confirm":
                continue
            assert field in taken, (name, field)
            if taken[field].default is inspect.Parameter.empty:
                assert required, (name, field)
        assert set(schema.model_fields) == {"expected_version", *contract}, name


def test_openapi_shows_each_transitions_own_required_fields():
    """Issue 12 §1: one operation per transition, its body from the contract."""
    from kokugai.api import openapi

    doc = json.loads(openapi.openapi_committed())
    schemas = doc["components"]["schemas"]

    def body(name):
        op = doc["paths"][f"/api/v1/cases/{{case_id}}/transitions/{name}"]["post"]
        ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        return schemas[ref.rsplit("/", 1)[1]]

    assert sorted(body("confirm_withdrawal")["required"]) == [
        "confirm",
        "expected_version",
        "target",
    ]
    reject = body("reject")
    assert sorted(reject["required"]) == ["confirm", "expected_version", "reason"]
    assert "honseki_mismatch" in reject["properties"]["reason"]["enum"]
    assert body("forward")["required"] == ["expected_version"]
    assert set(body("forward")["properties"]) == {"expected_version", "note"}
    assert body("forward")["additionalProperties"] is False
    assert "/api/v1/cases/{case_id}/transitions/expire" not in doc["paths"]  # system only
