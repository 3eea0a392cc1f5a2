"""What the public tracker shows for one case: stage, office, time in stage, ready date,
and whether it will be ready before the citizen leaves Japan (with alternatives).

Only these facts leave the server: no name, no birth date, no My Number, no address, and
no link that acts on the case. Receipt number + birth date is known to relatives and
others; the links (book, manage, reply, change the address) go only to the verified
mailbox, on request (``tracker_links_send``), and the page names that mailbox masked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from kokugai.cases.models import Case
from kokugai.core import clock
from kokugai.registry.models import Office
from kokugai.rules import offices
from kokugai.rules.estimate import Ready
from kokugai.rules.types import Text
from kokugai.tracking import selectors
from kokugai.tracking.stages import STAGES, Stage, StageInfo, is_waiting_for_card, stage_of

# Holding period when the case has no deadline yet (rules.assumptions: uncollected_holding_days).
DEFAULT_HOLDING_DAYS = 90


@dataclass(frozen=True)
class Alternative:
    code: str  # "change_pickup_to_mission" | "pick_up_later" | "book_before_departure"
    text: Text
    ready: Ready | None = None
    office: Text | None = None


@dataclass(frozen=True)
class TrackerStatus:
    reference: str
    stage: Stage
    info: StageInfo
    office: Text | None
    since: dt.date
    days_in_stage: int
    ready: Ready | None
    departure_date: dt.date | None
    #: True: ready before departure; False: not; None: it may or may not be (or no date).
    ready_before_departure: bool | None
    alternatives: list[Alternative] = field(default_factory=list)
    #: What the citizen can do by a link from their mailbox: "book" | "manage" | "reply" | "".
    action: str = ""
    pickup_deadline: dt.date | None = None
    pickup_office: Text | None = None
    #: The verified address, masked (``t***@example.com``): never the full one.
    email_masked: str = ""
    #: "verified" | "undeliverable" (mail to it bounced) | "none" (no verified address).
    email_state: str = "none"
    #: The booked pickup visit at the ready stage, if any (shown; changed only by mail link).
    appointment: Appointment | None = None
    #: The office holding the case and the pickup office, for their contact details (name,
    #: postal address, phone, opening hours: ``{% office_contact %}``).
    holder_office: Office | None = None
    pickup_office_record: Office | None = None
    #: The day the case first reached each public stage (the progress list's dates).
    stage_dates: dict[Stage, dt.date] = field(default_factory=dict)
    #: Where the departure date came from: "typed" (on the tracker) | "case" (at intake) | "".
    departure_source: str = ""


@dataclass(frozen=True)
class Appointment:
    """A booked visit as the tracker shows it: the office's time (authoritative) and the
    applicant's. The link to change or cancel it goes only to the verified mailbox."""

    office_time: str
    applicant_time: str
    office: Text


def _appointment(case: Case) -> Appointment | None:
    from kokugai.appointments import selectors as appointment_selectors
    from kokugai.appointments import services as appointment_services

    booking = appointment_selectors.booking_get_active(case)
    if booking is None:
        return None
    times = appointment_services.appointment_times(booking)
    office = booking.slot.service.office
    return Appointment(
        office_time=times["starts_at_office"],
        applicant_time=times["starts_at_applicant"],
        office=Text(office.name_ja, office.name_en or office.name_ja),
    )


def _office_text(o: object | None) -> Text | None:
    if o is None:
        return None
    ja = getattr(o, "name_ja", "") or str(o)
    return Text(ja, getattr(o, "name_en", "") or ja)


def _mission_alternative(case: Case, today: dt.date) -> Alternative | None:
    person = case.person
    if not person.country:
        return None
    mission = offices.mission_for(person.country, person.city or None)
    if mission is None:
        candidates = offices.missions_in(person.country)
        mission = candidates[0] if candidates else None
    if mission is None or (case.pickup_office and case.pickup_office.code == mission.id):
        return None
    ready = selectors.ready_estimate(case, today=today, pickup_office_code=mission.id)
    office = Text(mission.name_ja, mission.name_en)
    return Alternative(
        "change_pickup_to_mission",
        Text(
            f"受取場所を{mission.name_ja}に変更し、お住まいの国で受け取る"
            "（受取場所変更の申請が必要です。本籍地の市区町村にご連絡ください）。",
            f"Change the pickup office to the {mission.name_en} and collect the card where you "
            "live (ask your 本籍地 municipality for a change of pickup office).",
        ),
        ready=ready,
        office=office,
    )


