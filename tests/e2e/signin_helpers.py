"""Signing staff in, second factor included, for the browser tests (plain functions)."""

from __future__ import annotations

import re
from typing import Any


def totp_code_for(username: str) -> str:
    """The current TOTP code of a staff account (a device is made if it has none).

    A code is accepted once per 30-second step; the stories sign the same person in twice
    within one step, so the device forgets its last accepted step here, as if the next step
    had come (tests/web/test_staff_signin.py proves that a reused code is refused)."""
    from django_otp.oath import TOTP
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from kokugai.core.models import User

    user = User.objects.get(username=username)
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="test app", confirmed=True)
    TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1, throttling_failure_count=0)
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():06d}"


def pass_second_factor(page: Any, username: str) -> None:
    """On the "confirm it is you" page: type the account's current code and sign in."""
    page.wait_for_url(re.compile(r"/console/login/verify/"))
    page.locator("input[name=code]").fill(totp_code_for(username))
    page.locator("form.k-verify button[type=submit]").click()
    page.wait_for_load_state()
