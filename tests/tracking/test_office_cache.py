"""The tracker reads the case and its person only; the case's offices come from a
per-process cache (reference data), cleared when an office is saved and trusted a minute
at most. The status page shows the same offices as before, and a changed office at once."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kokugai.registry import selectors as registry_selectors
from kokugai.registry.models import Office
from kokugai.registry.services import office_contact_update
from kokugai.tracking import selectors
from kokugai.tracking.services import STATUS_OFFICES, tracker_lookup
from tracking.story import BIRTH, SeedStory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_learning():
    selectors.learned_reset()


@pytest.fixture
def case():
    story = SeedStory()
    story.apply()
    return story.forward()


def _lookup(case, ip="1.2.3.4"):
    return tracker_lookup(reference=case.receipt_number, birth_date=BIRTH, client_ip=ip)


def _office_reads(ctx):
    return [q["sql"] for q in ctx.captured_queries if "registry_office" in q["sql"]]


def test_the_case_read_joins_the_person_only_and_the_offices_are_the_cases(case):
    with CaptureQueriesContext(connection) as ctx:
        found = _lookup(case)
    case_reads = [q["sql"] for q in ctx.captured_queries if 'FROM "cases_case"' in q["sql"]]
    assert len(case_reads) == 1
    assert case_reads[0].upper().count(" JOIN ") == 1 and "people_person" in case_reads[0]
    assert len(_office_reads(ctx)) == 1  # the cold cache: all the case's offices at once
    for name in STATUS_OFFICES:
        expected = getattr(case, f"{name}_id")
        office = getattr(found, name)
        assert (office.pk if office else None) == expected, name
        if office is not None:
            assert office == Office.objects.get(pk=expected)
            assert office.name_ja == Office.objects.get(pk=expected).name_ja
    # Warm: no office read at all.
    with CaptureQueriesContext(connection) as ctx:
        again = _lookup(case, ip="5.6.7.8")
    assert _office_reads(ctx) == []
    assert again.honseki_office.name_ja == "青森県八戸市"


def test_a_saved_office_change_is_shown_at_once(case):
    _lookup(case)  # warms the cache
    office_contact_update(actor=_superuser(), office=case.pickup_office, phone="03-0000-0000")
    assert _lookup(case, ip="5.6.7.8").pickup_office.phone == "03-0000-0000"


def test_a_change_another_process_made_is_read_after_the_ttl(case, monkeypatch):
    _lookup(case)
    # Another process's change: this process's signals never fire.
    Office.objects.filter(pk=case.pickup_office_id).update(phone="03-1111-1111")
    assert _lookup(case, ip="5.6.7.8").pickup_office.phone != "03-1111-1111"  # within the TTL
    monkeypatch.setattr(registry_selectors, "OFFICE_CACHE_TTL_S", 0.0)
    assert _lookup(case, ip="9.9.9.9").pickup_office.phone == "03-1111-1111"


def test_a_caller_changing_its_office_does_not_change_the_cache(case):
    found = _lookup(case)
    found.pickup_office.name_ja = "改ざん"
    assert _lookup(case, ip="5.6.7.8").pickup_office.name_ja != "改ざん"


def _superuser():
    from kokugai.core.models import User

    return User.objects.create_superuser(username="root-cache", password="x-long-pass-1234")
