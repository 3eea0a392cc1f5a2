"""docs/operations.md agrees with the fault suite: its fault table (written by the suite,
copied by bin/fault-table) names exactly the faults the suite's tests report."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).parents[2]
DOC = ROOT / "docs" / "operations.md"


def suite_faults() -> set[str]:
    names = set()
    for path in sorted((ROOT / "tests" / "notifications").glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "fault_report"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                names.add(node.args[0].value)
    return names


def doc_table() -> list[list[str]]:
    text = DOC.read_text()
    table = text.split("<!-- fault-table:start -->", 1)[1].split("<!-- fault-table:end -->")[0]
    rows = [
        [cell.strip() for cell in line.strip().strip("|").split("|")]
        for line in table.strip().splitlines()
    ]
    return [r for r in rows[2:] if r]


def test_the_fault_table_names_exactly_the_suites_faults():
    faults = suite_faults()
    assert len(faults) >= 8
    rows = doc_table()
    assert sorted(r[0] for r in rows) == sorted(faults)
    for fault, injected, outcome in rows:
        assert injected and outcome, fault
