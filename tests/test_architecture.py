"""The import rules of design.md §2, checked on the source (no import side effects).

A strict order: ``web`` -> ``api`` -> ``tracking`` -> ``appointments`` -> ``cases`` ->
``notifications`` -> ``people`` -> ``registry`` -> ``core``; everyone may import ``rules``.
An app imports only the apps below it, at module level and inside functions alike (every
``Import``/``ImportFrom`` node of the tree, and ``apps.get_model`` / ``import_module`` with a
literal app). A transition's effect on a higher app is a subscription (``cases.events``).

The pure modules (``rules`` and the three pure files of the apps) import only the standard
library and small pure libraries, and importing them loads no Django: this is the one check
of that (it used to be four copies).
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "kokugai"
#: Lowest first; ``rules`` is below everything. ``web`` and ``api`` are the top (design.md
#: lists them together); of the two, ``web`` is above: it holds the site-wide jobs
#: (``web/retention.py`` purges the API's idempotency records), and ``api`` never imports it.
ORDER = ["core", "registry", "people", "notifications", "cases", "appointments", "tracking"]
ORDER += ["api", "web"]
RANK = {app: i for i, app in enumerate(ORDER)}
RULES = "rules"
PURE = [
    SRC / "cases" / "workflow.py",
    SRC / "tracking" / "eta.py",
    SRC / "appointments" / "slots.py",
    *sorted((SRC / RULES).rglob("*.py")),
]
SMALL_PURE_LIBRARIES = {"holidays", "dateutil"}
PURE_MAY_IMPORT = set(sys.stdlib_module_names) | SMALL_PURE_LIBRARIES


def _package(path: Path) -> list[str]:
    return list(path.relative_to(SRC.parent).parent.parts)


def _imports(tree: ast.AST, package: list[str]) -> list[tuple[int, str]]:
    """Every module the tree names, wherever the statement is (function bodies included);
    a relative import is resolved against ``package``."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            base = package[: len(package) - node.level + 1]
            found.append((node.lineno, ".".join([*base, *([node.module] if node.module else [])])))
        elif isinstance(node, ast.Call) and node.args:
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            if name == "get_model":  # apps.get_model("cases", "Case")
                found.append((node.lineno, f"kokugai.{first.value.split('.')[0]}"))
            elif name in {"import_module", "__import__"}:
                found.append((node.lineno, first.value))
    return found


def _app_of(path: Path) -> str | None:
    rel = path.relative_to(SRC).parts
    return rel[0] if len(rel) > 1 and (rel[0] in RANK or rel[0] == RULES) else None


def _sources() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "migrations" not in p.parts)


def upward_imports(path: Path, source: str) -> list[str]:
    """The imports of ``source`` (a file of ``path``'s app) that point up."""
    app = _app_of(path)
    if app is None:
        return []
    offences = []
    for line, name in _imports(ast.parse(source), _package(path)):
        parts = name.split(".")
        if parts[0] != "kokugai" or len(parts) < 2 or parts[1] in {app, RULES}:
            continue
        target = parts[1]
        if app == RULES or (target in RANK and RANK[target] > RANK[app]):
            offences.append(f"{path.relative_to(SRC)}:{line} ({app}) imports {name}")
    return offences


def test_no_app_imports_a_higher_app_anywhere_in_a_module():
    offences = []
    for path in _sources():
        offences += upward_imports(path, path.read_text(encoding="utf-8"))
    assert offences == []


@pytest.mark.parametrize(
    ("where", "source"),
    [
        ("cases/x.py", "from kokugai.appointments.services import appointment_book\n"),
        ("cases/x.py", "def f():\n    from kokugai.appointments import services\n"),
        ("cases/x.py", "def f():\n    if True:\n        import kokugai.tracking.selectors\n"),
        ("notifications/x.py", "def f():\n    from kokugai.cases.models import Case\n"),
        ("appointments/x.py", "class A:\n    def f(self):\n        import kokugai.web.views\n"),
        ("api/x.py", "import kokugai.web.views\n"),
        ("people/x.py", "from django.apps import apps\nC = apps.get_model('cases', 'Case')\n"),
        (
            "registry/x.py",
            "import importlib\nm = importlib.import_module('kokugai.people.models')\n",
        ),
        ("rules/x.py", "from kokugai.core import clock\n"),
        ("cases/sub/x.py", "from ...appointments import services\n"),
    ],
)
def test_the_check_catches_an_upward_import_wherever_it_hides(where: str, source: str):
    assert upward_imports(SRC / where, source) != []


