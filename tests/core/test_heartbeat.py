"""Heartbeats: a beat is recorded and its age read back; a process that never beat has none."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from kokugai.core.heartbeat import heartbeat_age, heartbeat_beat

pytestmark = pytest.mark.django_db


def test_a_process_that_never_beat_has_no_age():
    assert heartbeat_age("worker") is None


def test_age_grows_from_the_last_beat():
    start = dt.datetime(2026, 11, 29, 9, 0, tzinfo=dt.UTC)
    with time_machine.travel(start, tick=False):
        heartbeat_beat("worker", pid=123)
    with time_machine.travel(start + dt.timedelta(seconds=90), tick=False):
        assert heartbeat_age("worker") == pytest.approx(90)
        heartbeat_beat("worker", pid=123)
        assert heartbeat_age("worker") == pytest.approx(0)
    assert heartbeat_age("other") is None
