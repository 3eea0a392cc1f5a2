"""Review fixes on the console: delivery panel, My Number reveal, errors, pickup picker."""

from __future__ import annotations

import datetime as dt

import pytest
import test_console as base
from django.urls import reverse

from kokugai.cases import services
from kokugai.cases.models import Case
from kokugai.core.models import AuditEntry
from kokugai.people.services import person_create
from kokugai.rules.codes import Channel, Procedure
from kokugai.web.console import views

pytestmark = pytest.mark.django_db

# The fixtures of the main console tests (offices, demo staff, a case at Sumida).
_fast_passwords_and_clean_cache = base._fast_passwords_and_clean_cache
world = base.world
case = base.case
_client = base._client

MYNUMBER = "123456789018"


@pytest.fixture
def case_with_number(world):
    person = person_create(
        actor=None,
        mynumber=MYNUMBER,
        family_name="国外",
        given_name="花子",
        family_name_kana="コクガイ",
        given_name_kana="ハナコ",
        birth_date=dt.date(1990, 4, 1),
        sex="female",
        nationalities=["JP"],
        honseki=world["offices"]["022039"],
        email="hanako.kokugai@example.com",
        email_verified_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        country="TW",
        city="Taipei",
        timezone="Asia/Taipei",
    )
    return services.case_open(
        person=person,
        procedure=Procedure.NEW_ISSUANCE,
        channel=Channel.MUNICIPALITY_VISIT,
        intake_office=world["offices"]["131075"],
        actor=world["users"]["sumida-clerk"],
    )


# --- the My Number in full -----------------------------------------------------------------


def test_reveal_shows_the_number_once_with_no_store(client, world, case_with_number):
    _client(client, world, "hachinohe-reviewer")
    page = client.get(reverse("console:case", args=[case_with_number.pk]))
    assert MYNUMBER not in page.content.decode()
    assert reverse("console:case_reveal_mynumber", args=[case_with_number.pk]) in (
        page.content.decode()
    )
    url = reverse("console:case_reveal_mynumber", args=[case_with_number.pk])
    assert client.get(url).status_code == 405  # never through a GET (URL, history, proxies)
    response = client.post(url, {"reason": "本人確認"})
    assert response.status_code == 200
    assert "1234 5678 9018" in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    row = AuditEntry.objects.get(action="mynumber.reveal")
    assert row.actor == world["users"]["hachinohe-reviewer"]
    assert "本人確認" in row.reason


def test_reveal_needs_a_reason(client, world, case_with_number):
    _client(client, world, "hachinohe-reviewer")
    url = reverse("console:case_reveal_mynumber", args=[case_with_number.pk])
    response = client.post(url, {"reason": "  "})
    assert response.status_code == 400
    assert MYNUMBER not in response.content.decode()
    assert not AuditEntry.objects.filter(action="mynumber.reveal").exists()


def test_reveal_without_permission_is_refused_and_audited(client, world, case_with_number):
    _client(client, world, "sumida-clerk")
    page = client.get(reverse("console:case", args=[case_with_number.pk]))
    assert reverse("console:case_reveal_mynumber", args=[case_with_number.pk]) not in (
        page.content.decode()
    )
    url = reverse("console:case_reveal_mynumber", args=[case_with_number.pk])
    response = client.post(url, {"reason": "just looking"})
    assert response.status_code == 403
    assert MYNUMBER not in response.content.decode()
    assert AuditEntry.objects.filter(
        action="mynumber.reveal_denied", actor=world["users"]["sumida-clerk"]
    ).exists()


def test_reveal_out_of_scope_is_404(client, world, case_with_number):
    _client(client, world, "taipei-clerk")
    url = reverse("console:case_reveal_mynumber", args=[case_with_number.pk])
    assert client.post(url, {"reason": "x"}).status_code == 404


# --- My Number at intake -------------------------------------------------------------------


@pytest.fixture
def stored(world):
    """A person registered elsewhere (本籍地 Minato), with a My Number."""
    return person_create(
        actor=None,
        mynumber=MYNUMBER,
        family_name="国外",
        given_name="花子",
        family_name_kana="コクガイ",
        given_name_kana="ハナコ",
        birth_date=dt.date(1990, 4, 1),
        sex="female",
        nationalities=["JP"],
        honseki=world["offices"]["131032"],
        email="hanako.kokugai@example.com",
    )


