"""Staff sign-in in a real browser (issue 10.1): TOTP enrolment and sign-in, and a passkey
registered and used through chromium's virtual authenticator (CDP ``WebAuthn`` domain).

WebAuthn needs a secure context: ``http://localhost`` is one, so these tests open the live
server by the name ``localhost`` and the relying party id follows the request's host.
"""

from __future__ import annotations

import json
import re

import pytest
from django.core.cache import cache
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from signin_helpers import pass_second_factor

from kokugai.core.models import AuditEntry, User
from kokugai.core.staffauth.models import Passkey
from kokugai.registry import services as registry_services
from kokugai.registry.models import Office
from kokugai.rules.codes import OfficeKind

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "kokugai-demo-browser"


@pytest.fixture
def staff(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()
    Office.objects.get_or_create(
        code="131075", defaults={"kind": OfficeKind.MUNICIPALITY, "name_ja": "東京都墨田区"}
    )
    for code, kind, ja in [
        ("022039", OfficeKind.MUNICIPALITY, "青森県八戸市"),
        ("production", OfficeKind.PRODUCTION, "J-LIS 製造"),
        ("jtea-tw-taipei", OfficeKind.MISSION, "日本台湾交流協会台北事務所"),
    ]:
        Office.objects.get_or_create(code=code, defaults={"kind": kind, "name_ja": ja})
    return registry_services.demo_staff_ensure(password=PASSWORD)


def _base(live_server) -> str:
    return live_server.url.replace("127.0.0.1", "localhost")


def _password(page, base: str, username: str) -> None:
    page.goto(f"{base}/console/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form.k-login button[type=submit]").click()
    page.wait_for_load_state()


def test_totp_enrolment_and_sign_in_in_the_browser(page, live_server, staff, screenshot):
    base = _base(live_server)
    clerk = staff["sumida-clerk"]
    TOTPDevice.objects.filter(user=clerk).delete()
    _password(page, base, "sumida-clerk")
    page.wait_for_url(re.compile(r"/console/login/enrol/"))
    assert page.locator("#totp-qr svg").count() == 1
    secret = page.locator("#totp-secret").inner_text().replace(" ", "")
    screenshot(page, "console-enrol-ja")
    # The authenticator app: the code from the secret the page showed.
    device = TOTPDevice.objects.get(user=clerk, confirmed=False)
    import base64

    assert base64.b32decode(secret) == device.bin_key
    code = f"{TOTP(base64.b32decode(secret)).token():06d}"
    page.locator("input[name=code]").fill(code)
    page.locator("form.k-enrol button[type=submit]").click()
    page.wait_for_url(re.compile(r"/console/account/recovery-codes/"))
    codes = page.locator("#recovery-codes code").all_inner_texts()
    assert len(codes) == 10
    page.locator("a.k-button").click()
    page.wait_for_url(re.compile(r"/console/$"))
    # Sign out, then in again with the app's next code.
    page.locator("form.k-logout button[type=submit]").click()
    page.wait_for_url(re.compile(r"/console/login/"))
    _password(page, base, "sumida-clerk")
    pass_second_factor(page, "sumida-clerk")
    page.wait_for_url(re.compile(r"/console/$"))
    # And once with a recovery code (the phone is lost).
    page.locator("form.k-logout button[type=submit]").click()
    _password(page, base, "sumida-clerk")
    page.locator("input[name=code]").fill(codes[0])
    page.locator("form.k-verify button[type=submit]").click()
    page.wait_for_url(re.compile(r"/console/$"))
    actions = list(
        AuditEntry.objects.filter(object_id=str(clerk.pk), action="login.succeeded")
        .order_by("id")
        .values_list("detail", flat=True)
    )
    assert [a["factor"] for a in actions] == ["totp_enrolment", "totp", "recovery_code"]


def test_passkey_registration_and_sign_in_with_a_virtual_authenticator(page, live_server, staff):
    base = _base(live_server)
    clerk = staff["sumida-clerk"]
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )
    # Signed in with the app first; the passkey is added on "Your sign-in".
    from signin_helpers import totp_code_for

    totp_code_for("sumida-clerk")
    _password(page, base, "sumida-clerk")
    pass_second_factor(page, "sumida-clerk")
    page.goto(f"{base}/console/account/")
    page.locator("#passkey-name").fill("laptop")
    page.locator("#passkey-register").click()
    page.wait_for_url(re.compile(r"/console/account/$"))
    page.wait_for_selector("#passkey-list li")
    assert Passkey.objects.filter(user=clerk, name="laptop").count() == 1
    page.locator("form.k-logout button[type=submit]").click()
    page.wait_for_url(re.compile(r"/console/login/"))

    # Sign in with the passkey; keep the assertion the browser sent.
    sent: list[str] = []
    page.on(
        "request",
        lambda r: (
            sent.append(r.post_data or "") if r.url.endswith("/console/login/passkey/") else None
        ),
    )
    _password(page, base, "sumida-clerk")
    page.wait_for_url(re.compile(r"/console/login/verify/"))
    page.locator("#passkey-signin").click()
    page.wait_for_url(re.compile(r"/console/$"))
    passkey = Passkey.objects.get(user=clerk)
    assert passkey.sign_count >= 1
    counter = passkey.sign_count

    # Replayed: the same assertion, posted again from a fresh pending session.
    page.locator("form.k-logout button[type=submit]").click()
    _password(page, base, "sumida-clerk")
    page.wait_for_url(re.compile(r"/console/login/verify/"))
    result = page.evaluate(
        """async (body) => {
            const csrf = document.querySelector('input[name=csrfmiddlewaretoken]').value;
            await fetch('/console/login/passkey/options/', {method: 'POST',
                headers: {'X-CSRFToken': csrf}});
            const r = await fetch('/console/login/passkey/', {method: 'POST', body,
                headers: {'Content-Type': 'application/json', 'X-CSRFToken': csrf}});
            return {status: r.status, body: await r.json()};
        }""",
        sent[0],
    )
    assert result["status"] == 400
    assert result["body"]["code"] == "passkey_refused"
    page.goto(f"{base}/console/")
    assert "/console/login/" in page.url  # still not signed in
    assert Passkey.objects.get(user=clerk).sign_count == counter
    assert AuditEntry.objects.filter(action="login.passkey_refused").count() == 1
    assert json.loads(sent[0])["id"] == passkey.credential_id
    assert User.objects.get(pk=clerk.pk).is_active
