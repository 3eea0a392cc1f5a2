"""``kokugai demo_code``: the current code of the demo accounts' shared TOTP secret.

For the one-command demo (``bin/run``) without a phone. It reads only the devices that
``kokugai setup`` made for the demo accounts (named "demo"); a real account's factor is never
shown.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from kokugai.core.staffauth.services import DEMO_DEVICE_NAME


class Command(BaseCommand):
    help = "Print the current second-factor code of the demo staff accounts."

    def handle(self, *args: Any, **options: Any) -> None:
        device = TOTPDevice.objects.filter(name=DEMO_DEVICE_NAME, confirmed=True).first()
        if device is None:
            raise CommandError("no demo account is enrolled: run `kokugai setup` first")
        totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
        self.stdout.write(f"{totp.token():06d}")
