"""``POST /plan``: a citizen's situation in, the plan out (the JSON of ``kokugai plan --json``).

The planner in ``kokugai.rules.planner`` is the only validator of a situation: the body is
handed to it as decoded JSON, so the API, the CLI and the web form reject exactly the same
situations with the same field names (422 ``invalid_situation``); the wiring (assumptions,
learned durations) is ``kokugai.tracking.planning.plan_for``, shared with the CLI and the
portal, so all three give the same plan. The pydantic models below
document the request and type the response. Every key of the planner's JSON must be declared
on the output models: ninja's response validation keeps only declared fields (``extra="allow"``
does not survive it), so an undeclared key would be dropped silently;
``test_plan_is_the_cli_json`` catches that by comparing the API body with the CLI's JSON.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from django.http import HttpRequest
from ninja import Router, Schema
from pydantic import BaseModel, ConfigDict, Field, create_model

from kokugai.api.errors import ApiError
from kokugai.api.schemas import ErrorOut, lang_of
from kokugai.core.errors import ApplicationError
from kokugai.rules.planner import SituationError, decode_situation
from kokugai.rules.types import Text
from kokugai.tracking.planning import household_plan_for, plan_for

router = Router(tags=["planner"])


class SituationInvalidError(ApplicationError):
    def __init__(self, field: str, text: Text, lang: str) -> None:
        super().__init__(
            ApiError.INVALID_SITUATION, text, fields={field: text.get(lang)}, status=422
        )


# --- request (documentation only: the planner validates) ----------------------------------


#: A date field of the situation: never empty (the planner answers 422 naming the field).
DATE: dict[str, Any] = {"min_length": 1, "json_schema_extra": {"format": "date"}}


class VisitDoc(BaseModel):
    arrive: str = Field(description="First day in Japan (YYYY-MM-DD).", **DATE)
    depart: str = Field(description="Day of departure from Japan (YYYY-MM-DD).", **DATE)
    municipality: str = Field(description="Where the citizen stays: a 6-digit code.")


class LicenceDoc(BaseModel):
    holds_japanese_licence: bool
    drives_abroad: bool = False
    driver_class: Literal["excellent", "general", "other"] | None = Field(
        None,
        description=(
            "優良 excellent / 一般 general / other; absent or null when unknown (the online "
            "renewal lecture is then offered with a condition to check)."
        ),
    )


class SituationDoc(BaseModel):
    """A citizen's situation; unknown fields are rejected."""

    as_of: str | None = Field(None, description="Plan as of this day (default: today).", **DATE)
    nationalities: list[str] = Field(description='ISO 3166-1 alpha-2 codes, e.g. ["JP"].')
    birth_date: str = Field(description="YYYY-MM-DD.", **DATE)
    resident_in_japan: bool
    left_japan_on: str | None = Field(None, description="Date of the last move abroad.", **DATE)
    honseki: str | None = Field(None, description="本籍地: 6-digit local government code.")
    country: str | None = Field(None, description="Country of residence (ISO alpha-2).")
    city: str | None = None
    card: Literal["none", "valid", "continued_abroad", "returned", "lost", "expired"] = "none"
    wants_certificates: bool = True
    visit: VisitDoc | None = None
    licence: LicenceDoc | None = None
    planned_departure: str | None = Field(
        None,
        description=(
            "Still registered in Japan and about to move abroad: the planned departure day "
            "(not in the past). With a valid card the plan is 国外継続利用."
        ),
        **DATE,
    )
    registered_in_japan: bool | None = Field(
        None,
        description=(
            "Ever had a 住民票 in Japan; null = don't know (then a missing left_japan_on does "
            "not refuse). false with no left_japan_on: never registered."
        ),
    )
    card_expires_on: str | None = Field(None, description="The card's expiry (YYYY-MM-DD).")
    certificates_expire_on: str | None = Field(
        None, description="The e-certificates' expiry (YYYY-MM-DD)."
    )
    name_changed: bool = Field(False, description="Name or other card details changed.")
    pin_forgotten: bool = Field(False, description="A PIN is forgotten or locked.")
    email_changed: bool = Field(False, description="The registered email address changed.")
    return_to_japan_on: str | None = Field(
        None, description="Day of the 転入届 on moving back (planned, or past if resident)."
    )
    insured_in_japan: bool | None = Field(
        None, description="Still insured in Japan (e.g. employer 健保); null = don't know."
    )


