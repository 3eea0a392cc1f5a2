"""The committed OpenAPI document matches the code; `kokugai openapi --check` says so."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command

from kokugai.api import openapi
from kokugai.api.management.commands.openapi import Command


def test_committed_document_is_current():
    # If this fails: run `kokugai openapi` and commit src/kokugai/api/openapi.json.
    assert openapi.openapi_committed() == openapi.openapi_document()


def test_document_is_deterministic():
    assert openapi.openapi_document() == openapi.openapi_document()
    text = openapi.openapi_document()
    assert json.dumps(json.loads(text), sort_keys=True, ensure_ascii=False, indent=2) + "\n" == text


def test_document_shape():
    doc = json.loads(openapi.openapi_committed())
    assert doc["openapi"].startswith("3.")
    paths = doc["paths"]
    assert "/api/v1/check/mynumber" in paths
    assert "get" not in paths["/api/v1/check/mynumber"]
    assert "/api/v1/offices" in paths
    # No fallback route in the contract.
    assert not any("{rest}" in p for p in paths)
    # Every operation documents its error shape.
    for path, ops in paths.items():
        for method, op in ops.items():
            errors = {k: v for k, v in op["responses"].items() if k.startswith(("4", "5"))}
            for status, resp in errors.items():
                ref = resp["content"]["application/json"]["schema"]["$ref"]
                assert ref.endswith("/ErrorOut"), (path, method, status)


def test_served_document_matches_committed(client):
    served = client.get("/api/v1/openapi.json").json()
    assert served == json.loads(openapi.openapi_committed())


def test_check_command_passes(capsys):
    call_command(Command(), "--check")
    assert "current" in capsys.readouterr().out


def test_check_command_fails_on_drift(tmp_path, monkeypatch, capsys):
    stale = tmp_path / "openapi.json"
    stale.write_text(openapi.openapi_document().replace('"Kokugai API"', '"Old API"'))
    monkeypatch.setattr(openapi, "OPENAPI_PATH", stale)
    with pytest.raises(SystemExit) as exc:
        call_command(Command(), "--check")
    assert exc.value.code == 1
    err = capsys.readouterr().err
    assert "drifted" in err and "Old API" in err


def test_write_command_rewrites(tmp_path, monkeypatch):
    target = tmp_path / "openapi.json"
    monkeypatch.setattr(openapi, "OPENAPI_PATH", target)
    call_command(Command())
    assert target.read_text() == openapi.openapi_document()
    assert openapi.openapi_write() is False
