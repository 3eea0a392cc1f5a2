"""Console queues at scale: every count in one query; lists paged by keyset, in order."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from factories import OfficeFactory, StaffFactory
from kokugai.cases import selectors
from kokugai.cases.models import Case
from kokugai.tracking.generate import generate

pytestmark = pytest.mark.django_db


@pytest.fixture
def office():
    offices = [OfficeFactory() for _ in range(2)] + [OfficeFactory(production=True)]
    generate(400, seed=31)
    # The 本籍地 with the most open reviews.
    return max(
        offices[:2],
        key=lambda o: Case.objects.filter(honseki_office=o, state="under_review").count(),
    )


def test_counts_come_in_one_query_and_equal_each_queue(office):
    with CaptureQueriesContext(connection) as ctx:
        counts = selectors.case_queue_counts(office)
    assert len(ctx.captured_queries) == 1
    assert counts == {q: selectors.case_queue(office, q).count() for q in selectors.QUEUES}
    assert counts["to_review"] > 10


def test_keyset_pages_cover_the_queue_once_in_order(office):
    # Ties on the timestamp must not lose or repeat a case across a page boundary.
    tied = list(selectors.case_queue(office, "to_review")[:6])
    Case.objects.filter(pk__in=[c.pk for c in tied]).update(
        state_entered_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    )
    expected = [c.pk for c in selectors.case_queue(office, "to_review")]
    seen, after, pages = [], None, 0
    while True:
        page = selectors.case_queue_page(office, "to_review", after=after, size=4)
        seen += [c.pk for c in page.cases]
        pages += 1
        if page.next_after is None:
            break
        after = page.next_after
    assert seen == expected
    assert pages == -(-len(expected) // 4)


def test_a_page_reads_only_its_rows(office):
    with CaptureQueriesContext(connection) as ctx:
        selectors.case_queue_page(office, "to_review", size=5)
    (sql,) = [q["sql"] for q in ctx.captured_queries]
    assert "LIMIT 6" in sql


def test_the_console_pages_through_a_queue_and_refuses_a_forged_cursor(client, office, settings):
    settings.KOKUGAI_QUEUE_PAGE_SIZE = 5
    client.force_login(StaffFactory(office=office).user)
    first = client.get("/console/queues/to_review/")
    assert first.status_code == 200
    assert first.context["next_after"] is not None
    second = client.get("/console/queues/to_review/", {"after": first.context["next_after"]})
    assert second.status_code == 200
    ids_first = {r["case"].pk for r in first.context["rows"]}
    ids_second = {r["case"].pk for r in second.context["rows"]}
    assert ids_first and ids_second and not ids_first & ids_second
    assert client.get("/console/queues/to_review/", {"after": "garbage"}).status_code == 400
