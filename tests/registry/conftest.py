"""Shared fixtures of the registry tests: the four demo offices and their demo staff."""

from __future__ import annotations

import pytest

from kokugai.registry import services as registry_services
from kokugai.registry.models import Office
from kokugai.rules.codes import OfficeKind

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
    for o in offices.values():
        o.refresh_from_db()
    return {"offices": offices, "users": users}
