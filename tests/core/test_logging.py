"""Signed links are capabilities: their tokens never reach a log line."""

from __future__ import annotations

import io
import logging

import pytest
from django.test import Client

from kokugai.core.logging import redact


def test_redact_hides_the_token_segment_of_citizen_links():
    assert redact("Conflict: /appointments/book/eyJjIjozMH0:1x:abc/") == (
        "Conflict: /appointments/book/[redacted]/"
    )
    assert redact("Not Found: /reply/abc.def:ghi/") == "Not Found: /reply/[redacted]/"
    assert redact("Not Found: /preregister/verify/tok/application.pdf") == (
        "Not Found: /preregister/verify/[redacted]/application.pdf"
    )
    assert redact("GET /track/ 200") == "GET /track/ 200"


@pytest.mark.parametrize("logger_name", ["django", "django.server"])
def test_configured_handlers_write_no_token(db, logger_name):
    # Our configured stream handlers (pytest adds capture handlers of its own beside them).
    handlers = [
        h for h in logging.getLogger(logger_name).handlers if type(h) is logging.StreamHandler
    ]
    assert handlers, f"{logger_name} has its own handler"
    captured = io.StringIO()
    old = [h.setStream(captured) for h in handlers]
    try:
        if logger_name == "django":
            Client().get("/appointments/book/secret-token-value/")  # logged as a 4xx
        else:
            logging.getLogger("django.server").info(
                '"GET /appointments/manage/secret-token-value/ HTTP/1.1" 200 10'
            )
    finally:
        for h, stream in zip(handlers, old, strict=True):
            h.setStream(stream)
    logged = captured.getvalue()
    assert "/appointments/" in logged
    assert "secret-token-value" not in logged
