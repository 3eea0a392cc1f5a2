"""``kokugai serve [ADDRESS:PORT]``: the production web server (gunicorn, static files by
WhiteNoise), like ``runserver`` but fit for traffic.

* ``ADDRESS:PORT`` as for runserver (default ``127.0.0.1:8000``; ``[::1]:8000``, a bare port,
  or ``unix:/path/to.sock`` also work);
* worker processes: ``--workers``, else ``KOKUGAI_WEB_WORKERS``, else ``WEB_CONCURRENCY``, else
  2 × CPU cores + 1 (at most 8); threads per process: ``--threads`` / ``KOKUGAI_WEB_THREADS``;
* logs are gunicorn's own lines plus Kokugai's access log (one JSON line per request with its
  id, the URL route, status and duration; never the path, query or client address). Gunicorn's
  own access log stays off: it would write paths, which carry signed tokens.

Stateless: run as many as needed against one PostgreSQL (docs/deploy.md).
"""

from __future__ import annotations

import os
import re
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connections

DEFAULT_ADDRPORT = "127.0.0.1:8000"
_ADDRPORT = re.compile(r"^(?:(?P<addr>\[[0-9a-fA-F:.]+\]|[^:\[\]]+):)?(?P<port>\d{1,5})$")


def bind_address(addrport: str) -> str:
    """runserver-style ``[ADDRESS:]PORT`` (or ``unix:PATH``) to a gunicorn bind string."""
    if addrport.startswith("unix:"):
        return addrport
    m = _ADDRPORT.match(addrport)
    if m is None or not 0 < int(m["port"]) < 65536:
        raise CommandError(f"{addrport!r} is not a valid ADDRESS:PORT (e.g. 127.0.0.1:8000)")
    return f"{m['addr'] or '127.0.0.1'}:{m['port']}"


def default_workers() -> int:
    for variable in ("KOKUGAI_WEB_WORKERS", "WEB_CONCURRENCY"):
        value = os.environ.get(variable, "").strip()
        if value:
            try:
                workers = int(value)
            except ValueError:
                raise CommandError(f"{variable} must be a whole number, not {value!r}") from None
            if workers < 1:
                raise CommandError(f"{variable} must be at least 1")
            return workers
    return min(2 * (os.cpu_count() or 1) + 1, 8)


class Command(BaseCommand):
    help = "Serve Kokugai with gunicorn (static files by WhiteNoise): kokugai serve [ADDRESS:PORT]"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("addrport", nargs="?", default=DEFAULT_ADDRPORT)
        parser.add_argument("--workers", type=int, default=None)
        parser.add_argument(
            "--threads", type=int, default=int(os.environ.get("KOKUGAI_WEB_THREADS", "1"))
        )
        parser.add_argument(
            "--timeout",
            type=int,
            default=int(os.environ.get("KOKUGAI_WEB_TIMEOUT", "30")),
            help="seconds a request may take before its worker is restarted",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        from gunicorn.app.base import BaseApplication

        workers = options["workers"] or default_workers()
        config: dict[str, Any] = {
            "bind": [bind_address(options["addrport"])],
            "workers": workers,
            "threads": max(options["threads"], 1),
            "timeout": options["timeout"],
            "graceful_timeout": 20,
            "keepalive": 5,
            # The application is loaded (and warmed up) once, before the workers fork: a
            # worker's first request costs what any other does.
            "preload_app": True,
            "accesslog": None,
            "errorlog": "-",
            "proc_name": "kokugai-web",
            # X-Forwarded-Proto is believed only from the proxies Kokugai trusts (none
            # configured: from nobody, not even loopback).
            "forwarded_allow_ips": _trusted_proxies(),
            "logconfig_dict": _gunicorn_logging(),
            "post_worker_init": _worker_warm_up,
        }

        class KokugaiApplication(BaseApplication):  # type: ignore[misc]
            def load_config(self) -> None:
                for key, value in config.items():
                    self.cfg.set(key, value)
                if "control_socket_disable" in self.cfg.settings:
                    # gunicorn >= 25 opens a control socket in $HOME by default: every
                    # `kokugai serve` on a host would fight over it.
                    self.cfg.set("control_socket_disable", True)

            def load(self) -> Any:
                from kokugai.wsgi import application

                warm_up()
                return application

        # Nothing opened here may be shared by the forked workers.
        connections.close_all()
        self.stdout.write(
            f"Kokugai: gunicorn on {config['bind'][0]}, {workers} worker(s) × "
            f"{config['threads']} thread(s)"
        )
        self.stdout.flush()
        KokugaiApplication().run()


def warm_up() -> None:
    """Do once, before forking, what a first request would otherwise pay for: import every
    view through the URLconf, read the reference data, compile the busiest templates."""
    from django.template.loader import get_template
    from django.urls import get_resolver

    from kokugai.rules import offices

    resolver = get_resolver()
    resolver.url_patterns  # noqa: B018 - imports every view module
    resolver.reverse_dict  # noqa: B018 - builds the reverse lookup table
    offices.municipalities()
    offices.missions()
    for name in ("portal/track.html", "portal/home.html", "console/home.html"):
        try:
            get_template(name)
        except Exception:  # noqa: S112 - a renamed template only loses its warm-up
            continue


def _worker_warm_up(worker: object) -> None:
    """In each worker, after the fork: what cannot be shared across it and a first request
    would otherwise pay for, its database connection (kept, ``CONN_MAX_AGE``) and the learned
    stage durations the tracker reads. Failing here only loses the warm-up."""
    try:
        from kokugai.tracking.selectors import learned_durations

        connections["default"].ensure_connection()
        learned_durations()
    except Exception:
        connections.close_all()


def _trusted_proxies() -> str:
    spec = settings.KOKUGAI_TRUSTED_PROXIES
    return (spec if isinstance(spec, str) else ",".join(spec)).strip()


def _gunicorn_logging() -> dict[str, Any]:
    formatter = (
        {"()": "kokugai.core.logging.JsonFormatter"}
        if settings.KOKUGAI_LOG_FORMAT == "json"
        else {"format": "%(levelname)s %(name)s %(message)s"}
    )
    handler = {
        "class": "logging.StreamHandler",
        "formatter": "kokugai",
        "stream": "ext://sys.stderr",
    }
    # Replaces gunicorn's defaults whole (its root and access loggers name these handlers).
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "root": {"level": "WARNING", "handlers": ["console"]},
        "formatters": {"kokugai": formatter},
        "handlers": {"console": handler, "error_console": handler},
        "loggers": {
            "gunicorn.error": {"level": "INFO", "handlers": ["error_console"], "propagate": False},
            # Off: it writes client addresses and paths (signed tokens); ours is kokugai.request.
            "gunicorn.access": {"level": "CRITICAL", "handlers": [], "propagate": False},
        },
    }
