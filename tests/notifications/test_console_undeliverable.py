"""A permanent bounce reaches the office: a "mail undeliverable" tile on the console home
and a queue listing the cases, scoped to the offices of the case like every queue."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.cache import cache
from django.db import transaction
from django.urls import reverse

from kokugai.cases import services
from kokugai.notifications import delivery
from kokugai.notifications.models import Notification
from kokugai.people.services import person_create
from kokugai.registry import services as registry_services
from kokugai.registry.models import Office
from kokugai.rules.codes import Channel, OfficeKind, Procedure

pytestmark = pytest.mark.django_db(transaction=True)

OFFICES = [
    ("131075", OfficeKind.MUNICIPALITY, "東京都墨田区", "Sumida City Office, Tokyo", "Asia/Tokyo"),
    ("022039", OfficeKind.MUNICIPALITY, "青森県八戸市", "Hachinohe City Office", "Asia/Tokyo"),
    ("131032", OfficeKind.MUNICIPALITY, "東京都港区", "", "Asia/Tokyo"),
    ("production", OfficeKind.PRODUCTION, "J-LIS 製造", "J-LIS production", "Asia/Tokyo"),
    (
        "jtea-tw-taipei",
        OfficeKind.MISSION,
        "日本台湾交流協会台北事務所",
        "JTEA Taipei",
        "Asia/Taipei",
    ),
]


@pytest.fixture
def world(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()
    offices = {}
    for code, kind, ja, en, tz in OFFICES:
        offices[code], _ = Office.objects.get_or_create(
            code=code, defaults={"kind": kind.value, "name_ja": ja, "name_en": en, "timezone": tz}
        )
    users = registry_services.demo_staff_ensure(password="kokugai-demo-test")
    yield {"offices": offices, "users": users}
    cache.clear()


def open_case(world, email: str):
    with transaction.atomic():
        person = person_create(
            actor=None, family_name="国外", given_name="太郎", family_name_kana="コクガイ",
            given_name_kana="タロウ", family_name_romaji="KOKUGAI", given_name_romaji="TARO",
            birth_date=dt.date(1990, 4, 1), sex="male", nationalities=["JP"],
            honseki=world["offices"]["022039"], email=email, country="TW", city="Taipei",
            timezone="Asia/Taipei",
        )  # fmt: skip
        person.email_verified_at = dt.datetime.now(dt.UTC)
        person.save(update_fields=["email_verified_at"])
        return services.case_open(
            person=person,
            procedure=Procedure.NEW_ISSUANCE,
            channel=Channel.MUNICIPALITY_VISIT,
            intake_office=world["offices"]["131075"],
            actor=world["users"]["sumida-clerk"],
        )


def tile(response, code):
    return next(q for q in response.context["queues"] if q["code"] == code)


def test_a_bounce_shows_on_the_office_home_and_queue(client, world, smtp_server):
    bounced = open_case(world, "gone@example.com")
    fine = open_case(world, "here@example.com")
    smtp_server.handler.reject.add("gone@example.com")
    assert Notification.objects.filter(case=bounced).exists()  # the intake mail
    delivery.deliver_pending()

    client.force_login(world["users"]["sumida-clerk"])
    home = client.get(reverse("console:home"))
    assert home.status_code == 200
    undeliverable = tile(home, "mail_undeliverable")
    assert undeliverable["count"] == 1 and undeliverable["alert"]
    html = home.content.decode()
    assert reverse("console:queue", args=["mail_undeliverable"]) in html
    assert "k-tile--alert" in html
    page = client.get(reverse("console:queue", args=["mail_undeliverable"]))
    assert page.status_code == 200
    assert bounced.receipt_number in page.content.decode()
    assert fine.receipt_number not in page.content.decode()

    # An office with no part in the case does not see it.
    client.force_login(world["users"]["taipei-clerk"])
    other = client.get(reverse("console:home"))
    assert tile(other, "mail_undeliverable")["count"] == 0


def test_a_content_rejection_is_not_an_undeliverable_address(client, world, smtp_server):
    smtp_server.handler.data_replies["taro@example.com"] = "554 5.7.1 content rejected"
    open_case(world, "taro@example.com")
    delivery.deliver_pending()
    assert Notification.objects.filter(status="failed").exists()
    client.force_login(world["users"]["sumida-clerk"])
    home = client.get(reverse("console:home"))
    assert tile(home, "mail_undeliverable")["count"] == 0
