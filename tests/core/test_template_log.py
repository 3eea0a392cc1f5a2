"""At DEBUG the template engine logs unresolved variables; the context must not go with it."""

from __future__ import annotations

import logging

from django.template import engines


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(logging.Formatter().format(record))


def test_unresolved_variable_log_keeps_the_context_out():
    logger = logging.getLogger("django.template")
    capture, level = _Lines(), logger.level
    logger.addHandler(capture)
    logger.setLevel(logging.DEBUG)
    try:
        template = engines["django"].from_string("{{ form.errors }} {{ secret }}")
        assert "7301" in template.render({"secret": "7301 9264 8511"})
    finally:
        logger.removeHandler(capture)
        logger.setLevel(level)
    text = "\n".join(capture.lines)
    assert "form" in text  # the record is still there, naming what was missing
    assert "7301" not in text
