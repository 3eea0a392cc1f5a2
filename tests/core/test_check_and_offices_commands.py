"""``kokugai check mynumber|lgcode`` and ``kokugai offices``, run as a user runs them.

They must work without a database: each run points DATABASE_URL at a path that cannot exist.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

ENV = {
    **os.environ,
    "DATABASE_URL": "sqlite:////nonexistent-kokugai-dir/never.sqlite3",
    "PYTHONIOENCODING": "utf-8",
}


def kokugai(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603
        [sys.executable, "-m", "kokugai", *args],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=60,
        check=False,
    )


def assert_no_traceback(p: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in p.stderr and "Traceback" not in p.stdout


def test_valid_mynumber_full_width_with_spaces() -> None:
    p = kokugai("check", "mynumber", "１２３４　５６７８　９０１８")
    assert (p.returncode, p.stdout.strip()) == (0, "valid")


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["check", "mynumber", "12345678901"], "12桁"),
        (["check", "mynumber", "123456789019"], "検査用数字"),
        (["check", "mynumber", "1234567890a8", "--lang", "en"], "not a digit"),
        (["check", "lgcode", "131076", "--lang", "en"], "check digit"),
        (["check", "lgcode", "0220391"], "6桁"),
        (["check", "lgcode", "221317"], "一覧"),
        (["check", "lgcode", "221317", "--lang", "en"], "not in the current list"),
    ],
)
def test_faults_exit_1_and_are_named(args: list[str], needle: str) -> None:
    p = kokugai(*args)
    assert p.returncode == 1
    assert needle in p.stderr
    assert_no_traceback(p)


def test_valid_lgcode_prints_its_name() -> None:
    p = kokugai("check", "lgcode", "022-039")
    assert (p.returncode, p.stdout.strip()) == (0, "valid 022039 青森県八戸市")


def test_offices_stats_json_is_exact() -> None:
    p = kokugai("offices", "stats", "--json")
    assert p.returncode == 0
    assert p.stdout.strip() == '{"municipalities": 1741, "wards": 171, "missions": 243}'


def test_offices_search_json_and_text() -> None:
    p = kokugai("offices", "search", "はちのへ", "--json")
    assert p.returncode == 0
    rows = json.loads(p.stdout)
    assert rows[0]["code"] == "022039" and rows[0]["timezone"] == "Asia/Tokyo"
    p = kokugai("offices", "search", "台北")
    assert p.returncode == 0 and "jtea-tw-taipei" in p.stdout


def test_bad_usage_exits_2_without_traceback() -> None:
    p = kokugai("check", "mynumber")
    assert p.returncode == 2
    assert_no_traceback(p)


def test_usage_names_the_command_users_type() -> None:
    p = kokugai("check", "mynumber")
    assert "usage: kokugai check mynumber|lgcode VALUE" in p.stderr
    assert "checkid" not in p.stderr
