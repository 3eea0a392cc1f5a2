"""Staff API keys per office (registry.apikeys, api.auth): hashed at rest, made and revoked by
the office admin (audited), scopes enforced, office scoping the services' own."""

from __future__ import annotations

import hashlib
import json

import pytest
from django.test import Client

from factories import StaffFactory
from kokugai.core import clock
from kokugai.core.errors import Forbidden, NotFound
from kokugai.core.models import AuditEntry
from kokugai.registry.apikeys import apikey_authenticate, apikey_create, apikey_revoke
from kokugai.registry.models import ApiKey, StaffRole
from tracking.story import SeedStory, at

pytestmark = pytest.mark.django_db

API = "/api/v1"


@pytest.fixture
def story():
    s = SeedStory()
    s.apply()
    return s


def _admin(office):
    user = StaffFactory(office=office, role=StaffRole.ADMIN).user
    user.is_staff = True
    user.save(update_fields=["is_staff"])
    return user


def _key(office, role=StaffRole.CLERK, scopes=("read", "act")) -> tuple[ApiKey, str]:
    return apikey_create(actor=_admin(office), name="Case system", role=role, scopes=scopes)


def test_only_the_hash_and_prefix_are_stored_and_creation_is_audited(story):
    key, raw = _key(story.sumida)
    row = ApiKey.objects.get(pk=key.pk)
    assert raw.startswith("kgk_" + row.prefix + "_")
    assert row.key_hash == hashlib.sha256(raw.encode()).hexdigest()
    secret = raw.rsplit("_", 1)[1]
    stored = json.dumps(list(ApiKey.objects.values()), default=str)
    assert secret not in stored
    assert not row.account.has_usable_password()
    entry = AuditEntry.objects.get(action="apikey.create", object_id=str(key.pk))
    assert entry.office_code == story.sumida.code and secret not in json.dumps(entry.detail)


