"""The ``kokugai`` command: our own commands plus every Django management command.

Our commands are Django management commands in the apps (``plan``, ``offices``, ``demo``,
``worker``, ...). ``kokugai check mynumber|lgcode X`` is routed to ``checkid`` so that plain
``kokugai check`` stays Django's system check.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["check"] and len(args) > 1 and args[1] in {"mynumber", "lgcode"}:
        args[0] = "checkid"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kokugai.settings")
    from django.core.exceptions import ImproperlyConfigured

    try:
        # Load the settings first: Django would otherwise swallow a settings error into
        # "Unknown command" or show it as a traceback.
        from django.conf import settings

        settings.INSTALLED_APPS  # noqa: B018 - forces the settings module to load
        from kokugai.core.keys import command_needs_keys, require_keys

        if command_needs_keys(args):
            require_keys()  # production refuses to start without its keys
        from django.core.management import execute_from_command_line

        execute_from_command_line(["kokugai", *args])
    except ImproperlyConfigured as e:
        print(f"kokugai: {e}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
