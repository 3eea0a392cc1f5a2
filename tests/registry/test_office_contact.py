"""Issue 16 §2: offices carry a postal address, phone and opening hours (ja/en), edited by
the office's admin only (the check is in the service; audited ``office.update``), in the
console and in the Django admin; the demo offices get invented details, marked as such."""

from __future__ import annotations

import pytest
from django.urls import reverse

from kokugai.core.audit import AuditEntry
from kokugai.core.errors import Forbidden
from kokugai.registry import services as registry_services
from kokugai.registry.models import Office
from kokugai.rules.codes import OfficeKind

pytestmark = pytest.mark.django_db

OFFICES = [
    ("131075", OfficeKind.MUNICIPALITY, "東京都墨田区"),
    ("022039", OfficeKind.MUNICIPALITY, "青森県八戸市"),
    ("production", OfficeKind.PRODUCTION, "J-LIS 製造"),
    ("jtea-tw-taipei", OfficeKind.MISSION, "日本台湾交流協会台北事務所"),
]


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def world():
    offices = {
        code: Office.objects.get_or_create(code=code, defaults={"kind": kind, "name_ja": ja})[0]
        for code, kind, ja in OFFICES
    }
    users = registry_services.demo_staff_ensure(password="kokugai-admin-test")
    for o in offices.values():
        o.refresh_from_db()
    return {"offices": offices, "users": users}


def test_demo_offices_get_invented_details_marked_as_demo(world):
    sumida = world["offices"]["131075"]
    assert sumida.contact_is_demo and sumida.phone.startswith("03-0000")
    assert world["offices"]["production"].postal_address == ""
    contact = sumida.contact("en")
    assert "Sumida City" in contact.postal_address and contact.is_demo
    assert "Invented example data" in contact.text("en")
    assert "デモ用の架空の連絡先" in sumida.contact("ja").text("ja")
    # Never overwritten once an office has its own details.
    registry_services.office_contact_update(
        actor=world["users"]["sumida-admin"], office=sumida, phone="03-1111-2222"
    )
    registry_services.demo_staff_ensure(password="kokugai-admin-test")
    sumida.refresh_from_db()
    assert sumida.phone == "03-1111-2222" and not sumida.contact_is_demo


def test_office_admin_updates_their_office_audited(world):
    sumida = world["offices"]["131075"]
    registry_services.office_contact_update(
        actor=world["users"]["sumida-admin"],
        office=sumida,
        hours_text_ja="平日 9:00〜17:00",
        hours_text_en="Weekdays 9:00–17:00",
    )
    sumida.refresh_from_db()
    assert sumida.hours_text_ja == "平日 9:00〜17:00" and not sumida.contact_is_demo
    entry = AuditEntry.objects.get(action="office.update")
    assert entry.object_id == "131075" and entry.actor_label == "sumida-admin"
    assert entry.detail == {"fields": ["hours_text_en", "hours_text_ja"]}


@pytest.mark.parametrize("who", ["sumida-admin", "sumida-clerk", "hachinohe-reviewer"])
def test_nobody_else_changes_an_office(world, who):
    hachinohe = world["offices"]["022039"]
    target = hachinohe if who == "sumida-admin" else world["offices"]["131075"]
    if who == "hachinohe-reviewer":
        target = hachinohe  # staff of the office, but not its admin
    before = Office.objects.get(pk=target.pk).phone
    with pytest.raises(Forbidden):
        registry_services.office_contact_update(
            actor=world["users"][who], office=target, phone="099-999-9999"
        )
    assert Office.objects.get(pk=target.pk).phone == before
    assert AuditEntry.objects.filter(action="office.update_refused").count() == 1
    assert not AuditEntry.objects.filter(action="office.update").exists()


def test_only_contact_fields_can_be_changed(world):
    from kokugai.core.errors import ApplicationError

    with pytest.raises(ApplicationError) as exc:
        registry_services.office_contact_update(
            actor=world["users"]["kokugai-admin"], office=world["offices"]["131075"], code="x"
        )
    assert exc.value.code == "office_field_unknown"


def test_console_office_page_for_the_admin(client, world):
    client.force_login(world["users"]["sumida-admin"])
    page = client.get(reverse("console:office"))
    assert page.status_code == 200
    body = page.content.decode()
    assert 'id="office-demo"' in body and "03-0000-0130" in body
    r = client.post(
        reverse("console:office"),
        {
            "postal_address": "〒130-0001 東京都墨田区吾妻橋1-1-1",
            "postal_address_en": "1-1-1 Azumabashi, Sumida City, Tokyo",
            "phone": "03-1234-5678",
            "email": "",
            "website": "",
            "hours_text_ja": "平日 8:30〜17:00",
            "hours_text_en": "Weekdays 8:30–17:00",
        },
    )
    assert r.status_code == 302
    sumida = Office.objects.get(code="131075")
    assert sumida.phone == "03-1234-5678" and not sumida.contact_is_demo
    assert AuditEntry.objects.filter(action="office.update", object_id="131075").exists()
    bad = client.post(reverse("console:office"), {"email": "not-an-address"})
    assert bad.status_code == 400 and 'id="error-summary"' in bad.content.decode()


