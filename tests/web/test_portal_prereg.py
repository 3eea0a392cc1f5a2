"""Pre-registration: the form, the email link, the code with its check character, loading
once at the counter, and the purge."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from hypothesis import given
from hypothesis import strategies as st
from prereg_walk import walk

from kokugai.core import clock
from kokugai.core.errors import ApplicationError, NotFound
from kokugai.core.models import AuditEntry
from kokugai.notifications.delivery import deliver_pending
from kokugai.notifications.models import Notification
from kokugai.web.models import PreRegistration
from kokugai.web.portal import prereg

FORM = {
    "channel": "mission_mail",
    "family_name": "国外",
    "given_name": "太郎",
    "family_name_kana": "こくがい",
    "given_name_kana": "タロウ",
    "family_name_romaji": "Kokugai",
    "given_name_romaji": "Taro",
    "birth_date": "1990-04-01",
    "sex": "male",
    "honseki": "022039 青森県八戸市",
    "email": "taro@example.com",
    "country": "TW",
    "city": "Taipei",
    "timezone": "",
    "intake_office": "",
    "pickup_office": "",
    "with_certificates": "true",
}
NOW = dt.datetime(2025, 10, 1, 9, tzinfo=dt.UTC)


def _clerk(office_code: str = ""):
    """A counter clerk of the office with this code (a new office if none has it)."""
    from factories import OfficeFactory, StaffFactory
    from kokugai.registry.models import Office

    office = Office.objects.filter(code=office_code).first() if office_code else None
    return StaffFactory(
        office=office or OfficeFactory(**({"code": office_code} if office_code else {}))
    ).user


def _link(message) -> str:
    m = re.search(r"https?://\S+/preregister/verify/(\S+)/", message.body)
    assert m, message.body
    return m.group(1)


@pytest.fixture
def submitted(client, django_capture_on_commit_callbacks):
    with clock.frozen(NOW), django_capture_on_commit_callbacks(execute=True):
        r = walk(client, FORM)
    assert r.status_code == 302, r.content.decode()[:3000]
    deliver_pending()  # the link goes out through the notification outbox
    return PreRegistration.objects.get()


@pytest.mark.django_db
def test_form_stores_normalized_data_and_mails_a_link(submitted):
    p = submitted
    assert p.family_name_kana == "コクガイ"  # hiragana became katakana
    assert p.family_name_romaji == "KOKUGAI"
    assert p.honseki_code == "022039"
    # Mission by mail from Taipei: the office for the city is filled in, and the zone.
    assert p.intake_office_code == "jtea-tw-taipei" == p.pickup_office_code
    assert p.timezone == "Asia/Taipei"
    assert not p.is_verified
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["taro@example.com"]
    assert Notification.objects.get().template == "preregistration_verify"
    assert p.code not in mail.outbox[0].body  # the code is shown only after verification


@pytest.mark.django_db
def test_bad_input_is_reported_per_field(client):
    r = walk(client, {**FORM, "family_name_kana": "Kokugai"})
    assert r.status_code == 400
    body = r.content.decode()
    assert 'aria-describedby="id_family_name_kana_error"' in body
    r = walk(client, {**FORM, "honseki": "022038"})  # the check digit is wrong
    assert r.status_code == 400
    body = r.content.decode()
    assert not PreRegistration.objects.exists()
    ids = set(re.findall(r'\bid="([^"]+)"', body))
    described = re.findall(r'aria-describedby="([^"]+)"', body)
    # Each input names its help and its error; every name must be an element on the page.
    assert 'aria-describedby="id_honseki_helptext id_honseki_error"' in body
    for value in described:
        for ref in value.split():
            assert ref in ids, ref
    assert len(re.findall(r'\bid="id_honseki_error"', body)) == 1


@pytest.mark.django_db
def test_an_ambiguous_name_lists_the_candidates(client):
    r = walk(client, {**FORM, "honseki": "府中"})
    assert r.status_code == 400
    body = r.content.decode()
    # 東京都府中市 and 広島県府中市 both match: the citizen is shown the codes to choose from.
    assert "132063" in body and "342084" in body


@pytest.mark.django_db
def test_unverified_preregistration_cannot_be_loaded(submitted):
    with pytest.raises(NotFound):
        prereg.preregistration_load(submitted.code, actor=_clerk())


@pytest.mark.django_db
def test_verify_then_load_once(client, submitted):
    token = _link(mail.outbox[0])
    with clock.frozen(NOW + dt.timedelta(hours=1)):
        r = client.get(f"/preregister/verify/{token}/")
    assert r.status_code == 200
    body = r.content.decode()
    assert prereg.code_display(submitted.code) in body
    assert "<svg" in body  # the QR code, inline
    assert "application.pdf" in body  # mail channel: the filled-in form
    submitted.refresh_from_db()
    assert submitted.is_verified

    with clock.frozen(NOW + dt.timedelta(hours=2)):
        initial = prereg.preregistration_load(
            prereg.code_display(submitted.code).lower(),
            actor=_clerk("jtea-tw-taipei"),
            office_code="jtea-tw-taipei",
        )
        assert initial["family_name"] == "国外" and initial["honseki"] == "022039"
        assert initial["birth_date"] == dt.date(1990, 4, 1)
        assert initial["intake_office"] == "jtea-tw-taipei"
        assert "pin" not in " ".join(initial).lower()
        # Loading uses nothing up: a refresh at the same counter loads it again.
        again = prereg.preregistration_load(
            submitted.code, actor=_clerk("jtea-tw-taipei"), office_code="jtea-tw-taipei"
        )
        assert again == initial
    submitted.refresh_from_db()
    assert submitted.used_at is None and submitted.loaded_by_office == "jtea-tw-taipei"
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"preregistration.create", "preregistration.verify", "preregistration.load"} <= actions


def _verified(submitted):
    with clock.frozen(NOW):
        prereg.preregistration_verify(_link(mail.outbox[0]))
    submitted.refresh_from_db()
    return submitted


@pytest.mark.django_db
def test_another_office_waits_while_one_office_has_it_loaded(submitted):
    p = _verified(submitted)
    with clock.frozen(NOW + dt.timedelta(hours=1)):
        prereg.preregistration_load(p.code, actor=_clerk("131075"))
    with clock.frozen(NOW + dt.timedelta(hours=2)), pytest.raises(NotFound):
        prereg.preregistration_load(p.code, actor=_clerk("022039"))
    with clock.frozen(NOW + dt.timedelta(hours=1) + prereg.LOAD_RESERVED_FOR * 2):
        assert prereg.preregistration_load(p.code, actor=_clerk("022039"))["family_name"] == "国外"


@pytest.mark.django_db
def test_a_case_uses_it_up_once(submitted):
    from factories import CaseFactory

    p = _verified(submitted)
    case = CaseFactory()
    other = CaseFactory()
    with clock.frozen(NOW + dt.timedelta(hours=1)):
        prereg.preregistration_load(p.code, actor=_clerk(case.intake_office.code))
        prereg.preregistration_mark_used(code=prereg.code_display(p.code), case=case)
    p.refresh_from_db()
    assert p.case == case and p.used_at is not None
    assert p.used_by_office == case.intake_office.code
    with clock.frozen(NOW + dt.timedelta(hours=1)):
        with pytest.raises(NotFound):
            prereg.preregistration_load(p.code, actor=_clerk(case.intake_office.code))
        with pytest.raises(ApplicationError) as exc:
            prereg.preregistration_mark_used(code=p.code, case=other)
    assert exc.value.code == "prereg_used" and exc.value.status == 409
    assert AuditEntry.objects.filter(action="preregistration.use").count() == 1


@pytest.mark.django_db
def test_the_verify_link_does_not_carry_the_address(submitted):
    import base64
    import json
    import zlib

    from django.core import signing

    token = _link(mail.outbox[0])
    payload = signing.loads(token, salt=prereg.VERIFY_SALT)
    assert "taro@example.com" not in json.dumps(payload)
    raw = token.split(":")[0].lstrip(".")
    decoded = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))
    if token.startswith("."):
        decoded = zlib.decompress(decoded)
    assert b"taro@example.com" not in decoded and b"example" not in decoded
    # Still bound to the address: the same link is void once the address is different.
    PreRegistration.objects.filter(pk=submitted.pk).update(email="jiro@example.com")
    with pytest.raises(NotFound):
        prereg.preregistration_verify(token)


@pytest.mark.django_db
def test_a_forged_or_expired_link_is_refused(client, submitted):
    token = _link(mail.outbox[0])
    assert client.get(f"/preregister/verify/{token[:-2]}xx/").status_code == 404
    # Signed tokens carry the system time: travel with it.
    with time_machine.travel(dt.timedelta(days=8)), pytest.raises(ApplicationError) as exc:
        prereg.preregistration_verify(token)
    assert (exc.value.code, exc.value.status) == ("link_expired", 410)


@pytest.mark.django_db
def test_purge_deletes_old_and_used_preregistrations(submitted, settings):
    settings.KOKUGAI_PREREGISTRATION_DAYS = 30
    with clock.frozen(NOW + dt.timedelta(days=29)):
        assert prereg.preregistration_purge() == 0
    with clock.frozen(NOW + dt.timedelta(days=31)):
        call_command("purge", "--kind", "preregistrations", verbosity=0)
    assert not PreRegistration.objects.exists()


@pytest.mark.django_db
def test_a_used_preregistration_is_deleted_a_day_later(submitted):
    with clock.frozen(NOW):
        prereg.preregistration_verify(_link(mail.outbox[0]))
    from factories import CaseFactory

    case = CaseFactory()
    with clock.frozen(NOW + dt.timedelta(hours=1)):
        prereg.preregistration_load(submitted.code, actor=_clerk())
        assert prereg.preregistration_purge() == 0  # loaded, not used: kept
        prereg.preregistration_mark_used(code=submitted.code, case=case)
    with clock.frozen(NOW + dt.timedelta(hours=2)):
        assert prereg.preregistration_purge() == 0
    with clock.frozen(NOW + dt.timedelta(days=2)):
        assert prereg.preregistration_purge() == 1


@pytest.mark.django_db
def test_purge_task_runs(submitted):
    from kokugai.web.retention import purge_task

    with clock.frozen(NOW + dt.timedelta(days=31)):
        assert purge_task.call()["preregistrations"] == 1


@given(st.integers(min_value=0, max_value=prereg.BODY_LENGTH - 1), st.data())
def test_any_single_character_change_is_caught(pos, data):
    code = prereg.code_new()
    body = code[1:-1]
    other = data.draw(st.sampled_from([c for c in prereg.ALPHABET if c != body[pos]]))
    typo = "P" + body[:pos] + other + body[pos + 1 :] + code[-1]
    with pytest.raises(ApplicationError) as exc:
        prereg.code_normalize(typo)
    assert exc.value.code == "prereg_code_check"


@given(st.integers(min_value=0, max_value=prereg.BODY_LENGTH - 2))
def test_adjacent_swaps_are_caught(pos):
    code = prereg.code_new()
    body = code[1:-1]
    if body[pos] == body[pos + 1]:
        return
    swapped = body[:pos] + body[pos + 1] + body[pos] + body[pos + 2 :]
    with pytest.raises(ApplicationError):
        prereg.code_normalize("P" + swapped + code[-1])


def test_display_form_and_confusable_letters_round_trip():
    code = prereg.code_new()
    shown = prereg.code_display(code)
    assert prereg.code_normalize(shown) == code
    assert prereg.code_normalize(" " + shown.lower() + " ") == code
    zero = "P" + "0" * 8 + prereg.check_character("0" * 8)
    assert prereg.code_normalize(zero.replace("0", "O")) == zero


@pytest.mark.django_db
@pytest.mark.parametrize("country,city", [("US", "Denver"), ("AU", "Perth"), ("BR", "Manaus")])
def test_a_country_with_several_zones_asks_for_the_zone(client, country, city):
    data = {**FORM, "channel": "mission_counter", "country": country, "city": city}
    pages: list[str] = []
    r = walk(client, data, pages=pages)
    assert r.status_code == 400
    assert pages[-1] == "timezone"
    body = r.content.decode()
    assert 'id="id_timezone_error"' in body
    assert not PreRegistration.objects.exists()


@pytest.mark.django_db
def test_a_chosen_zone_in_a_several_zone_country_is_kept(client):
    data = {**FORM, "country": "US", "city": "Denver", "timezone": "America/Denver"}
    r = walk(client, data)
    assert r.status_code == 302, r.content.decode()[:2000]
    assert PreRegistration.objects.get().timezone == "America/Denver"


def test_code_errors_speak_the_page_language():
    from django.utils import translation

    for lang, expected in (("ja", "事前登録コードの形式"), ("en", "not a pre-registration code")):
        with translation.override(lang), pytest.raises(ApplicationError) as exc:
            prereg.code_normalize("P!!!!!!!!!")
        assert expected in str(exc.value.message)


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["reviewer", "producer", "admin"])
def test_only_a_counter_clerk_loads_a_preregistration(submitted, role):
    """A pre-registration's answer is the citizen's personal data: staff who do not take
    cases in (a reviewer, production, the office admin) neither read nor reserve it."""
    from django.test import Client

    from factories import StaffFactory
    from kokugai.core.errors import Forbidden

    p = _verified(submitted)
    staff = StaffFactory(role=role).user
    with clock.frozen(NOW + dt.timedelta(hours=1)):
        with pytest.raises(Forbidden):
            prereg.preregistration_load(p.code, actor=staff)
        c = Client()
        c.force_login(staff)
        r = c.post("/console/prereg/", {"code": prereg.code_display(p.code)}, follow=True)
        assert "国外" not in r.content.decode()
        assert "console_intake_initial" not in c.session
    p.refresh_from_db()
    assert p.loaded_by_office == "" or p.loaded_by_office is None
    assert not AuditEntry.objects.filter(action="preregistration.load").exists()


@pytest.mark.django_db
def test_a_clerk_cannot_load_for_another_office(submitted):
    from kokugai.core.errors import Forbidden

    p = _verified(submitted)
    with clock.frozen(NOW + dt.timedelta(hours=1)), pytest.raises(Forbidden):
        prereg.preregistration_load(p.code, actor=_clerk("131075"), office_code="022039")
