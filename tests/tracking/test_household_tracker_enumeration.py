"""Enumeration attack on the family tracker: a stranger tries household references with a
made-up birth date. A reference that exists (wrong birth date) and one that does not (a
well-formed reference with a valid check character) must give the same page, status and
audit shape, so the stranger learns nothing about which references exist."""

from __future__ import annotations

import re

import pytest
from tests.cases.test_households import cast, frozen, make_prereg  # noqa: F401 - fixtures

from kokugai.cases import household_services as hs
from kokugai.core.audit import AuditEntry


@pytest.fixture
def household(cast):  # noqa: F811
    fp = make_prereg(cast)
    return hs.household_open_from_prereg(
        code=fp.code, actor=cast.staff["intake"], office=cast.offices["intake"]
    )


def _unknown_reference(known: str) -> str:
    while True:
        ref = hs._code("H")
        if ref != known:
            return ref


def _page(client, reference: str) -> tuple[int, str]:
    r = client.post("/track/household/", {"reference": reference, "birth_date": "2000-01-01"})
    body = r.content.decode()
    # What differs by design: the CSRF token and what the person typed, echoed in the form.
    body = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", body)
    body = re.sub(r'"X-CSRFToken": "[^"]*"', "", body)
    body = body.replace(reference, "REF").replace(hs.code_display(reference), "REF")
    return r.status_code, body


def test_a_wrong_birth_date_and_an_unknown_reference_look_the_same(client, household):
    known = _page(client, household.reference)
    unknown = _page(client, _unknown_reference(household.reference))
    assert known[0] == unknown[0] == 404
    assert known[1] == unknown[1]
    entries = list(AuditEntry.objects.filter(action="household.lookup").order_by("id"))
    assert [(e.object_type, e.detail) for e in entries] == [
        ("reference", {"result": "miss"}),
        ("reference", {"result": "miss"}),
    ]