def _inline(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON schema with its ``$defs`` inlined (OpenAPI has no ``$defs`` here)."""
    schema = model.model_json_schema()
    defs = schema.pop("$defs", {})

    def resolve(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                return resolve(defs[ref.removeprefix("#/$defs/")])
            return {k: resolve(v) for k, v in node.items()}
        if isinstance(node, list):
            return [resolve(v) for v in node]
        return node

    resolved: dict[str, Any] = resolve(schema)
    return resolved


def _json_body(model: type[BaseModel]) -> dict[str, Any]:
    """``openapi_extra`` for an endpoint that reads its JSON body itself: the model's schema."""
    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": _inline(model)}},
        }
    }


def _planned(request: HttpRequest, planner: Callable[..., dict[str, Any]]) -> dict[str, Any]:
    """``planner`` on the request's JSON, decoded by the planner like the CLI's file (a BOM
    or bad JSON is the same error); a malformed document is a 422 naming the field."""
    lang = lang_of(request)
    try:
        return planner(decode_situation(request.body or b"null"), lang=lang)
    except SituationError as exc:
        raise SituationInvalidError(exc.field, exc.message, lang) from None


# --- response -------------------------------------------------------------------------------


class _Open(Schema):
    model_config = ConfigDict(extra="allow")


class SourceOut(_Open):
    id: str
    url: str
    title: str
    seen: str = Field(description="The day the page was read for the rules (YYYY-MM-DD).")
    published: str | None = Field(
        description="The page's own (update) date, null where the page shows none."
    )
    seen_estimated: bool = Field(
        description="True where `seen` is the research date as a whole, not this reading's."
    )


class ReasonOut(_Open):
    code: str = Field(description="Machine-readable reason; branch on this.")
    message: str
    sources: list[SourceOut]


class PlaceOut(_Open):
    kind: str
    code: str
    name: str
    timezone: str


class DocumentOut(_Open):
    code: str
    kind: str
    label: str
    audience: Literal["applicant", "staff"] = Field(
        description="`staff` items are the office's own steps, not for the applicant to bring."
    )
    required: bool
    assumption: bool = Field(description="True where the item rests on a stated assumption.")
    sources: list[str]


class ReadyOut(_Open):
    earliest: str
    likely: str
    latest: str


class RouteOut(_Open):
    channel: str
    channel_name: str
    apply_at: PlaceOut
    apply_on: str = Field(description="First day one can apply (the posting day by mail).")
    received_on: str = Field(
        description="Day the office receives the application (later by mail); fees count from it."
    )
    pickup_at: PlaceOut
    fee_yen: int
    fee_reasons: list[str]
    documents: list[DocumentOut]
    ready: ReadyOut
    ready_before_departure: bool | None = Field(
        description=(
            "Null without a visit. With one: false for every pickup abroad (collected after "
            "leaving Japan); for a pickup in Japan, whether the card is likely ready in time."
        )
    )
    card_expires_on: str
    certificates_expire_on: str | None
    notes: list[str]


class LicenceOptionOut(_Open):
    option: str
    renewal_fee_yen: int | None
    register_fee_yen: int | None
    online_lecture: bool
    online_lecture_fee_yen: int | None
    online_lecture_note: str | None = Field(
        description="Who may take the online lecture, said for this holder (null: nothing to add)."
    )
    recommended: bool
    warnings: list[ReasonOut]


class AssumptionOut(_Open):
    key: str
    value: Any
    assumption: Literal[True]
    text: str
    basis: str
    sources: list[SourceOut]


class StepChannelOut(_Open):
    channel: str
    name: str


class StepOut(_Open):
    procedure: str
    procedure_name: str
    code: str = Field(description="Machine-readable reason for this step.")
    why: str
    deadline: str | None = Field(description="Last day (YYYY-MM-DD); null when none applies.")
    deadline_text: str | None
    channels: list[StepChannelOut]
    documents: list[DocumentOut]
    fee_yen: int | None
    fee_reasons: list[str]
    sources: list[str]


class PlanOut(_Open):
    as_of: str
    eligible: bool
    reasons: list[ReasonOut]
    procedure: str | None
    procedure_name: str | None
    missions: list[PlaceOut]
    routes: list[RouteOut]
    recommended_route: int | None = Field(description="Index into `routes`.")
    recommended_reason: str | None = Field(
        description="Why: free first, then ready before it is needed, then fewest trips."
    )
    steps: list[StepOut] = Field(
        description="Every procedure the situation calls for, the main one first, with deadlines."
    )
    pickup: list[DocumentOut] = Field(description="What happens at pickup (card procedures).")
    licence_options: list[LicenceOptionOut]
    warnings: list[ReasonOut]
    assumptions: list[AssumptionOut] = Field(
        description="Unconfirmed facts the plan relies on; show them to the user."
    )
    sources: list[SourceOut]


