"""Every error code comes from a registry, and every signed link fails with the same codes.

The registries are the ``StrEnum`` classes of each app's ``errors.py`` (design §9: "codes come
from one registry per app"). The scan reads the source (no import side effects): wherever an
``ApplicationError`` (or a subclass, or a helper that builds one) is given its code, the code
must be a registry member, a registered string, or a value passed through (a parameter, an
error's own ``.code``, a table whose values are members).
"""

from __future__ import annotations

import ast
import datetime as dt
import importlib
from enum import StrEnum
from pathlib import Path

import pytest
import time_machine

from kokugai.core.errors import CoreError

SRC = Path(__file__).resolve().parents[1] / "src" / "kokugai"
BASE_ERRORS = {"ApplicationError", "NotFound", "Forbidden", "Conflict"}
#: Parameter names that carry the code into an error class or a helper building one.
CODE_PARAMS = ("code", "error")


def _sources() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "migrations" not in p.parts)


def _module_name(path: Path) -> str:
    rel = path.relative_to(SRC.parent).with_suffix("")
    return ".".join(rel.parts)


def _registries() -> dict[str, type[StrEnum]]:
    """Every StrEnum defined in an ``errors.py`` of ``src``, by class name."""
    found: dict[str, type[StrEnum]] = {}
    for path in _sources():
        if path.name != "errors.py":
            continue
        module = importlib.import_module(_module_name(path))
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, StrEnum)
                and value.__module__ == module.__name__
            ):
                found[value.__name__] = value
    return found


REGISTRIES = _registries()
REGISTERED = {str(member) for enum in REGISTRIES.values() for member in enum}


class _Scan:
    def __init__(self) -> None:
        self.trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in _sources()}
        self.classes: dict[str, ast.ClassDef] = {}
        for tree in self.trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef):
                    self.classes.setdefault(node.name, node)
        self.errors = set(BASE_ERRORS)
        changed = True
        while changed:
            changed = False
            for name, node in self.classes.items():
                bases = {ast.unparse(b).split(".")[-1] for b in node.bases}
                if name not in self.errors and bases & self.errors:
                    self.errors.add(name)
                    changed = True
        # Where each error class and each helper takes its code: (position, keyword) or None.
        self.specs: dict[str, tuple[int | None, str] | None] = {
            "ApplicationError": (0, "code"),
            "Forbidden": (0, "code"),
            "Conflict": (0, "code"),
            "NotFound": (None, "code"),
        }
        for name in self.errors - BASE_ERRORS:
            self.specs[name] = self._class_spec(name)
        for tree in self.trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.FunctionDef) and node.name not in self.specs:
                    spec = _code_param(node)
                    if spec is not None and self._builds_error_from(node, spec[1]):
                        self.specs[node.name] = spec

    def _class_spec(self, name: str) -> tuple[int | None, str] | None:
        node = self.classes[name]
        init = next(
            (n for n in node.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"),
            None,
        )
        if init is not None:
            return _code_param(init)
        for base in node.bases:
            base_name = ast.unparse(base).split(".")[-1]
            if base_name in self.specs:
                return self.specs[base_name]
            if base_name in self.classes:
                return self._class_spec(base_name)
        return None

    def _builds_error_from(self, func: ast.FunctionDef, param: str) -> bool:
        for node in ast.walk(func):
            if isinstance(node, ast.Call) and _callee(node) in self.errors:
                for arg in [*node.args, *(k.value for k in node.keywords)]:
                    if param in {n.id for n in ast.walk(arg) if isinstance(n, ast.Name)}:
                        return True
        return False

    def offences(self) -> list[str]:
        out: list[str] = []
        for path, tree in self.trees.items():
            for func, cls, call in _calls(tree):
                name = _callee(call)
                if name == "__init__" and cls is not None:  # super().__init__(...)
                    if (
                        not isinstance(call.func, ast.Attribute)
                        or ast.unparse(call.func.value) != "super()"
                    ):
                        continue
                    bases = [ast.unparse(b).split(".")[-1] for b in cls.bases]
                    spec = next((self.specs.get(b) for b in bases if b in self.specs), None)
                elif name in self.specs:
                    spec = self.specs[name]
                else:
                    continue
                if spec is None:
                    continue
                arg = _code_arg(call, spec)
                if arg is None:
                    continue
                problem = self._check(arg, func)
                if problem:
                    where = f"{path.relative_to(SRC)}:{call.lineno}"
                    out.append(f"{where} {ast.unparse(call)[:80]}: {problem}")
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name in self.errors:
                    for stmt in node.body:
                        if (
                            isinstance(stmt, ast.Assign)
                            and any(
                                isinstance(t, ast.Name) and t.id == "code_value"
                                for t in stmt.targets
                            )
                            and (problem := self._check(stmt.value, None))
                        ):
                            out.append(f"{path.relative_to(SRC)}:{stmt.lineno}: {problem}")
        return out

    def _check(self, arg: ast.expr, func: ast.FunctionDef | None) -> str:
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            return "" if arg.value in REGISTERED else f"unregistered code {arg.value!r}"
        if isinstance(arg, ast.IfExp):
            return self._check(arg.body, func) or self._check(arg.orelse, func)
        if isinstance(arg, ast.Attribute):
            chain = ast.unparse(arg).split(".")
            if chain[-1] == "value":
                chain = chain[:-1]
            if len(chain) >= 2 and chain[-2] in REGISTRIES:
                enum = REGISTRIES[chain[-2]]
                return "" if chain[-1] in enum.__members__ else f"{chain[-1]} not in {enum}"
            if chain[-1] in ("code", "code_value"):  # an error's own (registered) code
                return ""
            if len(chain) == 1 and isinstance(arg.value, ast.Name):  # a parameter's .value
                return self._check(arg.value, func)
            return f"not a registry member: {ast.unparse(arg)}"
        if isinstance(arg, ast.Subscript):
            # A table whose values are registry members (e.g. tracking.errors.REFERENCE_FAULTS).
            table = ast.unparse(arg.value)
            return "" if table.isupper() or table == "reasons" else f"unknown table {table}"
        if isinstance(arg, ast.Name) and func is not None:
            args = func.args
            params = {a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]}
            if arg.id in params:
                return ""  # passed through: the caller is checked
            assigned = [
                n.value
                for n in ast.walk(func)
                if isinstance(n, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == arg.id for t in n.targets)
            ]
            if assigned:
                return next((p for v in assigned if (p := self._check(v, None))), "")
        return f"not a registered code: {ast.unparse(arg)}"


