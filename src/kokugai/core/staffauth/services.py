"""Staff sign-in services: every check and every audit row of the staff way in.

Flow: ``signin_password`` (throttled; on success the session is signed in but *pending*: the
middleware treats it as anonymous everywhere except the sign-in pages) ->
``signin_second_factor`` (TOTP code or recovery code) or ``passkeys.signin_verify`` ->
verified session. An account with no factor yet enrols TOTP first (``totp_enrol_*``).

Sessions end after ``KOKUGAI_SESSION_IDLE_SECONDS`` without a request, after
``KOKUGAI_SESSION_MAX_SECONDS`` in all, and whenever the account's session epoch moves
(``sessions_end``: factor or password reset, staff profile removed).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

import django_otp
import segno
from django.conf import settings
from django.contrib import auth
from django.contrib.auth import password_validation
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils.encoding import force_bytes, force_str
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode
from django.utils.translation import gettext as _
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from kokugai.core import clock
from kokugai.core.audit import audit_record
from kokugai.core.errors import ApplicationError
from kokugai.core.models import User
from kokugai.core.net import client_rate_key
from kokugai.core.staffauth import throttle
from kokugai.core.staffauth.errors import StaffAuthError
from kokugai.core.staffauth.models import AccountState, Passkey

#: Session keys (the sign-in time, the last request, the account's epoch at sign-in).
AUTH_AT = "kokugai_auth_at"
SEEN_AT = "kokugai_seen_at"
EPOCH = "kokugai_epoch"
OTP_FAILURES = "kokugai_otp_failures"
#: Wrong codes one pending session may type before it has to start again with the password.
OTP_FAILURES_PER_SESSION = 5
RECOVERY_CODES = 10


class SigninError(ApplicationError):
    status = 400

    def __init__(self, code: str, message: str, *, status: int = 400, wait: int = 0) -> None:
        super().__init__(code, message, status=status)
        self.wait = wait


def _address(request: HttpRequest) -> str:
    return client_rate_key(request)


def _own_account_event(request: HttpRequest, user: User, action: str, **detail: Any) -> None:
    """Audit ``action`` of ``user`` on their own account, with the caller's address."""
    audit_record(
        actor=user,
        action=action,
        object_type="user",
        object_id=user.pk,
        detail={"address": _address(request), **detail},
    )


def _throttled_message(wait: int) -> str:
    if wait >= 60:
        minutes = (wait + 59) // 60
        return _(
            "Too many failed sign-ins. Try again in %(minutes)d minutes, or ask your office "
            "admin to unlock your account."
        ) % {"minutes": minutes}
    return _("Too many failed sign-ins. Try again in %(seconds)d seconds.") % {"seconds": wait}


# --- account state ---------------------------------------------------------------------------


def account_state(user: User) -> AccountState:
    state, _created = AccountState.objects.get_or_create(user=user)
    return state


def sessions_end(user: User, *, actor: User | None, reason: str) -> None:
    """End every session of ``user`` (the middleware compares each session's epoch)."""
    with transaction.atomic():
        state, _created = AccountState.objects.select_for_update().get_or_create(user=user)
        state.session_epoch += 1
        state.save(update_fields=["session_epoch"])
        audit_record(
            actor=actor,
            action="session.ended_all",
            object_type="user",
            object_id=user.pk,
            reason=reason[:200],
        )


def on_logged_in(sender: Any, request: HttpRequest | None, user: User, **kwargs: Any) -> None:
    """``user_logged_in``: stamp the session with its start and the account's epoch."""
    if request is None or not hasattr(request, "session"):
        return
    now = clock.now().timestamp()
    request.session[AUTH_AT] = now
    request.session[SEEN_AT] = now
    request.session[EPOCH] = account_state(user).session_epoch
    request.session.pop(OTP_FAILURES, None)


# --- step 1: the password ----------------------------------------------------------------------


