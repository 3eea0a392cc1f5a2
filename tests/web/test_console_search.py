"""The console search box (issue 15.3): scoped to the office, audited, tolerant of
full-width input and hyphens, exact on IDs, prefix on kana (either script) and name,
birth date in any form; one hit opens the case."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from test_console import _client, _fast_passwords_and_clean_cache, case, world

from kokugai.cases.models import Case
from kokugai.cases.search import search_q
from kokugai.core.models import AuditEntry
from kokugai.rules.checkdigits import make_application_id

pytestmark = pytest.mark.django_db
__all__ = ["_fast_passwords_and_clean_cache", "case", "world"]  # fixtures


def _wide(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def _search(client, q):
    return client.get(reverse("console:search"), {"q": q})


@pytest.mark.parametrize(
    "typed",
    [
        "{r}",
        "{r_lower}",
        "{r_wide}",
        "{r_nohyphen}",
        "こくがい",
        "コクガイ",
        "ｺｸｶﾞｲ",
        "コクガ",
        "コクガイ タロ",
        "国外",
        "国外　太郎",
        "1990-04-01",
        "平成2年4月1日",
        "H2.4.1",
        "１９９０／４／１",
    ],
)
def test_each_way_of_typing_opens_the_case(client, world, case, typed):
    r = case.receipt_number
    typed = typed.format(
        r=r, r_lower=r.lower(), r_wide=_wide(r).replace("－", "ー"), r_nohyphen=r.replace("-", "")
    )
    _client(client, world, "sumida-clerk")
    response = _search(client, typed)
    assert response.status_code == 302, typed
    assert response["Location"] == reverse("console:case", args=[case.pk])


def test_application_id_is_an_exact_match(client, world, case):
    aid = make_application_id(1, dt.date(2025, 11, 1))
    Case.objects.filter(pk=case.pk).update(application_id=aid)
    assert search_q(aid)[0] == "application_id"
    _client(client, world, "sumida-clerk")
    spaced = " ".join(aid[i : i + 4] for i in range(0, len(aid), 4))
    assert _search(client, _wide(spaced))["Location"].endswith(f"/cases/{case.pk}/")
    # A prefix of an ID is not an ID: no partial matches on numbers.
    assert _search(client, aid[:-1]).status_code == 200


def test_another_office_finds_nothing_and_it_is_audited(client, world, case):
    _client(client, world, "taipei-clerk")
    response = _search(client, case.receipt_number)
    assert response.status_code == 200
    assert f"/console/cases/{case.pk}/" not in response.content.decode()
    entry = AuditEntry.objects.filter(action="case.search").latest("pk")
    assert entry.detail == {"kind": "receipt", "hits": 0}
    # The text typed (maybe a name or a birth date) is never written to the audit log.
    assert "コクガイ" not in str(AuditEntry.objects.filter(action="case.search").values())


def test_a_wrong_check_digit_looks_nothing_up(client, world, case):
    r = case.receipt_number
    wrong = r[:-1] + str((int(r[-1]) + 1) % 10)
    _client(client, world, "sumida-clerk")
    assert _search(client, wrong).status_code == 200
    assert AuditEntry.objects.filter(action="case.search").latest("pk").detail["kind"] == "invalid"


def test_several_hits_are_listed_with_masked_names(client, world, case):
    from kokugai.cases import services
    from kokugai.rules.codes import Channel, Procedure

    services.case_open(
        person=case.person,
        procedure=Procedure.NEW_ISSUANCE,
        channel=Channel.MUNICIPALITY_VISIT,
        intake_office=world["offices"]["131075"],
        actor=world["users"]["sumida-clerk"],
    )
    _client(client, world, "sumida-clerk")
    html = _search(client, "コクガイ").content.decode()
    assert html.count("/console/cases/") >= 2
    assert "国＊" in html and "太郎" not in html.split("<main")[1]


def test_the_search_box_is_on_every_console_page(client, world, case):
    _client(client, world, "sumida-clerk")
    for url in (reverse("console:home"), reverse("console:case", args=[case.pk])):
        assert 'role="search"' in client.get(url).content.decode()


def test_one_query_for_the_lookup(client, world, case):
    from kokugai.cases.search import case_search

    user = world["users"]["sumida-clerk"]
    with CaptureQueriesContext(connection) as ctx:
        case_search(user, "コクガイ")
    selects = [q["sql"] for q in ctx.captured_queries if "cases_case" in q["sql"]]
    assert len(selects) == 1 and "LIMIT" in selects[0]