def _callee(call: ast.Call) -> str:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _code_param(func: ast.FunctionDef) -> tuple[int | None, str] | None:
    positional = [a.arg for a in [*func.args.posonlyargs, *func.args.args] if a.arg != "self"]
    for name in CODE_PARAMS:
        if positional and positional[0] == name:
            return (0, name)
    if "code" in [a.arg for a in func.args.kwonlyargs] and func.name == "__init__":
        return (None, "code")
    return None


def _code_arg(call: ast.Call, spec: tuple[int | None, str]) -> ast.expr | None:
    position, keyword = spec
    for kw in call.keywords:
        if kw.arg == keyword:
            return kw.value
    if position is not None and len(call.args) > position:
        return call.args[position]
    return None


def _calls(tree: ast.Module):
    """(enclosing function, enclosing class, call) for every call in the module."""

    def visit(node: ast.AST, func: ast.FunctionDef | None, cls: ast.ClassDef | None):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                yield from visit(child, None, child)
            elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                yield from visit(child, child, cls)
            else:
                if isinstance(child, ast.Call):
                    yield func, cls, child
                yield from visit(child, func, cls)

    yield from visit(tree, None, None)


def test_the_scan_sees_the_error_classes_and_helpers():
    scan = _Scan()
    # Guards against a scan that silently checks nothing.
    assert {"TrackerError", "SigninError", "BadInputError", "TokenExpired"} <= scan.errors
    assert scan.specs["case_error"] == (0, "error")
    assert scan.specs["NotFound"] == (None, "code")
    assert scan.specs["TransitionNotAllowedError"] is None  # its code is fixed inside


def test_every_code_raised_in_src_is_registered():
    assert _Scan().offences() == []


