"""docs/situations.md is the rules' own answer: regenerated, it must be identical."""

from __future__ import annotations

from pathlib import Path

from kokugai.rules.procedures import catalogue
from kokugai.rules.situations import AS_OF, table_markdown

PAGE = Path(__file__).resolve().parents[2] / "docs" / "situations.md"


def test_the_committed_page_is_what_the_rules_generate() -> None:
    assert PAGE.read_text(encoding="utf-8") == table_markdown(), (
        "docs/situations.md drifted: run `kokugai situations_table` and commit it"
    )


def test_the_table_names_every_procedure_a_situation_can_reach() -> None:
    page = PAGE.read_text(encoding="utf-8")
    after_application = {"withdrawal", "surrender"}  # asked for on a case, not a situation
    after_application |= {"cert_issue"}  # no situation field asks for a signing certificate
    for spec in catalogue(AS_OF):
        if spec.code.value not in after_application:
            assert f"`{spec.code.value}`" in page, spec.code