def _later_visit_alternative(case: Case, ready: Ready | None) -> Alternative:
    if case.pickup_deadline:
        until = case.pickup_deadline
    else:
        base = ready.latest if ready else clock.today()
        until = base + dt.timedelta(days=DEFAULT_HOLDING_DAYS)
    return Alternative(
        "pick_up_later",
        Text(
            f"次回の帰国時に受け取る（カードは受取場所で{until:%Y年%-m月%-d日}ごろまで保管されます"
            "（保管期間は想定））。",
            f"Collect it on a later visit (the pickup office holds the card until about "
            f"{until:%d %B %Y}; the holding period is an assumption).",
        ),
    )


def stage_dates(case: Case) -> dict[Stage, dt.date]:
    """The day (Japan) the case first reached each public stage, from its event history."""
    from zoneinfo import ZoneInfo

    tokyo = ZoneInfo("Asia/Tokyo")
    out: dict[Stage, dt.date] = {}
    rows: list[Any] = list(case.events.order_by("seq").values_list("to_state", "at"))
    for to_state, at in rows:
        stage = stage_of(to_state)
        out.setdefault(stage, at.astimezone(tokyo).date())
    return out


def tracker_status(
    case: Case,
    *,
    departure_date: dt.date | None = None,
    today: dt.date | None = None,
    reference: str = "",
    case_departure: bool = False,
) -> TrackerStatus:
    """The public status of ``case``. ``departure_date`` typed on the tracker wins; without
    it and with ``case_departure`` (the portal's tracker), the one the case holds (given at
    intake) is used. ``reference`` is what the person typed (shown in the heading, so they
    recognise their own number)."""
    today = today or clock.today()
    stage = stage_of(case.state)
    since = case.state_entered_at.date()
    ready = selectors.ready_estimate(case, today=today) if is_waiting_for_card(stage) else None
    verdict: bool | None = None
    alternatives: list[Alternative] = []
    source = "typed" if departure_date is not None else ""
    if departure_date is None and case_departure and case.departure_date is not None:
        departure_date, source = case.departure_date, "case"
    if departure_date is not None and departure_date < today:
        departure_date, source = None, ""  # already gone: nothing to compare against
    appointment = _appointment(case) if stage is Stage.READY else None
    if departure_date is not None:
        if stage is Stage.READY:
            verdict = True
            if appointment is None:
                alternatives.append(
                    Alternative(
                        "book_before_departure",
                        Text(
                            "出発前に受取の予約をしてください。",
                            "Book a pickup visit before you leave.",
                        ),
                    )
                )
        elif ready is not None:
            verdict = ready.before(departure_date)
            if verdict is not True:
                alt = _mission_alternative(case, today)
                if alt is not None:
                    alternatives.append(alt)
                alternatives.append(_later_visit_alternative(case, ready))
    holder = case.holder_office
    if holder is None:
        holder = {
            Stage.RECEIVED: case.intake_office,
            Stage.READY: case.pickup_office,
            Stage.COLLECTED: case.pickup_office,
        }.get(stage, case.honseki_office)
    from kokugai.people.selectors import mask_email

    person = case.person
    email_state = "none"
    email_masked = ""
    if person.email and person.email_verified_at is not None:
        email_state = "undeliverable" if person.email_undeliverable else "verified"
        email_masked = mask_email(person.email)
    action = ""
    if stage is Stage.READY:
        action = "manage" if appointment is not None else "book"
    elif stage is Stage.ACTION_NEEDED:
        action = "reply"
    return TrackerStatus(
        reference=reference or case.application_id or case.receipt_number,
        stage=stage,
        info=STAGES[stage],
        office=_office_text(holder),
        since=since,
        days_in_stage=(today - since).days,
        ready=ready,
        departure_date=departure_date,
        ready_before_departure=verdict,
        alternatives=alternatives,
        action=action,
        pickup_deadline=case.pickup_deadline if stage is Stage.READY else None,
        pickup_office=_office_text(case.pickup_office),
        email_masked=email_masked,
        email_state=email_state,
        appointment=appointment,
        holder_office=holder,
        pickup_office_record=case.pickup_office,
        stage_dates=stage_dates(case),
        departure_source=source,
    )
