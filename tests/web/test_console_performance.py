"""The console's performance page: an office's figures, computed in the database, for the
office's own staff (all offices for a superuser), as charts, tables and CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from factories import OfficeFactory, StaffFactory, UserFactory
from kokugai.appointments import services as appointments
from kokugai.appointments.models import Booking, Slot
from kokugai.cases.models import Case
from kokugai.core.errors import Forbidden
from kokugai.tracking.generate import generate
from kokugai.tracking.performance import ALL_OFFICES, performance_for

pytestmark = pytest.mark.django_db

TODAY = dt.date.today()


@pytest.fixture
def world():
    offices = [OfficeFactory() for _ in range(3)] + [OfficeFactory(production=True)]
    generate(300, seed=21)
    busiest = (
        Case.objects.filter(closed_at__isnull=True).values_list("honseki_office", flat=True).first()
    )
    office = next(o for o in offices if o.pk == busiest)
    return office, StaffFactory(office=office).user


def _visible(office):
    from django.db.models import Q

    return Case.objects.filter(
        Q(intake_office=office)
        | Q(honseki_office=office)
        | Q(pickup_office=office)
        | Q(production_office=office)
    )


def test_backlog_and_service_level_are_the_offices_own(world):
    office, user = world
    perf = performance_for(user, days=365)
    assert perf.office == office
    expected = {}
    for state in _visible(office).filter(closed_at__isnull=True).values_list("state", flat=True):
        expected[state] = expected.get(state, 0) + 1
    assert dict(perf.backlog) == expected and expected
    start = dt.datetime.combine(perf.start, dt.time.min, tzinfo=dt.UTC)
    finished = [
        c
        for c in _visible(office).filter(closed_at__gte=start)
        if c.state not in ("withdrawn", "rejected", "uncollected")
    ]
    assert perf.served == len(finished)
    within = [c for c in finished if c.closed_at - c.opened_at <= dt.timedelta(days=14)]
    assert perf.served_within == len(within)


def test_stage_times_are_counted_at_the_office_that_does_the_stage(world):
    office, user = world
    perf = performance_for(user, days=365)
    assert perf.stage_times, "a year of generated history has finished stages"
    stages = {t.stage for t in perf.stage_times}
    # This office is a 本籍地: its reviews are counted here; production happens elsewhere.
    assert "review" in stages and "production" not in stages
    for t in perf.stage_times:
        assert 0 <= t.median_bd <= t.p90_bd and t.samples > 0


def test_pickups_waiting_and_bookings_per_day(world):
    office, user = world
    ready = Case.objects.filter(state="ready_for_pickup")[:3]
    Case.objects.filter(pk__in=[c.pk for c in ready]).update(
        pickup_office=office, pickup_deadline=TODAY + dt.timedelta(days=3)
    )
    Case.objects.filter(pk=ready[0].pk).update(pickup_deadline=TODAY - dt.timedelta(days=1))
    service = appointments.service_ensure_pickup(office=office)
    at = dt.datetime.combine(TODAY - dt.timedelta(days=2), dt.time(1), tzinfo=dt.UTC)
    slot = Slot.objects.create(
        service=service, starts_at=at, ends_at=at + dt.timedelta(minutes=30), capacity=5
    )
    for status, no_show in (("completed", None), ("no_show", at), ("cancelled", None)):
        Booking.objects.create(
            slot=slot, contact_name="x", contact_email="x@example.invalid", status=status,
            applicant_timezone="Asia/Taipei", created_at=at, no_show_at=no_show,
        )  # fmt: skip
    perf = performance_for(user, days=30)
    assert (
        perf.waiting == Case.objects.filter(state="ready_for_pickup", pickup_office=office).count()
    )
    assert perf.waiting_overdue == 1 and perf.waiting_due_soon >= 2
    assert perf.next_deadline == TODAY + dt.timedelta(days=3)
    ((day, booked, no_shows),) = [(b.day, b.booked, b.no_shows) for b in perf.bookings]
    assert day == (at.astimezone(dt.timezone(dt.timedelta(hours=9)))).date()
    assert (booked, no_shows) == (2, 1)


def test_staff_see_only_their_office_and_a_superuser_all(world):
    office, user = world
    other = OfficeFactory()
    with pytest.raises(Forbidden):
        performance_for(user, office_code=other.code)
    with pytest.raises(Forbidden):
        performance_for(user, office_code=ALL_OFFICES)
    admin = UserFactory(is_superuser=True, is_staff=True)
    everything = performance_for(admin, office_code=ALL_OFFICES, days=365)
    assert everything.office is None
    assert (
        sum(n for _, n in everything.backlog) == Case.objects.filter(closed_at__isnull=True).count()
    )
    assert performance_for(admin, office_code=other.code).office == other


def test_the_page_draws_charts_with_tables_and_exports_csv(client, world):
    office, user = world
    client.force_login(user)
    page = client.get("/console/performance/", {"days": 365})
    assert page.status_code == 200
    html = page.content.decode()
    assert html.count("<svg") >= 2 and 'role="img"' in html and "<caption>" in html
    response = client.get("/console/performance/", {"days": 365, "format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    backlog = {r[1]: int(r[2]) for r in rows if r[0] == "backlog"}
    assert backlog == dict(performance_for(user, days=365).backlog)
    # Another office's figures are refused on the page too.
    other = OfficeFactory()
    assert client.get("/console/performance/", {"office": other.code}).status_code == 403


def test_the_page_costs_the_same_queries_at_any_size(client, world):
    office, user = world
    client.force_login(user)
    with CaptureQueriesContext(connection) as small:
        client.get("/console/performance/", {"days": 365})
    generate(600, seed=22)
    with CaptureQueriesContext(connection) as big:
        client.get("/console/performance/", {"days": 365})
    assert len(big.captured_queries) == len(small.captured_queries)
