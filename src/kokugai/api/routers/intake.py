"""``POST /api/v1/cases``: open a case at my office, as the console's intake form does.

The same service (``cases.intake.case_intake``) with the same checks inside: a staff member
(or an API key) of an office whose role takes cases in; the case is opened at that office.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Literal

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from pydantic import Field

from kokugai.api.errors import InvalidInputError
from kokugai.api.routers.staff import AUTH_ERRORS, CaseOut, _user, case_out, staff_auth
from kokugai.api.schemas import ErrorOut, lang_of
from kokugai.cases.intake import Applicant, case_intake
from kokugai.core.errors import ApplicationError
from kokugai.core.forms import kana_value
from kokugai.registry.models import Office
from kokugai.registry.selectors import staff_office_required
from kokugai.rules.codes import Channel, OfficeKind, Procedure

router = Router(tags=["staff"], auth=staff_auth)

ProcedureCode = Literal[tuple(p.value for p in Procedure)]  # type: ignore[valid-type]
ChannelCode = Literal[tuple(c.value for c in Channel)]  # type: ignore[valid-type]


class CaseOpenIn(Schema):
    """The application as taken in at the counter. Names as on the 戸籍; kana in either
    script (stored as katakana); the My Number is optional (added later otherwise) and never
    echoed back."""

    procedure: ProcedureCode  # type: ignore[valid-type]
    channel: ChannelCode  # type: ignore[valid-type]
    family_name: str = Field(min_length=1, max_length=100)
    given_name: str = Field(min_length=1, max_length=100)
    family_name_kana: str = Field(min_length=1, max_length=100)
    given_name_kana: str = Field(min_length=1, max_length=100)
    family_name_romaji: str = Field(default="", max_length=100)
    given_name_romaji: str = Field(default="", max_length=100)
    birth_date: dt.date
    sex: Literal["male", "female"]
    honseki: str = Field(
        min_length=1, max_length=16, description="本籍地: the municipality's office code."
    )
    mynumber: str = Field(default="", max_length=20, description="12 digits, optional.")
    email: str = Field(
        default="",
        max_length=254,
        description="Typed at the counter: a verification link is mailed to it.",
    )
    phone: str = Field(default="", max_length=40)
    country: str = Field(default="", max_length=2, description="ISO 3166 alpha-2.")
    city: str = Field(default="", max_length=100)
    timezone: str = Field(default="Asia/Tokyo", max_length=64, description="IANA name.")
    left_japan_on: dt.date | None = None
    language: Literal["ja", "en"] = "ja"
    pickup_office: str = Field(
        default="", max_length=16, description="Office code; my office when empty."
    )
    departure_date: dt.date | None = None
    with_certificates: bool = True
    note: str = Field(default="", max_length=2000)
    preregistration: str = Field(
        default="", max_length=20, description="A pre-registration code it uses up."
    )

    model_config = {"extra": "forbid"}


def _office(code: str, kinds: set[str], field: str) -> Office:
    office = Office.objects.filter(code=code.strip(), is_active=True, kind__in=kinds).first()
    if office is None:
        raise InvalidInputError({field: "unknown_office"})
    return office


def _applicant(body: CaseOpenIn) -> Applicant:
    bad: dict[str, str] = {}
    kana = {}
    for name in ("family_name_kana", "given_name_kana"):
        try:
            kana[name] = kana_value(getattr(body, name))
        except Exception:
            bad[name] = "kana"
    try:
        zoneinfo.ZoneInfo(body.timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        bad["timezone"] = "timezone_invalid"
    if body.mynumber and not (body.mynumber.isascii() and body.mynumber.isdigit()):
        bad["mynumber"] = "digits"
    if bad:
        raise InvalidInputError(bad)
    return Applicant(
        family_name=body.family_name,
        given_name=body.given_name,
        family_name_kana=kana["family_name_kana"],
        given_name_kana=kana["given_name_kana"],
        family_name_romaji=body.family_name_romaji.strip().upper(),
        given_name_romaji=body.given_name_romaji.strip().upper(),
        birth_date=body.birth_date,
        sex=body.sex,
        honseki=_office(body.honseki, {OfficeKind.MUNICIPALITY.value}, "honseki"),
        email=body.email.strip(),
        phone=body.phone,
        country=body.country.upper(),
        city=body.city,
        timezone=body.timezone,
        left_japan_on=body.left_japan_on,
        language=body.language,
    )


@router.post(
    "/cases",
    response={
        201: CaseOut,
        400: ErrorOut,
        409: ErrorOut,
        422: ErrorOut,
        **AUTH_ERRORS,
    },
    summary="Open a case at my office (intake at the counter)",
    description=(
        "The console's intake form as an operation: the person (found by My Number only if "
        "the typed family name and birth date match, or created), the case with its "
        "checklist and fee, the pre-registration it uses up and the verification link to "
        "the typed address, in one transaction. `403 office_not_allowed` / `403 "
        "role_not_allowed`: only a counter clerk's identity takes cases in; `409 "
        "mynumber_not_usable`; `422 invalid_input` (`fields`: `honseki`, `pickup_office`, "
        "kana, `timezone`, `mynumber`); `400 channel_not_available`."
    ),
    operation_id="case_open",
)
def case_open_operation(request: HttpRequest, payload: CaseOpenIn) -> Status:
    user = _user(request)
    office = staff_office_required(user)
    applicant = _applicant(payload)
    pickup = (
        _office(
            payload.pickup_office,
            {OfficeKind.MUNICIPALITY.value, OfficeKind.MISSION.value},
            "pickup_office",
        )
        if payload.pickup_office.strip()
        else office
    )
    try:
        case = case_intake(
            actor=user,
            office=office,
            applicant=applicant,
            mynumber=payload.mynumber,
            procedure=payload.procedure,
            channel=payload.channel,
            pickup_office=pickup,
            departure_date=payload.departure_date,
            with_certificates=payload.with_certificates,
            note=payload.note,
            preregistration=payload.preregistration.strip(),
        )
    except ApplicationError as exc:
        if exc.code == "invalid_email":
            raise InvalidInputError({"email": _("invalid")}) from exc
        raise
    return Status(201, case_out(case, user, lang_of(request)))
