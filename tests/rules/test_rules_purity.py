"""kokugai.rules is pure Python: it never imports Django (design.md §2, §3)."""

from __future__ import annotations

import ast
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import kokugai.rules

RULES_DIR = Path(kokugai.rules.__file__).parent
ALLOWED_THIRD_PARTY = {"holidays", "dateutil"}


def _modules() -> list[str]:
    return sorted(
        f"kokugai.rules.{m.name}" for m in pkgutil.iter_modules([str(RULES_DIR)]) if not m.ispkg
    )


def test_every_rules_module_imports_without_django() -> None:
    mods = _modules()
    assert "kokugai.rules.planner" in mods and "kokugai.rules.procedures" in mods
    code = (
        "import importlib, json, sys\n"
        f"for m in {mods!r}: importlib.import_module(m)\n"
        "print(json.dumps(sorted(k for k in sys.modules if k == 'django' or k.startswith('django.'))))\n"
    )
    out = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PATH": ""}
    )
    assert json.loads(out.stdout) == []


def test_rules_source_imports_only_stdlib_and_small_pure_libraries() -> None:
    allowed = set(sys.stdlib_module_names) | ALLOWED_THIRD_PARTY | {"kokugai"}
    bad = []
    for path in RULES_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            bad += [f"{path.name}: {n}" for n in names if n.split(".")[0] not in allowed]
    assert bad == []