@router.post(
    "/plan",
    response={200: PlanOut, 422: ErrorOut},
    summary="Plan the card for a situation",
    description=(
        "The same JSON as `kokugai plan --json`. A malformed situation is a 422 with code "
        "`invalid_situation` and `fields` naming the faulty field (dotted when nested, e.g. "
        "`visit.depart`). `?lang=en` for English."
    ),
    openapi_extra=_json_body(SituationDoc),
)
def plan(request: HttpRequest) -> dict[str, Any]:
    return _planned(request, plan_for)


# --- households -----------------------------------------------------------------------------


#: A member: the situation's own fields (not the shared ones), a name and a representative.
HouseholdMemberDoc = create_model(
    "HouseholdMemberDoc",
    __doc__="One member of a household: the situation's fields except the shared ones.",
    **{
        name: (f.annotation, f)
        for name, f in SituationDoc.model_fields.items()
        if name not in {"as_of", "country", "city", "visit", "nationalities", "resident_in_japan"}
    },
    nationalities=(list[str], Field(["JP"], description='Default ["JP"].')),
    resident_in_japan=(bool, Field(False, description="Default false (a family abroad).")),
    name=(str, Field(description="A label unique in the household, e.g. 父 or Taro.")),
    representative=(
        str | None,
        Field(
            None,
            description=(
                "The name of the member who is this member's 法定代理人: required under 15, "
                "and it must be an adult (18+) member."
            ),
        ),
    ),
)


class HouseholdDoc(BaseModel):
    """A household: what the family shares, and its members."""

    as_of: str | None = Field(None, description="Plan as of this day (default: today).", **DATE)
    country: str = Field(description="Country of residence (ISO alpha-2), shared.")
    city: str | None = None
    visit: VisitDoc | None = Field(None, description="The one trip to Japan the family makes.")
    members: list[HouseholdMemberDoc] = Field(min_length=1, max_length=10)  # type: ignore[valid-type]


class FamilyRouteMemberOut(_Open):
    name: str
    route: int = Field(description="Index into this member's own `plan.routes`.")


class FamilyRouteOut(_Open):
    channel: str
    channel_name: str
    apply_at: PlaceOut
    apply_on: str
    pickup_at: PlaceOut
    members: list[FamilyRouteMemberOut]
    fee_yen: int = Field(description="The total for the family.")
    trips: int = Field(description="Trips the family makes together (apply, collect).")
    ready: ReadyOut = Field(description="When the last member's card is ready.")
    ready_before_departure: bool | None


class HouseholdMemberOut(_Open):
    name: str
    age: int
    representative: str | None
    eligible: bool
    route: int | None = Field(description="The route chosen for this member (own plan index).")
    fee_yen: int | None
    ready: ReadyOut | None
    card_expires_on: str | None
    card_years: int | None = Field(description="5 (under 18 at issue) or 10 birthdays.")
    certificates_expire_on: str | None
    documents: list[DocumentOut] = Field(description="This member's own documents.")
    pickup: list[DocumentOut]
    plan: PlanOut


class IneligibleOut(_Open):
    name: str
    reasons: list[ReasonOut]


class SharedDocumentOut(_Open):
    code: str
    stage: Literal["apply", "pickup"]
    representative: str
    members: list[str]
    label: str
    sources: list[str]


class HouseholdPlanOut(_Open):
    as_of: str
    departure: str | None = Field(description="The last day of the shared visit, if any.")
    members: list[HouseholdMemberOut]
    ineligible: list[IneligibleOut]
    routes: list[FamilyRouteOut] = Field(description="Routes that serve every eligible member.")
    recommended_route: int | None = Field(description="Index into `routes`.")
    recommended_reason: str | None
    trips: int
    total_fee_yen: int
    ready: ReadyOut | None = Field(description="The latest ready date of the chosen routes.")
    ready_before_departure: bool | None
    shared_documents: list[SharedDocumentOut]
    warnings: list[ReasonOut]


@router.post(
    "/plan/household",
    response={200: HouseholdPlanOut, 422: ErrorOut},
    summary="Plan the cards of a household",
    description=(
        "The same JSON as `kokugai plan --json` given a household (a document with `members`). "
        "A malformed household is a 422 `invalid_situation` naming the field, e.g. "
        "`members[2].representative` for a child under 15 without a representative or a "
        "representative who is not an adult member. A member who is not eligible is not an "
        "error: the plan lists them under `ineligible` with the reasons. `?lang=en` for English."
    ),
    openapi_extra=_json_body(HouseholdDoc),
)
def plan_household(request: HttpRequest) -> dict[str, Any]:
    return _planned(request, household_plan_for)