def _intake(**overrides):
    return base._intake_data(honseki="131032", mynumber=MYNUMBER, **overrides)


def _lookups():
    return list(
        AuditEntry.objects.filter(action="person.lookup_by_mynumber").values_list(
            "detail", flat=True
        )
    )


@pytest.mark.parametrize(
    "typed",
    [
        {"family_name": "山田", "family_name_kana": "ヤマダ"},
        {"birth_date": "1991-04-01"},
    ],
)
def test_intake_refuses_a_number_of_someone_else(client, world, stored, typed):
    _client(client, world, "sumida-clerk")
    response = client.post(reverse("console:intake"), _intake(**typed))
    assert response.status_code == 409
    form = response.context["form"]
    assert form.has_error("mynumber", "mynumber_not_usable")
    assert not Case.objects.exists()
    assert _lookups() == [{"outcome": "mismatch"}]


def test_intake_attaches_the_person_when_kana_and_birth_date_match(client, world, stored):
    _client(client, world, "sumida-clerk")
    # Kanji typed differently (a variant form), kana typed in hiragana: still the same person.
    response = client.post(
        reverse("console:intake"), _intake(family_name="國外", family_name_kana="こくがい")
    )
    assert response.status_code == 302, response.content.decode()[:1500]
    assert Case.objects.get().person_id == stored.pk
    assert _lookups() == [{"outcome": "match"}]


def test_intake_with_an_unknown_number_creates_the_person_and_audits(client, world):
    _client(client, world, "sumida-clerk")
    response = client.post(reverse("console:intake"), _intake())
    assert response.status_code == 302
    assert Case.objects.get().person.family_name == "国外"
    assert _lookups() == [{"outcome": "not_found"}]


# --- the citizen hears from a case opened at the counter ---------------------------------


def test_intake_holds_the_received_mail_until_the_typed_address_is_verified(client, world):
    from kokugai.notifications.models import Notification, Status
    from kokugai.notifications.services import email_change_verify

    _client(client, world, "sumida-clerk")
    response = client.post(reverse("console:intake"), base._intake_data())
    assert response.status_code == 302
    case = Case.objects.get()
    received = Notification.objects.get(case=case, template="received")
    assert received.status == Status.HELD
    assert case.events.get(seq=1).data["notifications"][0]["held"] is True
    link = Notification.objects.get(template="email_verify")
    assert link.to == "hanako.kokugai@example.com" and link.status == Status.QUEUED

    email_change_verify(token=link.context["verify_url"].rstrip("/").rsplit("/", 1)[1])
    received.refresh_from_db()
    assert (received.status, received.to) == (Status.QUEUED, "hanako.kokugai@example.com")


def test_intake_from_a_verified_preregistration_sends_no_link(client, world):
    from kokugai.notifications.models import Notification, Status

    _client(client, world, "sumida-clerk")
    session = client.session
    session[views.VERIFIED_SESSION_KEY] = {
        "email": "hanako.kokugai@example.com",
        "at": "2026-01-10T09:00:00+00:00",
    }
    session.save()
    assert client.post(reverse("console:intake"), base._intake_data()).status_code == 302
    received = Notification.objects.get(template="received")
    assert received.status == Status.QUEUED
    assert not Notification.objects.filter(template="email_verify").exists()


# --- delivery state on the case page --------------------------------------------------------


def test_case_page_shows_each_mail_and_marks_failures_in_text(client, world, case_with_number):
    from kokugai.notifications.models import DeliveryAttempt, Notification, Status

    mail = Notification.objects.get(case=case_with_number, template="received")
    Notification.objects.filter(pk=mail.pk).update(status=Status.FAILED, attempts=3)
    DeliveryAttempt.objects.create(
        notification=mail,
        at=dt.datetime(2026, 1, 10, 9, 0, tzinfo=dt.UTC),
        status=Status.FAILED,
        attempt=3,
        smtp_code=550,
        smtp_reply="5.1.1 mailbox unavailable",
    )
    case_with_number.person.email_undeliverable = True
    case_with_number.person.save()
    _client(client, world, "sumida-clerk")
    client.cookies["django_language"] = "en"
    html = client.get(reverse("console:case", args=[case_with_number.pk])).content.decode()
    panel = html[html.index('id="deliveries"') : html.index('id="history"')]
    assert "received" in panel
    assert "Failed:" in panel  # not only a colour
    assert "550 5.1.1 mailbox unavailable" in panel
    assert '<span class="k-attempts">3</span>' in panel
    assert "1 email could not be delivered." in panel
    assert 'id="email-undeliverable"' in html
    assert "hanako.kokugai@example.com" not in html  # the address itself is not shown