def test_the_check_lets_downward_imports_through():
    source = (
        "from kokugai.cases.models import Case\n"
        "def f():\n    from kokugai.people.services import card_order\n"
        "import kokugai.rules.dates\nfrom kokugai.tracking import eta\n"
    )
    assert upward_imports(SRC / "tracking" / "x.py", source) == []


def test_every_app_of_the_package_has_a_rank():
    apps = {p.name for p in SRC.iterdir() if (p / "__init__.py").exists()} - {"locale"}
    assert apps == set(RANK) | {RULES}


@pytest.mark.parametrize("path", PURE, ids=lambda p: str(p.relative_to(SRC)))
def test_pure_modules_import_only_the_standard_library_and_small_pure_libraries(path: Path):
    offences = []
    for line, name in _imports(ast.parse(path.read_text(encoding="utf-8")), _package(path)):
        top = name.split(".")[0]
        if name.startswith("kokugai."):
            ok = name.startswith("kokugai.rules") or path in PURE and name in _pure_names()
        else:
            ok = top in PURE_MAY_IMPORT
        if not ok:
            offences.append(f"{path.relative_to(SRC)}:{line} imports {name}")
    assert offences == []


def _pure_names() -> set[str]:
    names = set()
    for p in PURE:
        rel = p.relative_to(SRC.parent).with_suffix("")
        names.add(".".join(rel.parts).removesuffix(".__init__"))
    return names


def test_importing_every_pure_module_loads_no_django():
    modules = sorted(_pure_names())
    assert "kokugai.rules.planner" in modules and "kokugai.cases.workflow" in modules
    code = (
        "import importlib, json, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(json.dumps(sorted(k for k in sys.modules if k.split('.')[0] == 'django')))\n"
    )
    out = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PATH": ""}
    )
    assert json.loads(out.stdout) == []


# --- URLs come from reverse() (issue 12 §2) -------------------------------------------------

_PATH_IN_TEXT = re.compile(r"(^|[}\s])/[a-z][a-z0-9_-]*/|^/[a-z]")
#: Where a path template is a route declaration (django-ninja), not a link being built.
_ROUTE_DECLARATIONS = {"get", "post", "put", "patch", "delete", "api_operation"}


def hand_built_paths(source: str) -> list[int]:
    """Lines where an f-string or ``"…".format()`` writes a URL path by hand."""
    tree = ast.parse(source)
    declared = {
        id(node.args[0])
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "attr", "") in _ROUTE_DECLARATIONS
        and node.args
    }
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr) and id(node) not in declared:
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", "") == "format"
            and isinstance(node.func.value, ast.Constant)  # type: ignore[attr-defined]
        ):
            text = str(node.func.value.value)  # type: ignore[attr-defined]
        else:
            continue
        if _PATH_IN_TEXT.search(text):
            lines.append(node.lineno)
    return lines


def test_no_url_is_built_by_hand():
    offences = [
        f"{path.relative_to(SRC)}:{line}"
        for path in _sources()
        for line in hand_built_paths(path.read_text(encoding="utf-8"))
    ]
    assert offences == []


@pytest.mark.parametrize(
    "source",
    [
        'url = f"{base}/reply/{token}/"\n',
        'url = f"/console/cases/{pk}/"\n',
        'url = "/console/cases/{id}/".format(id=1)\n',
    ],
)
def test_the_url_check_catches_a_hand_built_path(source: str):
    assert hand_built_paths(source) == [1]


def test_the_url_check_lets_route_declarations_and_other_text_through():
    source = (
        'router.post(f"/cases/{{case_id}}/transitions/{name}")(op)\n'
        'x = f"{a}/{b}"\ny = f"/CMapName /{name} def"\nz = reverse("portal:reply", args=[t])\n'
    )
    assert hand_built_paths(source) == []
