"""Production refuses to start without its keys (issue 10.6).

Real ``kokugai`` processes with a fresh, empty var/ directory: outside development, every
command that may open the database stops with one line naming the missing variable and
leaves var/ without a key file; pure commands still run; in development the generated keys
are created 0600 from the start.
"""

from __future__ import annotations

import importlib
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

KEYS = ("SECRET_KEY", "KOKUGAI_MYNUMBER_KEYS", "KOKUGAI_INDEX_KEY")
KEY_FILES = ("secret_key", "mynumber_keys", "index_key")


def env_without(tmp_path: Path, *missing: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "KOKUGAI_"))}
    env.pop("SECRET_KEY", None)
    env |= {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "KOKUGAI_VAR_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "kokugai.settings",
        "SECRET_KEY": "a-deployment-secret-key-that-is-long-enough-for-django-0123456789",
        "KOKUGAI_MYNUMBER_KEYS": os.environ["KOKUGAI_MYNUMBER_KEYS"],
        "KOKUGAI_INDEX_KEY": "a-deployment-index-key",
    }
    for name in missing:
        env.pop(name, None)
    return env | extra


def kokugai(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own interpreter and command
        [sys.executable, "-m", "kokugai", *args],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def assert_refused(done: subprocess.CompletedProcess[str], variable: str, var_dir: Path) -> None:
    assert done.returncode == 2, (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr  # one line, not a traceback
    assert lines[0].startswith("kokugai: ") and variable in lines[0]
    assert "Traceback" not in done.stderr
    for name in KEY_FILES:
        assert not (var_dir / name).exists(), f"{name} was written outside DEBUG"


@pytest.mark.parametrize("variable", KEYS)
@pytest.mark.parametrize("debug", ["", "0", None])
def test_check_refuses_without_each_key(tmp_path, variable, debug):
    env = env_without(tmp_path, variable)
    if debug is not None:
        env["KOKUGAI_DEBUG"] = debug
    assert_refused(kokugai(env, "check"), variable, tmp_path)


@pytest.mark.parametrize("variable", KEYS)
def test_an_empty_value_counts_as_missing(tmp_path, variable):
    env = env_without(tmp_path, **{variable: ""})
    assert_refused(kokugai(env, "check"), variable, tmp_path)
    env = env_without(tmp_path, **{variable: "   "})
    assert_refused(kokugai(env, "check"), variable, tmp_path)


@pytest.mark.parametrize(
    "args",
    [
        ("serve", "127.0.0.1:1"),
        ("worker", "--until-idle"),
        ("migrate", "-v0"),
        ("shell", "-c", "print(1)"),
        ("setup",),
        ("rotate_index_key",),
        ("rotate_mynumber_keys",),
    ],
)
def test_server_worker_and_database_commands_refuse(tmp_path, args):
    assert_refused(kokugai(env_without(tmp_path, *KEYS), *args), "SECRET_KEY", tmp_path)
    done = kokugai(env_without(tmp_path, "KOKUGAI_INDEX_KEY"), *args)
    assert_refused(done, "KOKUGAI_INDEX_KEY", tmp_path)
    assert not (tmp_path / "db.sqlite3").exists()  # refused before opening the database


def test_the_error_names_every_missing_variable(tmp_path):
    done = kokugai(env_without(tmp_path, *KEYS), "check")
    assert_refused(done, "SECRET_KEY", tmp_path)
    assert "KOKUGAI_MYNUMBER_KEYS" in done.stderr and "KOKUGAI_INDEX_KEY" in done.stderr


def test_the_wsgi_application_refuses_to_load_without_keys(tmp_path):
    # `gunicorn kokugai.wsgi` (not through `kokugai serve`) must not run keyless either.
    done = subprocess.run(
        [sys.executable, "-c", "import kokugai.wsgi"],
        env=env_without(tmp_path, "KOKUGAI_MYNUMBER_KEYS"), capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert done.returncode != 0
    assert "KOKUGAI_MYNUMBER_KEYS is not set" in done.stderr
    assert not (tmp_path / "mynumber_keys").exists()


@pytest.mark.parametrize(
    "args, expected",
    [
        (("plan", "--help"), "usage"),
        (("check", "mynumber", "123456789018"), "valid"),
        (("offices", "--help"), "usage"),
        (("help",), "migrate"),
    ],
)
def test_pure_commands_run_without_keys(tmp_path, args, expected):
    done = kokugai(env_without(tmp_path, *KEYS), *args)
    assert done.returncode == 0, done.stderr
    assert expected in done.stdout
    for name in KEY_FILES:
        assert not (tmp_path / name).exists()


def test_with_every_key_set_check_passes_and_writes_nothing(tmp_path):
    done = kokugai(env_without(tmp_path), "check")
    assert done.returncode == 0, done.stderr
    for name in KEY_FILES:
        assert not (tmp_path / name).exists()


def test_debug_generates_keys_once_each_0600(tmp_path):
    env = env_without(tmp_path, *KEYS, KOKUGAI_DEBUG="1")
    done = subprocess.run(
        [sys.executable, "-c", "import os; os.umask(0); import sys; sys.argv=['kokugai','check'];"
         "from kokugai.cli import main; main()"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    first = {}
    for name in KEY_FILES:
        path = tmp_path / name
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, name
        first[name] = path.read_text()
    assert kokugai(env, "check").returncode == 0
    assert {name: (tmp_path / name).read_text() for name in KEY_FILES} == first  # kept


def test_debug_key_file_is_never_readable_by_others_while_written(tmp_path, monkeypatch):
    # The file must be 0600 when it first appears, not chmod-ed afterwards: with chmod
    # disabled and a umask that lets everything through, it still ends up 0600.
    settings_module = importlib.import_module("kokugai.settings")
    monkeypatch.setattr(settings_module, "VAR_DIR", tmp_path)
    monkeypatch.setattr(os, "chmod", lambda *a, **k: pytest.fail("chmod after write"))
    monkeypatch.setattr(Path, "chmod", lambda *a, **k: pytest.fail("chmod after write"))
    old = os.umask(0)
    try:
        value = settings_module._dev_key("probe_key", lambda: "material")
    finally:
        os.umask(old)
    assert value == "material"
    assert stat.S_IMODE((tmp_path / "probe_key").stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["probe_key"]  # no temp file left
