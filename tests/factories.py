"""factory_boy factories. Case traits are named after workflow states and are reached by
running the real services (see CaseFactory), never by setting the state column."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import deque
from dataclasses import dataclass

import factory
from factory.django import DjangoModelFactory

from kokugai.cases import services as case_services
from kokugai.cases import workflow as wf
from kokugai.cases.models import Case
from kokugai.cases.workflow import Transition
from kokugai.core import clock
from kokugai.core.models import User
from kokugai.people import services as people_services
from kokugai.people.models import Card, CardKind, CardStatus, Person
from kokugai.registry.models import Counter, Office, StaffProfile, StaffRole
from kokugai.rules.checkdigits import lgcode_check_digit
from kokugai.rules.codes import Channel, OfficeKind, Procedure
from kokugai.rules.procedures import typical_channel


def _lgcode(n: int) -> str:
    base = f"9{n % 10000:04d}"  # 9xxxx is no prefecture: invented offices never clash
    return base + str(lgcode_check_digit(base))


class OfficeFactory(DjangoModelFactory):
    class Meta:
        model = Office
        django_get_or_create = ("code",)

    code = factory.Sequence(_lgcode)
    kind = OfficeKind.MUNICIPALITY.value
    name_ja = factory.Sequence(lambda n: f"架空市{n}")
    name_en = factory.Sequence(lambda n: f"Kakuu City {n}")
    timezone = "Asia/Tokyo"

    class Params:
        mission = factory.Trait(
            kind=OfficeKind.MISSION.value,
            code=factory.Sequence(lambda n: f"emb-zz-test{n}"),
            name_ja=factory.Sequence(lambda n: f"在架空国日本国大使館{n}"),
            country="ZZ",
            timezone="Europe/Helsinki",
        )
        production = factory.Trait(
            kind=OfficeKind.PRODUCTION.value,
            code="production",
            name_ja="地方公共団体情報システム機構 (J-LIS) 個人番号カード製造",
            name_en="J-LIS card production",
        )


class CounterFactory(DjangoModelFactory):
    class Meta:
        model = Counter

    office = factory.SubFactory(OfficeFactory)
    code = factory.Sequence(lambda n: f"counter-{n}")
    name_ja = "マイナンバーカード窓口"
    name_en = "My Number card counter"
    floor = "1F"


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"staff{n}")
    # Unusable password: hashing with argon2 would dominate test time; login tests set one.
    password = "!"


class StaffFactory(DjangoModelFactory):
    class Meta:
        model = StaffProfile

    user = factory.SubFactory(UserFactory)
    office = factory.SubFactory(OfficeFactory)
    role = StaffRole.CLERK


class PersonFactory(DjangoModelFactory):
    """An invented person: 国外 太郎 / KOKUGAI Taro, born 1990-04-01, living in Taipei."""

    class Meta:
        model = Person

    family_name = "国外"
    given_name = "太郎"
    family_name_kana = "コクガイ"
    given_name_kana = "タロウ"
    family_name_romaji = "KOKUGAI"
    given_name_romaji = "Taro"
    birth_date = dt.date(1990, 4, 1)
    sex = "male"
    nationalities = factory.LazyFunction(lambda: ["JP"])
    honseki = factory.SubFactory(OfficeFactory)
    email = factory.Sequence(lambda n: f"taro{n}@example.com")
    email_verified_at = factory.LazyFunction(lambda: dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    country = "TW"
    city = "Taipei"
    timezone = "Asia/Taipei"
    language = "ja"
    left_japan_on = dt.date(2022, 4, 1)

    @classmethod
    def _create(cls, model_class, *args, mynumber: str = "", **kwargs):
        return people_services.person_create(actor=None, mynumber=mynumber, **kwargs)


# --- cases: reached through the real services ------------------------------------------

#: A channel the rules offer for each procedure, taken away from the 本籍地 ...
AWAY_CHANNEL = {
    Procedure.NEW_ISSUANCE: Channel.MUNICIPALITY_VISIT,
    Procedure.REISSUE: Channel.MUNICIPALITY_VISIT,
    Procedure.CHANGE_DETAILS: Channel.MISSION_COUNTER,
    Procedure.CERT_RENEWAL: Channel.MISSION_COUNTER,
    Procedure.CONTINUE_ABROAD: Channel.DEPARTURE_MUNICIPALITY,
    Procedure.PIN_RESET: Channel.MISSION_COUNTER,
    Procedure.SURRENDER: Channel.HONSEKI_COUNTER,
    Procedure.EMAIL_CHANGE: Channel.HONSEKI_MAIL,
    Procedure.RETURN_TO_JAPAN: Channel.RETURN_MUNICIPALITY,
    Procedure.WITHDRAWAL: Channel.MISSION_COUNTER,
}
#: ... and at the 本籍地 itself.
HONSEKI_CHANNEL = {
    **AWAY_CHANNEL,
    Procedure.NEW_ISSUANCE: Channel.HONSEKI_COUNTER,
    Procedure.REISSUE: Channel.HONSEKI_COUNTER,
    Procedure.CHANGE_DETAILS: Channel.HONSEKI_COUNTER,
    Procedure.CERT_RENEWAL: Channel.HONSEKI_COUNTER,
    Procedure.PIN_RESET: Channel.HONSEKI_COUNTER,
    Procedure.EMAIL_CHANGE: Channel.HONSEKI_COUNTER,
    Procedure.WITHDRAWAL: Channel.HONSEKI_MAIL,
}


def channel_for(procedure: Procedure, *, at_honseki: bool) -> Channel:
    """The maps' channel; a procedure not in them (a new one) takes one its catalogue lists."""
    mapped = (HONSEKI_CHANNEL if at_honseki else AWAY_CHANNEL).get(procedure)
    return mapped or typical_channel(procedure, at_honseki=at_honseki)


