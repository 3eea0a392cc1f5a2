"""Kokugai settings: everything that differs between machines comes from the environment.

DATABASE_URL    default: a SQLite file in var/ of the checkout (git ignores var/)
EMAIL_URL       smtp://host:port (or smtps://, user:password@ allowed); default: files in var/mail/
SECRET_KEY      default: generated once into var/secret_key (development only)
KOKUGAI_INDEX_KEY     key for the My Number lookup hash (default: generated into var/index_key)
KOKUGAI_HOLDING_DAYS  days a card waits at the pickup office (default: the rules' assumption)
KOKUGAI_MYNUMBER_KEYS  comma-separated "id:base64key" AES-256-GCM keys, newest first;
                default: generated once into var/mynumber_keys (development only)
KOKUGAI_DEBUG   "1" for development pages and tracebacks
KOKUGAI_ASSUMPTIONS  JSON object overriding the marked assumptions of kokugai.rules
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from pathlib import Path
from urllib.parse import unquote, urlsplit

import dj_database_url

PACKAGE_DIR = Path(__file__).resolve().parent
_checkout = PACKAGE_DIR.parent.parent
BASE_DIR = _checkout if (_checkout / "pyproject.toml").exists() else Path.cwd()
VAR_DIR = Path(os.environ.get("KOKUGAI_VAR_DIR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)


def _persistent_secret(name: str, make: callable) -> str:  # type: ignore[valid-type]
    path = VAR_DIR / name
    if not path.exists():
        path.write_text(make())
        path.chmod(0o600)
    return path.read_text().strip()


DEBUG = os.environ.get("KOKUGAI_DEBUG", "0") == "1"
SECRET_KEY = os.environ.get("SECRET_KEY") or _persistent_secret(
    "secret_key", lambda: secrets.token_urlsafe(50)
)
MYNUMBER_KEYS = os.environ.get("KOKUGAI_MYNUMBER_KEYS") or _persistent_secret(
    "mynumber_keys",
    lambda: "k1:" + base64.b64encode(secrets.token_bytes(32)).decode(),
)
# Key material for the My Number lookup hash (HKDF -> HMAC-SHA256); independent of SECRET_KEY
# and of the encryption keys, so rotating those never changes a lookup hash.
KOKUGAI_INDEX_KEY = os.environ.get("KOKUGAI_INDEX_KEY") or _persistent_secret(
    "index_key", lambda: secrets.token_urlsafe(48)
)
ALLOWED_HOSTS = [
    h for h in os.environ.get("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]").split(",") if h
]
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    "kokugai.core",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "kokugai.core.staffauth",
    "kokugai.registry",
    "kokugai.people",
    "kokugai.cases",
    "kokugai.notifications",
    "kokugai.appointments",
    "kokugai.tracking",
    "kokugai.web",
    "kokugai.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "kokugai.core.staffauth.middleware.StaffAccessMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "kokugai.web.errors.ApplicationErrorMiddleware",
]

ROOT_URLCONF = "kokugai.urls"
WSGI_APPLICATION = "kokugai.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'kokugai.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Wait for a writer instead of failing at once: the worker and the web share the file.
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"
    # WAL lets the web read while the worker writes; NORMAL sync is safe with WAL.
    DATABASES["default"]["OPTIONS"]["init_command"] = (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# A cache every web process shares (login throttling must hold across processes): the
# database, so no other server is needed. The table is made by core's migration 0002.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "kokugai_cache",
    }
}
if os.environ.get("TEST_DB_NAME"):
    # bin/test names the PostgreSQL test database per run, so parallel runs never collide.
    DATABASES["default"]["TEST"] = {"NAME": os.environ["TEST_DB_NAME"]}
AUTH_USER_MODEL = "core.User"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "/console/login/"

# --- Staff sign-in (kokugai.core.staffauth; docs/security.md "Staff access") -------------------
# A session ends after this many seconds without a request, and after the second in all.
KOKUGAI_SESSION_IDLE_SECONDS = int(os.environ.get("KOKUGAI_SESSION_IDLE_SECONDS", "1800"))
KOKUGAI_SESSION_MAX_SECONDS = int(os.environ.get("KOKUGAI_SESSION_MAX_SECONDS", "43200"))
SESSION_COOKIE_AGE = KOKUGAI_SESSION_MAX_SECONDS
# A password reset link issued by an office admin works once, for this many seconds.
PASSWORD_RESET_TIMEOUT = int(os.environ.get("KOKUGAI_PASSWORD_RESET_SECONDS", "14400"))
# Passkeys: relying-party id and origin; empty = the request's own host (ALLOWED_HOSTS).
KOKUGAI_WEBAUTHN_RP_ID = os.environ.get("KOKUGAI_WEBAUTHN_RP_ID", "")
KOKUGAI_WEBAUTHN_ORIGIN = os.environ.get("KOKUGAI_WEBAUTHN_ORIGIN", "")
OTP_TOTP_ISSUER = "Kokugai"
# Pages a session whose second factor is pending may open (elsewhere it counts as signed out).
KOKUGAI_SIGNIN_FLOW_URLS = frozenset(
    {
        "console:login",
        "console:login_verify",
        "console:login_enrol",
        "console:passkey_signin_options",
        "console:passkey_signin",
        "console:logout",
        "set_language",
    }
)
# Pages an account that must change its password may open.
KOKUGAI_PASSWORD_CHANGE_URLS = frozenset(
    {"console:password_change", "console:logout", "console:recovery_codes", "set_language"}
)
# --- end of staff sign-in ----------------------------------------------------------------------

LANGUAGE_CODE = "ja"
LANGUAGES = [("ja", "日本語"), ("en", "English")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"

# Web hardening. Cookies are "secure" whenever the site is not in development mode.
SESSION_COOKIE_SECURE = not DEBUG and os.environ.get("KOKUGAI_INSECURE_COOKIES") != "1"
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"


def _email_settings(url: str | None) -> dict[str, object]:
    if not url:
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(VAR_DIR / "mail"),
        }
    parts = urlsplit(url)
    if parts.scheme not in {"smtp", "smtps", "submission"}:
        raise ValueError(
            f"EMAIL_URL: unsupported scheme {parts.scheme!r} (use smtp:// or smtps://)"
        )
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": parts.hostname or "127.0.0.1",
        "EMAIL_PORT": parts.port or (465 if parts.scheme == "smtps" else 25),
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_SSL": parts.scheme == "smtps",
        "EMAIL_USE_TLS": parts.scheme == "submission",
        "EMAIL_TIMEOUT": 20,
    }


EMAIL_URL = os.environ.get("EMAIL_URL") or None
globals().update(_email_settings(EMAIL_URL))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Kokugai <no-reply@kokugai.example>")

TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default", "email"],
    }
}

# Housekeeping that `kokugai worker` enqueues on a schedule: (task path, every N seconds).
# Each task is idempotent, so two workers enqueueing the same one do no harm.
KOKUGAI_PERIODIC_TASKS = [
    ("kokugai.cases.tasks.expire_uncollected", 3600),
    ("kokugai.appointments.tasks.send_reminders", 900),
    # The retention schedule (kokugai.rules.retention, docs/retention.md): every kind of
    # record past its period, rate-limit rows and pre-registrations included.
    ("kokugai.web.retention.purge_task", 86400),
    ("kokugai.tracking.tasks.learn_durations", 600),
    ("kokugai.notifications.tasks.send_card_reminders", 86400),
]

# Marked assumptions of kokugai.rules (UNCONFIRMED facts), overridable per deployment.
# A malformed value stops every command with one line (kokugai.cli prints it), not a traceback.
try:
    KOKUGAI_ASSUMPTIONS = json.loads(os.environ.get("KOKUGAI_ASSUMPTIONS") or "{}")
except json.JSONDecodeError as _exc:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(
        f"KOKUGAI_ASSUMPTIONS is not valid JSON (line {_exc.lineno}, column {_exc.colno}); "
        'expected an object such as {"mail_transit_days": 10}'
    ) from None
if not isinstance(KOKUGAI_ASSUMPTIONS, dict):
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(
        f"KOKUGAI_ASSUMPTIONS must be a JSON object, not {type(KOKUGAI_ASSUMPTIONS).__name__}; "
        'e.g. {"mail_transit_days": 10}'
    )
# Holding period at the pickup office; unset = the marked assumption in kokugai.rules.
KOKUGAI_HOLDING_DAYS = (
    int(os.environ["KOKUGAI_HOLDING_DAYS"]) if os.environ.get("KOKUGAI_HOLDING_DAYS") else None
)
# Delivery: first retry after this many seconds (doubling, capped), give up after 72 hours.
KOKUGAI_RETRY_BASE_SECONDS = float(os.environ.get("KOKUGAI_RETRY_BASE_SECONDS", "60"))
# A message left in "sending" longer than this (a crashed worker) is sent again, same Message-ID.
KOKUGAI_SENDING_LEASE_SECONDS = float(os.environ.get("KOKUGAI_SENDING_LEASE_SECONDS", "300"))
KOKUGAI_DELIVERY_BATCH = int(os.environ.get("KOKUGAI_DELIVERY_BATCH", "20"))
KOKUGAI_EMAIL_CHANGE_TTL_HOURS = int(os.environ.get("KOKUGAI_EMAIL_CHANGE_TTL_HOURS", "24"))
# Retention periods overriding kokugai.rules.retention (days per record kind), e.g.
# {"notification_days": 60}; `kokugai purge` enforces them (docs/retention.md).
try:
    KOKUGAI_RETENTION = json.loads(os.environ.get("KOKUGAI_RETENTION") or "{}")
except json.JSONDecodeError as _exc:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(
        f"KOKUGAI_RETENTION is not valid JSON (line {_exc.lineno}, column {_exc.colno}); "
        'expected an object such as {"notification_days": 60}'
    ) from None
# Pre-registrations not used within this many days are deleted (older name of the
# schedule's "preregistration_days"; still honoured).
if os.environ.get("KOKUGAI_PREREGISTRATION_DAYS") and isinstance(KOKUGAI_RETENTION, dict):
    KOKUGAI_RETENTION.setdefault(
        "preregistration_days", int(os.environ["KOKUGAI_PREREGISTRATION_DAYS"])
    )


def _retention_check() -> int:
    from django.core.exceptions import ImproperlyConfigured

    from kokugai.rules.retention import RetentionError, Schedule

    try:
        return Schedule(KOKUGAI_RETENTION).days("preregistration_days")
    except RetentionError as exc:
        raise ImproperlyConfigured(f"KOKUGAI_RETENTION: {exc}") from None


KOKUGAI_PREREGISTRATION_DAYS = _retention_check()
# Status-tracker rate limits overriding tracking.services.DEFAULT_LIMITS, e.g. {"per_client": 10}.
KOKUGAI_TRACKER_LIMITS = json.loads(os.environ.get("KOKUGAI_TRACKER_LIMITS", "{}"))
# Reverse proxies (addresses or networks, comma-separated) whose X-Forwarded-For is believed
# (kokugai.core.net). Empty: the peer address is the client.
KOKUGAI_TRUSTED_PROXIES = os.environ.get("KOKUGAI_TRUSTED_PROXIES", "")
# How long a web process keeps the learned stage durations it read (seconds). The worker
# relearns them (tracking.learning) every 10 minutes when events were written.
KOKUGAI_ETA_TTL_S = int(os.environ.get("KOKUGAI_ETA_TTL_S", "60"))
# Public site address used in links inside emails.
# The TrueType font embedded for names in the application PDF (IPAmj明朝); empty: Debian's path.
KOKUGAI_PDF_FONT = os.environ.get("KOKUGAI_PDF_FONT", "")
KOKUGAI_SITE_URL = os.environ.get("KOKUGAI_SITE_URL", "http://127.0.0.1:8000")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Every handler redacts the tokens of citizens' signed links (kokugai.core.logging).
    "filters": {
        "redact_tokens": {"()": "kokugai.core.logging.RedactTokensFilter"},
        # At DEBUG the template engine would log whole contexts (kokugai.core.logging).
        "template_context": {"()": "kokugai.core.logging.TemplateContextFilter"},
    },
    "formatters": {
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["redact_tokens"]},
        "server": {
            "class": "logging.StreamHandler",
            "formatter": "django.server",
            "filters": ["redact_tokens"],
        },
    },
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.server": {"handlers": ["server"], "level": "INFO", "propagate": False},
        "django.template": {"filters": ["template_context"]},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
