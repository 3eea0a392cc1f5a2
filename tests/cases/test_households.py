"""Households: a family pre-registration opens one case per member in one transaction,
linked as a household; the household's refusals; two clerks racing on one code."""

from __future__ import annotations

import threading

import pytest
import time_machine
from django.db import connection

from factories import Cast, OfficeFactory
from kokugai.cases import household_services as hs
from kokugai.cases.households import FamilyPreRegistration, Household, HouseholdMember
from kokugai.cases.models import Case
from kokugai.core.audit import AuditEntry
from kokugai.core.errors import ApplicationError
from kokugai.people.models import Person

FROZEN = "2026-03-25T01:00:00+00:00"


def member(given: str, birth: str, sex: str = "female", **extra) -> dict:
    return {
        "family_name": "国外",
        "given_name": given,
        "family_name_kana": "コクガイ",
        "given_name_kana": {"太郎": "タロウ", "花子": "ハナコ", "さくら": "サクラ", "蓮": "レン"}[
            given
        ],
        "family_name_romaji": "KOKUGAI",
        "given_name_romaji": {"太郎": "TARO", "花子": "HANAKO", "さくら": "SAKURA", "蓮": "REN"}[
            given
        ],
        "birth_date": birth,
        "sex": sex,
        **extra,
    }


def family_members() -> list[dict]:
    return [
        member("太郎", "1986-06-12", "male"),
        member("花子", "1988-11-03"),
        member("さくら", "2017-07-15", representative=1),
        member("蓮", "2025-08-20", "male", representative=1),
    ]


def make_prereg(cast: Cast, **overrides) -> FamilyPreRegistration:
    kw = {
        "members": family_members(),
        "representative_index": 1,
        "channel": "municipality_visit",
        "honseki_code": cast.offices["honseki"].code,
        "email": "hanako@example.org",
        "country": "TW",
        "city": "Taipei",
        "timezone": "Asia/Taipei",
        "intake_office_code": cast.offices["intake"].code,
        "pickup_office_code": cast.offices["intake"].code,
        **overrides,
    }
    fp = hs.family_prereg_create(**kw)
    return hs.family_prereg_verify(fp)


@pytest.fixture
def frozen():
    with time_machine.travel(FROZEN, tick=False):
        yield


@pytest.fixture
def cast(db, frozen) -> Cast:
    return Cast.make()


def test_one_code_opens_a_case_per_member_linked_as_a_household(cast):
    fp = make_prereg(cast)
    clerk = cast.staff["intake"]
    h = hs.household_open_from_prereg(code=fp.code, actor=clerk, office=cast.offices["intake"])
    cases = hs.household_cases(h)
    assert [c.person.given_name for c in cases] == ["太郎", "花子", "さくら", "蓮"]
    assert len({c.receipt_number for c in cases}) == 4
    assert all(c.intake_office == cast.offices["intake"] for c in cases)
    # Shared data typed once: address, contact and 本籍地 are on every member.
    for c in cases:
        assert (c.person.city, c.person.country) == ("Taipei", "TW")
        assert c.person.email == "hanako@example.org"  # the children's mail: the representative
        assert c.honseki_office == cast.offices["honseki"]
    assert h.representative.given_name == "花子"
    members = list(h.members.order_by("position"))
    assert members[2].represented_by == members[1] and members[3].represented_by == members[1]
    assert members[0].represented_by is None
    assert cases[2].person.legal_representative_name == "国外 花子"
    assert cases[0].person.legal_representative_name == ""
    fp.refresh_from_db()
    assert fp.used_at is not None and fp.household == h
    assert hs.household_of(cases[3]) == h
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"household.create", "family_preregistration.use"} <= actions


def test_a_member_with_another_honseki_keeps_it(cast):
    other = OfficeFactory()
    members = family_members()
    members[0]["honseki_code"] = other.code
    fp = make_prereg(cast, members=members)
    h = hs.household_open_from_prereg(
        code=fp.code, actor=cast.staff["intake"], office=cast.offices["intake"]
    )
    cases = hs.household_cases(h)
    assert cases[0].honseki_office == other
    assert {c.honseki_office for c in cases[1:]} == {cast.offices["honseki"]}