def test_case_page_says_a_mail_waits_for_verification(client, world, case):
    _client(client, world, "sumida-clerk")
    client.cookies["django_language"] = "en"
    html = client.get(reverse("console:case", args=[case.pk])).content.decode()
    panel = html[html.index('id="deliveries"') : html.index('id="history"')]
    assert "Waiting:" in panel and 'data-status="held"' in panel
    assert 'id="email-undeliverable"' not in html


# --- change of pickup office: a picker, not a raw code ------------------------------------


@pytest.fixture
def in_production(world, case):
    clerk, reviewer = world["users"]["sumida-clerk"], world["users"]["hachinohe-reviewer"]
    base._check_all(case, clerk)
    case = services.case_forward(case=case, actor=clerk)
    case = services.case_start_review(case=case, actor=reviewer)
    case = services.case_accept(case=case, actor=reviewer)
    case = services.case_order(case=case, actor=world["users"]["production-operator"])
    assert case.state == "in_production"
    return case


def test_change_pickup_picks_an_office_from_a_search(client, world, in_production):
    _client(client, world, "hachinohe-reviewer")
    page = client.get(reverse("console:case", args=[in_production.pk]))
    html = page.content.decode()
    assert 'name="pickup_q"' in html and 'type="text" name="pickup_office"' not in html
    found = client.get(reverse("console:case", args=[in_production.pk]), {"pickup_q": "台北"})
    assert found.context["pickup_results"][0]["code"] == "jtea-tw-taipei"
    assert 'type="radio" id="cp-jtea-tw-taipei" name="pickup_office"' in found.content.decode()
    # The current pickup office (Sumida) is not offered.
    assert "131075" in [r["code"] for r in views.office_search("墨田")]
    assert "131075" not in [r["code"] for r in views.pickup_choices("墨田", in_production)]
    response = client.post(
        reverse("console:case_action", args=[in_production.pk, "change_pickup"]),
        {"expected_version": in_production.version, "pickup_office": "jtea-tw-taipei"},
    )
    assert response.status_code == 302
    in_production.refresh_from_db()
    assert in_production.pickup_office.code == "jtea-tw-taipei"


def test_pickup_search_for_htmx_returns_radios(client, world, in_production):
    _client(client, world, "hachinohe-reviewer")
    response = client.get(
        reverse("console:offices_search"), {"q": "台北", "style": "radio"}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    assert 'type="radio"' in response.content.decode()
    assert "jtea-tw-taipei" in response.content.decode()


def test_intake_records_the_planned_departure_date(client, world):
    _client(client, world, "sumida-clerk")
    response = client.post(
        reverse("console:intake"), base._intake_data(departure_date="2030-01-15")
    )
    assert response.status_code == 302
    case = Case.objects.get()
    assert case.departure_date == dt.date(2030, 1, 15)
    page = client.get(reverse("console:case", args=[case.pk])).content.decode()
    assert "2030-01-15" in page


# --- a pre-registration is used up by the case opened from it -------------------------------


def test_the_case_opened_from_a_loaded_preregistration_uses_it_up(client, world):
    from test_portal_console_prereg import _prereg

    prereg = _prereg(given_name="花子", sex="female", email="hanako.kokugai@example.com")
    _client(client, world, "sumida-clerk")
    loaded = client.post(reverse("console:prereg_load"), {"code": prereg.code})
    assert loaded.status_code == 302
    prereg.refresh_from_db()
    assert prereg.used_at is None  # loading alone uses nothing up (a refresh is harmless)

    assert client.post(reverse("console:intake"), base._intake_data()).status_code == 302
    prereg.refresh_from_db()
    case = Case.objects.get()
    assert prereg.case_id == case.pk and prereg.used_at is not None
