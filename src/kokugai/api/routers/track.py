"""``POST /track``: the public status tracker (receipt number or 申請書ID + birth date).

All of it is ``kokugai.tracking``: the check digit first, rate limits per client and per
reference, one "not found" for a wrong ID and a wrong birth date, an audit row per lookup.
POST only: the birth date must not end up in URLs or access logs.

Status only: receipt number + birth date is no credential, so no answer carries a link that
acts on the case. ``POST /track/links`` mails that link to the case's verified address and
answers with the address masked.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from django.http import HttpRequest
from ninja import Router, Schema, Status
from pydantic import Field

from kokugai.api.schemas import ErrorOut, lang_of
from kokugai.core.net import client_rate_key
from kokugai.rules.estimate import Ready
from kokugai.rules.types import Text
from kokugai.tracking.services import tracker_links_send, tracker_lookup
from kokugai.tracking.status import tracker_status

router = Router(tags=["tracker"])


class TrackIn(Schema):
    reference: str = Field(
        min_length=1,
        max_length=64,
        description="Receipt number (受付番号, e.g. R2026-4821-9375-0164-8352) or the 23-digit 申請書ID.",
    )
    birth_date: dt.date = Field(description="The applicant's birth date.")
    departure_date: dt.date | None = Field(
        None, description="When the citizen leaves Japan: answers 'ready before then?'."
    )


class ReadyRangeOut(Schema):
    earliest: dt.date
    likely: dt.date
    latest: dt.date


class AlternativeOut(Schema):
    code: str = Field(
        description="change_pickup_to_mission | pick_up_later | book_before_departure"
    )
    text: str
    ready: ReadyRangeOut | None = None
    office: str | None = None


class TrackOut(Schema):
    reference: str = Field(description="The 申請書ID once assigned, else the receipt number.")
    stage: str = Field(
        description="received|review|action_needed|production|shipping|ready|collected|done|closed"
    )
    stage_label: str
    stage_explanation: str
    step: int = Field(description="Position on the progress bar; 0 off the main path.")
    office: str | None = Field(description="The office holding the case now.")
    since: dt.date = Field(description="Day the case entered this stage.")
    days_in_stage: int
    ready: ReadyRangeOut | None = Field(description="Predicted ready date (range).")
    departure_date: dt.date | None
    ready_before_departure: bool | None = Field(
        description="True: ready in time; false: not; null: uncertain or no departure date."
    )
    alternatives: list[AlternativeOut]
    action: str = Field(
        description="What the citizen can do by a link mailed to them (`POST /track/links`): "
        "book | manage | reply, or empty."
    )
    email_state: str = Field(
        description="verified | undeliverable (mail bounced: change at an office, or "
        "`what=email_change`) | none (no verified address: ask at an office)."
    )
    email_masked: str = Field(description="The verified address, masked (t***@example.com).")
    pickup_deadline: dt.date | None
    pickup_office: str | None


def _ready(r: Ready | None) -> ReadyRangeOut | None:
    return (
        None if r is None else ReadyRangeOut(earliest=r.earliest, likely=r.likely, latest=r.latest)
    )


def _text(t: Text | None, lang: str) -> str | None:
    return None if t is None else t.get(lang)


@router.post(
    "/track",
    response={200: TrackOut, 400: ErrorOut, 404: ErrorOut, 422: ErrorOut, 429: ErrorOut},
    summary="Where is my card?",
    description=(
        "Error codes: `reference_check_digit`, `reference_length`, `reference_non_digit`, "
        "`reference_unrecognized` (400, before any lookup); `not_found` (404, the same for a "
        "wrong number and a wrong birth date); `rate_limited` (429)."
    ),
)
def track(request: HttpRequest, payload: TrackIn) -> TrackOut:
    lang = lang_of(request)
    case = tracker_lookup(
        reference=payload.reference,
        birth_date=payload.birth_date,
        client_ip=client_rate_key(request),
    )
    s = tracker_status(case, departure_date=payload.departure_date)
    return TrackOut(
        reference=s.reference,
        stage=s.stage.value,
        stage_label=s.info.label.get(lang),
        stage_explanation=s.info.explanation.get(lang),
        step=s.info.step,
        office=_text(s.office, lang),
        since=s.since,
        days_in_stage=s.days_in_stage,
        ready=_ready(s.ready),
        departure_date=s.departure_date,
        ready_before_departure=s.ready_before_departure,
        alternatives=[
            AlternativeOut(
                code=a.code,
                text=a.text.get(lang),
                ready=_ready(a.ready),
                office=_text(a.office, lang),
            )
            for a in s.alternatives
        ],
        action=s.action,
        email_state=s.email_state,
        email_masked=s.email_masked,
        pickup_deadline=s.pickup_deadline,
        pickup_office=_text(s.pickup_office, lang),
    )


class LinksIn(TrackIn):
    what: Literal["case", "email_change"] = Field(
        "case",
        description="case: the link for the stage (book / manage / reply); email_change: a "
        "link to change the address, sent to the current (old) address.",
    )


class LinksOut(Schema):
    sent_to: str = Field(description="The verified address the link went to, masked.")


@router.post(
    "/track/links",
    response={
        202: LinksOut,
        400: ErrorOut,
        404: ErrorOut,
        409: ErrorOut,
        422: ErrorOut,
        429: ErrorOut,
    },
    summary="Send my links to my email",
    description=(
        "Looks the case up like `POST /track` (same limits and errors), then mails the link "
        "that acts on it to the verified address only. Error codes as `/track`, plus "
        "`links_no_address`, `links_undeliverable`, `links_nothing` (409) and "
        "`links_rate_limited` (429)."
    ),
)
def track_links(request: HttpRequest, payload: LinksIn) -> Status[LinksOut]:
    case = tracker_lookup(
        reference=payload.reference,
        birth_date=payload.birth_date,
        client_ip=client_rate_key(request),
    )
    return Status(202, LinksOut(sent_to=tracker_links_send(case=case, what=payload.what)))
