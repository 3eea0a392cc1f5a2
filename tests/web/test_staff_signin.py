"""Staff sign-in (issue 10, points 1, 2, 5, 9 and "Bad input"): each control attacked.

The password alone is never enough: a session whose second factor is pending is anonymous to
the console, the admin and the staff API. Codes are single-use, the throttle slows down
instead of locking out, sessions end idle and at their age limit, and every attempt is
audited. Passkeys are answered by ``tests.softauthn`` (real keys and signatures).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from kokugai.core.errors import Forbidden
from kokugai.core.models import AuditEntry, User
from kokugai.core.staffauth import throttle
from kokugai.core.staffauth.models import AccountState, Passkey
from kokugai.registry import services as registry_services
from kokugai.registry import staff_access
from kokugai.registry.models import Office
from kokugai.rules.codes import OfficeKind
from softauthn import SoftAuthenticator

pytestmark = pytest.mark.django_db

PASSWORD = "kokugai-demo-test"
T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
OFFICES = [
    ("131075", OfficeKind.MUNICIPALITY, "東京都墨田区"),
    ("022039", OfficeKind.MUNICIPALITY, "青森県八戸市"),
    ("production", OfficeKind.PRODUCTION, "J-LIS 製造"),
    ("jtea-tw-taipei", OfficeKind.MISSION, "日本台湾交流協会台北事務所"),
]


@pytest.fixture(autouse=True)
def _fast_passwords_and_clean_cache(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def world():
    offices = {
        code: Office.objects.get_or_create(code=code, defaults={"kind": kind, "name_ja": ja})[0]
        for code, kind, ja in OFFICES
    }
    users = registry_services.demo_staff_ensure(password=PASSWORD)
    return {"offices": offices, "users": users}


@pytest.fixture
def clock(time_machine):
    time_machine.move_to(T0, tick=False)
    return time_machine


def _device(user: User) -> TOTPDevice:
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device or TOTPDevice.objects.create(user=user, name="app", confirmed=True)


def _code(device: TOTPDevice) -> str:
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():06d}"


def _password(client: Client, username: str, password: str = PASSWORD, **extra):
    return client.post(
        reverse("console:login"), {"username": username, "password": password}, **extra
    )


def _second(client: Client, code: str, **extra):
    return client.post(reverse("console:login_verify"), {"code": code}, **extra)


def _sign_in(client: Client, user: User) -> None:
    device = _device(user)
    assert _password(client, user.username)["Location"] == reverse("console:login_verify")
    response = _second(client, _code(device))
    assert response.status_code == 302, response.content.decode()[:500]


def _actions(user: User | None = None, **filters) -> list[str]:
    qs = AuditEntry.objects.filter(**filters).order_by("id")
    if user is not None:
        qs = qs.filter(object_id=str(user.pk))
    return list(qs.values_list("action", flat=True))


# --- point 1: the second factor -------------------------------------------------------------------


def test_password_alone_opens_neither_console_nor_admin_nor_staff_api(client, world):
    clerk, admin = world["users"]["sumida-clerk"], world["users"]["sumida-admin"]
    _device(clerk)
    response = _password(client, "sumida-clerk")
    assert response.status_code == 302
    assert response["Location"] == reverse("console:login_verify")
    assert "_auth_user_id" in client.session  # signed in, second factor pending
    home = client.get(reverse("console:home"))
    assert home.status_code == 302 and home["Location"].startswith(reverse("console:login"))
    assert client.get(reverse("console:account")).status_code == 302
    # The sign-in page sends the half-signed-in session on to its second step (no loop).
    assert client.get(reverse("console:login") + "?next=/console/")["Location"] == reverse(
        "console:login_verify"
    )
    api = client.get("/api/v1/queues")
    assert api.status_code == 401
    assert api.json()["code"] == "not_authenticated"
    # The admin too, for an office admin holding only the password.
    other = Client()
    _device(admin)
    _password(other, "sumida-admin")
    assert other.get(reverse("admin:index")).status_code == 302
    assert other.get(reverse("admin:core_user_changelist")).status_code == 302


def test_totp_code_completes_the_sign_in_and_is_audited(client, world):
    clerk = world["users"]["sumida-clerk"]
    _sign_in(client, clerk)
    assert client.get(reverse("console:home")).status_code == 200
    assert client.get("/api/v1/queues").status_code == 200
    assert _actions(clerk, action__startswith="login.") == ["login.password_ok", "login.succeeded"]
    assert client.cookies.get(throttle.DEVICE_COOKIE)  # a known device from now on
    client.post(reverse("console:logout"))
    assert _actions(clerk)[-1] == "logout"
    assert client.get(reverse("console:home")).status_code == 302


@pytest.mark.parametrize(
    ("lang", "text"), [("en", "The code is not correct"), ("ja", "コードが正しくありません")]
)
def test_wrong_totp_code_is_refused_audited_and_changes_nothing(client, world, lang, text):
    clerk = world["users"]["sumida-clerk"]
    device = _device(clerk)
    _password(client, "sumida-clerk")
    good = _code(device)
    wrong = f"{(int(good) + 1) % 1_000_000:06d}"
    response = _second(client, wrong, HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 400
    assert text in response.content.decode()
    device.refresh_from_db()
    assert device.last_t == -1  # nothing accepted
    assert client.get(reverse("console:home")).status_code == 302
    entry = AuditEntry.objects.filter(action="login.second_factor_failed").get()
    assert entry.detail["reason"] == "code_wrong"


@pytest.mark.parametrize(
    ("lang", "text"), [("en", "This code was already used"), ("ja", "このコードは使用済みです")]
)
def test_a_totp_code_works_once(client, world, clock, lang, text):
    clerk = world["users"]["sumida-clerk"]
    device = _device(clerk)
    _sign_in(client, clerk)
    used = _code(device)
    client.post(reverse("console:logout"))
    # Someone who watched the code being typed replays it within the same 30 seconds.
    _password(client, "sumida-clerk")
    replay = _second(client, used, HTTP_ACCEPT_LANGUAGE=lang)
    assert replay.status_code == 400
    assert text in replay.content.decode()
    assert client.get(reverse("console:home")).status_code == 302
    assert (
        AuditEntry.objects.filter(action="login.second_factor_failed").get().detail["reason"]
        == "code_reused"
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "Each recovery code works only once"), ("ja", "回復コードはそれぞれ一度だけ")],
)
def test_a_recovery_code_works_once(client, world, lang, text):
    clerk = world["users"]["sumida-clerk"]
    _device(clerk)
    device = StaticDevice.objects.create(user=clerk, name="recovery codes")
    device.token_set.create(token="abcd2345")
    device.token_set.create(token="efgh6789")
    _password(client, "sumida-clerk")
    assert _second(client, "ABCD-2345").status_code == 302  # case and dashes do not matter
    assert client.get(reverse("console:home")).status_code == 200
    client.post(reverse("console:logout"))
    _password(client, "sumida-clerk")
    again = _second(client, "abcd2345", HTTP_ACCEPT_LANGUAGE=lang)
    assert again.status_code == 400
    assert text in again.content.decode()
    assert list(StaticToken.objects.values_list("token", flat=True)) == ["efgh6789"]
    assert (
        AuditEntry.objects.filter(action="login.second_factor_failed").get().detail["reason"]
        == "recovery_code_wrong"
    )


def test_five_wrong_codes_send_the_session_back_to_the_password(client, world, clock):
    clerk = world["users"]["sumida-clerk"]
    _device(clerk)
    _password(client, "sumida-clerk")
    for _ in range(5):
        clock.shift(dt.timedelta(minutes=1))  # past django-otp's own per-device delay
        response = _second(client, "zzzz-zzzz")
    assert response.status_code == 302 and response["Location"] == reverse("console:login")
    assert "_auth_user_id" not in client.session
    assert _actions(clerk).count("login.second_factor_failed") == 5


def test_first_sign_in_enrols_an_authenticator_and_shows_recovery_codes(client, world):
    clerk = world["users"]["sumida-clerk"]
    TOTPDevice.objects.filter(user=clerk).delete()
    response = _password(client, "sumida-clerk")
    assert response["Location"] == reverse("console:login_enrol")
    page = client.get(reverse("console:login_enrol"))
    assert page.status_code == 200
    assert "<svg" in page.content.decode()  # the QR code
    pending = TOTPDevice.objects.get(user=clerk, confirmed=False)
    assert page.context["secret"].replace(" ", "")  # the key, for typing by hand
    done = client.post(reverse("console:login_enrol"), {"code": _code(pending)})
    assert done["Location"] == reverse("console:recovery_codes")
    codes = client.get(reverse("console:recovery_codes")).context["codes"]
    assert len(codes) == 10
    assert StaticToken.objects.filter(device__user=clerk).count() == 10
    assert TOTPDevice.objects.get(user=clerk).confirmed
    assert client.get(reverse("console:home")).status_code == 200
    # Shown once only.
    assert client.get(reverse("console:recovery_codes"))["Location"] == reverse("console:account")
    assert "factor.totp_enrolled" in _actions(clerk)


def test_the_password_alone_cannot_replace_an_enrolled_authenticator(client, world):
    clerk = world["users"]["sumida-clerk"]
    original = _device(clerk)
    _password(client, "sumida-clerk")  # an attacker with the password, not the phone
    assert client.get(reverse("console:login_enrol"))["Location"] == reverse("console:login_verify")
    attacker = TOTPDevice.objects.create(user=clerk, name="attacker", confirmed=False)
    response = client.post(reverse("console:login_enrol"), {"code": _code(attacker)})
    assert response.status_code == 302 and response["Location"] == reverse("console:login_verify")
    assert list(TOTPDevice.objects.filter(user=clerk, confirmed=True)) == [original]
    assert client.get(reverse("console:home")).status_code == 302


# --- passkeys -------------------------------------------------------------------------------------


def _register_passkey(client: Client, user: User) -> SoftAuthenticator:
    key = SoftAuthenticator(origin="http://testserver", rp_id="testserver")
    options = client.post(reverse("console:passkey_register_options")).json()
    assert options["rp"]["id"] == "testserver"
    response = client.post(
        reverse("console:passkey_register"),
        data=json.dumps({"credential": key.create(options), "name": "key"}),
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    return key


def test_passkey_registers_and_signs_in(client, world):
    clerk = world["users"]["sumida-clerk"]
    _sign_in(client, clerk)
    key = _register_passkey(client, clerk)
    assert Passkey.objects.filter(user=clerk).count() == 1
    client.post(reverse("console:logout"))
    _password(client, "sumida-clerk")
    options = client.post(reverse("console:passkey_signin_options")).json()
    response = client.post(
        reverse("console:passkey_signin"),
        data=json.dumps(key.get(options)),
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["redirect"] == reverse("console:home")
    assert client.get(reverse("console:home")).status_code == 200
    assert Passkey.objects.get(user=clerk).sign_count == 1
    assert (
        AuditEntry.objects.filter(action="login.succeeded").order_by("id").last().detail["factor"]
        == "passkey"
    )


def test_a_replayed_passkey_assertion_is_refused(client, world):
    clerk = world["users"]["sumida-clerk"]
    _sign_in(client, clerk)
    key = _register_passkey(client, clerk)
    client.post(reverse("console:logout"))
    _password(client, "sumida-clerk")
    options = client.post(reverse("console:passkey_signin_options")).json()
    assertion = key.get(options)
    url = reverse("console:passkey_signin")
    assert (
        client.post(url, json.dumps(assertion), content_type="application/json").status_code == 200
    )
    client.post(reverse("console:logout"))
    # The captured assertion, replayed by a second client that has the password.
    thief = Client()
    _password(thief, "sumida-clerk")
    thief.post(reverse("console:passkey_signin_options"))  # a fresh challenge of its own
    replay = thief.post(url, json.dumps(assertion), content_type="application/json")
    assert replay.status_code == 400
    assert replay.json()["code"] == "passkey_refused"
    assert thief.get(reverse("console:home")).status_code == 302
    # The same assertion sent twice in one session meets no challenge the second time.
    again = thief.post(url, json.dumps(assertion), content_type="application/json")
    assert again.status_code == 400
    assert Passkey.objects.get(user=clerk).sign_count == 1  # nothing changed
    refused = AuditEntry.objects.filter(action="login.passkey_refused")
    assert refused.count() == 2


def test_a_cloned_authenticator_whose_counter_goes_back_is_refused(client, world):
    clerk = world["users"]["sumida-clerk"]
    _sign_in(client, clerk)
    key = _register_passkey(client, clerk)
    Passkey.objects.filter(user=clerk).update(sign_count=10)  # the genuine key signed 10 times
    client.post(reverse("console:logout"))
    _password(client, "sumida-clerk")
    options = client.post(reverse("console:passkey_signin_options")).json()
    response = client.post(
        reverse("console:passkey_signin"),
        json.dumps(key.get(options)),  # counter 1 < 10
        content_type="application/json",
    )
    assert response.status_code == 400
    assert client.get(reverse("console:home")).status_code == 302


# --- point 2: one way in, the admin included -------------------------------------------------------


def test_admin_login_is_the_staff_sign_in_page(client, world):
    page = client.get(reverse("admin:login") + "?next=/admin/registry/office/")
    assert page.status_code == 302
    assert page["Location"] == reverse("console:login") + "?next=%2Fadmin%2Fregistry%2Foffice%2F"
    # Posting a password to the admin's login signs nobody in, right or wrong.
    for password in ["wrong-1", PASSWORD]:
        response = client.post(
            reverse("admin:login"), {"username": "sumida-admin", "password": password}
        )
        assert response.status_code == 302
        assert "_auth_user_id" not in client.session
    # Wrong passwords on the one sign-in page count for the admin's account too, audited.
    for _ in range(3):
        _password(client, "sumida-admin", "wrong-password")
    assert _actions(None, action="login.failed", object_id="sumida-admin") == ["login.failed"] * 3
    assert _password(client, "sumida-admin").status_code == 429


# --- point 9: growing delays, not a lock anyone can set -----------------------------------------


def test_failures_slow_an_account_down_with_growing_delays(client, world, clock):
    for _ in range(throttle.ACCOUNT_FREE_FAILURES - 1):
        assert _password(client, "sumida-clerk", "wrong").status_code == 400
    first = _password(client, "sumida-clerk", "wrong")
    assert first.status_code == 429  # the delay starts
    assert _password(client, "sumida-clerk").status_code == 429  # even the right password waits
    clock.shift(dt.timedelta(seconds=throttle.BASE_DELAY_SECONDS + 1))
    assert _password(client, "sumida-clerk", "wrong").status_code == 429
    clock.shift(dt.timedelta(seconds=throttle.BASE_DELAY_SECONDS + 1))
    assert _password(client, "sumida-clerk").status_code == 429  # the second delay is longer
    clock.shift(dt.timedelta(seconds=2 * throttle.BASE_DELAY_SECONDS))
    assert _password(client, "sumida-clerk").status_code == 302
    assert "login.throttled" in _actions(None, object_id="sumida-clerk")


def test_a_stranger_cannot_keep_the_owner_out_of_their_account(world, clock):
    owner, stranger = Client(), Client(REMOTE_ADDR="203.0.113.9")
    _sign_in(owner, world["users"]["sumida-clerk"])  # the owner's browser is now known
    owner.post(reverse("console:logout"))
    for _ in range(12):
        stranger.post(reverse("console:login"), {"username": "sumida-clerk", "password": "guess"})
    assert _password(stranger, "sumida-clerk").status_code == 429  # the stranger waits
    assert _password(owner, "sumida-clerk").status_code == 302  # the owner does not


def test_one_address_trying_many_accounts_is_slowed_down(world, clock):
    sprayer = Client(REMOTE_ADDR="198.51.100.7")
    for i in range(throttle.ADDRESS_FREE_FAILURES):
        sprayer.post(reverse("console:login"), {"username": f"user{i}", "password": "Summer2026!"})
    assert _password(sprayer, "sumida-clerk").status_code == 429
    assert _password(Client(REMOTE_ADDR="198.51.100.8"), "sumida-clerk").status_code == 302


def test_the_office_admin_lifts_the_delay_and_nobody_else_can(world, clock):
    clerk, admin = world["users"]["sumida-clerk"], world["users"]["sumida-admin"]
    for _ in range(8):
        _password(Client(), "sumida-clerk", "wrong")
    assert _password(Client(), "sumida-clerk").status_code == 429
    with pytest.raises(Forbidden) as refused:
        staff_access.staff_unlock(world["users"]["hachinohe-reviewer"], clerk)
    assert refused.value.code == "staff_not_managed"
    staff_access.staff_unlock(admin, clerk)
    assert _password(Client(), "sumida-clerk").status_code == 302
    assert "login.unlocked" in _actions(clerk)


# --- point 5: passwords and sessions ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("new", "why"),
    [
        ("qwertyuz", "at least 12 characters"),
        ("short-pw-11", "at least 12 characters"),
        ("qwertyuiop123", "too common"),
    ],
)
def test_password_change_refuses_short_and_common_passwords(client, world, new, why):
    clerk = world["users"]["sumida-clerk"]
    client.force_login(clerk)
    response = client.post(
        reverse("console:password_change"),
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 400
    assert why in response.content.decode()
    clerk.refresh_from_db()
    assert clerk.check_password(PASSWORD)


def test_password_change_in_the_console_ends_other_sessions(client, world):
    clerk = world["users"]["sumida-clerk"]
    elsewhere = Client()
    elsewhere.force_login(clerk)
    client.force_login(clerk)
    wrong_old = client.post(
        reverse("console:password_change"),
        {
            "old_password": "nope",
            "new_password1": "a-good-long-phrase",
            "new_password2": "a-good-long-phrase",
        },
    )
    assert wrong_old.status_code == 400
    ok = client.post(
        reverse("console:password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "a-good-long-phrase",
            "new_password2": "a-good-long-phrase",
        },
    )
    assert ok.status_code == 302
    assert client.get(reverse("console:home")).status_code == 200  # this session stays
    assert elsewhere.get(reverse("console:home")).status_code == 302  # the other one ended
    assert _actions(clerk)[-2:] == ["password.change_failed", "password.changed"] or (
        "password.changed" in _actions(clerk)
    )


def test_sessions_end_after_30_idle_minutes(client, world, clock):
    clerk = world["users"]["sumida-clerk"]
    _sign_in(client, clerk)
    clock.shift(dt.timedelta(minutes=29))
    assert client.get(reverse("console:home")).status_code == 200
    clock.shift(dt.timedelta(minutes=31))
    assert client.get(reverse("console:home")).status_code == 302
    assert client.get("/api/v1/queues").status_code == 401
    assert AuditEntry.objects.filter(action="session.expired").get().detail["why"] == "idle"


def test_sessions_end_12_hours_after_sign_in_however_busy(client, world, clock):
    clerk = world["users"]["sumida-clerk"]
    _sign_in(client, clerk)
    for _ in range(12 * 3 + 1):  # a request every 20 minutes for over 12 hours
        clock.shift(dt.timedelta(minutes=20))
        last = client.get(reverse("console:home"))
    assert last.status_code == 302
    assert AuditEntry.objects.filter(action="session.expired").get().detail["why"] == "absolute"


def test_admin_reset_link_sets_a_new_password_once(world, clock):
    clerk, admin = world["users"]["sumida-clerk"], world["users"]["sumida-admin"]
    signed_in = Client()
    signed_in.force_login(clerk)
    link = staff_access.staff_password_reset(admin, clerk)
    assert signed_in.get(reverse("console:home")).status_code == 302  # sessions ended
    assert _password(Client(), "sumida-clerk").status_code == 400  # old password is gone
    browser = Client()
    assert browser.get(link).status_code == 200
    new = "a-fresh-long-phrase"
    done = browser.post(link, {"new_password1": new, "new_password2": new})
    assert done.status_code == 302
    clerk.refresh_from_db()
    assert clerk.check_password(new)
    assert not AccountState.objects.get(user=clerk).must_change_password
    # The link works once.
    again = Client().post(
        link, {"new_password1": "another-long-one", "new_password2": "another-long-one"}
    )
    assert again.status_code == 410
    clerk.refresh_from_db()
    assert clerk.check_password(new)
    assert _actions(clerk).count("password.reset_link_refused") == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "This password reset link has expired"), ("ja", "パスワード再設定のリンクは期限切れ")],
)
def test_an_expired_reset_link_is_refused(world, clock, settings, lang, text):
    clerk, admin = world["users"]["sumida-clerk"], world["users"]["sumida-admin"]
    link = staff_access.staff_password_reset(admin, clerk)
    clock.shift(dt.timedelta(seconds=settings.PASSWORD_RESET_TIMEOUT + 1))
    response = Client().post(
        link,
        {"new_password1": "late-long-phrase", "new_password2": "late-long-phrase"},
        HTTP_ACCEPT_LANGUAGE=lang,
    )
    assert response.status_code == 410
    assert text in response.content.decode()
    clerk.refresh_from_db()
    assert not clerk.has_usable_password()  # nothing changed
    assert "password.reset_link_refused" in _actions(clerk)


def test_a_password_set_by_an_admin_must_be_changed_at_next_sign_in(client, world):
    clerk, admin = world["users"]["sumida-clerk"], world["users"]["sumida-admin"]
    admin_client = Client()
    admin_client.force_login(admin)
    response = admin_client.post(
        reverse("admin:auth_user_password_change", args=[clerk.pk])
        if False
        else f"/admin/core/user/{clerk.pk}/password/",
        {
            "password1": "temporary-phrase-1",
            "password2": "temporary-phrase-1",
            "usable_password": "true",
        },
    )
    assert response.status_code == 302
    assert AccountState.objects.get(user=clerk).must_change_password
    _device(clerk)
    _password(client, "sumida-clerk", "temporary-phrase-1")
    _second(client, _code(_device(clerk)))
    home = client.get(reverse("console:home"))
    assert home.status_code == 302 and home["Location"] == reverse("console:password_change")
    assert client.get("/api/v1/queues").json()["code"] == "password_change_required"
    client.post(
        reverse("console:password_change"),
        {
            "old_password": "temporary-phrase-1",
            "new_password1": "my-own-long-phrase",
            "new_password2": "my-own-long-phrase",
        },
    )
    assert client.get(reverse("console:home")).status_code == 200
    assert "password.set_by_admin" in _actions(clerk)


def test_factor_reset_by_the_office_admin_ends_sessions_and_asks_to_enrol(client, world):
    clerk, admin = world["users"]["sumida-clerk"], world["users"]["sumida-admin"]
    _sign_in(client, clerk)
    staff_access.staff_factors_reset(admin, clerk, reason="lost phone")
    assert client.get(reverse("console:home")).status_code == 302
    assert not TOTPDevice.objects.filter(user=clerk).exists()
    assert _password(Client(), "sumida-clerk")["Location"] == reverse("console:login_enrol")
    assert "factors.reset" in _actions(clerk)


# --- point 4: accounts without an office, profile removal --------------------------------------


def test_office_admin_cannot_manage_an_account_without_an_office(world):
    loose = User.objects.create_user(username="no-office", password="x-long-password-1")
    admin = world["users"]["sumida-admin"]
    for act in (
        staff_access.staff_factors_reset,
        staff_access.staff_password_reset,
        staff_access.staff_unlock,
    ):
        with pytest.raises(Forbidden) as refused:
            act(admin, loose)
        assert refused.value.code == "staff_not_managed"
    assert loose.has_usable_password()
    assert staff_access.may_manage(world["users"]["kokugai-admin"], loose)
    assert "staff.manage_refused" in _actions(loose)


def test_removing_a_staff_profile_removes_permissions_and_sessions(client, world):
    reviewer = world["users"]["hachinohe-reviewer"]
    assert reviewer.user_permissions.filter(codename="reveal_mynumber").exists()
    client.force_login(reviewer)
    assert client.get(reverse("console:home")).status_code == 200
    reviewer.staff.delete()
    reviewer = User.objects.get(pk=reviewer.pk)
    assert not reviewer.user_permissions.exists()
    assert not reviewer.has_perm("people.reveal_mynumber")
    assert client.get(reverse("console:home")).status_code == 302
    assert "staff.profile_removed" in _actions(reviewer)


# --- issue 11.4: admin actions on staff, permissions, offices and counters are audited -------


def test_admin_changes_to_accounts_permissions_offices_and_counters_are_audited(client, world):
    root = world["users"]["kokugai-admin"]
    clerk = world["users"]["sumida-clerk"]
    client.force_login(root)
    change = client.get(f"/admin/core/user/{clerk.pk}/change/")
    form = change.context["adminform"].form
    data = {
        k: v
        for k, v in form.initial.items()
        if v is not None
        and k not in {"password", "groups", "user_permissions", "last_login", "date_joined"}
    }
    reveal = Permission.objects.get(codename="reveal_mynumber")
    data.update(
        {
            "user_permissions": [reveal.pk],
            "date_joined_0": "2026-01-01",
            "date_joined_1": "09:00:00",
            "is_active": "on",
        }
    )
    data.pop("is_staff", None)
    data.pop("is_superuser", None)
    response = client.post(f"/admin/core/user/{clerk.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    entry = AuditEntry.objects.filter(action="admin.change", object_type="core.user").get()
    assert entry.actor == root
    assert entry.detail["permissions"] == ["people.reveal_mynumber"]
    # A group with permissions.
    client.post("/admin/auth/group/add/", {"name": "reviewers", "permissions": [reveal.pk]})
    group = AuditEntry.objects.get(action="admin.add", object_type="auth.group")
    assert group.detail["permissions"] == ["people.reveal_mynumber"]
    # A counter added to an office by its office admin.
    admin = Client()
    admin.force_login(world["users"]["sumida-admin"])
    sumida = world["offices"]["131075"]
    page = admin.get(f"/admin/registry/office/{sumida.pk}/change/")
    post = {}
    for name, value in page.context["adminform"].form.initial.items():
        if value is not None and name not in {"code", "kind", "is_active"}:
            post[name] = value
    for formset in page.context["inline_admin_formsets"]:
        fs = formset.formset
        post.update({f"{fs.prefix}-TOTAL_FORMS": "0", f"{fs.prefix}-INITIAL_FORMS": "0"})
    post.update(
        {
            "counters-TOTAL_FORMS": "1",
            "counters-0-code": "audit-test",
            "counters-0-name_ja": "監査テスト窓口",
            "counters-0-floor": "1F",
        }
    )
    saved = admin.post(f"/admin/registry/office/{sumida.pk}/change/", post)
    assert saved.status_code == 302, saved.context["errors"] if saved.context else ""
    office_entry = AuditEntry.objects.get(action="admin.change", object_type="registry.office")
    assert office_entry.office_code == "131075"
    assert "counter" in json.dumps(office_entry.detail["message"], ensure_ascii=False)


def test_office_admin_actions_in_the_admin_reset_factors_and_issue_a_link(world):
    clerk, reviewer = world["users"]["sumida-clerk"], world["users"]["hachinohe-reviewer"]
    _device(clerk)
    admin = Client()
    admin.force_login(world["users"]["sumida-admin"])
    url = reverse("admin:core_user_changelist")
    response = admin.post(
        url,
        {"action": "issue_password_reset_link", "_selected_action": [clerk.pk]},
        follow=True,
    )
    text = " ".join(str(m) for m in response.context["messages"])
    assert "/console/password/reset/" in text
    clerk.refresh_from_db()
    assert not clerk.has_usable_password()
    admin.post(url, {"action": "reset_second_factors", "_selected_action": [clerk.pk]})
    assert not TOTPDevice.objects.filter(user=clerk).exists()
    # Another office's reviewer is out of reach, even when posted by hand.
    _device(reviewer)
    admin.post(url, {"action": "reset_second_factors", "_selected_action": [reviewer.pk]})
    assert TOTPDevice.objects.filter(user=reviewer).exists()
    actions = _actions(None, actor=world["users"]["sumida-admin"])
    assert "password.reset_issued" in actions and "factors.reset" in actions


def test_totp_keys_are_not_browsable_in_the_admin(client, world):
    client.force_login(world["users"]["kokugai-admin"])
    _device(world["users"]["sumida-clerk"])
    assert client.get("/admin/otp_totp/totpdevice/").status_code == 404
    assert client.get("/admin/otp_static/staticdevice/").status_code == 404
