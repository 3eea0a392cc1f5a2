"""``kokugai plan [FILE|-] [--json] [--lang ja|en]`` run as a user runs it: exit 0 with a plan,
exit 2 with a message naming the field on bad input, and never a traceback. No database."""

from __future__ import annotations

import io
import json
import logging
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
        # Passes its check digit but is not a current code (浜松市 before its 2024 wards).
        (_with(honseki="221317"), "honseki"),
        (
            _with(visit={"arrive": "2025-10-25", "depart": "2025-11-08", "municipality": "221317"}),
            "visit.municipality",
        ),
        # A designated city is not an office: its wards are.
        (
            _with(visit={"arrive": "2025-10-25", "depart": "2025-11-08", "municipality": "011002"}),
            "visit.municipality",
        ),
        (
            _with(visit={"arrive": "2025-10-32", "depart": "2025-11-08", "municipality": "131075"}),
            "visit.arrive",
        ),
        (_with(as_of="9999-06-01", visit=None), "as_of"),
        (_with(as_of="9990-06-01", visit=None), "as_of"),
        (_with(birth_date="0001-01-01"), "birth_date"),
        (
            _with(visit={"arrive": "2025-10-25", "depart": "9999-12-31", "municipality": "131075"}),
            "visit.depart",
        ),
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


