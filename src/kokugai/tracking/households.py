"""The family tracker: one lookup by the household reference and the representative's birth
date shows every member's stage.

Same contract as the case tracker (``tracking.services``): the reference's check character
first (a typo costs nothing and is not audited); rate limits counted atomically (the client's
counter is the tracker's own, so family and single lookups share it; failures per reference
and client, and per reference); one query, the birth date compared in constant time against
a dummy on a miss; every counted lookup audited (``household.lookup``). Status only: no link
that acts on a case. A child's data is minimised: the initial of the given name, the stage
and the likely ready date; no receipt number, no office, no full name.
"""

from __future__ import annotations

import datetime as dt
import hmac
from dataclasses import dataclass

from django.db import transaction
from django.utils.crypto import salted_hmac

from kokugai.cases.household_services import code_normalize
from kokugai.cases.households import Household
from kokugai.core import clock
from kokugai.core.audit import audit_citizen
from kokugai.core.net import rate_key
from kokugai.people.selectors import person_age
from kokugai.rules.estimate import Ready
from kokugai.rules.household import ADULT_AGE
from kokugai.rules.types import Text
from kokugai.tracking import selectors
from kokugai.tracking.ratelimit import Limit, exceeded, rate_hit, rate_undo
from kokugai.tracking.services import (
    NOT_FOUND_MESSAGE,
    RATE_LIMITED_MESSAGE,
    TrackerError,
    limits,
)
from kokugai.tracking.stages import STAGES, Stage, StageInfo, is_waiting_for_card, stage_of

_DUMMY_BIRTH_DATE = "1900-01-01"

UNRECOGNIZED_MESSAGE = Text(
    "世帯番号（例：H123-4567-89AB）を確認してください。",
    "Check the household reference (e.g. H123-4567-89AB).",
)


@dataclass(frozen=True)
class MemberStatus:
    #: an adult's given name; a child's initial only
    label: str
    child: bool
    representative: bool
    stage: Stage
    info: StageInfo
    since: dt.date
    ready: Ready | None
    #: adults only: the case's receipt number (a child's is not shown)
    receipt_number: str


@dataclass(frozen=True)
class HouseholdStatus:
    reference: str
    members: list[MemberStatus]
    pickup_together: bool

    @property
    def all_ready(self) -> bool:
        return all(m.stage is Stage.READY for m in self.members)

    @property
    def last_ready(self) -> dt.date | None:
        days = [m.ready.likely for m in self.members if m.ready is not None]
        return max(days) if days else None


def _limits_for(ref: str, client: str) -> tuple[Limit, list[Limit]]:
    lim = limits()
    window = lim["failed_per_reference_window_s"]
    failures = [
        Limit(
            "tracker.failed_household_client",
            f"{ref}|{client}",
            lim["failed_per_reference_client"],
            window,
        ),
        Limit("tracker.failed_household", ref, lim["failed_per_reference"], window),
    ]
    return Limit("tracker.client", client, lim["per_client"], lim["per_client_window_s"]), failures


def household_lookup(*, reference: str, birth_date: dt.date, client_ip: str) -> Household:
    """The household matching ``reference`` and its representative's ``birth_date``."""
    ref = code_normalize(reference)
    if not ref or not ref.startswith("H"):
        raise TrackerError(
            "reference_unrecognized", UNRECOGNIZED_MESSAGE, status=400, field="reference"
        )
    now = clock.now()
    client = rate_key(client_ip) if client_ip else "-"
    client_limit, failures = _limits_for(ref, client)
    with transaction.atomic():
        counts = rate_hit([client_limit, *failures], now=now)
        household: Household | None = None
        if exceeded(counts):
            rate_undo(failures, now=now)
            result = "rate_limited"
        else:
            household = (
                Household.objects.select_related("representative").filter(reference=ref).first()
            )
            stored = (
                household.representative.birth_date.isoformat()
                if household is not None and household.representative is not None
                else _DUMMY_BIRTH_DATE
            )
            ok = hmac.compare_digest(stored, birth_date.isoformat()) and household is not None
            result = "hit" if ok else "miss"
            if ok:
                rate_undo(failures, now=now)
        audit_citizen(
            action="household.lookup",
            object_type="household" if result == "hit" and household else "reference",
            object_id=(
                household.pk
                if result == "hit" and household
                else salted_hmac("kokugai.tracking.household", ref).hexdigest()[:32]
            ),
            detail={"result": result},
        )
    if result == "rate_limited":
        raise TrackerError("rate_limited", RATE_LIMITED_MESSAGE, status=429)
    if result != "hit" or household is None:
        raise TrackerError("not_found", NOT_FOUND_MESSAGE, status=404)
    return household


def household_status(household: Household, *, today: dt.date | None = None) -> HouseholdStatus:
    today = today or clock.today()
    rows = household.members.select_related(
        "case",
        "case__person",
        "case__pickup_office",
        "case__holder_office",
        "case__intake_office",
        "case__honseki_office",
        "case__production_office",
    ).order_by("position")
    out = []
    for m in rows:
        case = m.case
        person = case.person
        child = person_age(person, today) < ADULT_AGE
        stage = stage_of(case.state)
        ready = selectors.ready_estimate(case, today=today) if is_waiting_for_card(stage) else None
        out.append(
            MemberStatus(
                label=(person.given_name[:1] + ".") if child else person.given_name,
                child=child,
                representative=person.pk == household.representative_id,
                stage=stage,
                info=STAGES[stage],
                since=case.state_entered_at.date(),
                ready=ready,
                receipt_number="" if child else case.receipt_number,
            )
        )
    return HouseholdStatus(household.reference_display, out, household.pickup_together)
