"""django-otp registers admin pages for its devices (a TOTP key's QR code among them). Staff
factors are managed only through the audited account actions (reset, recovery codes by their
owner), so those pages are taken out of the admin."""

from django.contrib import admin
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

for _model in (TOTPDevice, StaticDevice):
    if admin.site.is_registered(_model):
        admin.site.unregister(_model)
