"""`kokugai setup`: every office from the reference data, defaults, demo staff; idempotent."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from kokugai.cases.models import Case
from kokugai.core.models import User
from kokugai.registry.models import Counter, Office, OpeningHours
from kokugai.registry.services import offices_load
from kokugai.rules import offices as reference


@pytest.mark.django_db
def test_offices_load_is_complete_and_idempotent():
    first = offices_load()
    stats = reference.stats()
    expected = stats["municipalities"] + stats["wards"] + stats["missions"] + 1
    assert first.offices_created == Office.objects.count() == expected
    sumida = Office.objects.get(code="131075")
    assert (sumida.kind, sumida.name_ja, sumida.timezone) == (
        "municipality",
        "東京都墨田区",
        "Asia/Tokyo",
    )
    counters = {c.code: (c.name_ja, c.floor) for c in sumida.counters.all()}
    assert counters == {
        "card-pickup": ("マイナンバーカード受取窓口", "2F"),
        "cert-renewal": ("電子証明書更新窓口", "1F"),
    }
    taipei = Office.objects.get(code="jtea-tw-taipei")
    assert (taipei.kind, taipei.timezone) == ("mission", "Asia/Taipei")
    blocks = list(taipei.opening_hours.filter(weekday=0).values_list("opens", "closes"))
    assert [(o.strftime("%H:%M"), c.strftime("%H:%M")) for o, c in blocks] == [
        ("09:30", "12:30"),
        ("14:00", "16:30"),
    ]
    assert not sumida.opening_hours.filter(weekday__gte=5).exists()
    assert OpeningHours.objects.filter(is_default=False).count() == 0
    production = Office.objects.get(code="production")
    assert production.name_ja == "地方公共団体情報システム機構 (J-LIS) 個人番号カード製造"

    # An admin edits hours; a second load keeps them and creates nothing.
    sumida.opening_hours.update(is_default=False)
    again = offices_load()
    assert (again.offices_created, again.hours_created, again.counters_created) == (0, 0, 0)
    assert sumida.opening_hours.filter(is_default=False).exists()
    assert Counter.objects.filter(office=sumida).count() == 2


@pytest.mark.django_db
def test_setup_creates_demo_staff_and_story_once(monkeypatch):
    monkeypatch.setenv("KOKUGAI_DEMO_PASSWORD", "an-invented-test-password")
    out = io.StringIO()
    call_command("setup", verbosity=0, stdout=out)
    call_command("setup", verbosity=0, stdout=out)
    clerk = User.objects.get(username="sumida-clerk")
    assert clerk.check_password("an-invented-test-password")
    assert clerk.staff.office.code == "131075"
    assert User.objects.get(username="hachinohe-reviewer").has_perm("people.reveal_mynumber")
    assert Case.objects.count() == 1 and Case.objects.get().state == "issued"


@pytest.mark.django_db
def test_setup_without_password_outside_debug_refuses_demo(monkeypatch, settings):
    monkeypatch.delenv("KOKUGAI_DEMO_PASSWORD", raising=False)
    settings.DEBUG = False
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("setup", verbosity=0, stdout=io.StringIO())
    assert not User.objects.filter(username="sumida-clerk").exists()
    call_command("setup", "--no-demo", verbosity=0, stdout=io.StringIO())
