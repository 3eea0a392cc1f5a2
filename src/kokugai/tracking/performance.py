"""An office's performance over a period: backlog, time per stage, service level, pickups.

For the console's performance page (``/console/performance/``). Every figure is computed in
the database from cases, case events and bookings (grouped counts; the stage times use the
same window query as the ready-date learning and count business days per group), so the
page costs a handful of queries at any size. Figures are counts and durations only: no
person is named, so reading them is not a read of personal data.

Who sees what (checked here, not in the view): staff see their own office; a superuser sees
any office, or all offices together.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Count, F, Min, Q, QuerySet
from django.db.models.functions import TruncDate
from django.utils.translation import gettext as _

from kokugai.appointments.models import Booking
from kokugai.cases.access import case_visible_q
from kokugai.cases.models import Case
from kokugai.core import clock
from kokugai.core.errors import Forbidden
from kokugai.core.models import User
from kokugai.registry.models import Office
from kokugai.registry.selectors import staff_office
from kokugai.rules.estimate import ANY_OFFICE
from kokugai.tracking import eta
from kokugai.tracking.errors import TrackingError
from kokugai.tracking.learning import stage_groups
from kokugai.tracking.selectors import STAGE_PATH, calendar_of

ALL_OFFICES = "*"
PERIODS = (30, 90, 365)
#: Closed but not served: the applicant withdrew, was refused, or never came.
NOT_SERVED = ("withdrawn", "rejected", "uncollected")


def service_days() -> int:
    """The promise the service level is measured against (Berlin's ZMS promises 14)."""
    return int(settings.KOKUGAI_SERVICE_DAYS)


@dataclass(frozen=True)
class StageTime:
    stage: str
    median_bd: float
    p90_bd: float
    samples: int


@dataclass(frozen=True)
class BookingDay:
    day: dt.date
    booked: int
    no_shows: int


@dataclass
class Performance:
    office: Office | None  # None: every office
    start: dt.date
    end: dt.date  # exclusive
    backlog: list[tuple[str, int]] = field(default_factory=list)
    stage_times: list[StageTime] = field(default_factory=list)
    served: int = 0
    served_within: int = 0
    within_days: int = 14
    waiting: int = 0
    waiting_overdue: int = 0
    waiting_due_soon: int = 0
    next_deadline: dt.date | None = None
    bookings: list[BookingDay] = field(default_factory=list)

    @property
    def served_share(self) -> float | None:
        return self.served_within / self.served if self.served else None


class PerformanceForbiddenError(Forbidden):
    def __init__(self) -> None:
        super().__init__(
            TrackingError.PERFORMANCE_OFFICE_FORBIDDEN,
            _("Only a superuser may see the figures of another office or of all offices."),
        )


def performance_office(user: User, office_code: str | None) -> Office | None:
    """The office whose figures ``user`` asked for: their own unless they are a superuser
    (``ALL_OFFICES`` for every office together)."""
    own = staff_office(user)
    if not office_code or (own is not None and office_code == own.code):
        if own is None and not user.is_superuser:
            raise PerformanceForbiddenError()
        return own
    if not user.is_superuser:
        raise PerformanceForbiddenError()
    if office_code == ALL_OFFICES:
        return None
    office = Office.objects.filter(code=office_code).first()
    if office is None:
        raise PerformanceForbiddenError()
    return office


def _cases(office: Office | None) -> QuerySet[Case]:
    return Case.objects.all() if office is None else Case.objects.filter(case_visible_q(office))


def _stage_times(office: Office | None, start: dt.date, end: dt.date) -> list[StageTime]:
    """Business days per stage of the stages that ended in the period; for one office,
    the stages counted at that office (its reviews as 本籍地, its intake, its pickups)."""
    if office is None:
        groups = stage_groups(since=start, until=end)
    else:
        groups = [
            (s, n)
            for s, n in stage_groups(since=start, until=end, office_id=office.pk)
            if s.office_code == office.code
        ]
    learned = eta.learn_counted(groups, calendar_of, min_samples=1)
    out = []
    for stage in STAGE_PATH:
        d = learned.get((stage, ANY_OFFICE))
        if d is not None:
            out.append(StageTime(stage, d.median_bd, d.high_bd, d.n))
    return out


def performance_for(
    user: User, *, office_code: str | None = None, days: int = 90, today: dt.date | None = None
) -> Performance:
    """The figures of one office (or all, for a superuser) over the last ``days`` days."""
    office = performance_office(user, office_code)
    if days not in PERIODS:
        days = 90
    today = today or clock.today()
    end = today + dt.timedelta(days=1)
    start = end - dt.timedelta(days=days)
    start_at = dt.datetime.combine(start, dt.time.min, tzinfo=dt.UTC)
    end_at = dt.datetime.combine(end, dt.time.min, tzinfo=dt.UTC)
    perf = Performance(office=office, start=start, end=end, within_days=service_days())
    cases = _cases(office)

    perf.backlog = [
        (row["state"], row["n"])
        for row in cases.filter(closed_at__isnull=True)
        .values("state")
        .annotate(n=Count("id"))
        .order_by("-n", "state")
    ]
    perf.stage_times = _stage_times(office, start, end)

    served = (
        cases.filter(closed_at__gte=start_at, closed_at__lt=end_at)
        .exclude(state__in=NOT_SERVED)
        .aggregate(
            total=Count("id"),
            within=Count(
                "id",
                filter=Q(closed_at__lte=F("opened_at") + dt.timedelta(days=perf.within_days)),
            ),
        )
    )
    perf.served, perf.served_within = served["total"], served["within"]

    waiting = Case.objects.filter(state="ready_for_pickup")
    if office is not None:
        waiting = waiting.filter(pickup_office=office)
    figures = waiting.aggregate(
        total=Count("id"),
        overdue=Count("id", filter=Q(pickup_deadline__lt=today)),
        soon=Count(
            "id",
            filter=Q(pickup_deadline__gte=today, pickup_deadline__lte=today + dt.timedelta(7)),
        ),
        next_deadline=Min("pickup_deadline", filter=Q(pickup_deadline__gte=today)),
    )
    perf.waiting = figures["total"]
    perf.waiting_overdue = figures["overdue"]
    perf.waiting_due_soon = figures["soon"]
    perf.next_deadline = figures["next_deadline"]

    bookings = Booking.objects.filter(slot__starts_at__gte=start_at, slot__starts_at__lt=end_at)
    zone = dt.UTC if office is None else ZoneInfo(office.timezone)
    if office is not None:
        bookings = bookings.filter(slot__service__office=office)
    perf.bookings = [
        BookingDay(row["day"], row["booked"], row["no_shows"])
        for row in bookings.annotate(day=TruncDate("slot__starts_at", tzinfo=zone))
        .values("day")
        .annotate(
            booked=Count("id", filter=~Q(status="cancelled")),
            no_shows=Count("id", filter=Q(no_show_at__isnull=False)),
        )
        .order_by("day")
    ]
    return perf
