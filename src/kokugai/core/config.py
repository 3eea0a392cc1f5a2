"""This deployment's choices that code reads at run time, each from one place.

Every setting is declared, with its default and its meaning, in ``kokugai/settings.py``;
code reads it as ``settings.NAME`` (never ``getattr(settings, NAME, default)``, which would
hide a second default). The marked assumptions of ``kokugai.rules`` with this deployment's
overrides (``KOKUGAI_ASSUMPTIONS``) are read only here (``tests/test_one_source.py``).
"""

from __future__ import annotations

from django.conf import settings

from kokugai.rules.assumptions import Assumptions


def assumptions() -> Assumptions:
    """The registry's assumptions plus this deployment's ``KOKUGAI_ASSUMPTIONS`` overrides
    (what the planner, the tracker, the workflow and the reminders all count with)."""
    return Assumptions.of(settings.KOKUGAI_ASSUMPTIONS)
