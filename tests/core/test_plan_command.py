"""``kokugai plan [FILE|-] [--json] [--lang ja|en]`` run as a user runs it: exit 0 with a plan,
exit 2 with a message naming the field on bad input, and never a traceback. No database."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kokugai.cli import main

GOLDEN = Path(__file__).resolve().parents[1] / "rules" / "golden"
SEED = (GOLDEN / "seed.situation.json").read_text(encoding="utf-8")
ENV = {
    **os.environ,
    "DATABASE_URL": "sqlite:////nonexistent-kokugai-dir/never.sqlite3",
    "PYTHONIOENCODING": "utf-8",
}


def kokugai(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603
        [sys.executable, "-m", "kokugai", "plan", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env or ENV,
        timeout=60,
        check=False,
    )


def assert_no_traceback(p: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in p.stderr and "Traceback" not in p.stdout


def test_seed_json_from_a_file_matches_the_golden_plan() -> None:
    p = kokugai(str(GOLDEN / "seed.situation.json"), "--json")
    assert p.returncode == 0, p.stderr
    got = json.loads(p.stdout)
    assert got == json.loads((GOLDEN / "seed.plan.json").read_text(encoding="utf-8"))
    assert got["eligible"] is True


def test_seed_text_from_stdin_in_japanese_and_english() -> None:
    ja = kokugai("-", stdin=SEED)
    assert ja.returncode == 0, ja.stderr
    assert "対象: はい" in ja.stdout and "日本台湾交流協会台北事務所" in ja.stdout
    en = kokugai("--lang", "en", stdin=SEED)
    assert en.returncode == 0 and "Eligible: yes" in en.stdout


def _with(**changes: object) -> str:
    data = json.loads(SEED)
    data.update(changes)
    return json.dumps(data)


@pytest.mark.parametrize(
    ("stdin", "field"),
    [
        (_with(surprise=True), "surprise"),
        (_with(as_of="2025-02-30"), "as_of"),
        (
            _with(visit={"arrive": "2025-11-08", "depart": "2025-10-25", "municipality": "131075"}),
            "visit.depart",
        ),
        (_with(honseki="123456"), "honseki"),
        (
            _with(visit={"arrive": "2025-10-25", "depart": "2025-11-08", "municipality": "131076"}),
            "visit.municipality",
        ),
        (_with(country="XY"), "country"),
        ("{not json", "input"),
        ("", "input"),
        ("[]", "(situation)"),
    ],
)
def test_bad_input_exits_2_naming_the_field(
    stdin: str, field: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # In-process (fast); the subprocess tests below show the same through a real process.
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    with pytest.raises(SystemExit) as e:
        main(["plan", "-", "--json"])
    out, err = capsys.readouterr()
    assert e.value.code == 2, (out, err)
    assert field in err and out == ""
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("stdin", "field"),
    [
        (
            _with(visit={"arrive": "2025-11-08", "depart": "2025-10-25", "municipality": "131075"}),
            "visit.depart",
        ),
        ("{not json", "input"),
    ],
)
def test_bad_input_in_a_real_process_exits_2_without_traceback(stdin: str, field: str) -> None:
    p = kokugai("-", "--json", stdin=stdin)
    assert_no_traceback(p)
    assert p.returncode == 2, (p.stdout, p.stderr)
    assert field in p.stderr
    assert p.stdout == ""


def test_missing_file_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["plan", "/nonexistent-kokugai-dir/situation.json"])
    assert e.value.code == 2 and "situation.json" in capsys.readouterr().err


def test_bad_assumption_setting_exits_2(
    settings: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings.KOKUGAI_ASSUMPTIONS = {"no_such_assumption": 1}  # type: ignore[attr-defined]
    monkeypatch.setattr(sys, "stdin", io.StringIO(SEED))
    with pytest.raises(SystemExit) as e:
        main(["plan", "-"])
    assert e.value.code == 2 and "no_such_assumption" in capsys.readouterr().err


def test_assumption_setting_reaches_the_plan(
    settings: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings.KOKUGAI_ASSUMPTIONS = {"return_switch_deadline_days": 45}  # type: ignore[attr-defined]
    monkeypatch.setattr(sys, "stdin", io.StringIO(SEED))
    main(["plan", "-", "--json"])
    plan = json.loads(capsys.readouterr().out)
    (a,) = [a for a in plan["assumptions"] if a["key"] == "return_switch_deadline_days"]
    assert a["value"] == 45 and "45" in a["text"]
