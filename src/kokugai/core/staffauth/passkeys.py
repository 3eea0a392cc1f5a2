"""Passkeys (WebAuthn) as a staff member's second factor, with the ``webauthn`` package.

Each ceremony's challenge is kept in the session and *popped* when the answer arrives, so an
answer is checked against one challenge once: a replayed assertion meets no challenge (or a
new one) and is refused. The authenticator's signature counter must grow (when it counts).

The relying party id is ``KOKUGAI_WEBAUTHN_RP_ID`` or, unset, the request's host (validated by
ALLOWED_HOSTS); the expected origin is ``KOKUGAI_WEBAUTHN_ORIGIN`` or the request's own.
Browsers allow WebAuthn only in a secure context: https, or http://localhost.
"""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import gettext as _
from webauthn import (
    base64url_to_bytes,
    generate_authentication_options,
    generate_registration_options,
    options_to_json,
    verify_authentication_response,
    verify_registration_response,
)
from webauthn.helpers import bytes_to_base64url
from webauthn.helpers.exceptions import InvalidAuthenticationResponse, InvalidRegistrationResponse
from webauthn.helpers.structs import (
    AuthenticatorSelectionCriteria,
    PublicKeyCredentialDescriptor,
    ResidentKeyRequirement,
    UserVerificationRequirement,
)

from kokugai.core.audit import audit_record
from kokugai.core.models import User
from kokugai.core.net import client_rate_key
from kokugai.core.staffauth.errors import StaffAuthError
from kokugai.core.staffauth.models import Passkey
from kokugai.core.staffauth.services import SigninError, signin_passkey_ok

REGISTER_CHALLENGE = "kokugai_passkey_register_challenge"
SIGNIN_CHALLENGE = "kokugai_passkey_signin_challenge"


def rp_id(request: HttpRequest) -> str:
    configured = settings.KOKUGAI_WEBAUTHN_RP_ID
    if configured:
        return configured
    host = request.get_host()
    if host.startswith("["):  # an IPv6 literal is never a valid RP id; keep it readable
        return host.split("]")[0] + "]"
    return host.rsplit(":", 1)[0]


def expected_origin(request: HttpRequest) -> str:
    return settings.KOKUGAI_WEBAUTHN_ORIGIN or (f"{request.scheme}://{request.get_host()}")


def _descriptors(user: User) -> list[PublicKeyCredentialDescriptor]:
    return [
        PublicKeyCredentialDescriptor(id=base64url_to_bytes(p.credential_id))
        for p in Passkey.objects.filter(user=user, confirmed=True)
    ]


def registration_options(request: HttpRequest, user: User) -> str:
    options = generate_registration_options(
        rp_id=rp_id(request),
        rp_name="Kokugai",
        user_name=user.get_username(),
        user_id=str(user.pk).encode(),
        user_display_name=user.get_full_name() or user.get_username(),
        exclude_credentials=_descriptors(user),
        authenticator_selection=AuthenticatorSelectionCriteria(
            resident_key=ResidentKeyRequirement.PREFERRED,
            user_verification=UserVerificationRequirement.PREFERRED,
        ),
    )
    request.session[REGISTER_CHALLENGE] = bytes_to_base64url(options.challenge)
    return options_to_json(options)


def _refused(request: HttpRequest, user: User | None, action: str, why: str) -> SigninError:
    audit_record(
        actor=user,
        action=action,
        object_type="user",
        object_id=user.pk if user else "",
        detail={"address": client_rate_key(request), "why": why[:200]},
    )
    return SigninError(
        StaffAuthError.PASSKEY_REFUSED,
        _("The passkey was not accepted. Try again, or use a code from your authenticator app."),
    )


def registration_verify(request: HttpRequest, user: User, credential: Any, name: str) -> Passkey:
    challenge = request.session.pop(REGISTER_CHALLENGE, None)
    if not challenge:
        raise _refused(request, user, "factor.passkey_register_refused", "no challenge")
    try:
        verified = verify_registration_response(
            credential=credential if isinstance(credential, str) else json.dumps(credential),
            expected_challenge=base64url_to_bytes(challenge),
            expected_rp_id=rp_id(request),
            expected_origin=expected_origin(request),
        )
    except (InvalidRegistrationResponse, ValueError, KeyError, TypeError) as exc:
        raise _refused(request, user, "factor.passkey_register_refused", str(exc)) from None
    transports = []
    if isinstance(credential, dict):
        transports = list(credential.get("response", {}).get("transports") or [])[:8]
    with transaction.atomic():
        passkey = _passkey_create(user, name, verified, transports)
    return passkey


def _passkey_create(user: User, name: str, verified: Any, transports: list[str]) -> Passkey:
    passkey = Passkey.objects.create(
        user=user,
        name=(name or _("passkey"))[:64],
        credential_id=bytes_to_base64url(verified.credential_id),
        public_key=verified.credential_public_key,
        sign_count=verified.sign_count,
        transports=transports,
        confirmed=True,
    )
    audit_record(
        actor=user,
        action="factor.passkey_registered",
        object_type="user",
        object_id=user.pk,
        detail={"passkey": passkey.pk},
    )
    return passkey


def signin_options(request: HttpRequest, user: User) -> str:
    options = generate_authentication_options(
        rp_id=rp_id(request),
        allow_credentials=_descriptors(user),
        user_verification=UserVerificationRequirement.PREFERRED,
    )
    request.session[SIGNIN_CHALLENGE] = bytes_to_base64url(options.challenge)
    return options_to_json(options)


def signin_verify(request: HttpRequest, user: User, credential: Any) -> Passkey:
    """Check an assertion for the pending session's own challenge (popped: used once)."""
    challenge = request.session.pop(SIGNIN_CHALLENGE, None)
    request.session.modified = True
    if not isinstance(credential, dict) or not challenge:
        raise _refused(request, user, "login.passkey_refused", "no challenge")
    try:
        with transaction.atomic():
            return _signin_check(request, user, credential, challenge)
    except _Refused as exc:
        raise _refused(request, user, "login.passkey_refused", str(exc)) from None


class _Refused(Exception):
    pass


def _signin_check(request: HttpRequest, user: User, credential: Any, challenge: str) -> Passkey:
    # Under the row lock, so two answers racing with one counter value cannot both pass.
    passkey = (
        Passkey.objects.select_for_update()
        .filter(user=user, confirmed=True, credential_id=str(credential.get("id", "")))
        .first()
    )
    if passkey is None:
        raise _Refused("unknown credential")
    try:
        verified = verify_authentication_response(
            credential=json.dumps(credential),
            expected_challenge=base64url_to_bytes(challenge),
            expected_rp_id=rp_id(request),
            expected_origin=expected_origin(request),
            credential_public_key=bytes(passkey.public_key),
            credential_current_sign_count=passkey.sign_count,
        )
    except (InvalidAuthenticationResponse, ValueError, KeyError, TypeError) as exc:
        raise _Refused(str(exc)) from None
    passkey.sign_count = verified.new_sign_count
    passkey.set_last_used_timestamp(commit=False)
    passkey.save(update_fields=["sign_count", "last_used_at"])
    signin_passkey_ok(request, user, passkey)
    return passkey
