"""The restore drill of docs/operations.md, for real: pg_dump the database, restore it into a
fresh PostgreSQL database, and read a My Number back with the same keys; with other keys (a
new var/ directory, as after a restore onto a new machine without the keys) it fails with a
message that says so, and nothing is readable.
"""

from __future__ import annotations

import base64
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from factories import PersonFactory

pytestmark = [pytest.mark.postgres, pytest.mark.faults, pytest.mark.django_db(transaction=True)]

NUMBER = "123456789018"  # invented, with a valid check digit
READ_BACK = """
from kokugai.people.models import Person
from kokugai.people.selectors import person_find_by_mynumber, person_mynumber_plain
person = Person.objects.get(pk={pk})
print("found" if person_find_by_mynumber("{number}") == person else "not found")
print(person_mynumber_plain(person))
"""


def pg(*args: str, **kw) -> subprocess.CompletedProcess[str]:
    s = connection.settings_dict
    base = ["-h", str(s["HOST"] or "127.0.0.1"), "-p", str(s["PORT"] or 5432), "-U", s["USER"]]
    return subprocess.run(  # noqa: S603 - PostgreSQL's own client tools
        [args[0], *base, *args[1:]], capture_output=True, text=True, timeout=120, **kw
    )


def kokugai_shell(database: str, var_dir: Path, code: str, **keys: str):
    s = connection.settings_dict
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "KOKUGAI_"))}
    env |= {
        "DATABASE_URL": f"postgres://{s['USER']}@{s['HOST']}:{s['PORT']}/{database}",
        "KOKUGAI_VAR_DIR": str(var_dir),
        "DJANGO_SETTINGS_MODULE": "kokugai.settings",
        **keys,
    }
    return subprocess.run(  # noqa: S603 - our own interpreter and command
        [sys.executable, "-m", "kokugai", "shell", "--no-imports", "-c", code],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_a_restored_dump_reads_my_numbers_with_the_same_keys_only(tmp_path):
    person = PersonFactory(mynumber=NUMBER)
    source = connection.settings_dict["NAME"]
    fresh = f"{source}_restored"
    dump = tmp_path / "kokugai.dump"

    done = pg("pg_dump", "--format=custom", "--no-owner", "--file", str(dump), source)
    assert done.returncode == 0, done.stderr
    pg("dropdb", "--if-exists", fresh)
    assert pg("createdb", fresh).returncode == 0
    try:
        restored = pg("pg_restore", "--no-owner", "--exit-on-error", "-d", fresh, str(dump))
        assert restored.returncode == 0, restored.stderr
        code = READ_BACK.format(pk=person.pk, number=NUMBER)

        same = kokugai_shell(
            fresh,
            tmp_path / "var-same",
            code,
            KOKUGAI_MYNUMBER_KEYS=settings.MYNUMBER_KEYS,
            KOKUGAI_INDEX_KEY=settings.KOKUGAI_INDEX_KEY,
        )
        assert same.returncode == 0, same.stderr
        assert same.stdout.split() == ["found", NUMBER]

        # A new installation's keys under the same key id, as when the keys were not restored.
        key_id = settings.MYNUMBER_KEYS.split(",")[0].split(":")[0]
        other = kokugai_shell(
            fresh,
            tmp_path / "var-new",
            code,
            KOKUGAI_MYNUMBER_KEYS=f"{key_id}:{base64.b64encode(secrets.token_bytes(32)).decode()}",
            KOKUGAI_INDEX_KEY=secrets.token_urlsafe(48),
        )
        assert other.returncode != 0
        assert NUMBER not in other.stdout + other.stderr
        assert other.stdout.splitlines()[:1] == ["not found"]  # the lookup hash differs too
        assert "KeyMismatchError" in other.stderr
        assert "restored without its keys" in other.stderr
    finally:
        pg("dropdb", "--if-exists", fresh)