def signin_password(request: HttpRequest, username: str, password: str) -> User:
    """Check the password under the throttle; on success the session is signed in, pending its
    second factor. Raises SigninError (429 while throttled) and audits either way."""
    address = _address(request)
    keys = throttle.keys_for(username, address, request)
    wait = throttle.wait_seconds(keys)
    label = username[:150]
    if wait:
        audit_record(
            actor=None,
            actor_label=label,
            action="login.throttled",
            object_type="user",
            object_id=username[:64],
            detail={"address": address, "wait": wait},
        )
        raise SigninError(
            StaffAuthError.SIGNIN_THROTTLED, _throttled_message(wait), status=429, wait=wait
        )
    user = auth.authenticate(request, username=username, password=password)
    if user is None or not user.is_active:
        imposed = throttle.record_failure(keys)
        audit_record(
            actor=None,
            actor_label=label,
            action="login.failed",
            object_type="user",
            object_id=username[:64],
            detail={"address": address, "wait": imposed},
        )
        message = _("The username or password is not correct. Both are case-sensitive.")
        if imposed:
            message = f"{message} {_throttled_message(imposed)}"
        raise SigninError(
            StaffAuthError.INVALID_LOGIN, message, status=429 if imposed else 400, wait=imposed
        )
    throttle.record_success(keys)
    auth.login(request, user)
    _own_account_event(request, user, "login.password_ok")
    return user


# --- step 2: the second factor -----------------------------------------------------------------


def has_factor(user: User) -> bool:
    return any(
        model.objects.filter(user=user, confirmed=True).exists() for model in (TOTPDevice, Passkey)
    )


def _normalise(code: str) -> str:
    return re.sub(r"[\s-]", "", code or "").lower()


def _totp_reused(device: TOTPDevice, code: str) -> bool:
    """The code is one this device already accepted (its time step is not after last_t)."""
    if not code.isdigit():
        return False
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    now_t = totp.t()
    for offset in range(-device.tolerance, device.tolerance + 1):
        totp.drift = device.drift + offset
        if totp.token() == int(code) and now_t + offset <= device.last_t:
            return True
    return False


def _second_factor_failed(request: HttpRequest, user: User, reason: str, message: str) -> None:
    failures = int(request.session.get(OTP_FAILURES, 0)) + 1
    request.session[OTP_FAILURES] = failures
    _own_account_event(request, user, "login.second_factor_failed", reason=reason)
    if failures >= OTP_FAILURES_PER_SESSION:
        # Start again from the password (which is throttled), not unlimited code guessing.
        throttle.record_failure(throttle.keys_for(user.get_username(), _address(request), request))
        auth.logout(request)
        raise SigninError(
            StaffAuthError.SECOND_FACTOR_RESTART,
            _("Too many wrong codes. Sign in again with your password."),
            status=429,
        )
    raise SigninError(reason, message)


def signin_second_factor(request: HttpRequest, user: User, code: str) -> str:
    """Verify a TOTP code or a recovery code for the pending session; returns the factor kind.

    Refused (SigninError, audited, nothing changed): a wrong code, a TOTP code already used,
    a recovery code already used, a device slowed down by django-otp's own throttle."""
    token = _normalise(code)
    if not token:
        raise SigninError(StaffAuthError.CODE_MISSING, _("Enter the code."))
    if token.isdigit() and len(token) == 6:
        devices = list(TOTPDevice.objects.filter(user=user, confirmed=True))
        for device in devices:
            allowed, _info = device.verify_is_allowed()
            if not allowed:
                _second_factor_failed(
                    request,
                    user,
                    StaffAuthError.CODE_THROTTLED,
                    _("Too many wrong codes. Wait a few seconds, then try the next code."),
                )
            if device.verify_token(token):
                return _second_factor_ok(request, user, device, "totp")
        if any(_totp_reused(d, token) for d in devices):
            _second_factor_failed(
                request,
                user,
                StaffAuthError.CODE_REUSED,
                _(
                    "This code was already used. Wait until your app shows a new code, "
                    "then enter that one."
                ),
            )
        _second_factor_failed(
            request,
            user,
            StaffAuthError.CODE_WRONG,
            _("The code is not correct. Check your app's code."),
        )
    for device in StaticDevice.objects.filter(user=user, confirmed=True):
        if device.verify_token(token):
            return _second_factor_ok(request, user, device, "recovery_code")
    _second_factor_failed(
        request,
        user,
        StaffAuthError.RECOVERY_CODE_WRONG,
        _("This recovery code is not valid. Each recovery code works only once."),
    )
    raise AssertionError("unreachable")  # pragma: no cover


def _second_factor_ok(request: HttpRequest, user: User, device: Any, kind: str) -> str:
    request.session.cycle_key()  # a new session id once fully signed in
    django_otp.login(request, device)
    request.session.pop(OTP_FAILURES, None)
    detail: dict[str, Any] = {"address": _address(request), "factor": kind}
    if kind == "recovery_code":
        detail["recovery_codes_left"] = StaticToken.objects.filter(device__user=user).count()
    audit_record(
        actor=user, action="login.succeeded", object_type="user", object_id=user.pk, detail=detail
    )
    return kind


