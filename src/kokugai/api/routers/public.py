"""Public reference endpoints: check digits and the office directory (no database)."""

from __future__ import annotations

from typing import Literal

from django.http import HttpRequest
from ninja import Query, Router, Schema
from pydantic import Field

from kokugai.api.errors import CHECK_DIGIT_CODES
from kokugai.api.schemas import ErrorOut, lang_of
from kokugai.core.errors import ApplicationError
from kokugai.rules import checkdigits, offices

router = Router(tags=["reference"])


class CheckDigitFailedError(ApplicationError):
    """A number failed its check: ``<what>_<fault>``, e.g. ``mynumber_check_digit``."""

    def __init__(self, what: str, field: str, exc: checkdigits.CheckDigitError) -> None:
        super().__init__(CHECK_DIGIT_CODES[(what, exc.code)], exc.message, fields={field: exc.code})


class MyNumberIn(Schema):
    # In the body, never in the URL: a My Number must not reach access logs (design §8).
    number: str = Field(
        max_length=64,
        description="個人番号, 12 digits; full-width digits, spaces and hyphens are accepted.",
    )


class MyNumberOut(Schema):
    valid: Literal[True] = Field(description="Always true; an invalid number is a 400.")


@router.post(
    "/check/mynumber",
    response={200: MyNumberOut, 400: ErrorOut, 422: ErrorOut},
    summary="Check a My Number (個人番号)",
    description=(
        "Verifies length, digits and the check digit. The number is never echoed back. "
        "Error codes: `mynumber_length`, `mynumber_non_digit`, `mynumber_check_digit`."
    ),
)
def check_mynumber(request: HttpRequest, payload: MyNumberIn) -> MyNumberOut:
    try:
        checkdigits.validate_mynumber(payload.number)
    except checkdigits.CheckDigitError as exc:
        raise CheckDigitFailedError("mynumber", "number", exc) from None
    return MyNumberOut(valid=True)


class LgCodeOut(Schema):
    valid: Literal[True]
    code: str = Field(description="The 6-digit code, normalized.")
    name: str = Field(description="Prefecture and municipality, in Japanese.")
    kana: str
    kind: str = Field(description="prefecture|designated_city|city|special_ward|town|village|ward")
    parent_code: str | None = Field(description="The designated city of a ward.")
    administered: bool = Field(description="False for the Northern Territories villages.")


@router.get(
    "/check/lgcode/{code}",
    response={200: LgCodeOut, 400: ErrorOut},
    summary="Check a local government code (地方公共団体コード)",
    description=(
        "Error codes: `lgcode_length`, `lgcode_non_digit`, `lgcode_check_digit`, "
        "`lgcode_unknown_code` (a correct check digit but not in the current list)."
    ),
)
def check_lgcode(request: HttpRequest, code: str) -> LgCodeOut:
    try:
        canonical = checkdigits.validate_lgcode(code)
    except checkdigits.CheckDigitError as exc:
        raise CheckDigitFailedError("lgcode", "code", exc) from None
    m = offices.municipality(canonical)
    assert m is not None  # validate_lgcode checked membership
    return LgCodeOut(
        valid=True,
        code=m.code,
        name=m.display_name,
        kana=m.kana,
        kind=m.kind,
        parent_code=m.parent_code,
        administered=m.administered,
    )


class OfficeOut(Schema):
    """A municipality or an overseas mission (在外公館); fields of the other kind are null."""

    kind: str = Field(description="municipality|mission")
    code: str = Field(description="JIS X 0402 code (6 digits) or mission id.")
    name: str = Field(description="Official name in Japanese.")
    name_en: str | None = None
    display_name: str = Field(description="The name in the requested language.")
    timezone: str = Field(description="IANA time zone of the office.")
    kana: str | None = None
    municipality_kind: str | None = None
    parent_code: str | None = None
    administered: bool | None = None
    mission_kind: str | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2, for missions.")
    city_en: str | None = None
    city_ja: str | None = None
    website: str | None = None


class OfficeSearchIn(Schema):
    q: str = Field(
        min_length=1, max_length=100, description="Code, mission id, or part of a name or city."
    )
    limit: int = Field(default=20, ge=1, le=100)
    lang: Literal["ja", "en"] | None = None


def office_out(o: offices.Office, lang: str) -> OfficeOut:
    data = o.as_dict()
    data["display_name"] = o.display_name_en if lang == "en" else o.display_name
    return OfficeOut.model_validate(data)


@router.get(
    "/offices",
    response={200: list[OfficeOut], 422: ErrorOut},
    summary="Find offices",
    description="Exact code matches first, then names starting with `q`, then the rest.",
)
def offices_search(request: HttpRequest, params: Query[OfficeSearchIn]) -> list[OfficeOut]:
    lang = lang_of(request)
    return [office_out(o, lang) for o in offices.search(params.q, limit=params.limit)]


class OfficeStatsOut(Schema):
    municipalities: int = Field(description="Cities, towns, villages and Tokyo's 23 wards.")
    wards: int = Field(description="Wards of designated cities.")
    missions: int = Field(description="Overseas missions (在外公館).")


@router.get("/offices/stats", response=OfficeStatsOut, summary="Count offices")
def offices_stats(request: HttpRequest) -> OfficeStatsOut:
    return OfficeStatsOut(**offices.stats())