ROLE_NAMES = ("intake", "honseki", "production", "pickup", "other")

#: The staff role each office part's default member has (issue 10 §3).
DEFAULT_STAFF_ROLE = {
    "intake": StaffRole.CLERK,
    "honseki": StaffRole.REVIEWER,
    "production": StaffRole.PRODUCER,
    "pickup": StaffRole.CLERK,
    "other": StaffRole.CLERK,
}


@dataclass
class Cast:
    """The offices around one case and their staff: one member per (office, role), made on
    demand; ``staff[part]`` is the part's usual member (a reviewer at the 本籍地, …)."""

    offices: dict[str, Office]
    staff: dict[str, User]
    members: dict[tuple[int, str], User] = dataclasses.field(default_factory=dict)

    @classmethod
    def make(cls, *, intake_is_honseki: bool = False, mission_intake: bool = False) -> Cast:
        honseki = OfficeFactory()
        intake = honseki if intake_is_honseki else OfficeFactory(mission=mission_intake)
        offices = {
            "intake": intake,
            "honseki": honseki,
            "production": OfficeFactory(production=True),
            "pickup": OfficeFactory(),
            "other": OfficeFactory(),
        }
        CounterFactory(
            office=offices["pickup"],
            code="card-pickup",
            name_ja="マイナンバーカード受取窓口",
            floor="2F",
        )
        cast = cls(offices, {})
        for part in offices:
            cast.staff[part] = cast.member(part, DEFAULT_STAFF_ROLE[part])
        return cast

    def member(self, part: str, role: str) -> User:
        """The staff member with ``role`` at the office of ``part`` (one per office and role)."""
        office = self.offices[part]
        key = (office.pk, str(role))
        if key not in self.members:
            existing = StaffProfile.objects.filter(office=office, role=role).first()
            self.members[key] = (
                existing.user if existing else StaffFactory(office=office, role=role).user
            )
        return self.members[key]

    def roles_of(self, role: str) -> set[str]:
        """Every role the office of ``role`` plays (intake and 本籍地 may be one office)."""
        office = self.offices[role]
        return {r for r, o in self.offices.items() if o.pk == office.pk and r != "other"}

    def actor_for(self, transition: Transition) -> User | None:
        for party in wf.PARTIES:
            if party in transition.by:
                if party not in self.offices:
                    return None  # the applicant or the system
                default = self.staff[party]
                if default.staff.role in transition.staff or not transition.staff:
                    return default
                return self.member(party, sorted(transition.staff)[0])
        raise AssertionError(transition)


def _path(workflow: wf.Workflow, facts: wf.Facts, target: str) -> list[Transition]:
    """Shortest list of transitions from the initial state to ``target`` that guards allow."""
    queue = deque([(workflow.initial, [])])
    seen = {workflow.initial}
    while queue:
        state, path = queue.popleft()
        if state == target:
            return path
        for t in workflow.transitions:
            if t.source != state or t.to_state in seen:
                continue
            if t.blocked_by(dataclasses.replace(facts, state=state)):
                continue
            seen.add(t.to_state)
            queue.append((t.to_state, [*path, t]))
    raise ValueError(f"{workflow.procedure}: {target} unreachable")