def test_bearer_and_header_keys_read_their_own_office_only(story):
    _, raw = _key(story.sumida)
    case = story.case
    c = Client()
    r = c.get(f"{API}/cases/{case.pk}", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert r.status_code == 200, r.content
    assert r.json()["receipt_number"] == case.receipt_number
    r = c.get(f"{API}/queues", HTTP_X_API_KEY=raw)
    assert r.status_code == 200 and r.json()["office"]["code"] == story.sumida.code
    # A key of another office (Taipei plays no part in the case) sees a 404 like a missing case.
    _, other = _key(story.taipei)
    r = c.get(f"{API}/cases/{case.pk}", HTTP_AUTHORIZATION=f"Bearer {other}")
    assert r.status_code == 404 and r.json()["code"] == "not_found"
    r = c.get(f"{API}/queues", HTTP_X_API_KEY=other)
    assert r.json()["office"]["code"] == story.taipei.code


def test_a_read_key_cannot_fire_a_transition(story):
    _, raw = _key(story.sumida, scopes=("read",))
    case = story.case
    with clock.frozen(at(2025, 10, 29)):
        r = Client().post(
            f"{API}/cases/{case.pk}/transitions/forward",
            data=json.dumps({"expected_version": case.version}),
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Bearer {raw}",
        )
    assert r.status_code == 403 and r.json()["code"] == "api_key_scope_insufficient"
    case.refresh_from_db()
    assert case.state == "received"


def test_an_act_key_fires_a_transition_as_its_role_without_csrf(story):
    _, raw = _key(story.sumida)
    case = story.case
    with clock.frozen(at(2025, 10, 29)):
        r = Client(enforce_csrf_checks=True).post(
            f"{API}/cases/{case.pk}/transitions/forward",
            data=json.dumps({"expected_version": case.version}),
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Bearer {raw}",
        )
    assert r.status_code == 200, r.content
    assert r.json()["state"] == "at_honseki"
    # The reviewer's transition is not the clerk key's to fire: the services' role check.
    _, reviewer_key = _key(story.sumida, role=StaffRole.REVIEWER)
    case.refresh_from_db()
    r = Client().post(
        f"{API}/cases/{case.pk}/transitions/start_review",
        data=json.dumps({"expected_version": case.version}),
        content_type="application/json",
        HTTP_X_API_KEY=reviewer_key,
    )
    assert r.status_code in (403, 404), r.content


@pytest.mark.parametrize("header", ["HTTP_AUTHORIZATION", "HTTP_X_API_KEY"])
def test_unknown_malformed_and_revoked_keys_get_401(story, header):
    key, raw = _key(story.sumida)

    def get(value: str):
        value = f"Bearer {value}" if header == "HTTP_AUTHORIZATION" else value
        return Client().get(f"{API}/queues", **{header: value})

    assert get(raw).status_code == 200
    forged = raw[:-4] + ("aaaa" if not raw.endswith("aaaa") else "bbbb")
    for bad in (forged, "kgk_nothing_here", "not-a-key", "x" * 500):
        r = get(bad)
        assert r.status_code == 401 and r.json()["code"] == "not_authenticated", bad
    admin = key.created_by
    apikey_revoke(actor=admin, key_id=key.pk)
    r = get(raw)
    assert r.status_code == 401
    assert AuditEntry.objects.filter(action="apikey.revoke", object_id=str(key.pk)).exists()


def test_a_bad_key_is_not_rescued_by_a_session_cookie(story):
    c = Client()
    c.force_login(story.clerk)
    assert c.get(f"{API}/queues").status_code == 200
    r = c.get(f"{API}/queues", HTTP_AUTHORIZATION="Bearer kgk_0000000000_forged")
    assert r.status_code == 401


def test_only_the_office_admin_makes_and_revokes_keys(story):
    with pytest.raises(Forbidden):
        apikey_create(actor=story.clerk, name="x", role="clerk", scopes=["read"])
    key, _ = _key(story.sumida)
    # Another office's admin cannot revoke it (and cannot tell it exists).
    with pytest.raises(NotFound):
        apikey_revoke(actor=_admin(story.hachinohe), key_id=key.pk)
    with pytest.raises(Forbidden):
        apikey_revoke(actor=story.clerk, key_id=key.pk)
    assert apikey_authenticate(key.prefix) is None
    key.refresh_from_db()
    assert key.revoked_at is None


@pytest.mark.parametrize(
    ("role", "scopes"), [("admin", ["read"]), ("clerk", []), ("clerk", ["write"])]
)
def test_keys_take_a_working_role_and_known_scopes(story, role, scopes):
    from kokugai.core.errors import ApplicationError

    with pytest.raises(ApplicationError) as exc:
        apikey_create(actor=_admin(story.sumida), name="x", role=role, scopes=scopes)
    assert exc.value.status == 422
    assert not ApiKey.objects.exists()


# --- the console page ----------------------------------------------------------------------


def test_the_admin_makes_a_key_on_the_console_sees_it_once_and_revokes_it(story):
    admin = _admin(story.sumida)
    c = Client()
    c.force_login(admin)
    page = c.get("/console/api-keys/")
    assert page.status_code == 200
    r = c.post("/console/api-keys/", {"name": "Case system", "role": "clerk", "scopes": ["read"]})
    assert r.status_code == 200, r.content.decode()[:2000]
    key = ApiKey.objects.get()
    html = r.content.decode()
    raw = html.split('id="api-key-value">', 1)[1].split("<", 1)[0]
    assert raw.startswith(f"kgk_{key.prefix}_") and apikey_authenticate(raw) == key
    assert raw not in c.get("/console/api-keys/").content.decode()  # shown once
    r = c.post(f"/console/api-keys/{key.pk}/revoke/")
    assert r.status_code == 302
    assert apikey_authenticate(raw) is None


def test_a_clerk_cannot_use_the_key_page_and_an_admin_cannot_revoke_another_offices_key(story):
    c = Client()
    c.force_login(story.clerk)
    assert c.get("/console/api-keys/").status_code == 403
    assert (
        c.post("/console/api-keys/", {"name": "x", "role": "clerk", "scopes": ["act"]}).status_code
        == 403
    )
    assert not ApiKey.objects.exists()
    key, raw = _key(story.sumida)
    other = Client()
    other.force_login(_admin(story.hachinohe))
    assert other.post(f"/console/api-keys/{key.pk}/revoke/").status_code == 404
    assert apikey_authenticate(raw) == key


def test_an_office_admin_cannot_reach_a_keys_service_account_in_the_admin(story):
    key, _ = _key(story.sumida)
    c = Client()
    c.force_login(key.created_by)
    users = c.get("/admin/core/user/").content.decode()
    assert key.account.username not in users
    r = c.get(f"/admin/core/user/{key.account_id}/change/")
    assert r.status_code in (302, 403, 404)
    profiles = c.get("/admin/registry/staffprofile/").content.decode()
    assert key.account.username not in profiles
