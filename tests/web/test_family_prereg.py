"""The family pre-registration (portal) and the counter opening a family's cases (console):
shared data typed once, one code and QR, one case per member linked as a household, the
household page with the shared checklist item checked once for all, the household panel on
the case page."""

from __future__ import annotations

import html
import re

import pytest
import time_machine
from django.core import mail  # noqa: F401 - the outbox is the notification table here

from factories import OfficeFactory, StaffFactory
from kokugai.cases import household_services as hs
from kokugai.cases.households import FamilyPreRegistration, Household
from kokugai.cases.models import Case, ChecklistEntry
from kokugai.notifications.models import Notification
from kokugai.registry.models import StaffRole

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _frozen():
    with time_machine.travel("2026-03-25T01:00:00+00:00", tick=False):
        yield


@pytest.fixture
def offices():
    return {
        "sumida": OfficeFactory(code="131075", name_ja="東京都墨田区", name_en="Sumida City"),
        "hachinohe": OfficeFactory(code="022039", name_ja="青森県八戸市", name_en="Hachinohe"),
    }


MEMBERS = [
    ("国外", "太郎", "コクガイ", "タロウ", "KOKUGAI", "TARO", "1986-06-12", "male", "", ""),
    ("国外", "花子", "コクガイ", "ハナコ", "KOKUGAI", "HANAKO", "1988-11-03", "female", "", ""),
    ("国外", "さくら", "コクガイ", "サクラ", "KOKUGAI", "SAKURA", "2017-07-15", "female", "", "2"),
    ("国外", "蓮", "コクガイ", "レン", "KOKUGAI", "REN", "2025-08-20", "male", "131075", "2"),
]
KEYS = (
    "family_name",
    "given_name",
    "family_name_kana",
    "given_name_kana",
    "family_name_romaji",
    "given_name_romaji",
    "birth_date",
    "sex",
    "honseki",
    "represented_by",
)


def form_data(members=MEMBERS, representative="2") -> dict[str, str]:
    data = {
        "channel": "municipality_visit",
        "honseki": "022039",
        "email": "hanako@example.org",
        "country": "TW",
        "city": "Taipei",
        "timezone": "Asia/Taipei",
        "intake_office": "131075",
        "pickup_office": "",
        "departure_date": "2026-05-10",
        "representative": representative,
        "pickup_together": "on",
        "m-TOTAL_FORMS": str(len(members)),
        "m-INITIAL_FORMS": "0",
        "m-MIN_NUM_FORMS": "1",
        "m-MAX_NUM_FORMS": "10",
    }
    for i, m in enumerate(members):
        for k, v in zip(KEYS, m, strict=True):
            data[f"m-{i}-{k}"] = v
        data[f"m-{i}-with_certificates"] = "on"
    return data


def verify_link(fp: FamilyPreRegistration) -> str:
    n = Notification.objects.filter(to=fp.email, template="preregistration_verify").last()
    url = n.context["verify_url"]
    return re.sub(r"^https?://[^/]+", "", url)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_family_pre_registration_gives_one_code_and_qr(client, offices, lang):
    r = client.post("/preregister/family/", form_data(), HTTP_ACCEPT_LANGUAGE=lang)
    assert r.status_code == 302, html.unescape(r.content.decode())[:3000]
    fp = FamilyPreRegistration.objects.get()
    assert fp.email_verified_at is None
    # Shared data once; a member's own 本籍地 only where it differs.
    assert fp.honseki_code == "022039"
    assert [m.get("honseki_code") for m in fp.members] == [None, None, None, "131075"]
    assert [m.get("representative") for m in fp.members] == [None, None, 1, 1]
    assert fp.representative_index == 1
    page = client.get(verify_link(fp), HTTP_ACCEPT_LANGUAGE=lang)
    assert page.status_code == 200
    body = page.content.decode()
    assert hs.code_display(fp.code) in body and "<svg" in body
    fp.refresh_from_db()
    assert fp.email_verified_at is not None


def test_add_a_member_keeps_the_answers(client, offices):
    data = form_data(MEMBERS[:1])
    data["add"] = "1"
    r = client.post("/preregister/family/", data, HTTP_ACCEPT_LANGUAGE="en")
    assert r.status_code == 200
    body = r.content.decode()
    assert 'name="m-1-given_name"' in body and 'value="太郎"' in body
    assert FamilyPreRegistration.objects.count() == 0


def test_a_child_without_representative_is_an_error_on_that_member(client, offices):
    members = [*MEMBERS[:2], (*MEMBERS[2][:9], "")]
    r = client.post("/preregister/family/", form_data(members), HTTP_ACCEPT_LANGUAGE="en")
    assert r.status_code == 422
    assert 'id="id_m-2-represented_by_error"' in r.content.decode()
    assert FamilyPreRegistration.objects.count() == 0


def test_a_child_as_representative_is_refused(client, offices):
    r = client.post("/preregister/family/", form_data(representative="3"))
    assert r.status_code == 422
    assert FamilyPreRegistration.objects.count() == 0


def test_a_tampered_link_is_refused(client, offices):
    client.post("/preregister/family/", form_data())
    fp = FamilyPreRegistration.objects.get()
    r = client.get(verify_link(fp)[:-3] + "xyz/")
    assert r.status_code == 404
    fp.refresh_from_db()
    assert fp.email_verified_at is None


@pytest.fixture
def family_code(client, offices) -> str:
    client.post("/preregister/family/", form_data())
    fp = FamilyPreRegistration.objects.get()
    client.get(verify_link(fp))
    client.logout()
    return hs.code_display(fp.code)