def test_the_scan_refuses_a_free_string_and_a_built_code(tmp_path):
    scan = _Scan()
    tree = ast.parse(
        "def f(x):\n"
        "    raise ApplicationError('made_up_code', 'm')\n"
        "def g(x):\n"
        "    raise NotFound(code=f'{x}_gone')\n"
        "def h(x):\n"
        "    raise ApplicationError(CoreError.LINK_EXPIRED, 'm')\n"
    )
    scan.trees = {SRC / "example.py": tree}
    offences = scan.offences()
    assert len(offences) == 2, offences
    assert "made_up_code" in offences[0] and "_gone" in offences[1]


def test_a_code_shared_by_two_registries_is_a_core_code():
    """One meaning, one code: an app reusing a shared code takes it from CoreError."""
    seen: dict[str, str] = {}
    for name, enum in REGISTRIES.items():
        for member in enum:
            other = seen.setdefault(str(member), name)
            if other != name:
                assert str(member) in {c.value for c in CoreError}, (str(member), other, name)


def test_the_openapi_document_lists_every_registry_the_api_can_answer_with():
    import json

    from kokugai.api.errors import REGISTRIES as API_REGISTRIES
    from kokugai.api.openapi import openapi_committed

    listed = json.loads(openapi_committed())["x-error-codes"]
    for enum in (e for enums in API_REGISTRIES.values() for e in enums):
        for member in enum:
            assert any(str(member) in codes for codes in listed.values()), member
    # Only the web views' own codes (portal and console pages) are not the API's.
    api_enums = {e.__name__ for enums in API_REGISTRIES.values() for e in enums}
    assert set(REGISTRIES) - api_enums == {"WebError"}


# --- signed links ------------------------------------------------------------------------------

LINK_MODULES = (
    "kokugai.cases.tokens",
    "kokugai.appointments.access",
    "kokugai.tracking.services",
    "kokugai.notifications.services",
    "kokugai.web.portal.prereg",
    "kokugai.web.portal.family",
    "kokugai.tracking.tasklist",
)


def _kinds():
    from kokugai.core import tokens

    for module in LINK_MODULES:
        importlib.import_module(module)
    return tokens.KINDS


def test_every_signed_link_is_a_kind_of_the_one_helper():
    assert set(_kinds()) == {
        "reply",
        "book",
        "manage",
        "tracker_links",
        "email_verify",
        "email_change",
        "preregistration_verify",
        "family_preregistration_verify",
        "tracker_tasks",
        "household_book",
    }
    salts = [kind.salt for kind in _kinds().values()]
    assert len(salts) == len(set(salts)), "two kinds of link share a salt"


def test_only_the_token_helper_signs():
    """No second way of signing a link (the staff device cookie is a cookie, not a link)."""
    allowed = {SRC / "core" / "tokens.py", SRC / "core" / "staffauth" / "throttle.py"}
    offenders = []
    for path in _sources():
        if path in allowed:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in ("django.core", None):
                if any(a.name == "signing" for a in node.names):
                    offenders.append(str(path.relative_to(SRC)))
            elif isinstance(node, ast.ImportFrom) and node.module == "django.core.signing":
                offenders.append(str(path.relative_to(SRC)))
    assert offenders == []


@pytest.mark.parametrize("name", sorted(_kinds()))
def test_an_expired_link_of_every_kind_has_the_same_code(name):
    from kokugai.core.tokens import LinkExpired, LinkInvalid, link_make, link_read

    kind = _kinds()[name]
    token = link_make(kind, {"c": 1})
    assert link_read(kind, token) == {"c": 1}
    with pytest.raises(LinkInvalid) as bad:
        link_read(kind, token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb"))
    assert (bad.value.code, bad.value.status) == (CoreError.LINK_INVALID, 404)
    other = next(k for k in _kinds().values() if k.name != name)
    with pytest.raises(LinkInvalid):
        link_read(other, token)
    if kind.max_age is None:
        # Its record's expiry decides (tests/notifications/test_notifications_email_change.py).
        return
    later = dt.datetime.now(dt.UTC) + kind.max_age + dt.timedelta(seconds=5)
    with time_machine.travel(later), pytest.raises(LinkExpired) as expired:
        link_read(kind, token)
    assert (expired.value.code, expired.value.status) == ("link_expired", 410)
