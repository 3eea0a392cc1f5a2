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
