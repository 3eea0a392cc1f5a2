"""Issue 16 point 1: a pre-registration code that cannot be lost. The code and its QR code
are mailed once the address is confirmed; "send my code again" (address + birth date) mails
it again only to the confirmed address on record and answers the same whether or not
anything matched; a mistyped address can be corrected before confirmation, and the link
sent to the wrong address dies."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core import mail

from kokugai.core import clock
from kokugai.core.models import AuditEntry
from kokugai.notifications.delivery import deliver_pending
from kokugai.notifications.models import Notification
from kokugai.web.models import PreRegistration
from kokugai.web.portal import prereg

NOW = dt.datetime(2025, 10, 1, 9, tzinfo=dt.UTC)
FIELDS = {
    "channel": "mission_counter",
    "family_name": "国外",
    "given_name": "太郎",
    "family_name_kana": "コクガイ",
    "given_name_kana": "タロウ",
    "family_name_romaji": "KOKUGAI",
    "given_name_romaji": "TARO",
    "birth_date": dt.date(1990, 4, 1),
    "sex": "male",
    "honseki_code": "022039",
    "email": "taro@example.com",
    "phone": "",
    "country": "TW",
    "city": "Taipei",
    "timezone": "Asia/Taipei",
    "intake_office_code": "jtea-tw-taipei",
    "pickup_office_code": "jtea-tw-taipei",
    "departure_date": None,
    "with_certificates": True,
    "language": "ja",
}


def _link(message) -> str:
    m = re.search(r"https?://\S+/preregister/verify/(\S+)/", message.body)
    assert m, message.body
    return m.group(1)


def _create(django_capture_on_commit_callbacks, **over) -> PreRegistration:
    with clock.frozen(NOW), django_capture_on_commit_callbacks(execute=True):
        p = prereg.preregistration_create(**{**FIELDS, **over})
    deliver_pending()
    return p


def _codes_sent(to: str | None = None) -> int:
    qs = Notification.objects.filter(template="preregistration_code")
    return (qs.filter(to=to) if to else qs).count()


def _strip_csrf(html: str) -> str:
    # CSRF tokens (form and htmx header) and CSP nonces differ per response.
    return re.sub(r"[A-Za-z0-9_-]{32,}", "T", html)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "lang,subject,words", [("ja", "事前登録コード", "まで使えます"), ("en", "code", "until")]
)
def test_confirming_mails_the_code_and_its_qr(
    client, django_capture_on_commit_callbacks, lang, subject, words
):
    p = _create(django_capture_on_commit_callbacks, language=lang)
    token = _link(mail.outbox[0])
    with clock.frozen(NOW), django_capture_on_commit_callbacks(execute=True):
        assert client.get(f"/preregister/verify/{token}/").status_code == 200
        # A second click shows the code again but mails nothing more.
        assert client.get(f"/preregister/verify/{token}/").status_code == 200
    deliver_pending()
    assert _codes_sent("taro@example.com") == 1
    message = mail.outbox[-1]
    assert message.to == ["taro@example.com"]
    assert subject in message.subject
    assert prereg.code_display(p.code) in message.body and words in message.body
    assert "/preregister/code/" in message.body  # how to get it again
    (name, content, mimetype) = message.attachments[0]
    assert mimetype == "image/png" and name.endswith(".png")
    assert content.startswith(b"\x89PNG\r\n\x1a\n")
    assert content == prereg.code_qr_png(p.code)


@pytest.mark.django_db
def test_resend_sends_the_code_to_the_confirmed_address(client, django_capture_on_commit_callbacks):
    p = _create(django_capture_on_commit_callbacks)
    with clock.frozen(NOW):
        prereg.preregistration_verify(_link(mail.outbox[0]))
    before = _codes_sent()
    with clock.frozen(NOW), django_capture_on_commit_callbacks(execute=True):
        r = client.post(
            "/preregister/code/",
            # Typed in capitals, full-width birth date: still the same person.
            {"email": "TARO@example.com", "birth_date": "１９９０-０４-０１"},
        )
    assert r.status_code == 200 and 'id="resent"' in r.content.decode()
    deliver_pending()
    assert _codes_sent() == before + 1
    assert mail.outbox[-1].to == [p.email]
    assert prereg.code_display(p.code) in mail.outbox[-1].body


@pytest.mark.django_db
def test_resend_with_a_wrong_birth_date_sends_nothing_and_says_the_same(
    client, django_capture_on_commit_callbacks
):
    _create(django_capture_on_commit_callbacks)
    with clock.frozen(NOW):
        prereg.preregistration_verify(_link(mail.outbox[0]))
    deliver_pending()
    sent_before = len(mail.outbox)
    rows_before = Notification.objects.count()
    pages = []
    with clock.frozen(NOW), django_capture_on_commit_callbacks(execute=True):
        for data in (
            {"email": "taro@example.com", "birth_date": "1990-04-02"},  # wrong birth date
            {"email": "nobody@example.com", "birth_date": "1990-04-01"},  # unknown address
            {"email": "taro@example.com", "birth_date": "1990-04-01"},  # the real one
        ):
            r = client.post("/preregister/code/", data)
            pages.append((r.status_code, _strip_csrf(r.content.decode())))
    deliver_pending()
    # One mail: the matching request's. The three answers are identical.
    assert Notification.objects.count() == rows_before + 1
    assert len(mail.outbox) == sent_before + 1
    assert pages[0] == pages[1] == pages[2]


@pytest.mark.django_db
def test_resend_never_mails_the_code_to_an_unconfirmed_address(
    client, django_capture_on_commit_callbacks
):
    _create(django_capture_on_commit_callbacks, email="typo@example.com")
    with clock.frozen(NOW), django_capture_on_commit_callbacks(execute=True):
        client.post("/preregister/code/", {"email": "typo@example.com", "birth_date": "1990-04-01"})
    deliver_pending()
    assert _codes_sent() == 0
    # Only a new confirmation link, to the same address.
    assert [m.to for m in mail.outbox] == [["typo@example.com"], ["typo@example.com"]]
    assert "/preregister/verify/" in mail.outbox[-1].body


@pytest.mark.django_db
def test_resend_is_rate_limited_per_address_matched_or_not(
    client, django_capture_on_commit_callbacks
):
    _create(django_capture_on_commit_callbacks)
    with clock.frozen(NOW):
        prereg.preregistration_verify(_link(mail.outbox[0]))
    limit = prereg.limits()["resend_per_email"]
    codes = []
    with clock.frozen(NOW), django_capture_on_commit_callbacks(execute=True):
        for i in range(limit + 2):
            r = client.post(
                "/preregister/code/",
                {"email": "taro@example.com", "birth_date": "1990-04-01"},
                REMOTE_ADDR=f"198.51.100.{i}",  # from many clients: the address is counted
            )
            codes.append(r.status_code)
    assert codes == [200] * limit + [429] * 2
    assert _codes_sent() == 1 + limit  # the confirmation's one, then ``limit`` resends
    assert AuditEntry.objects.filter(action="preregistration.code_resend_limited").count() == 2


@pytest.mark.django_db
def test_resend_is_rate_limited_per_client(client, settings, django_capture_on_commit_callbacks):
    settings.KOKUGAI_PREREGISTRATION_LIMITS = {"resend_per_client": 2}
    with clock.frozen(NOW):
        codes = [
            client.post(
                "/preregister/code/",
                {"email": f"guess{i}@example.com", "birth_date": "1990-04-01"},
                REMOTE_ADDR="203.0.113.7",
            ).status_code
            for i in range(3)
        ]
    assert codes == [200, 200, 429]


def _sent_page_session(client, p: PreRegistration) -> None:
    session = client.session
    session["prereg_sent"] = p.pk
    session.save()


@pytest.mark.django_db
def test_a_mistyped_address_is_corrected_and_the_old_link_dies(
    client, django_capture_on_commit_callbacks
):
    p = _create(django_capture_on_commit_callbacks, email="taro@exmaple.com")
    old_token = _link(mail.outbox[0])
    _sent_page_session(client, p)
    page = client.get("/preregister/sent/").content.decode()
    assert 'id="change-email"' in page and "taro@exmaple.com" in page
    with clock.frozen(NOW), django_capture_on_commit_callbacks(execute=True):
        r = client.post("/preregister/sent/", {"email": "taro@example.com"})
    assert r.status_code == 302
    deliver_pending()
    assert mail.outbox[-1].to == ["taro@example.com"]
    new_token = _link(mail.outbox[-1])
    page = client.get("/preregister/sent/").content.decode()
    assert "taro@example.com" in page and 'id="email-changed"' in page
    # The link that went to the wrong mailbox is void; the new one confirms.
    assert client.get(f"/preregister/verify/{old_token}/").status_code == 404
    p.refresh_from_db()
    assert not p.is_verified
    assert client.get(f"/preregister/verify/{new_token}/").status_code == 200
    p.refresh_from_db()
    assert p.is_verified and p.email == "taro@example.com"
    assert AuditEntry.objects.filter(action="preregistration.email_change").count() == 1
    # Confirmed: the address can no longer be changed from the page.
    assert 'id="change-email"' not in client.get("/preregister/sent/").content.decode()
    client.post("/preregister/sent/", {"email": "mallory@example.com"})
    p.refresh_from_db()
    assert p.email == "taro@example.com"


@pytest.mark.django_db
def test_another_browser_cannot_change_the_address(client, django_capture_on_commit_callbacks):
    p = _create(django_capture_on_commit_callbacks, email="taro@exmaple.com")
    # No session of the pre-registration: the post changes nothing and sends nothing.
    r = client.post("/preregister/sent/", {"email": "mallory@example.com"})
    assert r.status_code == 302
    p.refresh_from_db()
    assert p.email == "taro@exmaple.com"
    assert not Notification.objects.filter(to="mallory@example.com").exists()


@pytest.mark.django_db
def test_address_changes_are_limited(client, django_capture_on_commit_callbacks):
    p = _create(django_capture_on_commit_callbacks, email="taro@exmaple.com")
    _sent_page_session(client, p)
    limit = prereg.limits()["email_changes"]
    with clock.frozen(NOW):
        codes = [
            client.post("/preregister/sent/", {"email": f"t{i}@example.com"}).status_code
            for i in range(limit + 1)
        ]
    assert codes == [302] * limit + [429]
    p.refresh_from_db()
    assert p.email == f"t{limit - 1}@example.com"