def test_console_office_page_refuses_a_clerk(client, world):
    client.force_login(world["users"]["sumida-clerk"])
    assert client.get(reverse("console:office")).status_code == 403
    r = client.post(reverse("console:office"), {"phone": "099-999-9999"})
    assert r.status_code == 403
    assert Office.objects.get(code="131075").phone == "03-0000-0130"


def test_django_admin_change_goes_through_the_service(client, world):
    sumida = world["offices"]["131075"]
    client.force_login(world["users"]["sumida-admin"])
    page = client.get(reverse("admin:registry_office_change", args=[sumida.pk]))
    form = page.context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and k in form.fields}
    for formset in page.context["inline_admin_formsets"]:
        fs = formset.formset
        data[f"{fs.prefix}-TOTAL_FORMS"] = "0"
        data[f"{fs.prefix}-INITIAL_FORMS"] = "0"
    data["phone"] = "03-9999-0000"
    r = client.post(reverse("admin:registry_office_change", args=[sumida.pk]), data)
    assert r.status_code == 302, r.context["errors"] if r.context else ""
    sumida.refresh_from_db()
    assert sumida.phone == "03-9999-0000" and not sumida.contact_is_demo
    entry = AuditEntry.objects.get(action="office.update")
    assert entry.detail == {"fields": ["phone"]}


def test_the_console_links_the_office_page_for_its_admin_only(client, world):
    client.force_login(world["users"]["sumida-admin"])
    assert 'href="/console/office/"' in client.get(reverse("console:account")).content.decode()
    client.force_login(world["users"]["sumida-clerk"])
    assert 'href="/console/office/"' not in client.get(reverse("console:account")).content.decode()


# --- opening hours from the weekly rows when there is no text (OfficeContact, the include) ---


def _hours(office: Office, blocks, days=range(5), *, default=False, keep=False) -> None:
    import datetime as dt

    from kokugai.registry.models import OpeningHours

    if not keep:
        OpeningHours.objects.filter(office=office).delete()
    for d in days:
        for o, c in blocks:
            OpeningHours.objects.create(
                office=office,
                weekday=d,
                opens=dt.time(*o),
                closes=dt.time(*c),
                is_default=default,
            )


def test_without_hours_text_the_weekly_rows_are_shown_per_language():
    o = Office.objects.create(
        code="jtea-tw-taipei", kind=OfficeKind.MISSION, name_ja="台北事務所", name_en="Taipei"
    )
    _hours(o, [((9, 30), (12, 30)), ((14, 0), (16, 30))])
    _hours(o, [((9, 0), (12, 0))], days=[5], keep=True)
    ja = o.contact("ja")
    en = o.contact("en")
    assert ja.hours.splitlines() == ["月〜金 9:30〜12:30、14:00〜16:30", "土 9:00〜12:00"]
    assert en.hours.splitlines() == [
        "Monday to Friday 9:30–12:30 and 14:00–16:30",
        "Saturday 9:00–12:00",
    ]
    assert "受付時間: 月〜金 9:30〜12:30、14:00〜16:30 土 9:00〜12:00" in ja.text("ja")
    assert "Opening hours: Monday to Friday" in en.text("en")
    # The office's own text still wins.
    o.hours_text_ja, o.hours_text_en = "平日 9:00〜17:00", "Weekdays 9:00–17:00"
    assert o.contact("ja").hours == "平日 9:00〜17:00"
    assert o.contact("en").hours == "Weekdays 9:00–17:00"


def test_default_hours_from_setup_say_they_are_the_usual_hours_and_show_in_the_include():
    from django.template import Context, Template
    from django.utils import translation

    o = Office.objects.create(code="022039", kind=OfficeKind.MUNICIPALITY, name_ja="青森県八戸市")
    _hours(o, [((8, 30), (17, 15))], default=True)
    assert o.contact("ja").hours.splitlines() == [
        "月〜金 8:30〜17:15",
        "（一般的な受付時間です。お出かけの前に窓口に確認してください）",
    ]
    tpl = Template("{% load kokugai %}{% office_contact office %}")
    with translation.override("en"):
        html = tpl.render(Context({"office": o}))
    assert "Monday to Friday 8:30–17:15" in html and "usual hours" in html
    # English names the municipality in English with the kanji beside it (§8).
    assert "Hachinohe City, Aomori (青森県八戸市)" in html
    with translation.override("ja"):
        html = tpl.render(Context({"office": o}))
    assert "月〜金 8:30〜17:15" in html


def test_english_names_a_municipality_without_an_english_name_in_english():
    o = Office(code="022039", kind=OfficeKind.MUNICIPALITY, name_ja="青森県八戸市")
    assert o.name("en") == "Hachinohe City, Aomori (青森県八戸市)"
    assert o.contact("en").name == "Hachinohe City, Aomori (青森県八戸市)"
    assert o.name("ja") == "青森県八戸市"
    o.name_en = "Hachinohe City Office, Aomori"
    assert o.name("en") == "Hachinohe City Office, Aomori"  # what the office put on file
