"""The import rules of design.md §2, checked on the source (no import side effects).

Tiers: rules (0) < core (1) < registry, people (2) < cases, notifications, appointments,
tracking (3) < web, api (4). A module may import its own tier or lower, never higher.
The pure modules import no Django at all.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "kokugai"
TIER = {
    "rules": 0,
    "core": 1,
    "registry": 2,
    "people": 2,
    "cases": 3,
    "notifications": 3,
    "appointments": 3,
    "tracking": 3,
    "web": 4,
    "api": 4,
}
PURE = [
    SRC / "cases" / "workflow.py",
    SRC / "tracking" / "eta.py",
    SRC / "appointments" / "slots.py",
]
STDLIB = set(sys.stdlib_module_names)
RULES_MAY_IMPORT = STDLIB | {"holidays", "kokugai", "dateutil"}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def _app_of(path: Path) -> str | None:
    rel = path.relative_to(SRC).parts
    return rel[0] if len(rel) > 1 and rel[0] in TIER else None


def _sources() -> list[Path]:
    return [p for p in SRC.rglob("*.py") if "migrations" not in p.parts]


def test_no_module_imports_a_higher_tier():
    offences = []
    for path in _sources():
        app = _app_of(path)
        if app is None:
            continue
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] == "kokugai" and len(parts) > 1 and parts[1] in TIER:
                if TIER[parts[1]] > TIER[app]:
                    offences.append(f"{path.relative_to(SRC)} imports {name}")
    assert offences == []


def test_rules_imports_only_the_standard_library_and_small_pure_libraries():
    offences = []
    for path in (SRC / "rules").rglob("*.py"):
        for name in _imports(path):
            top = name.split(".")[0]
            if (
                top not in RULES_MAY_IMPORT
                or name.startswith("kokugai.")
                and not name.startswith("kokugai.rules")
            ):
                offences.append(f"{path.relative_to(SRC)} imports {name}")
    assert offences == []


@pytest.mark.parametrize("path", PURE, ids=lambda p: str(p.relative_to(SRC)))
def test_pure_modules_import_no_django(path: Path):
    assert [n for n in _imports(path) if n.split(".")[0] == "django"] == []