def test_the_code_is_used_once(cast):
    fp = make_prereg(cast)
    clerk, office = cast.staff["intake"], cast.offices["intake"]
    hs.household_open_from_prereg(code=fp.code, actor=clerk, office=office)
    with pytest.raises(ApplicationError) as e:
        hs.household_open_from_prereg(code=hs.code_display(fp.code), actor=clerk, office=office)
    assert e.value.code == "family_prereg_used"
    assert Case.objects.count() == 4


def test_an_unverified_or_mistyped_code_is_not_found(cast):
    fp = hs.family_prereg_create(
        members=family_members(),
        representative_index=1,
        channel="municipality_visit",
        honseki_code=cast.offices["honseki"].code,
        email="hanako@example.org",
        country="TW",
        city="Taipei",
        timezone="Asia/Taipei",
        intake_office_code=cast.offices["intake"].code,
        pickup_office_code=cast.offices["intake"].code,
    )
    clerk, office = cast.staff["intake"], cast.offices["intake"]
    for code in (fp.code, fp.code[:-1] + ("0" if fp.code[-1] != "0" else "1")):
        with pytest.raises(ApplicationError) as e:
            hs.household_open_from_prereg(code=code, actor=clerk, office=office)
        assert e.value.code == "family_prereg_not_found"


def test_a_clerk_of_another_office_cannot_open_it_and_nothing_is_half_created(cast):
    fp = make_prereg(cast)
    outsider = cast.staff["other"]
    with pytest.raises(ApplicationError) as e:
        hs.household_open_from_prereg(code=fp.code, actor=outsider, office=cast.offices["intake"])
    assert e.value.code == "office_not_allowed"
    assert Case.objects.count() == 0 and Person.objects.count() == 0
    assert Household.objects.count() == 0
    fp.refresh_from_db()
    assert fp.used_at is None


def test_two_households_claiming_the_same_person_is_refused_and_rolled_back(cast):
    clerk, office = cast.staff["intake"], cast.offices["intake"]
    first = make_prereg(cast)
    h1 = hs.household_open_from_prereg(code=first.code, actor=clerk, office=office)
    # The grandmother pre-registers 蓮 again with herself; 蓮 is already in h1.
    second = make_prereg(
        cast,
        members=[
            {**member("花子", "1960-01-01"), "given_name": "和子", "given_name_kana": "カズコ"},
            member("蓮", "2025-08-20", "male", representative=0),
        ],
        representative_index=0,
    )
    with pytest.raises(ApplicationError) as e:
        hs.household_open_from_prereg(code=second.code, actor=clerk, office=office)
    assert e.value.code == "household_person_claimed"
    assert "蓮" in str(e.value.message) and h1.reference in str(e.value.message)
    assert Case.objects.count() == 4 and Household.objects.count() == 1
    second.refresh_from_db()
    assert second.used_at is None


def test_linking_a_case_already_in_a_household_is_refused(cast):
    clerk, office = cast.staff["intake"], cast.offices["intake"]
    h = hs.household_open_from_prereg(code=make_prereg(cast).code, actor=clerk, office=office)
    cases = hs.household_cases(h)
    with pytest.raises(ApplicationError) as e:
        hs.household_link(cases=cases[:2], representative=cases[0], actor=clerk)
    assert e.value.code == "household_person_claimed"
    assert Household.objects.count() == 1


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda m: m[2].pop("representative"), "members[2].representative"),
        (lambda m: m[3].update(representative=2), "members[3].representative"),
        (lambda m: m[3].update(representative=9), "members[3].representative"),
        (lambda m: m[1].update(birth_date="1988-13-03"), "members[1].birth_date"),
        (lambda m: m[0].update(given_name_kana=""), "members[0].given_name_kana"),
    ],
)
def test_bad_family_pre_registration_names_the_member_field(cast, change, field):
    members = family_members()
    change(members)
    with pytest.raises(hs.HouseholdInputError) as e:
        make_prereg(cast, members=members)
    assert e.value.field == field
    assert FamilyPreRegistration.objects.count() == 0


