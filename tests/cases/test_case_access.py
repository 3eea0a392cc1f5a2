"""Office scoping: who sees a case, "not found" for everyone else, an audit row per read."""

from __future__ import annotations

import pytest

from factories import CaseFactory, StaffFactory
from kokugai.cases import selectors
from kokugai.cases.access import access_case_by_id, access_case_by_receipt, office_roles
from kokugai.core.errors import NotFound
from kokugai.core.models import AuditEntry
from kokugai.rules.codes import OfficeRole

pytestmark = pytest.mark.django_db


def _sees(user, case) -> bool:
    try:
        access_case_by_id(user, case.pk, why="test")
    except NotFound:
        return False
    return True


def test_each_role_sees_the_case_production_only_once_accepted():
    case = CaseFactory(under_review=True)
    cast = CaseFactory.cast_of(case)
    assert _sees(cast.staff["intake"], case)
    assert _sees(cast.staff["honseki"], case)
    assert _sees(cast.staff["pickup"], case)
    assert not _sees(cast.staff["production"], case)
    assert not _sees(cast.staff["other"], case)
    from kokugai.cases import services

    # Accepting sends the order to the production centre, which takes it from there.
    services.case_accept(case=case, actor=cast.staff["honseki"])
    assert _sees(cast.staff["production"], case)
    assert office_roles(case, cast.offices["production"]) == {OfficeRole.PRODUCTION}


def test_out_of_scope_is_indistinguishable_from_missing():
    case = CaseFactory()
    stranger = CaseFactory.cast_of(case).staff["other"]
    with pytest.raises(NotFound) as hidden:
        access_case_by_receipt(stranger, case.receipt_number, why="x")
    with pytest.raises(NotFound) as missing:
        access_case_by_receipt(stranger, "R2025-999999-0", why="x")
    with pytest.raises(NotFound) as malformed:
        access_case_by_receipt(stranger, "R2025-000001-0", why="x")
    assert hidden.value.as_dict() == missing.value.as_dict() == malformed.value.as_dict()
    assert hidden.value.status == 404


def test_account_without_office_sees_nothing():
    case = CaseFactory()
    from factories import UserFactory

    assert not _sees(UserFactory(), case)


def test_every_read_and_refusal_is_audited():
    case = CaseFactory()
    cast = CaseFactory.cast_of(case)
    before = AuditEntry.objects.count()
    access_case_by_id(cast.staff["intake"], case.pk, why="console.case_page")
    row = AuditEntry.objects.order_by("-id").first()
    assert (row.action, row.object_id, row.office_code, row.reason) == (
        "case.read",
        str(case.pk),
        cast.offices["intake"].code,
        "console.case_page",
    )
    assert row.actor == cast.staff["intake"]
    with pytest.raises(NotFound):
        access_case_by_id(cast.staff["other"], case.pk, why="curious")
    row = AuditEntry.objects.order_by("-id").first()
    assert (row.action, row.office_code) == ("case.read_denied", cast.offices["other"].code)
    assert AuditEntry.objects.count() == before + 2


def test_queues_per_office_and_role():
    under_review = CaseFactory(under_review=True)
    cast = CaseFactory.cast_of(under_review)
    assert list(selectors.case_queue(cast.offices["honseki"], "to_review")) == [under_review]
    assert not selectors.case_queue(cast.offices["intake"], "to_review").exists()
    counts = selectors.case_queue_counts(cast.offices["pickup"])
    assert set(counts) == set(selectors.QUEUES) and counts["ready_for_pickup"] == 0
    shipped = CaseFactory(shipped=True)
    c2 = CaseFactory.cast_of(shipped)
    assert list(selectors.case_queue(c2.offices["pickup"], "arriving")) == [shipped]
    assert list(selectors.case_queue(c2.offices["production"], "to_ship")) == []
    assert selectors.case_queue_counts(c2.offices["other"]) == dict.fromkeys(selectors.QUEUES, 0)


def test_overdue_lists_cases_past_deadline(settings):
    import datetime as dt

    from kokugai.core import clock

    case = CaseFactory(ready_for_pickup=True)
    pickup = CaseFactory.cast_of(case).offices["pickup"]
    assert case not in selectors.case_queue(pickup, "overdue")
    with clock.frozen(clock.now() + dt.timedelta(days=400)):
        assert case in selectors.case_queue(pickup, "overdue")


def test_case_actions_only_what_this_role_may_do_now():
    case = CaseFactory(ready_for_pickup=True)
    cast = CaseFactory.cast_of(case)
    names = lambda user: sorted(t.name for t in selectors.case_actions(case, user))  # noqa: E731
    assert names(cast.staff["pickup"]) == ["change_pickup", "hand_over"]
    assert names(cast.staff["honseki"]) == ["change_pickup", "withdraw"]
    assert names(cast.staff["production"]) == []
    assert names(cast.staff["other"]) == []
    assert names(StaffFactory().user) == []


def test_history_newest_first():
    case = CaseFactory(accepted=True)
    history = selectors.case_history(case)
    assert [e.seq for e in history] == list(range(case.version, 0, -1))
    assert history[-1].transition == "open"
