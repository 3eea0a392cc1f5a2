"""Attack on the family pre-registration: a stranger types someone else's address and posts
the form again and again from many connections, so that our service floods that mailbox
with confirmation mails. Each address takes as many confirmation mails as the single
pre-registration allows (the counter is shared with it), whatever the client."""

from __future__ import annotations

import pytest
from tests.web.test_family_prereg import _frozen, form_data, offices  # noqa: F401 - fixtures

from kokugai.cases.households import FamilyPreRegistration
from kokugai.core.models import AuditEntry
from kokugai.notifications.models import Notification
from kokugai.web.portal.prereg import limits

pytestmark = pytest.mark.django_db


def test_one_address_is_not_flooded_from_many_connections(client, offices):  # noqa: F811
    per_email = limits()["per_email"]
    statuses = []
    for i in range(per_email + 2):
        r = client.post("/preregister/family/", form_data(), REMOTE_ADDR=f"198.51.100.{i + 1}")
        statuses.append(r.status_code)
    assert statuses[:per_email] == [302] * per_email
    assert statuses[per_email:] == [429, 429]
    assert FamilyPreRegistration.objects.count() == per_email
    sent = Notification.objects.filter(template="preregistration_verify")
    assert sent.count() == per_email
    assert AuditEntry.objects.filter(action="family_preregistration.rate_limited").exists()


def test_another_address_is_not_held_up_by_the_flood(client, offices):  # noqa: F811
    per_email = limits()["per_email"]
    for i in range(per_email + 1):
        client.post("/preregister/family/", form_data(), REMOTE_ADDR=f"198.51.100.{i + 1}")
    other = {**form_data(), "email": "someone.else@example.org"}
    r = client.post("/preregister/family/", other, REMOTE_ADDR="203.0.113.7")
    assert r.status_code == 302
