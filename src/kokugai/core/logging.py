"""Logging filters: secrets never reach a log line.

Citizens have no accounts; their signed links (booking, manage, correction reply, email and
pre-registration verification) are capabilities. Django logs the path of every 4xx/5xx
request ("Conflict: /appointments/book/<token>/"), so the token part of such paths is
redacted before any handler writes it.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import json
import logging
import re
from typing import Any

# A path segment that follows one of these words is a signed token.
_TOKEN_PATH = re.compile(r"(/(?:book|manage|reply|verify|change)/)[^/\s?\"']+")


def redact(text: str) -> str:
    return _TOKEN_PATH.sub(r"\1[redacted]", text)


class RedactTokensFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True


# --- structured logs (issue 13.6) -----------------------------------------------------------
# One JSON object a line, each with the id of the request it belongs to. The id lives in a
# context variable set by kokugai.web.middleware.RequestIdMiddleware (one request per thread
# or task), so any logger anywhere below a view gets it without passing it around.

request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="")

#: ``extra={...}`` keys a JSON line carries: never free text that could hold personal data.
JSON_EXTRA_KEYS = (
    "method",
    "route",
    "status",
    "duration_ms",
    "message_id",
    "task",
    "attempt",
    "code",
    "worker",
    "queue",
    "count",
)


class JsonFormatter(logging.Formatter):
    """``{"ts", "level", "logger", "message", "request_id", ...}`` on one line."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": dt.datetime.fromtimestamp(record.created, tz=dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": redact(record.getMessage()),
        }
        request_id = _record_request_id(record)
        if request_id and request_id != "-":
            entry["request_id"] = request_id
        for key in JSON_EXTRA_KEYS:
            value = getattr(record, key, None)
            if value is not None:
                entry[key] = value if isinstance(value, int | float | bool) else str(value)
        if record.exc_info:
            entry["exc_info"] = redact(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


def _record_request_id(record: logging.LogRecord) -> str:
    # django.request logs a response after the middleware has returned; it passes the request.
    request = getattr(record, "request", None)
    from_request = getattr(request, "request_id", None) if request is not None else None
    given = getattr(record, "request_id", None)
    return str(from_request or (given if given and given != "-" else "") or request_id_var.get())


class RequestIdFilter(logging.Filter):
    """Adds ``request_id`` to every record (for text formats that print ``%(request_id)s``)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = _record_request_id(record) or "-"
        return True


class TemplateContextFilter(logging.Filter):
    """Keep template contexts out of the log.

    At DEBUG, Django's template engine logs every variable it cannot resolve with the
    exception attached, and that exception's message is the whole context: names, birth
    dates, a revealed My Number. The record keeps its message and the missing name only.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            params = getattr(exc, "params", None)
            missing = params[0] if isinstance(params, tuple) and params else None
            name = type(exc).__name__
            record.msg = f"{record.getMessage()} ({name}{f': {missing!r}' if missing else ''})"
            record.args = ()
            record.exc_info = None
            record.exc_text = None
        return True
