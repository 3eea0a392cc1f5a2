"""One source for each fact (issue 12 §6): these fail when a second copy appears.

Each fact is written once and read everywhere else: procedure names (``rules.procedures``),
the case-state label (``cases.errors.state_label``), name masking (``people.selectors``),
the current language (``core.i18n``), the office visibility rule
(``registry.selectors.office_parts_q``), the calendar of an office
(``registry.selectors.office_calendar``), the deployment's settings (declared in
``settings.py``, read as ``settings.NAME``) and its assumptions (``core.config``).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "kokugai"


def _sources() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "migrations" not in p.parts)


def _rel(path: Path) -> str:
    return str(path.relative_to(SRC))


def _trees() -> dict[str, ast.Module]:
    return {_rel(p): ast.parse(p.read_text(encoding="utf-8")) for p in _sources()}


TREES = _trees()


def _where(predicate) -> list[str]:
    """``file:line`` of every node for which ``predicate(node)`` holds."""
    return [
        f"{name}:{node.lineno}"
        for name, tree in TREES.items()
        for node in ast.walk(tree)
        if predicate(node)
    ]


def _files(where: list[str]) -> set[str]:
    return {w.split(":")[0] for w in where}


# --- settings and assumptions -----------------------------------------------------------------


def test_no_setting_is_read_with_a_second_default():
    def getattr_on_settings(node: ast.AST) -> bool:
        return (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "getattr"
            and bool(node.args)
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id == "settings"
        )

    assert _where(getattr_on_settings) == []


def _declared_settings() -> set[str]:
    tree = ast.parse((SRC / "settings.py").read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        names |= {t.id for t in targets if isinstance(t, ast.Name) and t.id.isupper()}
    return names


def test_every_kokugai_setting_read_is_declared_with_its_default_in_settings_py():
    declared = _declared_settings()
    read = {
        node.attr
        for tree in TREES.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "settings"
        and node.attr.startswith("KOKUGAI_")
    }
    assert read, "the scan found no setting at all"
    assert read - declared == set()


def test_only_core_config_reads_the_assumptions():
    readers = _where(lambda n: isinstance(n, ast.Attribute) and n.attr == "KOKUGAI_ASSUMPTIONS")
    assert _files(readers) == {"core/config.py"}


def test_the_assumptions_accessor_takes_the_deployment_overrides(settings):
    from kokugai.core import config
    from kokugai.rules.assumptions import Assumptions

    default = Assumptions().int("uncollected_holding_days")
    settings.KOKUGAI_ASSUMPTIONS = {"uncollected_holding_days": default + 7}
    assert config.assumptions().int("uncollected_holding_days") == default + 7


# --- the current language ----------------------------------------------------------------------


def test_the_current_language_has_one_helper():
    calls = _where(
        lambda n: (
            isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "get_language"
        )
    )
    assert _files(calls) == {"core/i18n.py"}
    copies = [
        f"{_rel(p)}:{i}"
        for p in _sources()
        if p.parts[-2] != "rules" and _rel(p) != "core/i18n.py"
        for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if 'startswith("en")' in line
    ]
    assert copies == []


@pytest.mark.parametrize(
    ("active", "expected"), [("ja", "ja"), ("en", "en"), ("en-gb", "en"), ("fr", "ja")]
)
def test_current_lang(active, expected):
    from django.utils import translation

    from kokugai.core.i18n import current_lang

    with translation.override(active):
        assert current_lang() == expected


# --- procedure names ---------------------------------------------------------------------------


def test_no_second_table_of_procedure_names():
    tables = _where(
        lambda n: (
            isinstance(n, ast.Assign)
            and any(
                isinstance(t, ast.Name) and "PROCEDURE" in t.id and "LABEL" in t.id
                for t in n.targets
            )
        )
    )
    assert tables == []


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_mails_and_the_console_name_every_procedure_as_the_rules_do(lang):
    from django.utils import translation

    from kokugai.notifications.rendering import render
    from kokugai.notifications.samples import SAMPLE_CONTEXTS
    from kokugai.rules.codes import Procedure
    from kokugai.rules.procedures import procedure
    from kokugai.web.console.forms import procedure_label

    for code in Procedure:
        name = procedure(code).name.get(lang)
        context = {**SAMPLE_CONTEXTS["completed"], "procedure": code.value}
        assert name in render("completed", lang, context).text, (code, lang)
        with translation.override(lang):
            assert procedure_label(code.value) == name


def test_the_return_reminder_names_the_continued_use_not_a_switch():
    from kokugai.notifications.rendering import render
    from kokugai.notifications.samples import SAMPLE_CONTEXTS
    from kokugai.rules.procedures import procedure_name

    mail = render("return_switch_reminder", "ja", SAMPLE_CONTEXTS["return_switch_reminder"])
    assert procedure_name("return_to_japan", "ja") in mail.text
    assert "継続利用" in mail.text and "切替" not in mail.subject + mail.text


# --- the state label, masking, visibility, calendars -------------------------------------------


def test_the_state_label_is_computed_in_one_function():
    readers = _where(lambda n: isinstance(n, ast.Attribute) and n.attr == "state_labels")
    assert _files(readers) <= {
        "cases/errors.py",  # state_label()
        "cases/workflow.py",  # the tables themselves
        "cases/management/commands/workflow_diagrams.py",  # the generated docs table
    }


def test_names_and_addresses_are_masked_in_one_place():
    masks = [
        f"{_rel(p)}:{i}"
        for p in _sources()
        for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r'"＊" \*|\]\}\*\*\*@', line)
    ]
    assert _files(masks) == {"people/selectors.py"}


OFFICE_FIELDS = {"intake_office", "honseki_office", "production_office", "pickup_office"}


def test_the_office_visibility_rule_is_written_once():
    """No hand-written ``Q(intake_office=…) | Q(honseki_office=…) | …`` over three or more
    of the parts: ``registry.selectors.office_parts_q`` builds it."""

    def fields_of(node: ast.AST) -> set[str]:
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            return fields_of(node.left) | fields_of(node.right)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Q":
            return {k.arg.rsplit("__", 1)[-1] for k in node.keywords if k.arg} & OFFICE_FIELDS
        return set()

    copies = _where(
        lambda n: (
            isinstance(n, ast.BinOp) and isinstance(n.op, ast.BitOr) and len(fields_of(n)) >= 3
        )
    )
    assert copies == []


def test_the_calendar_of_an_office_is_built_in_one_place():
    builders = {"calendar_for_office", "mission_calendar", "municipal_calendar"}
    calls = _where(
        lambda n: (
            isinstance(n, ast.Call)
            and (getattr(n.func, "id", None) or getattr(n.func, "attr", None)) in builders
        )
    )
    assert {f for f in _files(calls) if not f.startswith("rules/")} == {"registry/selectors.py"}


@pytest.mark.django_db
def test_booking_slots_and_the_tracker_count_the_same_days_for_a_mission(settings):
    import datetime as dt

    from kokugai.registry.models import Office
    from kokugai.registry.selectors import office_calendar
    from kokugai.tracking.selectors import calendar_of

    settings.KOKUGAI_ASSUMPTIONS = {"missions_observe_year_end": False}
    office = Office(code="jtea-tw-taipei", kind="mission", country="TW")
    new_year = dt.date(2026, 1, 2)
    assert office_calendar(office).is_business_day(new_year) == calendar_of(
        office.code
    ).is_business_day(new_year)
    assert office_calendar(office).name == calendar_of(office.code).name