def transition_params(name: str, cast: Cast, case: Case) -> dict:
    params: dict = {
        "request_correction": {"text": "本籍の番地を確認してください。"},
        "reject": {"reason": "documents_insufficient"},
        "hand_over": {
            "identity_checked": True,
            "identity_documents": ["passport"],
            "old_card_collected": True,
        },
        "change_pickup": {"pickup_office": cast.offices["other"]},
        "withdraw": {"reason": "applicant_request"},
        "update_email": {"email": "new-address@example.com"},
    }.get(name, {})
    if name == "confirm_withdrawal":
        target = case_open_for(cast, Procedure.NEW_ISSUANCE, person=case.person)
        params = {"target": target}
    return params


def case_open_for(
    cast: Cast, procedure: Procedure, *, person: Person | None = None, check_all: bool = True
) -> Case:
    honseki_here = cast.offices["intake"].pk == cast.offices["honseki"].pk
    channel = channel_for(procedure, at_honseki=honseki_here)
    person = person or PersonFactory(honseki=cast.offices["honseki"])
    if not person.cards.exists():
        Card.objects.create(
            person=person,
            kind=CardKind.OVERSEAS,
            status=CardStatus.ACTIVE,
            issued_on=dt.date(2024, 6, 1),
            expires_on=dt.date(2034, 4, 1),
        )
    case = case_services.case_open(
        person=person,
        procedure=procedure,
        channel=channel,
        intake_office=cast.offices["intake"],
        pickup_office=cast.offices["pickup"],
        actor=cast.staff["intake"],
        departure_date=clock.today() + dt.timedelta(days=30),
    )
    if check_all:
        for entry in case.checklist.filter(required=True):
            case_services.checklist_check(case=case, code=entry.code, actor=cast.staff["intake"])
    return case


def advance(case: Case, cast: Cast, target: str) -> Case:
    """Fire, through the services, the shortest allowed path from the initial state."""
    workflow = wf.workflow_for(case.procedure)
    facts = wf.Facts(
        state=case.state,
        channel=case.channel,
        today=clock.today(),
        intake_is_honseki=case.intake_office_id == case.honseki_office_id,
        departure_date=case.departure_date,
        pickup_deadline=clock.today() - dt.timedelta(days=1),
        identity_checked=True,
    )
    for t in _path(workflow, facts, target):
        params = transition_params(t.name, cast, case)
        actor = cast.actor_for(t)
        if t.name == "expire":
            later = clock.now() + dt.timedelta(days=case_services.holding_days() + 1)
            with clock.frozen(later):
                case = case_services.case_transition(case=case, name=t.name, actor=actor)
            continue
        case = case_services.case_transition(case=case, name=t.name, actor=actor, **params)
    assert case.state == target, (case.state, target)
    return case


class CaseFactory(factory.Factory):
    """``CaseFactory(under_review=True)``: a new-issuance case driven there by the services.

    ``CaseFactory.cast_of(case)`` gives the offices and staff that were used.
    """

    class Meta:
        model = Case

    procedure = Procedure.NEW_ISSUANCE
    intake_is_honseki = False
    state = "received"

    class Params:
        at_honseki = factory.Trait(state="at_honseki")
        under_review = factory.Trait(state="under_review")
        awaiting_applicant = factory.Trait(state="awaiting_applicant")
        accepted = factory.Trait(state="accepted")
        in_production = factory.Trait(state="in_production")
        shipped = factory.Trait(state="shipped")
        ready_for_pickup = factory.Trait(state="ready_for_pickup")
        issued = factory.Trait(state="issued")
        uncollected = factory.Trait(state="uncollected")
        rejected = factory.Trait(state="rejected")
        withdrawn = factory.Trait(state="withdrawn")

    @classmethod
    def _create(cls, model_class, *, procedure, intake_is_honseki, state, **kwargs):
        cast = Cast.make(intake_is_honseki=intake_is_honseki)
        case = case_open_for(cast, procedure)
        case = advance(case, cast, state) if state != case.state else case
        _CASTS[case.pk] = cast
        return case

    @staticmethod
    def cast_of(case: Case) -> Cast:
        return _CASTS[case.pk]


_CASTS: dict[int, Cast] = {}
