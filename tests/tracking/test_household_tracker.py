"""The family tracker: one lookup by the household reference and the representative's birth
date; a child's data minimised; rate-limited and audited like the case tracker; mail for a
child goes to the representative."""

from __future__ import annotations

import datetime as dt
import html

import pytest
from tests.cases.test_households import cast, frozen, make_prereg  # noqa: F401 - fixtures

from kokugai.cases import household_services as hs
from kokugai.core.audit import AuditEntry
from kokugai.notifications.models import Notification
from kokugai.tracking.households import household_lookup, household_status
from kokugai.tracking.services import TrackerError
from kokugai.tracking.stages import Stage

HANAKO_BIRTH = dt.date(1988, 11, 3)


@pytest.fixture
def household(cast):  # noqa: F811
    fp = make_prereg(cast)
    return hs.household_open_from_prereg(
        code=fp.code, actor=cast.staff["intake"], office=cast.offices["intake"]
    )


def test_lookup_shows_every_member_with_children_minimised(household):
    h = household_lookup(
        reference=hs.code_display(household.reference).lower(),
        birth_date=HANAKO_BIRTH,
        client_ip="192.0.2.1",
    )
    status = household_status(h)
    assert [m.label for m in status.members] == ["太郎", "花子", "さ.", "蓮."]
    assert [m.child for m in status.members] == [False, False, True, True]
    assert [m.representative for m in status.members] == [False, True, False, False]
    cases = hs.household_cases(household)
    assert status.members[0].receipt_number == cases[0].receipt_number
    assert status.members[2].receipt_number == "" and status.members[3].receipt_number == ""
    assert all(m.stage is Stage.RECEIVED for m in status.members)
    assert not status.all_ready
    hit = AuditEntry.objects.filter(action="household.lookup").last()
    assert hit.detail == {"result": "hit"} and hit.object_id == str(household.pk)


def test_another_members_birth_date_is_not_found_and_audited(household):
    with pytest.raises(TrackerError) as e:
        household_lookup(
            reference=household.reference, birth_date=dt.date(1986, 6, 12), client_ip="192.0.2.1"
        )
    assert e.value.code == "not_found" and e.value.status == 404
    miss = AuditEntry.objects.filter(action="household.lookup").last()
    assert miss.detail == {"result": "miss"} and miss.object_type == "reference"


def test_a_mistyped_reference_is_refused_before_any_lookup(household):
    bad = household.reference[:-1] + ("0" if household.reference[-1] != "0" else "1")
    with pytest.raises(TrackerError) as e:
        household_lookup(reference=bad, birth_date=HANAKO_BIRTH, client_ip="192.0.2.1")
    assert e.value.code == "reference_unrecognized" and e.value.status == 400
    assert not AuditEntry.objects.filter(action="household.lookup").exists()


def test_guessing_birth_dates_is_rate_limited(household, settings):
    settings.KOKUGAI_TRACKER_LIMITS = {"per_client": 100, "failed_per_reference_client": 3}
    for day in range(1, 4):
        with pytest.raises(TrackerError):
            household_lookup(
                reference=household.reference,
                birth_date=dt.date(1988, 1, day),
                client_ip="192.0.2.9",
            )
    with pytest.raises(TrackerError) as e:  # even the right date, now
        household_lookup(
            reference=household.reference, birth_date=HANAKO_BIRTH, client_ip="192.0.2.9"
        )
    assert e.value.code == "rate_limited" and e.value.status == 429
    # Another client is not locked out by the guesser.
    household_lookup(
        reference=household.reference, birth_date=HANAKO_BIRTH, client_ip="198.51.100.1"
    )


def test_mail_for_the_children_goes_to_the_representative(household):
    cases = hs.household_cases(household)
    for c in cases[2:]:
        sent = Notification.objects.filter(case=c)
        assert sent.exists()
        assert set(sent.values_list("to", flat=True)) == {"hanako@example.org"}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_family_tracker_page(client, household, lang):
    r = client.post(
        "/track/household/",
        {"reference": household.reference, "birth_date": HANAKO_BIRTH.isoformat()},
        HTTP_ACCEPT_LANGUAGE=lang,
    )
    assert r.status_code == 200
    body = html.unescape(r.content.decode())
    assert 'id="family-stages"' in body and "さ." in body and "さくら" not in body
    assert r["Cache-Control"] == "no-store"
    wrong = client.post(
        "/track/household/",
        {"reference": household.reference, "birth_date": "2000-01-01"},
        HTTP_ACCEPT_LANGUAGE=lang,
    )
    assert wrong.status_code == 404 and 'id="family-stages"' not in wrong.content.decode()


@pytest.mark.parametrize(
    ("lang", "words"),
    [("ja", "代表者あてにお送りしたメールのリンク"), ("en", "link mailed to the representative")],
)
def test_every_card_ready_points_to_the_mailed_link(client, household, lang, words):
    from kokugai.cases.models import Case

    Case.objects.filter(household_member__household=household).update(state="ready_for_pickup")
    r = client.post(
        "/track/household/",
        {"reference": household.reference, "birth_date": HANAKO_BIRTH.isoformat()},
        HTTP_ACCEPT_LANGUAGE=lang,
    )
    body = html.unescape(r.content.decode())
    assert 'id="family-all-ready"' in body and words in body
    # The tracker shows no link that acts: the booking link is in the representative's mail.
    assert "/book/family/" not in body