def signin_passkey_ok(request: HttpRequest, user: User, passkey: Passkey) -> None:
    _second_factor_ok(request, user, passkey, "passkey")


def signout(request: HttpRequest) -> None:
    user = (
        request.user if request.user.is_authenticated else getattr(request, "staff_pending", None)
    )
    if user is not None:
        _own_account_event(request, user, "logout")
    auth.logout(request)


# --- TOTP enrolment and recovery codes -----------------------------------------------------------


def totp_pending_device(user: User) -> TOTPDevice:
    """The unconfirmed TOTP device being enrolled (made on first call, same secret after)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator app", confirmed=False)
    return device


def totp_qr_svg(device: TOTPDevice) -> str:
    out = io.BytesIO()
    segno.make(device.config_url, error="m").save(
        out, kind="svg", scale=5, xmldecl=False, svgns=True, title="otpauth QR"
    )
    return out.getvalue().decode()


def totp_secret_text(device: TOTPDevice) -> str:
    from base64 import b32encode

    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def may_enrol(request: HttpRequest, user: User) -> bool:
    """A pending session may enrol only while the account has no factor at all (first sign-in
    or after an admin reset); a verified session may always add or replace one."""
    verified = getattr(request.user, "is_verified", lambda: False)()
    return verified or not has_factor(user)


def totp_enrol_confirm(request: HttpRequest, user: User, code: str) -> list[str]:
    """Confirm the pending TOTP device with a code from the app; returns new recovery codes.

    The new device replaces any older TOTP device; the session becomes verified."""
    if not may_enrol(request, user):
        raise SigninError(
            StaffAuthError.ENROLMENT_NOT_ALLOWED,
            _("This account already has a second factor. Sign in with it first."),
            status=403,
        )
    device = totp_pending_device(user)
    token = _normalise(code)
    if not (token.isdigit() and device.verify_token(token)):
        _own_account_event(request, user, "factor.totp_enrol_failed")
        raise SigninError(
            StaffAuthError.CODE_WRONG,
            _("The code is not correct. Check that the app shows the code for this account."),
        )
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        codes = recovery_codes_issue(user)
        audit_record(
            actor=user, action="factor.totp_enrolled", object_type="user", object_id=user.pk
        )
    _second_factor_ok(request, user, device, "totp_enrolment")
    return codes


def recovery_codes_issue(user: User) -> list[str]:
    """New recovery codes (the old ones stop working); shown once, each works once."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name="recovery codes", defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=c) for c in codes])
    audit_record(
        actor=user,
        action="factor.recovery_codes_issued",
        object_type="user",
        object_id=user.pk,
        detail={"count": len(codes)},
    )
    return codes


@transaction.atomic
def factors_reset(user: User, *, actor: User | None, reason: str = "") -> None:
    """Remove every second factor of ``user`` and end their sessions: at the next sign-in the
    account enrols again. Who may call this is decided by the caller's tier
    (``kokugai.registry.staff_access``)."""
    counts = {
        "totp": TOTPDevice.objects.filter(user=user).delete()[0],
        "recovery": StaticDevice.objects.filter(user=user).delete()[0],
        "passkeys": Passkey.objects.filter(user=user).delete()[0],
    }
    audit_record(
        actor=actor,
        action="factors.reset",
        object_type="user",
        object_id=user.pk,
        reason=reason[:200],
        detail=counts,
    )
    sessions_end(user, actor=actor, reason="second factors reset")


# --- passwords ----------------------------------------------------------------------------------


def password_change(request: HttpRequest, user: User, old: str, new: str) -> None:
    """The owner changes their password (old one required); other sessions end, this one stays."""
    if not user.check_password(old):
        _own_account_event(request, user, "password.change_failed")
        raise SigninError(
            StaffAuthError.OLD_PASSWORD_WRONG, _("Your current password is not correct.")
        )
    password_validation.validate_password(new, user)
    with transaction.atomic():
        _password_set(user, new)
        audit_record(actor=user, action="password.changed", object_type="user", object_id=user.pk)
    auth.update_session_auth_hash(request, user)


def _password_set(user: User, new: str) -> None:
    user.set_password(new)
    user.save(update_fields=["password"])
    state = account_state(user)
    state.must_change_password = False
    state.password_changed_at = clock.now()
    state.save(update_fields=["must_change_password", "password_changed_at"])


@transaction.atomic
def password_set_temporary(user: User, password: str, *, actor: User | None) -> None:
    """An admin sets a temporary password: the owner must change it at the next sign-in."""
    user.set_password(password)
    user.save(update_fields=["password"])
    state = account_state(user)
    state.must_change_password = True
    state.save(update_fields=["must_change_password"])
    audit_record(actor=actor, action="password.set_by_admin", object_type="user", object_id=user.pk)
    sessions_end(user, actor=actor, reason="password set by an admin")


