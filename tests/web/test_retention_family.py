"""The retention purge and households: closed cases of a family go with their memberships,
the emptied household goes, the people then go; family pre-registrations are purged like
single ones. Nothing is blocked by a household link."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from tests.cases.test_households import make_prereg

from factories import Cast
from kokugai.cases import household_services as hs
from kokugai.cases.households import FamilyPreRegistration, Household, HouseholdMember
from kokugai.cases.models import Case
from kokugai.people.models import Person
from kokugai.web.retention import purge

pytestmark = pytest.mark.django_db
OPENED = dt.datetime(2026, 3, 25, 1, 0, tzinfo=dt.UTC)
LATER = dt.datetime(2040, 1, 1, tzinfo=dt.UTC)
#: The kinds a family touches (the audit log has its own tests and takes long to prune).
KINDS = ["family_preregistrations", "closed_cases", "households", "people"]


def test_closed_family_cases_purge_with_their_household():
    with time_machine.travel(OPENED, tick=False):
        cast = Cast.make()
        fp = make_prereg(cast)
        h = hs.household_open_from_prereg(
            code=fp.code, actor=cast.staff["intake"], office=cast.offices["intake"]
        )
        cases = hs.household_cases(h)
    # The representative's case closes first; the children's later (still within the period).
    Case.objects.filter(pk=cases[1].pk).update(closed_at=OPENED + dt.timedelta(days=30))
    Case.objects.filter(pk__in=[c.pk for c in cases if c.pk != cases[1].pk]).update(
        closed_at=OPENED + dt.timedelta(days=60)
    )
    report = purge(now=LATER, kinds=KINDS)
    assert report.due["closed_cases"] == 4
    assert not Case.objects.exists() and not HouseholdMember.objects.exists()
    assert not Household.objects.exists() and not Person.objects.exists()
    assert not FamilyPreRegistration.objects.exists()
    assert report.due["family_preregistrations"] == 1


def test_an_open_household_is_kept(db):
    with time_machine.travel(OPENED, tick=False):
        cast = Cast.make()
        fp = make_prereg(cast)
        h = hs.household_open_from_prereg(
            code=fp.code, actor=cast.staff["intake"], office=cast.offices["intake"]
        )
    # Only the mother's case is closed (long ago); the others are still open.
    rep_case = hs.household_cases(h)[1]
    Case.objects.filter(pk=rep_case.pk).update(closed_at=OPENED)
    purge(now=LATER, kinds=KINDS)
    h.refresh_from_db()
    assert HouseholdMember.objects.filter(household=h).count() == 3
    # The children's links to their (purged) representative are cleared, not blocking.
    assert all(m.represented_by is None for m in h.members.all())
