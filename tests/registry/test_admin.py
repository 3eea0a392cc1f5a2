"""The Django admin: an office admin manages only their own office; the outbox is read-only."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from kokugai.core.models import User
from kokugai.notifications.models import Notification
from kokugai.notifications.services import notification_queue
from kokugai.registry import services as registry_services
from kokugai.registry.models import Counter, Office, StaffProfile
from kokugai.rules.codes import OfficeKind

pytestmark = pytest.mark.django_db

OFFICES = [
    ("131075", OfficeKind.MUNICIPALITY, "東京都墨田区"),
    ("022039", OfficeKind.MUNICIPALITY, "青森県八戸市"),
    ("production", OfficeKind.PRODUCTION, "J-LIS 製造"),
    ("jtea-tw-taipei", OfficeKind.MISSION, "日本台湾交流協会台北事務所"),
]


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def world():
    offices = {
        code: Office.objects.get_or_create(code=code, defaults={"kind": kind, "name_ja": ja})[0]
        for code, kind, ja in OFFICES
    }
    users = registry_services.demo_staff_ensure(password="kokugai-admin-test")
    return {"offices": offices, "users": users}


def _as(client, world, username):
    client.force_login(world["users"][username])
    return client


def test_office_admin_sees_and_edits_only_their_office(client, world):
    sumida, hachinohe = world["offices"]["131075"], world["offices"]["022039"]
    _as(client, world, "sumida-admin")
    listing = client.get(reverse("admin:registry_office_changelist"))
    assert listing.status_code == 200
    assert [o.pk for o in listing.context["cl"].result_list] == [sumida.pk]
    assert client.get(reverse("admin:registry_office_change", args=[sumida.pk])).status_code == 200
    other = client.get(reverse("admin:registry_office_change", args=[hachinohe.pk]))
    assert other.status_code == 302  # "does not exist", like an office of nowhere
    assert client.get(reverse("admin:registry_office_add")).status_code == 403
    assert client.post(reverse("admin:registry_office_delete", args=[sumida.pk])).status_code == 403


def test_office_admin_adds_a_counter_to_their_office(client, world):
    sumida = world["offices"]["131075"]
    _as(client, world, "sumida-admin")
    page = client.get(reverse("admin:registry_office_change", args=[sumida.pk]))
    form = page.context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and k in form.fields}
    for formset in page.context["inline_admin_formsets"]:
        fs = formset.formset
        prefix = fs.prefix
        data[f"{prefix}-TOTAL_FORMS"] = str(len(fs.forms))
        data[f"{prefix}-INITIAL_FORMS"] = str(fs.initial_form_count())
        for i, f in enumerate(fs.forms):
            for name in f.fields:
                value = f.initial.get(name)
                if value is not None and value is not False:
                    data[f"{prefix}-{i}-{name}"] = value.pk if hasattr(value, "pk") else value
    counter_prefix = next(
        fs.formset.prefix
        for fs in page.context["inline_admin_formsets"]
        if fs.formset.model is Counter
    )
    n = int(data[f"{counter_prefix}-TOTAL_FORMS"])
    data[f"{counter_prefix}-TOTAL_FORMS"] = str(n + 1)
    data[f"{counter_prefix}-{n}-code"] = "admin-test"
    data[f"{counter_prefix}-{n}-name_ja"] = "テスト窓口"
    response = client.post(reverse("admin:registry_office_change", args=[sumida.pk]), data)
    assert response.status_code == 302, response.context["errors"] if response.context else ""
    assert sumida.counters.filter(code="admin-test").exists()


def test_office_admin_manages_only_their_staff_and_cannot_move_them(client, world):
    sumida, hachinohe = world["offices"]["131075"], world["offices"]["022039"]
    _as(client, world, "sumida-admin")
    listing = client.get(reverse("admin:registry_staffprofile_changelist"))
    offices = {p.office_id for p in listing.context["cl"].result_list}
    assert offices == {sumida.pk}
    reviewer = StaffProfile.objects.get(user__username="hachinohe-reviewer")
    assert (
        client.get(reverse("admin:registry_staffprofile_change", args=[reviewer.pk])).status_code
        == 302
    )
    # An office admin does not attach existing accounts (an account without an office is a
    # superuser's to manage): the accounts they create join their office as they are made.
    assert client.get(reverse("admin:registry_staffprofile_add")).status_code == 403
    response = client.post(
        reverse("admin:core_user_add"),
        {
            "username": "sumida-new",
            "password1": "a-long-pass-phrase-1",
            "password2": "a-long-pass-phrase-1",
            "usable_password": "true",
        },
    )
    assert response.status_code == 302
    assert StaffProfile.objects.get(user__username="sumida-new").office == sumida
    page = client.get(
        reverse(
            "admin:registry_staffprofile_change",
            args=[StaffProfile.objects.get(user__username="sumida-clerk").pk],
        )
    )
    offered = (
        set(page.context["adminform"].form.fields["user"].queryset)
        if "user" in page.context["adminform"].form.fields
        else set()
    )
    assert world["users"]["kokugai-admin"] not in offered  # never a superuser
    assert world["users"]["hachinohe-reviewer"] not in offered  # never another office's staff
    clerk = StaffProfile.objects.get(user__username="sumida-clerk")
    client.post(
        reverse("admin:registry_staffprofile_change", args=[clerk.pk]),
        {"user": clerk.user_id, "role": "clerk", "office": hachinohe.pk},
    )
    clerk.refresh_from_db()
    assert clerk.office == sumida


def test_a_clerk_gets_no_admin(client, world):
    _as(client, world, "sumida-clerk")
    assert client.get(reverse("admin:registry_office_changelist")).status_code == 302


def test_superuser_sees_every_office(client, world):
    _as(client, world, "kokugai-admin")
    listing = client.get(reverse("admin:registry_office_changelist"))
    assert listing.context["cl"].result_count == len(OFFICES)


@pytest.fixture
def mail(world):
    return notification_queue(
        template="email_verify",
        to="taro.kokugai@example.com",
        language="ja",
        context={"verify_url": "https://kokugai.example/x/", "expires_at": "2026-01-01 00:00 UTC"},
    )


def test_notification_admin_is_read_only_and_hides_the_address(client, world, mail):
    viewer = world["users"]["sumida-admin"]
    viewer.user_permissions.add(Permission.objects.get(codename="view_notification"))
    _as(client, world, "sumida-admin")
    page = client.get(reverse("admin:notifications_notification_change", args=[mail.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "taro.kokugai@example.com" not in html and "verify_url" not in html
    assert "email_verify" in html
    client.post(
        reverse("admin:notifications_notification_change", args=[mail.pk]),
        {"template": "x", "to": "evil@example.com", "status": "sent"},
    )
    assert Notification.objects.get(pk=mail.pk).to == "taro.kokugai@example.com"
    delete = reverse("admin:notifications_notification_delete", args=[mail.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403

    _as(client, world, "kokugai-admin")
    page = client.get(reverse("admin:notifications_notification_change", args=[mail.pk]))
    assert "taro.kokugai@example.com" in page.content.decode()
    assert client.get(reverse("admin:notifications_notification_add")).status_code == 403


def test_office_admin_sees_only_their_own_accounts_never_unattached_ones(client, world):
    newcomer = User.objects.create_user(username="unattached", password="x-x-x-x-x")
    _as(client, world, "sumida-admin")
    listing = client.get(reverse("admin:core_user_changelist"))
    assert listing.status_code == 200
    shown = {u.username for u in listing.context["cl"].result_list}
    assert "sumida-clerk" in shown
    assert newcomer.username not in shown  # no staff profile: superusers only (issue 10.4)
    assert client.get(reverse("admin:core_user_change", args=[newcomer.pk])).status_code == 302
    assert "hachinohe-reviewer" not in shown and "kokugai-admin" not in shown
    reviewer = world["users"]["hachinohe-reviewer"]
    assert client.get(reverse("admin:core_user_change", args=[reviewer.pk])).status_code == 302
    page = client.get(reverse("admin:core_user_change", args=[world["users"]["sumida-clerk"].pk]))
    assert "is_superuser" not in page.context["adminform"].form.fields  # read-only for them
