"""Headers and caching (issue 10.7): a strict CSP, HSTS, Permissions-Policy, no-store on
every page with personal data, the My Number never echoed back nor in error reports, and
``kokugai check --deploy`` clean with production settings."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse
from django.views.debug import SafeExceptionReporterFilter

import kokugai
from kokugai.cases import tokens
from kokugai.core import clock
from kokugai.web.console import views as console_views
from tracking.story import SeedStory, at

SRC = Path(kokugai.__file__).parent
#: Templates of pages (mails are not pages: their inline styles are how mail is styled).
PAGE_TEMPLATES = [
    p for p in SRC.rglob("templates/**/*.html") if "notifications/templates" not in str(p)
]


def csp(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    out = {}
    for part in header.split(";"):
        name, *values = part.split()
        out[name] = values
    return out


@pytest.mark.django_db
def test_pages_carry_a_strict_content_security_policy(client):
    r = client.get("/plan/")
    policy = csp(r)
    assert policy["script-src"][0] == "'self'"
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"] and policy["form-action"] == ["'self'"]
    header = r["Content-Security-Policy"]
    assert "unsafe-inline" not in header and "unsafe-eval" not in header and "*" not in header


def test_no_template_has_inline_script_style_or_handler():
    assert PAGE_TEMPLATES, "no templates found"
    inline_script = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I)
    handler = re.compile(r"\son[a-z]+\s*=", re.I)
    problems = []
    for path in PAGE_TEMPLATES:
        text = path.read_text()
        for pattern, what in (
            (inline_script, "inline script"),
            (handler, "event handler attribute"),
            (re.compile(r"<style\b", re.I), "style element"),
            (re.compile(r"\sstyle\s*=", re.I), "style attribute"),
            (re.compile(r"javascript:", re.I), "javascript: URL"),
        ):
            if pattern.search(text):
                problems.append(f"{path.relative_to(SRC)}: {what}")
    assert problems == []


@pytest.mark.django_db
def test_hsts_permissions_and_referrer_policies(client):
    r = client.get("/plan/", secure=True)
    hsts = r["Strict-Transport-Security"]
    assert int(re.search(r"max-age=(\d+)", hsts).group(1)) >= 31536000
    assert "includeSubDomains" in hsts
    policy = r["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy
    assert r["Referrer-Policy"] == "same-origin"
    assert r["X-Content-Type-Options"] == "nosniff"


def no_store(response) -> bool:
    return "no-store" in response.get("Cache-Control", "")


@pytest.mark.django_db
def test_every_page_with_personal_data_is_no_store(client):
    story = SeedStory()
    story.apply()
    story.forward()
    staff = Client()
    staff.force_login(story.clerk)
    case = story.case
    pages = {
        "console home": staff.get("/console/"),
        "console case": staff.get(reverse("console:case", args=[case.pk])),
        "console intake": staff.get(reverse("console:intake")),
        "api staff case": staff.get(f"/api/v1/cases/{case.pk}"),
        "api staff queue": staff.get("/api/v1/queues/received"),
        "pre-registration form": client.get("/preregister/"),
        "correction reply": client.get(f"/reply/{tokens.make_token(case.pk, tokens.REPLY)}/"),
    }
    with clock.frozen(at(2025, 10, 30)):
        pages["tracker result"] = client.post(
            "/track/", {"reference": case.receipt_number, "birth_date": "1990-04-01"}
        )
    # Booking and manage pages: tests/appointments/test_no_store.py.
    for name, response in pages.items():
        assert response.status_code < 500, name
        assert no_store(response), f"{name}: {response.get('Cache-Control')}"
    assert pages["tracker result"].status_code == 200
    assert pages["console case"].status_code == 200
    assert pages["api staff case"].status_code == 200


@pytest.mark.django_db
def test_static_files_keep_their_own_caching(client):
    r = client.get("/static/kokugai/site.js")
    assert r.status_code == 200
    assert not no_store(r)


MYNUMBER = "123456789018"


@pytest.mark.django_db
def test_intake_never_echoes_a_typed_mynumber_after_an_error(client):
    client.force_login(SeedStory().clerk)
    # Another field is wrong: the form comes back with the other values kept.
    r = client.post(
        reverse("console:intake"),
        {
            "procedure": "new_issuance",
            "channel": "municipality_visit",
            "family_name": "国外",
            "given_name": "花子",
            "family_name_kana": "コクガイ",
            "given_name_kana": "ハナコ",
            "birth_date": "not a date",
            "sex": "female",
            "honseki": "022039",
            "email": "hanako.kokugai@example.com",
            "mynumber": MYNUMBER,
            "language": "en",
        },
    )
    body = r.content.decode()
    assert "hanako.kokugai@example.com" in body  # the rest is kept
    assert MYNUMBER not in body and "1234 5678 9018" not in body
    assert 'name="mynumber"' in body
    assert no_store(r)


@pytest.mark.django_db
def test_the_mynumber_is_hidden_from_error_reports():
    staff = SeedStory().clerk
    request = RequestFactory().post(reverse("console:intake"), {"mynumber": MYNUMBER})
    request.user = staff
    request.session = {}
    request._messages = []
    try:
        console_views.intake(request)
    except Exception:  # noqa: S110 - only the marking of the request matters
        pass
    cleaned = SafeExceptionReporterFilter().get_post_parameters(request)
    assert cleaned["mynumber"] != MYNUMBER
    assert "mynumber" in request.sensitive_post_parameters


def test_check_deploy_is_clean_with_production_settings(tmp_path):
    # A production environment: nothing of the test run's (the browser tests set
    # DJANGO_ALLOW_ASYNC_UNSAFE in this process, which check --deploy rightly reports).
    dropped = ("DATABASE_URL", "KOKUGAI_", "DJANGO_ALLOW_ASYNC_UNSAFE")
    env = {k: v for k, v in os.environ.items() if not k.startswith(dropped)}
    env |= {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "KOKUGAI_VAR_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "kokugai.settings",
        "SECRET_KEY": "x7-production-like-secret-key-with-enough-entropy-Qz9@rT!kL2#mN5$vB8",
        "KOKUGAI_MYNUMBER_KEYS": os.environ["KOKUGAI_MYNUMBER_KEYS"],
        "KOKUGAI_INDEX_KEY": "production-like-index-key",
        "ALLOWED_HOSTS": "kokugai.example.jp",
        "KOKUGAI_TRUSTED_PROXIES": "10.0.0.0/8",
    }
    done = subprocess.run(
        [sys.executable, "-m", "kokugai", "check", "--deploy", "--fail-level", "WARNING"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues" in done.stdout