def must_change_password(user: User) -> bool:
    return AccountState.objects.filter(user=user, must_change_password=True).exists()


@transaction.atomic
def password_reset_issue(user: User, *, actor: User | None) -> str:
    """A one-time reset link (path) for ``user``: the old password stops working now, the
    account's sessions end; the link works once, for ``PASSWORD_RESET_TIMEOUT`` seconds."""
    user.set_unusable_password()
    user.save(update_fields=["password"])
    state = account_state(user)
    state.must_change_password = True
    state.save(update_fields=["must_change_password"])
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    audit_record(
        actor=actor,
        action="password.reset_issued",
        object_type="user",
        object_id=user.pk,
        detail={"valid_seconds": settings.PASSWORD_RESET_TIMEOUT},
    )
    sessions_end(user, actor=actor, reason="password reset")
    return reverse("console:password_reset", args=[uid, token])


def password_reset_user(request: HttpRequest, uidb64: str, token: str) -> User:
    """The account a reset link is for; SigninError (audited) when it is expired, used or
    forged."""
    user = None
    try:
        pk = int(force_str(urlsafe_base64_decode(uidb64)))
        user = User.objects.filter(pk=pk, is_active=True).first()
    except (ValueError, TypeError, OverflowError):
        user = None
    if user is None or not default_token_generator.check_token(user, token):
        audit_record(
            actor=None,
            actor_label="anonymous",
            action="password.reset_link_refused",
            object_type="user",
            object_id=str(user.pk) if user else "",
            detail={"address": _address(request)},
        )
        raise SigninError(
            StaffAuthError.RESET_LINK_INVALID,
            _(
                "This password reset link has expired or was already used. Ask your office "
                "admin for a new one."
            ),
            status=410,
        )
    return user


def password_reset_complete(request: HttpRequest, user: User, token: str, new: str) -> None:
    if not default_token_generator.check_token(user, token):  # used in the meantime
        password_reset_user(request, urlsafe_base64_encode(force_bytes(user.pk)), token)
    password_validation.validate_password(new, user)
    with transaction.atomic():
        _password_set(user, new)
        _own_account_event(request, user, "password.reset_done")


def unlock(user: User, *, actor: User | None) -> None:
    throttle.unlock_account(user.get_username())
    for device in TOTPDevice.objects.filter(user=user):
        device.throttle_reset()
    for device in StaticDevice.objects.filter(user=user):
        device.throttle_reset()
    audit_record(actor=actor, action="login.unlocked", object_type="user", object_id=user.pk)


@dataclass(frozen=True)
class DemoEnrolment:
    secret: str  # base32, as authenticator apps take it
    uri: str  # otpauth://

    @property
    def code(self) -> str:
        from base64 import b32decode

        return f"{TOTP(b32decode(self.secret)).token():06d}"


DEMO_DEVICE_NAME = "demo"


def demo_totp_ensure(users: list[User], *, secret: str = "") -> DemoEnrolment:
    """Enrol each demo account with one shared demo TOTP secret (``kokugai setup`` prints it).

    The secret is ``secret`` (base32) if given, else the one the demo accounts already have,
    else a new random one; accounts that enrolled something themselves are left alone."""
    from base64 import b32decode, b32encode
    from binascii import hexlify
    from urllib.parse import quote

    existing = TOTPDevice.objects.filter(user__in=users, name=DEMO_DEVICE_NAME).first()
    if secret:
        key = b32decode(secret.replace(" ", "").upper())
    elif existing is not None:
        key = existing.bin_key
    else:
        import secrets

        key = secrets.token_bytes(20)
    key_hex = hexlify(key).decode()
    for user in users:
        if TOTPDevice.objects.filter(user=user, confirmed=True).exists():
            continue
        TOTPDevice.objects.create(user=user, name=DEMO_DEVICE_NAME, key=key_hex, confirmed=True)
        audit_record(
            actor=None,
            action="factor.totp_enrolled",
            object_type="user",
            object_id=user.pk,
            detail={"demo": True},
        )
    b32 = b32encode(key).decode()
    issuer = settings.OTP_TOTP_ISSUER
    label = quote(f"{issuer}:demo staff")
    uri = f"otpauth://totp/{label}?secret={b32}&issuer={quote(issuer)}&digits=6&period=30"
    return DemoEnrolment(secret=b32, uri=uri)
