"""Production refuses to start without its keys (design §8).

``settings.py`` reads ``SECRET_KEY``, ``KOKUGAI_MYNUMBER_KEYS`` and ``KOKUGAI_INDEX_KEY`` from
the environment and, outside development, generates nothing: it lists what is missing in
``KOKUGAI_MISSING_KEYS``. :func:`require_keys` turns that list into one line naming the
variables. ``kokugai.cli`` calls it before every command that may open the database (all but
the pure ones in :data:`KEYLESS_COMMANDS`), and ``kokugai.wsgi`` before serving a request.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

#: Commands that never touch personal data or the database, so they run without keys:
#: the pure rules (plan, check digits, the office directory), documentation generators and
#: Django's own help and message / static-file tools. ``makemigrations`` only compares the
#: model state with the migration files.
KEYLESS_COMMANDS = frozenset(
    {
        "help",
        "version",
        "--help",
        "-h",
        "--version",
        "plan",
        "checkid",
        "offices",
        "openapi",
        "workflow_diagrams",
        "situations_table",
        "compilemessages",
        "makemessages",
        "collectstatic",
        "makemigrations",
    }
)


class MissingKeysError(ImproperlyConfigured):
    """A key variable is unset or empty outside development."""


def missing_keys() -> list[str]:
    return list(settings.KOKUGAI_MISSING_KEYS)


def require_keys() -> None:
    """Raise :class:`MissingKeysError` (one line) if any key variable is missing."""
    missing = missing_keys()
    if missing:
        raise MissingKeysError(
            f"{', '.join(missing)} {'is' if len(missing) == 1 else 'are'} not set: outside "
            "development (KOKUGAI_DEBUG=1) every key comes from the environment and none is "
            "generated (see docs/deploy.md)"
        )


def command_needs_keys(args: list[str]) -> bool:
    """Whether ``kokugai <args>`` may open the database (no command = help)."""
    return bool(args) and args[0] not in KEYLESS_COMMANDS
