"""Issue 15: the console staff prefer to paper.

§1 the checklist (items the system knows, "mark all", the actions panel refreshed with it,
with and without JavaScript); §5 the production centre's console by batch (and its
attacks); §6 the intake page (autofocus, reload) and the applicant's reply on top; §7 the
review starts when the reviewer opens the case from the review queue.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache
from django.urls import reverse

from kokugai.cases import services
from kokugai.cases.models import Case, CaseEvent
from kokugai.cases.system_checks import system_checked_codes
from kokugai.core.errors import ApplicationError
from kokugai.core.models import AuditEntry, User
from kokugai.people.services import person_create
from kokugai.registry import services as registry_services
from kokugai.registry.models import Office, StaffProfile, StaffRole
from kokugai.rules.codes import Channel, OfficeKind, Procedure

pytestmark = pytest.mark.django_db

PASSWORD = "kokugai-demo-test"
JST = ZoneInfo("Asia/Tokyo")
OFFICES = [
    ("131075", OfficeKind.MUNICIPALITY, "東京都墨田区", "Sumida City Office, Tokyo", "Asia/Tokyo"),
    ("022039", OfficeKind.MUNICIPALITY, "青森県八戸市", "Hachinohe City Office", "Asia/Tokyo"),
    ("production", OfficeKind.PRODUCTION, "J-LIS 製造", "J-LIS production", "Asia/Tokyo"),
    (
        "jtea-tw-taipei",
        OfficeKind.MISSION,
        "日本台湾交流協会台北事務所",
        "JTEA Taipei",
        "Asia/Taipei",
    ),
]


@pytest.fixture(autouse=True)
def _fast(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def world():
    offices = {}
    for code, kind, ja, en, tz in OFFICES:
        offices[code], _ = Office.objects.get_or_create(
            code=code, defaults={"kind": kind.value, "name_ja": ja, "name_en": en, "timezone": tz}
        )
    users = registry_services.demo_staff_ensure(password=PASSWORD)
    return {"offices": offices, "users": users}


def _person(world, *, verified: bool = True, n: int = 0):
    return person_create(
        actor=None,
        family_name="国外",
        given_name=f"太郎{n or ''}",
        family_name_kana="コクガイ",
        given_name_kana="タロウ",
        family_name_romaji="KOKUGAI",
        given_name_romaji="TARO",
        birth_date=dt.date(1990, 4, 1),
        sex="male",
        nationalities=["JP"],
        honseki=world["offices"]["022039"],
        email=f"taro{n}.kokugai@example.com",
        email_verified_at=dt.datetime(2026, 11, 2, 9, 0, tzinfo=JST) if verified else None,
        country="TW",
        city="Taipei",
        timezone="Asia/Taipei",
    )


def _open(world, **kw) -> Case:
    return services.case_open(
        person=_person(world, **kw),
        procedure=Procedure.NEW_ISSUANCE,
        channel=Channel.MUNICIPALITY_VISIT,
        intake_office=world["offices"]["131075"],
        actor=world["users"]["sumida-clerk"],
    )


@pytest.fixture
def case(world):
    return _open(world)


def _login(client, world, username):
    client.force_login(world["users"][username])
    return client


def _to(case: Case, world, target: str) -> Case:
    """Drive ``case`` through the services to ``target`` (received → … → in_production)."""
    u = world["users"]
    steps = [
        ("forward", "sumida-clerk", {}),
        ("start_review", "hachinohe-reviewer", {}),
        ("accept", "hachinohe-reviewer", {}),
        ("order", "production-operator", {}),
        ("ship", "production-operator", {}),
    ]
    if case.state == "received":
        services.checklist_check_all(case=case, actor=u["sumida-clerk"])
    for name, who, params in steps:
        if case.state == target:
            break
        case = services.case_transition(case=case, name=name, actor=u[who], **params)
    assert case.state == target
    return case


# --- §1 the checklist ------------------------------------------------------------------


def test_items_the_system_knows_are_checked_with_their_evidence(client, world, case):
    assert system_checked_codes(case) == {"email_address", "honseki_known", "pickup_place", "fee"}
    html = _login(client, world, "sumida-clerk").get(reverse("console:case", args=[case.pk]))
    html = html.content.decode()
    for code in ("email_address", "honseki_known", "pickup_place", "fee"):
        assert f'id="check-{code}" data-system="1"' in html, code
        # Not clickable: no form posts to that item.
        assert reverse("console:case_checklist", args=[case.pk, code]) not in html, code
    assert "確認済み（メール確認 2026-11-02）" in html
    assert "本籍地の記録: 青森県八戸市 022039" in html
    # The others are the clerk's to tick.
    assert reverse("console:case_checklist", args=[case.pk, "passport"]) in html


def test_an_unverified_email_is_left_to_the_clerk(client, world):
    case = _open(world, verified=False)
    assert "email_address" not in system_checked_codes(case)
    html = _login(client, world, "sumida-clerk").get(reverse("console:case", args=[case.pk]))
    assert reverse("console:case_checklist", args=[case.pk, "email_address"]) in (
        html.content.decode()
    )


def test_system_checked_items_satisfy_the_forward_guard(world, case):
    clerk = world["users"]["sumida-clerk"]
    known = system_checked_codes(case)
    for entry in case.checklist.filter(required=True).exclude(code__in=known):
        services.checklist_check(case=case, code=entry.code, actor=clerk)
    assert case.checklist.filter(required=True, checked_at=None).exists()  # the system's
    case = services.case_transition(case=case, name="forward", actor=clerk)
    assert case.state == "at_honseki"


def test_mark_all_without_javascript_redirects_to_the_case_with_the_same_result(
    client, world, case
):
    _login(client, world, "sumida-clerk")
    page = client.get(reverse("console:case", args=[case.pk])).content.decode()
    assert 'id="checklist-all"' in page and 'data-action="forward"' not in page
    response = client.post(reverse("console:case_checklist_all", args=[case.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("console:case", args=[case.pk]) + "#checklist"
    open_items = case.checklist.filter(required=True, checked_at=None).exclude(
        code__in=system_checked_codes(case)
    )
    assert not open_items.exists()
    rows = AuditEntry.objects.filter(action="case.checklist_check", object_id=str(case.pk))
    ticked = case.checklist.exclude(checked_at=None)
    assert rows.count() == ticked.count() >= 3
    assert len({r.detail["batch"] for r in rows}) == 1  # one batch, one row per item
    assert {r.detail["code"] for r in rows} == set(ticked.values_list("code", flat=True))
    page = client.get(response["Location"]).content.decode()
    assert "k-notice--success" in page
    assert 'data-action="forward"' in page  # the step the checklist blocked is offered
    assert 'id="checklist-all"' not in page  # nothing left to mark


def test_mark_all_with_htmx_refreshes_the_actions_panel_out_of_band(client, world, case):
    _login(client, world, "sumida-clerk")
    response = client.post(
        reverse("console:case_checklist_all", args=[case.pk]), headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert '<section class="k-panel" id="checklist"' in html
    assert 'id="actions" aria-labelledby="h-actions" hx-swap-oob="true"' in html
    assert 'data-action="forward"' in html
    assert 'id="k-live" hx-swap-oob="innerHTML"' in html


def test_one_tick_with_htmx_also_refreshes_the_actions_panel(client, world, case):
    clerk = world["users"]["sumida-clerk"]
    _login(client, world, "sumida-clerk")
    known = system_checked_codes(case)
    todo = list(case.checklist.filter(required=True).exclude(code__in=known).order_by("position"))
    for entry in todo[:-1]:
        services.checklist_check(case=case, code=entry.code, actor=clerk)
    last = todo[-1]
    url = reverse("console:case_checklist", args=[case.pk, last.code])
    html = client.post(url, {"checked": "1"}, headers={"HX-Request": "true"}).content.decode()
    assert 'hx-swap-oob="true"' in html and 'data-action="forward"' in html
    # Undo: the panel says the step is blocked again.
    html = client.post(url, {"checked": "0"}, headers={"HX-Request": "true"}).content.decode()
    assert 'data-action="forward"' not in html and 'class="k-blocked"' in html


def test_mark_all_is_the_intake_clerks_only(world, case):
    # The 本籍地's reviewer sees the case but the checklist is the intake counter's.
    case = Case.objects.get(pk=case.pk)
    assert services.checklist_check_all(case=case, actor=world["users"]["hachinohe-reviewer"]) == []
    assert not case.checklist.exclude(checked_at=None).exists()
    with pytest.raises(ApplicationError) as exc:
        services.checklist_check_all(case=case, actor=world["users"]["taipei-clerk"])
    assert exc.value.status == 403


# --- §5 the production centre ------------------------------------------------------------


def test_the_production_operator_sees_only_its_work(client, world, case):
    _to(case, world, "in_production")
    _login(client, world, "production-operator")
    home = client.get(reverse("console:home"))
    assert home.status_code == 302 and home["Location"] == reverse("console:production")
    html = client.get(reverse("console:production")).content.decode()
    assert case.receipt_number in html and 'data-batch="ship-131075"' in html
    assert reverse("console:intake") not in html  # no 新規受付 in its navigation
    assert reverse("console:prereg_load") not in html
    assert client.get(reverse("console:queue", args=["received"])).status_code == 404
    assert client.get(reverse("console:queue", args=["to_ship"])).status_code == 200
    assert client.get(reverse("console:intake")).status_code == 403
    # And the counter's staff do not get the production page.
    _login(client, world, "sumida-clerk")
    assert client.get(reverse("console:production")).status_code == 403


def test_ship_a_whole_batch_each_case_its_own_audited_transition(client, world):
    cases = [_to(_open(world, n=i), world, "in_production") for i in range(1, 4)]
    _login(client, world, "production-operator")
    before = AuditEntry.objects.filter(action="case.transition").count()
    response = client.post(
        reverse("console:production_batch"),
        {"step": "ship", "whole": "1", "all": [c.pk for c in cases], "tracking_number": "EJ1"},
        follow=True,
    )
    assert response.status_code == 200
    assert "3件のカードを発送しました。" in response.content.decode()
    for c in cases:
        c.refresh_from_db()
        assert c.state == "shipped"
        ev = CaseEvent.objects.get(case=c, transition="ship")
        assert ev.actor == world["users"]["production-operator"]
        assert ev.data.get("tracking_number") == "EJ1"
    assert AuditEntry.objects.filter(action="case.transition").count() == before + 3
    batch = AuditEntry.objects.get(action="case.batch_transition")
    assert sorted(batch.detail["moved"]) == sorted(c.pk for c in cases)


def test_ticked_cases_only_and_a_case_that_cannot_move_is_reported(client, world):
    a, b, c = (_to(_open(world, n=i), world, "in_production") for i in range(1, 4))
    # b was shipped meanwhile (another operator, another tab).
    services.case_transition(case=b, name="ship", actor=world["users"]["production-operator"])
    _login(client, world, "production-operator")
    response = client.post(
        reverse("console:production_batch"),
        {"step": "ship", "case": [a.pk, b.pk], "all": [a.pk, b.pk, c.pk]},
        follow=True,
    )
    html = response.content.decode()
    assert "k-notice--error" in html and b.receipt_number in html
    assert "transition_not_allowed" in html
    states = {x.pk: Case.objects.get(pk=x.pk).state for x in (a, b, c)}
    assert states == {a.pk: "shipped", b.pk: "shipped", c.pk: "in_production"}
    assert CaseEvent.objects.filter(case=b, transition="ship").count() == 1


def test_attack_an_intake_clerk_cannot_batch_ship(client, world, case):
    case = _to(case, world, "in_production")
    with pytest.raises(ApplicationError) as exc:
        services.cases_transition_batch(
            name="ship", case_ids=[case.pk], actor=world["users"]["sumida-clerk"]
        )
    assert exc.value.code == "role_not_allowed" and exc.value.status == 403
    _login(client, world, "sumida-clerk")
    response = client.post(reverse("console:production_batch"), {"step": "ship", "case": [case.pk]})
    assert response.status_code == 403
    assert Case.objects.get(pk=case.pk).state == "in_production"


def test_attack_an_operator_cannot_act_on_another_centres_cases(world, case):
    case = _to(case, world, "in_production")
    other = Office.objects.create(
        code="production-west", kind=OfficeKind.PRODUCTION.value, name_ja="西製造", name_en="West"
    )
    operator = User.objects.create_user(username="west-operator", password="x-Unused-123")
    StaffProfile.objects.create(user=operator, office=other, role=StaffRole.PRODUCER)
    outcomes = services.cases_transition_batch(name="ship", case_ids=[case.pk], actor=operator)
    assert [(o.ok, o.code) for o in outcomes] == [(False, "not_found")]
    assert Case.objects.get(pk=case.pk).state == "in_production"
    assert AuditEntry.objects.filter(action="case.read_denied", actor=operator).exists()
    # Nor a step that is not a batch step.
    with pytest.raises(ApplicationError):
        services.cases_transition_batch(
            name="accept", case_ids=[case.pk], actor=world["users"]["production-operator"]
        )


def test_take_orders_by_batch(client, world):
    cases = [_to(_open(world, n=i), world, "accepted") for i in range(1, 3)]
    _login(client, world, "production-operator")
    html = client.get(reverse("console:production")).content.decode()
    assert 'data-batch="order-' in html
    client.post(
        reverse("console:production_batch"),
        {"step": "order", "whole": "1", "all": [c.pk for c in cases]},
    )
    for c in cases:
        c.refresh_from_db()
        assert c.state == "in_production" and len(c.application_id) == 23


# --- §6 intake and the applicant's reply ------------------------------------------------------


def test_the_intake_page_focuses_the_pre_registration_code(client, world):
    html = _login(client, world, "sumida-clerk").get(reverse("console:intake")).content.decode()
    assert 'id="prereg-code" name="code"' in html
    field = html[html.index('id="prereg-code"') :]
    assert "autofocus" in field[: field.index(">")]
    assert html.count("autofocus") == 1


def test_the_applicants_reply_is_on_top_while_the_case_waits_for_review(client, world, case):
    reviewer = world["users"]["hachinohe-reviewer"]
    case = _to(case, world, "under_review")
    case = services.case_transition(
        case=case, name="request_correction", actor=reviewer, text="本籍の番地をご確認ください。"
    )
    _login(client, world, "hachinohe-reviewer")
    html = client.get(reverse("console:case", args=[case.pk])).content.decode()
    assert 'id="applicant-reply"' not in html  # waiting for the applicant, not for review
    services.case_applicant_replied(case=case, text="番地を訂正しました。")
    html = client.get(reverse("console:case", args=[case.pk])).content.decode()
    top = html.index('id="applicant-reply"')
    assert top < html.index('id="h-summary"') and top < html.index('id="history"')
    assert "番地を訂正しました。" in html[top : html.index('id="h-summary"')]
    assert "本籍の番地をご確認ください。" in html[top : html.index('id="h-summary"')]
    case = services.case_transition(
        case=Case.objects.get(pk=case.pk), name="accept", actor=reviewer
    )
    html = client.get(reverse("console:case", args=[case.pk])).content.decode()
    assert 'id="applicant-reply"' not in html


# --- §7 opening a case from the review queue starts the review ---------------------------------


def test_opening_from_the_review_queue_starts_the_review(client, world, case):
    case = _to(case, world, "at_honseki")
    _login(client, world, "hachinohe-reviewer")
    queue = client.get(reverse("console:queue", args=["to_review"])).content.decode()
    assert reverse("console:case_open_review", args=[case.pk]) in queue
    # A GET of the case page changes nothing.
    client.get(reverse("console:case", args=[case.pk]))
    assert Case.objects.get(pk=case.pk).state == "at_honseki"
    response = client.post(
        reverse("console:case_open_review", args=[case.pk]), {"expected_version": case.version}
    )
    assert response["Location"] == reverse("console:case", args=[case.pk])
    case.refresh_from_db()
    assert case.state == "under_review"
    ev = case.events.order_by("-seq").first()
    assert ev.transition == "start_review" and ev.actor == world["users"]["hachinohe-reviewer"]
    assert "review started on opening" in ev.note
    # Opening it again only opens it.
    again = client.post(
        reverse("console:case_open_review", args=[case.pk]), {"expected_version": case.version}
    )
    assert again.status_code == 302
    assert case.events.filter(transition="start_review").count() == 1


def test_open_review_is_not_for_other_roles(client, world, case):
    case = _to(case, world, "at_honseki")
    _login(client, world, "sumida-clerk")  # intake office: sees the case, does not review
    client.post(reverse("console:case_open_review", args=[case.pk]))
    assert Case.objects.get(pk=case.pk).state == "at_honseki"
    _login(client, world, "taipei-clerk")  # not involved at all
    assert client.post(reverse("console:case_open_review", args=[case.pk])).status_code == 404
