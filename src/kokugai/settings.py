"""Kokugai settings: everything that differs between machines comes from the environment.

DATABASE_URL    default: a SQLite file in var/ of the checkout (git ignores var/)
EMAIL_URL       smtp://host:port (or smtps://, user:password@ allowed); default: files in var/mail/
SECRET_KEY      Django's signing key; required unless KOKUGAI_DEBUG=1 (then generated into var/)
KOKUGAI_INDEX_KEY     key for the My Number lookup hash; required unless KOKUGAI_DEBUG=1
KOKUGAI_HOLDING_DAYS  days a card waits at the pickup office (default: the rules' assumption)
KOKUGAI_MYNUMBER_KEYS  comma-separated "id:base64key" AES-256-GCM keys, newest first;
                required unless KOKUGAI_DEBUG=1 (then generated once into var/mynumber_keys)
KOKUGAI_DEBUG   "1" for development pages and tracebacks
KOKUGAI_ASSUMPTIONS  JSON object overriding the marked assumptions of kokugai.rules
KOKUGAI_IDEMPOTENCY_HOURS  how long the API keeps answers to POSTs with an Idempotency-Key (24)
KOKUGAI_FOUR_EYES  "0" lets the staff member who took a case in also accept it (default: on)

Every other KOKUGAI_* setting is declared below with its default and what it does; code reads
``settings.NAME`` only (never ``getattr`` with a second default), and the assumptions only
through ``kokugai.core.config.assumptions()`` (tests/test_one_source.py).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import dj_database_url

PACKAGE_DIR = Path(__file__).resolve().parent
_checkout = PACKAGE_DIR.parent.parent
BASE_DIR = _checkout if (_checkout / "pyproject.toml").exists() else Path.cwd()
VAR_DIR = Path(os.environ.get("KOKUGAI_VAR_DIR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)


# --- Keys (issue 10.6) ---------------------------------------------------------------------
# Outside development (KOKUGAI_DEBUG unset, empty or "0") every key comes from the environment
# and nothing is ever generated: a key written next to the data would be in every backup of
# var/, and each host would make its own. `kokugai.core.keys.require_keys()` stops the web
# server, the worker, `kokugai check` and every command that opens the database with one line
# naming the variable; pure commands (plan, check mynumber, offices) run without keys.
# In development the keys are generated once into var/, created 0600 (never chmod-ed after).
DEBUG = os.environ.get("KOKUGAI_DEBUG", "0") == "1"
KOKUGAI_KEY_VARIABLES = ("SECRET_KEY", "KOKUGAI_MYNUMBER_KEYS", "KOKUGAI_INDEX_KEY")


def _dev_key(name: str, make: callable) -> str:  # type: ignore[valid-type]
    """Read var/<name>, creating it atomically with mode 0600 if it does not exist."""
    path = VAR_DIR / name
    if not path.exists():
        fd, tmp = tempfile.mkstemp(dir=VAR_DIR, prefix=f".{name}.")  # mkstemp: mode 0600
        try:
            with os.fdopen(fd, "w") as f:
                f.write(make())
            try:
                os.link(tmp, path)  # atomic; loses to a concurrent creator, never half-written
            except FileExistsError:
                pass
        finally:
            os.unlink(tmp)
    return path.read_text().strip()


def _key(variable: str, file: str, make: callable) -> str:  # type: ignore[valid-type]
    value = os.environ.get(variable, "").strip()
    if value or not DEBUG:
        return value  # empty outside DEBUG: require_keys() refuses to start
    return _dev_key(file, make)


SECRET_KEY = _key("SECRET_KEY", "secret_key", lambda: secrets.token_urlsafe(50))
MYNUMBER_KEYS = _key(
    "KOKUGAI_MYNUMBER_KEYS",
    "mynumber_keys",
    lambda: "k1:" + base64.b64encode(secrets.token_bytes(32)).decode(),
)
# Key material for the My Number lookup hash (HKDF -> HMAC-SHA256); independent of SECRET_KEY
# and of the encryption keys, so rotating those never changes a lookup hash. During a
# rotation (`kokugai rotate_index_key`) KOKUGAI_INDEX_KEY_PREVIOUS holds the old material,
# so lookups keep finding rows not yet re-hashed.
KOKUGAI_INDEX_KEY = _key("KOKUGAI_INDEX_KEY", "index_key", lambda: secrets.token_urlsafe(48))
KOKUGAI_INDEX_KEY_PREVIOUS = os.environ.get("KOKUGAI_INDEX_KEY_PREVIOUS", "").strip()
KOKUGAI_MISSING_KEYS = [
    v
    for v, value in zip(
        KOKUGAI_KEY_VARIABLES, (SECRET_KEY, MYNUMBER_KEYS, KOKUGAI_INDEX_KEY), strict=True
    )
    if not value
]
# --- end of keys ----------------------------------------------------------------------------

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
    "csp",
    "django_htmx",
    # django-ninja as an app: its API docs page then loads Swagger UI from its own static
    # files, not from a CDN (no third-party host sees staff browsing the API).
    "ninja",
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
    # Production serving and headers (issues 13.6, 10.7, 14.9): a request id for every log
    # line, HTTPS/HSTS, static files, CSP, privacy headers, then bad input refused with a 4xx
    # before any view or the database sees it.
    "kokugai.web.middleware.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "kokugai.web.middleware.PrivacyHeadersMiddleware",
    "kokugai.web.middleware.BadInputMiddleware",
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
                "csp.context_processors.nonce",
            ],
        },
    },
]

# Persistent connections (CONN_MAX_AGE seconds, 0 = one per request) are always health-checked
# before reuse, so a restarted database costs no failed request (issue 14.11).
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'kokugai.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
        conn_health_checks=True,
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
STATIC_ROOT.mkdir(exist_ok=True)
# WhiteNoise serves static files from the web processes (no separate file server). It finds
# them in the apps as well, so `kokugai serve` works without a collectstatic step;
# `kokugai collectstatic` adds compressed copies (gzip) that it then prefers.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True

# Web hardening. Cookies are "secure" whenever the site is not in development mode.
SESSION_COOKIE_SECURE = not DEBUG and os.environ.get("KOKUGAI_INSECURE_COOKIES") != "1"
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"

# --- Headers and HTTPS (issue 10.7) -----------------------------------------------------------
# HTTPS only outside development: plain HTTP is redirected (KOKUGAI_SSL_REDIRECT=0 turns that
# off for a loopback test; the probes are exempt), HSTS for a year with subdomains. Behind a
# proxy listed in KOKUGAI_TRUSTED_PROXIES, its X-Forwarded-Proto says whether the client used
# HTTPS; that header is believed only with a trusted proxy configured.
SECURE_SSL_REDIRECT = not DEBUG and os.environ.get("KOKUGAI_SSL_REDIRECT", "1") != "0"
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = 0 if DEBUG else int(os.environ.get("KOKUGAI_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = os.environ.get("KOKUGAI_HSTS_PRELOAD", "1") == "1"
if os.environ.get("KOKUGAI_TRUSTED_PROXIES", "").strip():
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Content-Security-Policy (django-csp): scripts and styles only from our own static files,
# inline script only with the per-request nonce ({{ request.csp_nonce }}), no inline style,
# no plugins, no framing, forms post only to us. Mails are not pages: their inline styles
# are untouched.
from csp.constants import NONCE, NONE, SELF  # noqa: E402 - settings read top to bottom

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}
# Largest request body accepted (bytes): no page takes a file, so anything bigger is refused
# with 413 before it is read (kokugai.web.middleware.BadInputMiddleware).
KOKUGAI_MAX_BODY_BYTES = int(os.environ.get("KOKUGAI_MAX_BODY_BYTES", str(1024 * 1024)))
DATA_UPLOAD_MAX_MEMORY_SIZE = KOKUGAI_MAX_BODY_BYTES
# /readyz: the worker's heartbeat must be younger than this (seconds).
KOKUGAI_READY_HEARTBEAT_SECONDS = float(os.environ.get("KOKUGAI_READY_HEARTBEAT_SECONDS", "120"))
# --- end of headers and HTTPS -----------------------------------------------------------------


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
        "EMAIL_FILE_PATH": None,  # only the file backend (development) writes files
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
    ("kokugai.cases.tasks.send_card_reminders", 86400),
]


def _json_env(name: str, example: str) -> object:
    """A JSON value from the environment ({} when unset). A malformed value stops every
    command with one line (kokugai.cli prints it), not a traceback."""
    try:
        return json.loads(os.environ.get(name) or "{}")
    except json.JSONDecodeError as exc:
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured(
            f"{name} is not valid JSON (line {exc.lineno}, column {exc.colno}); "
            f"expected an object such as {example}"
        ) from None


# Marked assumptions of kokugai.rules (UNCONFIRMED facts), overridable per deployment.
KOKUGAI_ASSUMPTIONS = _json_env("KOKUGAI_ASSUMPTIONS", '{"mail_transit_days": 10}')
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
# Four eyes (issue 10 §3): the staff member who took a case in may not accept it. "0" turns
# it off (e.g. a one-person office during a test run); on unless said otherwise.
KOKUGAI_FOUR_EYES = os.environ.get("KOKUGAI_FOUR_EYES", "1").strip().lower() not in (
    "0",
    "false",
    "off",
)
KOKUGAI_RETRY_BASE_SECONDS = float(os.environ.get("KOKUGAI_RETRY_BASE_SECONDS", "60"))
# The longest wait between two tries, and how long after queueing a message is given up.
KOKUGAI_RETRY_MAX_DELAY_SECONDS = float(
    os.environ.get("KOKUGAI_RETRY_MAX_DELAY_SECONDS", str(6 * 3600))
)
KOKUGAI_RETRY_WINDOW_SECONDS = float(os.environ.get("KOKUGAI_RETRY_WINDOW_SECONDS", str(72 * 3600)))
# Outcomes of a batch are written at least this often (seconds) while it is being sent.
KOKUGAI_DELIVERY_FLUSH_SECONDS = float(os.environ.get("KOKUGAI_DELIVERY_FLUSH_SECONDS", "1"))
# A kept SMTP connection idle longer than this (seconds) is checked with NOOP before reuse.
KOKUGAI_SMTP_IDLE_SECONDS = float(os.environ.get("KOKUGAI_SMTP_IDLE_SECONDS", "5"))
# The right-hand side of every Message-ID the worker writes.
KOKUGAI_MESSAGE_ID_DOMAIN = os.environ.get("KOKUGAI_MESSAGE_ID_DOMAIN", "kokugai.example")
# The organiser address in calendar invitations (.ics); empty: DEFAULT_FROM_EMAIL's address.
KOKUGAI_NOREPLY_EMAIL = os.environ.get("KOKUGAI_NOREPLY_EMAIL", "")
# Days before a card or certificate expires, and before the return-to-Japan deadline, on which
# a reminder is mailed (comma-separated, e.g. "180,90").
KOKUGAI_EXPIRY_REMINDER_DAYS = tuple(
    int(d) for d in os.environ.get("KOKUGAI_EXPIRY_REMINDER_DAYS", "180,90").split(",") if d
)
KOKUGAI_RETURN_REMINDER_DAYS = tuple(
    int(d) for d in os.environ.get("KOKUGAI_RETURN_REMINDER_DAYS", "30,7").split(",") if d
)
# Minutes at the counter per family member, by pickup service code, e.g. {"pickup": 15};
# a service not named takes appointments.households.MINUTES_PER_PERSON.
KOKUGAI_FAMILY_PICKUP_MINUTES = _json_env("KOKUGAI_FAMILY_PICKUP_MINUTES", '{"pickup": 15}')
# The API keeps the answer to a POST sent with an Idempotency-Key this long (kokugai.api).
KOKUGAI_IDEMPOTENCY_HOURS = float(os.environ.get("KOKUGAI_IDEMPOTENCY_HOURS", "24"))
# Webhooks (kokugai.notifications.webhooks): how long one POST may take, and how long a worker
# holds a claimed delivery before another may take it. Retries use the mail's backoff.
KOKUGAI_WEBHOOK_TIMEOUT_SECONDS = float(os.environ.get("KOKUGAI_WEBHOOK_TIMEOUT_SECONDS", "10"))
KOKUGAI_WEBHOOK_LEASE_SECONDS = float(os.environ.get("KOKUGAI_WEBHOOK_LEASE_SECONDS", "120"))
# Webhook URLs may name loopback, private, link-local or other non-public addresses only when
# this is 1 (receivers on the deployment's own network; the test suite's loopback receiver).
# Off by default: an admin's URL must not turn the server into a proxy to its own network (SSRF).
KOKUGAI_WEBHOOK_ALLOW_PRIVATE = os.environ.get("KOKUGAI_WEBHOOK_ALLOW_PRIVATE", "0") == "1"
# A message left in "sending" longer than this (a crashed worker) is sent again, same Message-ID.
KOKUGAI_SENDING_LEASE_SECONDS = float(os.environ.get("KOKUGAI_SENDING_LEASE_SECONDS", "300"))
KOKUGAI_DELIVERY_BATCH = int(os.environ.get("KOKUGAI_DELIVERY_BATCH", "100"))
KOKUGAI_EMAIL_CHANGE_TTL_HOURS = int(os.environ.get("KOKUGAI_EMAIL_CHANGE_TTL_HOURS", "24"))
# Retention periods overriding kokugai.rules.retention (days per record kind), e.g.
# {"notification_days": 60}; `kokugai purge` enforces them (docs/retention.md).
KOKUGAI_RETENTION = _json_env("KOKUGAI_RETENTION", '{"notification_days": 60}')
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
KOKUGAI_TRACKER_LIMITS = _json_env("KOKUGAI_TRACKER_LIMITS", '{"per_client": 10}')
# Pre-registration limits overriding web.portal.prereg.DEFAULT_LIMITS, e.g. {"per_email": 3}.
KOKUGAI_PREREGISTRATION_LIMITS = _json_env("KOKUGAI_PREREGISTRATION_LIMITS", '{"per_email": 3}')
# Reverse proxies (addresses or networks, comma-separated) whose X-Forwarded-For is believed
# (kokugai.core.net). Empty: the peer address is the client.
KOKUGAI_TRUSTED_PROXIES = os.environ.get("KOKUGAI_TRUSTED_PROXIES", "")
# How long a web process keeps the learned stage durations it read (seconds). The worker
# relearns them (tracking.learning) every 10 minutes when events were written.
KOKUGAI_ETA_TTL_S = int(os.environ.get("KOKUGAI_ETA_TTL_S", "60"))
# The service level the console's performance page measures: cases finished within this many
# days of opening (Berlin's ZMS promises 14).
KOKUGAI_SERVICE_DAYS = int(os.environ.get("KOKUGAI_SERVICE_DAYS", "14"))
# Cases per page of a console queue (paged by keyset, oldest in their state first).
KOKUGAI_QUEUE_PAGE_SIZE = int(os.environ.get("KOKUGAI_QUEUE_PAGE_SIZE", "50"))
# Public site address used in links inside emails.
# The TrueType font embedded for names in the application PDF (IPAmj明朝); empty: Debian's path.
KOKUGAI_PDF_FONT = os.environ.get("KOKUGAI_PDF_FONT", "")
KOKUGAI_SITE_URL = os.environ.get("KOKUGAI_SITE_URL", "http://127.0.0.1:8000")

# Logs: one JSON object a line outside development (KOKUGAI_LOG_FORMAT=json|text), each with
# the request id; the access log (logger kokugai.request) names the URL route, never the path.
KOKUGAI_LOG_FORMAT = os.environ.get("KOKUGAI_LOG_FORMAT") or ("text" if DEBUG else "json")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Every handler redacts the tokens of citizens' signed links (kokugai.core.logging).
    "filters": {
        "redact_tokens": {"()": "kokugai.core.logging.RedactTokensFilter"},
        "request_id": {"()": "kokugai.core.logging.RequestIdFilter"},
        # At DEBUG the template engine would log whole contexts (kokugai.core.logging).
        "template_context": {"()": "kokugai.core.logging.TemplateContextFilter"},
    },
    "formatters": {
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        },
        "json": {"()": "kokugai.core.logging.JsonFormatter"},
        "text": {"format": "%(levelname)s %(name)s [%(request_id)s] %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["redact_tokens", "request_id"],
            "formatter": KOKUGAI_LOG_FORMAT,
        },
        "server": {
            "class": "logging.StreamHandler",
            "formatter": "django.server",
            "filters": ["redact_tokens"],
        },
    },
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.server": {"handlers": ["server"], "level": "INFO", "propagate": False},
        "kokugai.request": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.template": {"filters": ["template_context"]},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
