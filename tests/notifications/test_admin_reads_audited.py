"""Opening a mail or an email-change request in the admin is a read of personal data: audited."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from kokugai.core.models import AuditEntry, User
from kokugai.notifications.models import EmailChangeRequest, Notification
from kokugai.people.models import Person


@pytest.mark.django_db
def test_admin_change_pages_of_mail_and_email_change_are_audited(client, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    admin = User.objects.create_superuser("audit-admin", "a@example.com", "x")
    client.force_login(admin)
    now = timezone.now()
    mail = Notification.objects.create(
        template="received", to="jiro@example.com", next_attempt_at=now,
        message_id="<admin-read@kokugai.test>", created_at=now, context={"receipt_number": "R1"},
    )  # fmt: skip
    from factories import OfficeFactory

    person = Person.objects.create(
        family_name="国外", given_name="次郎", family_name_kana="コクガイ", given_name_kana="ジロウ",
        birth_date=dt.date(1990, 1, 1), sex="male", honseki=OfficeFactory(),
    )  # fmt: skip
    change = EmailChangeRequest.objects.create(
        person=person, new_email="new@example.com", token_hash="x", created_at=now,
        expires_at=now + dt.timedelta(hours=1),
    )  # fmt: skip
    page = client.get(f"/admin/notifications/notification/{mail.pk}/change/")
    assert page.status_code == 200 and "jiro@example.com" in page.content.decode()
    page = client.get(f"/admin/notifications/emailchangerequest/{change.pk}/change/")
    assert page.status_code == 200 and "new@example.com" in page.content.decode()
    reads = {
        (r.object_type, r.object_id, r.actor_id)
        for r in AuditEntry.objects.filter(action="admin.read")
    }
    assert reads == {
        ("notification", str(mail.pk), admin.pk),
        ("emailchangerequest", str(change.pk), admin.pk),
    }
    # A page that is not found reads nothing and records nothing.
    assert client.get("/admin/notifications/notification/999999/change/").status_code == 302
    assert AuditEntry.objects.filter(action="admin.read").count() == 2
