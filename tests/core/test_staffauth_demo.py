"""`kokugai setup` enrols the demo staff with one TOTP secret and prints it (issue 10, "Done
when"): `bin/run` stays a one-command start, and the printed secret really signs a demo
account in."""

from __future__ import annotations

import io
import re
from base64 import b32decode

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from kokugai.core.models import User


@pytest.mark.django_db
def test_setup_prints_the_demo_totp_secret_that_signs_a_demo_account_in(monkeypatch, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    monkeypatch.setenv("KOKUGAI_DEMO_PASSWORD", "an-invented-test-password")
    out = io.StringIO()
    call_command("setup", verbosity=0, stdout=out, no_demo=False)
    text = out.getvalue()
    secret = re.search(r"secret ([A-Z2-7]+)", text).group(1)
    uri = re.search(r"otpauth URI: (\S+)", text).group(1)
    assert uri.startswith("otpauth://totp/") and f"secret={secret}" in uri
    staff = User.objects.filter(username__in=["sumida-clerk", "hachinohe-reviewer"])
    keys = {d.bin_key for d in TOTPDevice.objects.filter(user__in=staff, confirmed=True)}
    assert keys == {b32decode(secret)}
    # A second run keeps (and prints) the same secret.
    again = io.StringIO()
    call_command("setup", verbosity=0, stdout=again)
    assert f"secret {secret}" in again.getvalue()
    # The printed secret is what an authenticator app needs: it signs the clerk in.
    client = Client()
    client.post(
        reverse("console:login"),
        {"username": "sumida-clerk", "password": "an-invented-test-password"},
    )
    code = io.StringIO()
    call_command("demo_code", stdout=code)
    assert code.getvalue().strip() == f"{TOTP(b32decode(secret)).token():06d}"
    response = client.post(reverse("console:login_verify"), {"code": code.getvalue().strip()})
    assert response.status_code == 302
    assert client.get(reverse("console:home")).status_code == 200