def test_the_counter_opens_every_members_case_with_the_code(client, offices, family_code):
    clerk = StaffFactory(office=offices["sumida"], role=StaffRole.CLERK).user
    client.force_login(clerk)
    r = client.post("/console/family/", {"code": family_code}, HTTP_ACCEPT_LANGUAGE="en")
    assert r.status_code == 302
    h = Household.objects.get()
    assert r["Location"] == f"/console/households/{h.pk}/"
    cases = hs.household_cases(h)
    assert len(cases) == 4
    assert [c.honseki_office.code for c in cases] == ["022039", "022039", "022039", "131075"]
    page = client.get(r["Location"], HTTP_ACCEPT_LANGUAGE="en")
    body = html.unescape(page.content.decode())
    for c in cases:
        assert c.receipt_number in body
    # The representative's passport, one item for both children: checked once for all.
    assert 'id="household-shared"' in body
    r = client.post(f"/console/households/{h.pk}/check/legal_representative_id/", {"checked": "1"})
    assert r.status_code == 302
    ticked = ChecklistEntry.objects.filter(code="legal_representative_id")
    assert ticked.count() == 2 and all(e.checked_at and e.checked_by == clerk for e in ticked)
    # Each case's page shows the household side by side.
    case_page = client.get(f"/console/cases/{cases[2].pk}/", HTTP_ACCEPT_LANGUAGE="en")
    body = html.unescape(case_page.content.decode())
    assert 'id="household"' in body and h.reference_display in body
    for c in cases:
        assert c.receipt_number in body
    # Loading the same code again opens nothing.
    again = client.post("/console/family/", {"code": family_code}, HTTP_ACCEPT_LANGUAGE="en")
    assert again.status_code == 409 and Case.objects.count() == 4


def test_a_clerk_of_another_office_cannot_see_the_household(client, offices, family_code):
    clerk = StaffFactory(office=offices["sumida"], role=StaffRole.CLERK).user
    client.force_login(clerk)
    client.post("/console/family/", {"code": family_code})
    h = Household.objects.get()
    outsider = StaffFactory(office=OfficeFactory(), role=StaffRole.CLERK).user
    client.force_login(outsider)
    assert client.get(f"/console/households/{h.pk}/").status_code == 404
    r = client.post(f"/console/households/{h.pk}/check/legal_representative_id/")
    assert r.status_code == 404
    assert not ChecklistEntry.objects.filter(checked_at__isnull=False).exists()


def test_the_clerk_books_the_familys_pickup_once_every_card_arrived(client, offices, family_code):
    import datetime as dt
    from zoneinfo import ZoneInfo

    from factories import CounterFactory
    from kokugai.appointments.models import Booking

    CounterFactory(office=offices["sumida"], code="card-pickup", floor="2F")
    clerk = StaffFactory(office=offices["sumida"], role=StaffRole.CLERK).user
    client.force_login(clerk)
    client.post("/console/family/", {"code": family_code})
    h = Household.objects.get()
    cases = hs.household_cases(h)
    Case.objects.filter(pk__in=[c.pk for c in cases[:3]]).update(state="ready_for_pickup")
    page = html.unescape(client.get(f"/console/households/{h.pk}/").content.decode())
    assert 'id="household-waiting"' in page and "国外 蓮" in page
    assert 'id="household-book"' not in page
    Case.objects.filter(pk=cases[3].pk).update(state="ready_for_pickup")
    page = client.get(f"/console/households/{h.pk}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'id="household-book"' in page and "40 minutes" in page
    # 2026-03-27 is a Friday: 14:00 and 14:30 hold the family's four places.
    r = client.post(f"/console/households/{h.pk}/book/", {"starts_at": "2026-03-27T14:00"})
    assert r.status_code == 302
    starts = sorted(b.slot.starts_at for b in Booking.objects.all())
    jst = ZoneInfo("Asia/Tokyo")
    assert starts[0] == dt.datetime(2026, 3, 27, 14, 0, tzinfo=jst)
    assert starts[-1] == dt.datetime(2026, 3, 27, 14, 30, tzinfo=jst) and len(starts) == 4
    # Staff of another office cannot book for this family.
    Booking.objects.all().delete()
    outsider = StaffFactory(office=OfficeFactory(), role=StaffRole.CLERK).user
    client.force_login(outsider)
    r = client.post(f"/console/households/{h.pk}/book/", {"starts_at": "2026-03-27T14:00"})
    assert r.status_code == 404 and not Booking.objects.exists()


def test_the_family_may_choose_to_collect_each_card_on_arrival(client, offices):
    data = form_data()
    del data["pickup_together"]
    assert client.post("/preregister/family/", data).status_code == 302
    fp = FamilyPreRegistration.objects.get()
    assert fp.pickup_together is False
    client.get(verify_link(fp))
    clerk = StaffFactory(office=offices["sumida"], role=StaffRole.CLERK).user
    h = hs.household_open_from_prereg(code=fp.code, actor=clerk, office=offices["sumida"])
    assert h.pickup_together is False


def test_the_household_page_names_only_the_members_this_office_may_see(
    client, offices, family_code
):
    """蓮's case is 墨田区's alone (his 本籍地 is there): a 八戸市 reviewer, who reviews the
    other three, sees that one more card is awaited, never his name."""
    clerk = StaffFactory(office=offices["sumida"], role=StaffRole.CLERK).user
    client.force_login(clerk)
    client.post("/console/family/", {"code": family_code})
    h = Household.objects.get()
    reviewer = StaffFactory(office=offices["hachinohe"], role=StaffRole.REVIEWER).user
    client.force_login(reviewer)
    page = client.get(f"/console/households/{h.pk}/", HTTP_ACCEPT_LANGUAGE="en")
    assert page.status_code == 200
    body = html.unescape(page.content.decode())
    assert "国外 花子" in body and "(and 1 at another office)" in body
    assert "蓮" not in body and "レン" not in body