@pytest.mark.django_db  # in process: the plan reads the learned durations
def test_assumption_setting_reaches_the_plan(
    settings: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings.KOKUGAI_ASSUMPTIONS = {"return_switch_deadline_days": 45}  # type: ignore[attr-defined]
    monkeypatch.setattr(sys, "stdin", io.StringIO(SEED))
    main(["plan", "-", "--json"])
    plan = json.loads(capsys.readouterr().out)
    (a,) = [a for a in plan["assumptions"] if a["key"] == "return_switch_deadline_days"]
    assert a["value"] == 45 and "45" in a["text"]


def test_messages_have_no_english_prefix(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(_with(as_of="9999-06-01", visit=None)))
    with pytest.raises(SystemExit) as e:
        main(["plan", "-"])
    err = capsys.readouterr().err
    assert e.value.code == 2
    assert err.startswith("as_of: ") and "CommandError" not in err
    assert len(err.strip().splitlines()) == 1


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_file_at_a_terminal_prints_usage_instead_of_waiting(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", _Terminal(SEED))
    with pytest.raises(SystemExit) as e:
        main(["plan"])
    out, err = capsys.readouterr()
    assert e.value.code == 2 and out == ""
    assert "usage: kokugai plan" in err


@pytest.mark.django_db  # in process: the plan reads the learned durations
def test_explicit_dash_reads_even_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", _Terminal(SEED))
    main(["plan", "-", "--json"])
    assert json.loads(capsys.readouterr().out)["eligible"] is True


@pytest.mark.parametrize(
    ("value", "needle"),
    [("{bad", "not valid JSON"), ("[1, 2]", "must be a JSON object")],
)
def test_malformed_assumption_setting_is_one_line_exit_2(value: str, needle: str) -> None:
    p = kokugai("-", stdin=SEED, env={**ENV, "KOKUGAI_ASSUMPTIONS": value})
    assert_no_traceback(p)
    assert p.returncode == 2 and p.stdout == ""
    (line,) = p.stderr.strip().splitlines()
    assert "KOKUGAI_ASSUMPTIONS" in line and needle in line


def test_non_object_assumption_setting_in_process_exits_2(
    settings: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings.KOKUGAI_ASSUMPTIONS = ["mail_transit_days"]  # type: ignore[attr-defined]
    monkeypatch.setattr(sys, "stdin", io.StringIO(SEED))
    with pytest.raises(SystemExit) as e:
        main(["plan", "-"])
    assert e.value.code == 2 and "KOKUGAI_ASSUMPTIONS" in capsys.readouterr().err


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_internal_error_is_logged_and_printed_as_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from kokugai.tracking.management.commands import plan as command

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(command, "plan_for", broken)
    monkeypatch.setattr(sys, "stdin", io.StringIO(SEED))
    # On the command's own logger: Django's dictConfig replaces the root's handlers. The
    # traceback is logged at DEBUG only, so let this logger pass DEBUG records.
    handler = _Records()
    command.logger.addHandler(handler)
    monkeypatch.setattr(command.logger, "level", logging.DEBUG)
    try:
        with pytest.raises(SystemExit) as e:
            main(["plan", "-", "--lang", "en"])
    finally:
        command.logger.removeHandler(handler)
    err = capsys.readouterr().err
    assert e.value.code == 1
    # The message is one line (the log handler may print the logged traceback before it).
    assert (
        err.strip().splitlines()[-1]
        == "internal error (ZeroDivisionError); please report this situation"
    )
    (record,) = handler.records
    assert record.exc_info is not None and record.exc_info[0] is ZeroDivisionError
    assert record.levelno == logging.DEBUG


# A real process with the deployment's LOGGING: the planner is broken from inside it.
BROKEN = (
    "import sys\n"
    "from kokugai.tracking.management.commands import plan as command\n"
    "def broken(*a, **k):\n"
    "    raise ZeroDivisionError('boom')\n"
    "command.plan_for = broken\n"
    "from kokugai.cli import main\n"
    "main(['plan', '-', '--lang', 'en'])\n"
)


def run_broken(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in ENV.items() if k != "LOG_LEVEL"}
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", BROKEN],
        input=SEED,
        capture_output=True,
        text=True,
        env={**clean, **env},
        timeout=60,
        check=False,
    )


def test_internal_error_in_a_real_process_prints_one_line_and_no_traceback() -> None:
    p = run_broken()
    assert p.returncode == 1
    assert_no_traceback(p)
    assert p.stderr.strip().splitlines() == [
        "internal error (ZeroDivisionError); please report this situation"
    ]


def test_log_level_debug_shows_the_traceback_of_an_internal_error() -> None:
    p = run_broken(LOG_LEVEL="DEBUG")
    assert p.returncode == 1
    assert "Traceback" in p.stderr and "ZeroDivisionError: boom" in p.stderr
    assert p.stderr.strip().splitlines()[-1] == (
        "internal error (ZeroDivisionError); please report this situation"
    )


# --- issue 9: the bad inputs of a card's whole life, in the chosen language -----------------

SEED_DATA = json.loads(SEED)
LIFE_BAD = [
    (_with(country="JP"), "country", "resident_in_japan", "住民票"),
    (
        _with(visit={"arrive": "2025-10-25", "depart": "2026-10-25", "municipality": "131075"}),
        "visit.depart",
        "a year",
        "1年",
    ),
    (
        _with(resident_in_japan=True, card="valid", planned_departure="2025-10-01", visit=None),
        "planned_departure",
        "past",
        "過去",
    ),
]


@pytest.mark.parametrize(("stdin", "field", "en", "ja"), LIFE_BAD)
def test_life_bad_input_exits_2_naming_the_field_in_each_language(
    stdin: str, field: str, en: str, ja: str
) -> None:
    for lang, words in (("en", en), ("ja", ja)):
        p = kokugai("-", "--json", "--lang", lang, stdin=stdin)
        assert_no_traceback(p)
        assert p.returncode == 2, (p.stdout, p.stderr)
        assert p.stderr.startswith(f"{field}: ") and words in p.stderr, p.stderr
        assert p.stdout == ""


def test_a_file_with_a_byte_order_mark_exits_2_naming_the_input(tmp_path: Path) -> None:
    path = tmp_path / "situation.json"
    path.write_bytes(b"\xef\xbb\xbf" + SEED.encode("utf-8"))
    for lang, words in (("en", "byte-order mark"), ("ja", "BOM")):
        p = kokugai(str(path), "--lang", lang)
        assert_no_traceback(p)
        assert p.returncode == 2 and p.stderr.startswith("input: ") and words in p.stderr
    # The same bytes without the mark plan normally.
    path.write_bytes(SEED.encode("utf-8"))
    assert kokugai(str(path), "--json").returncode == 0


def test_leaving_japan_plans_from_the_cli_without_a_database() -> None:
    data = {
        "as_of": "2026-03-02",
        "nationalities": ["JP"],
        "birth_date": "1988-06-15",
        "resident_in_japan": True,
        "planned_departure": "2026-03-31",
        "honseki": "131016",
        "card": "valid",
    }
    p = kokugai("-", "--json", stdin=json.dumps(data))
    assert p.returncode == 0, p.stderr
    plan = json.loads(p.stdout)
    assert plan["procedure"] == "continue_abroad"
    assert plan["steps"][0]["deadline"] == "2026-03-30"
    text = kokugai("-", "--lang", "en", stdin=json.dumps(data))
    assert "What to do:" in text.stdout and "(by 2026-03-30)" in text.stdout
