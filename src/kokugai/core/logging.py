"""Logging filters: secrets never reach a log line.

Citizens have no accounts; their signed links (booking, manage, correction reply, email and
pre-registration verification) are capabilities. Django logs the path of every 4xx/5xx
request ("Conflict: /appointments/book/<token>/"), so the token part of such paths is
redacted before any handler writes it.
"""

from __future__ import annotations

import logging
import re

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
