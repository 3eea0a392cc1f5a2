"""Absolute links for mails and documents: the site's address plus ``reverse()``.

Every URL is built from the URL configuration (``reverse``), never by hand, so a route that
moves takes its links with it (issue 12 §2; ``tests/test_architecture.py`` scans for
hand-built paths).
"""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse


def absolute_url(viewname: str, *args: object) -> str:
    """``KOKUGAI_SITE_URL`` + the path of ``viewname`` (``"portal:reply"``, …)."""
    return settings.KOKUGAI_SITE_URL.rstrip("/") + reverse(viewname, args=args or None)
