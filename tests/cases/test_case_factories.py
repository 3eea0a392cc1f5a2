import pytest

from factories import CaseFactory


@pytest.mark.django_db
@pytest.mark.parametrize(
    "state", ["received", "shipped", "issued", "uncollected", "withdrawn", "rejected"]
)
def test_trait_reaches_state(state):
    case = CaseFactory(**{state: True}) if state != "received" else CaseFactory()
    assert case.state == state
    assert case.events.count() == case.version