def test_a_child_cannot_be_the_representative(cast):
    with pytest.raises(hs.HouseholdInputError) as e:
        make_prereg(cast, representative_index=2)
    assert e.value.field == "representative_index"


def test_codes_carry_a_check_character():
    code = hs._code("F")
    assert hs.code_normalize(hs.code_display(code).lower()) == code
    assert hs.code_normalize(code[:-1] + ("0" if code[-1] != "0" else "1")) == ""


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_clerks_loading_the_same_family_at_once_open_each_case_exactly_once():
    with time_machine.travel(FROZEN, tick=False):
        cast = Cast.make()
        fp = make_prereg(cast)
        clerk, office = cast.staff["intake"], cast.offices["intake"]
        n = 2
        barrier = threading.Barrier(n)
        results: list[str] = []
        lock = threading.Lock()

        def load() -> None:
            try:
                barrier.wait(timeout=10)
                hs.household_open_from_prereg(code=fp.code, actor=clerk, office=office)
                outcome = "ok"
            except ApplicationError as exc:
                outcome = exc.code
            finally:
                connection.close()
            with lock:
                results.append(outcome)

        threads = [threading.Thread(target=load) for _ in range(n)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert sorted(results) == ["family_prereg_used", "ok"]
        assert Household.objects.count() == 1
        assert HouseholdMember.objects.count() == 4
        assert Case.objects.count() == 4 and Person.objects.count() == 4
        given = sorted(Case.objects.values_list("person__given_name", flat=True))
        assert given == sorted(["太郎", "花子", "さくら", "蓮"])


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_families_naming_the_same_person_at_once_put_her_in_one_household_only(
    monkeypatch,
):
    """Two clerks open two different family pre-registrations that both name 花子 at the
    same moment: one household gets her, the other is refused and leaves nothing behind.

    To make the race certain, each clerk's "is she already in a household?" check waits
    (up to 2 s) for the other clerk's check: without serialisation both see "no" and both
    go on; with it, the second clerk cannot reach the check until the first has committed.
    """
    checked = threading.Barrier(2)
    original = hs._claimed

    def claimed_then_wait(fields):
        found = original(fields)
        if fields["given_name_kana"] == "ハナコ":
            try:
                checked.wait(timeout=2)
            except threading.BrokenBarrierError:
                pass
        return found

    monkeypatch.setattr(hs, "_claimed", claimed_then_wait)
    with time_machine.travel(FROZEN, tick=False):
        cast = Cast.make()
        first = make_prereg(cast)
        second = make_prereg(
            cast,
            members=[
                member("花子", "1988-11-03"),
                member("さくら", "2019-01-01", representative=0),
            ],
            representative_index=0,
            email="other@example.org",
        )
        clerk, office = cast.staff["intake"], cast.offices["intake"]
        barrier = threading.Barrier(2)
        results: list[str] = []
        lock = threading.Lock()

        def load(code: str) -> None:
            try:
                barrier.wait(timeout=10)
                hs.household_open_from_prereg(code=code, actor=clerk, office=office)
                outcome = "ok"
            except ApplicationError as exc:
                outcome = exc.code
            finally:
                connection.close()
            with lock:
                results.append(outcome)

        threads = [threading.Thread(target=load, args=(fp.code,)) for fp in (first, second)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert sorted(results) == ["household_person_claimed", "ok"]
        assert Household.objects.count() == 1
        hanako = HouseholdMember.objects.filter(
            active=True, person__given_name_kana="ハナコ", person__birth_date="1988-11-03"
        )
        assert hanako.count() == 1
        members = HouseholdMember.objects.count()
        assert Case.objects.count() == members and Person.objects.count() == members
