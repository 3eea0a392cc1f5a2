"""The tracker and reply pages over HTTP, in Japanese and English."""

from __future__ import annotations

import datetime as dt

import pytest

from kokugai.cases import tokens
from kokugai.cases.models import Case
from kokugai.core import clock
from kokugai.notifications.models import Notification
from kokugai.tracking import selectors
from tracking.story import SeedStory, at
from web.test_no_iso_dates import ISO, visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_learning():
    selectors.learned_reset()


def _post(client, case, lang="ja", **extra):
    data = {"reference": case.receipt_number, "birth_date": "1990-04-01", **extra}
    return client.post("/track/", data, HTTP_ACCEPT_LANGUAGE=lang)


def test_status_page_in_both_languages_shows_no_personal_data(client):
    story = SeedStory()
    story.apply()
    case = story.forward()
    with clock.frozen(at(2025, 10, 30)):
        ja = _post(client, case, "ja", departure_date="2025-11-09").content.decode()
        en = _post(client, case, "en", departure_date="2025-11-09").content.decode()
    assert '<html lang="ja">' in ja and '<html lang="en">' in en
    assert "本籍地で審査中" in ja and "Under review at your 本籍地" in en
    assert "青森県八戸市" in ja and "Hachinohe" in en
    assert 'id="ready-range"' in ja and 'id="departure-verdict"' in en
    assert 'aria-current="step"' in ja
    for private in ("太郎", "タロウ", "コクガイ", "taro@", "1990-04-01", "Taipei"):
        assert private not in ja, private
    assert "Taipei Office" in en  # the alternative pickup office is an office, not data


def test_a_mistyped_reference_says_so_without_a_lookup(client):
    story = SeedStory()
    case = story.apply()
    bad = case.receipt_number[:-1] + str((int(case.receipt_number[-1]) + 1) % 10)
    r = client.post("/track/", {"reference": bad, "birth_date": "1990-04-01"})
    assert r.status_code == 400
    assert "検査用数字" in r.content.decode()


def _links_token(body: str) -> str:
    import re

    return re.search(r'name="token" value="([^"]+)"', body).group(1)


def test_correction_reply_by_the_link_mailed_from_the_tracker(client):
    story = SeedStory()
    for step in ("apply", "forward", "start_review", "request_correction"):
        case = getattr(story, step)()
    with clock.frozen(at(2025, 11, 11, 12)):
        page = _post(client, case).content.decode()
    # The page says what to do and where the link goes; it carries no link that acts.
    assert "/reply/" not in page
    masked = f"{case.person.email[0]}***@example.com"
    assert masked in page and case.person.email not in page
    with clock.frozen(at(2025, 11, 11, 12)):
        sent = client.post("/track/links/", {"token": _links_token(page), "what": "case"})
    assert sent.status_code == 200 and masked in sent.content.decode()
    mail = Notification.objects.get(template="case_links")
    assert mail.to == case.person.email and mail.context["action"] == "reply"
    token = mail.context["link_url"].rstrip("/").rsplit("/", 1)[1]
    assert token.split(":")[0] == tokens.make_token(case.pk, tokens.REPLY).split(":")[0]
    r = client.get(f"/reply/{token}/")
    assert r.status_code == 200 and "ローマ字氏名の綴り" in r.content.decode()
    with clock.frozen(at(2025, 11, 12)):
        r = client.post(f"/reply/{token}/", {"text": "綴りは KOKUGAI で正しいです。"})
    assert r.status_code == 302
    case = Case.objects.get(pk=case.pk)
    assert case.state == "under_review"
    event = case.events.first()
    assert event.transition == "applicant_replied" and "KOKUGAI" in event.note
    # A second answer is not possible: the page says there is nothing to do.
    r = client.post(f"/reply/{token}/", {"text": "again"})
    assert r.status_code == 200 and Case.objects.get(pk=case.pk).version == case.version


def test_a_forged_reply_token_is_refused(client):
    r = client.get("/reply/not-a-token/")
    assert r.status_code == 404


def test_undeliverable_email_is_said_but_not_changeable_from_the_tracker(client):
    story = SeedStory()
    case = story.apply()
    case.person.email_undeliverable = True
    case.person.save(update_fields=["email_undeliverable"])
    address = case.person.email
    with clock.frozen(at(2025, 10, 29)):
        body = _post(client, case).content.decode()
    assert 'role="alert"' in body and 'id="email-undeliverable"' in body
    # No change form or link on the page: the office, or a link sent to the old address.
    assert "/email/change/" not in body
    # Only the masked address: the holder recognises it, a stranger learns nothing.
    assert f"{address[0]}***@example.com" in body
    assert address not in body


def test_ready_stage_shows_the_booked_appointment_but_no_manage_link(client):
    from kokugai.appointments import services as appointments
    from kokugai.appointments.models import ServiceType, Slot

    story = SeedStory()
    for step in SeedStory.STEPS[:-1]:
        case = getattr(story, step)()
    service = ServiceType.objects.get(office=case.pickup_office, code="overseas_card_pickup")
    with clock.frozen(at(2025, 12, 6)):
        day = dt.date(2025, 12, 10)
        appointments.slots_materialise(service=service, start=day, end=day)
        slot = Slot.objects.filter(service=service).order_by("starts_at").first()
        appointments.appointment_book(case=case, slot=slot, applicant_timezone="Asia/Taipei")
        ja = _post(client, case, "ja").content.decode()
        en = _post(client, case, "en").content.decode()
    for body in (ja, en):
        assert 'id="appointment"' in body
        assert "2025-12-10" in body and "JST" in body and "Asia/Taipei" in body
        assert "/appointments/" not in body
        assert 'id="links"' in body
    assert "To change or cancel the appointment, use the link we email you." in en


def test_ready_stage_links_to_booking(client):
    story = SeedStory()
    for step in SeedStory.STEPS[:-1]:
        case = getattr(story, step)()
    with clock.frozen(at(2025, 12, 6)):
        body = _post(client, case, "en", departure_date="2025-12-20").content.decode()
    assert "Ready for pickup" in body and "book" in body
    assert "Ready: you can collect it before you leave." in body
    # Dates in the page's words, never ISO (input values and datetime attributes aside).
    assert not ISO.search(visible_text(body))


def test_undeliverable_email_is_changed_through_a_link_sent_to_the_old_address(client):
    import re

    from kokugai.notifications.models import EmailChangeRequest

    story = SeedStory()
    case = story.apply()
    person = case.person
    old_address = person.email
    person.email_undeliverable = True
    person.save(update_fields=["email_undeliverable"])
    with clock.frozen(at(2025, 10, 29)):
        body = _post(client, case).content.decode()
        r = client.post("/track/links/", {"token": _links_token(body), "what": "email_change"})
    assert r.status_code == 200 and f"{old_address[0]}***@example.com" in r.content.decode()
    code = Notification.objects.get(template="email_change_code")
    assert code.to == old_address  # the old mailbox is the proof, never a typed address
    link = re.search(r"(/email/change/[^/\s]+/)", code.context["change_url"]).group(1)
    with clock.frozen(at(2025, 10, 29) + dt.timedelta(minutes=30)):
        r = client.post(link, {"email": "new-taro@example.com"})
    assert r.status_code == 200
    req = EmailChangeRequest.objects.get(person=person)
    assert req.new_email == "new-taro@example.com" and req.verified_at is None
    # Nothing changed yet: the new address must prove itself from its own mailbox.
    person.refresh_from_db()
    assert person.email == old_address
    sent = Notification.objects.filter(template="email_change_verify")
    assert list(sent.values_list("to", flat=True)) == ["new-taro@example.com"]
    token = re.search(r"/email/verify/([^/\s]+)/", sent.get().context["verify_url"]).group(1)
    with clock.frozen(at(2025, 10, 29, 12)):
        assert client.get(f"/email/verify/{token}/").status_code == 200
    person.refresh_from_db()
    assert person.email == "new-taro@example.com"
    old = Notification.objects.get(template="email_change_notice_old")
    assert old.to == old_address
    # Replayed after the change, the old link is void: one clear page, nothing changes.
    with clock.frozen(at(2025, 10, 29, 12) + dt.timedelta(minutes=30)):
        r = client.post(link, {"email": "attacker@example.net"})
    assert r.status_code == 404 and "link_invalid" in r.content.decode()
    assert not EmailChangeRequest.objects.filter(new_email="attacker@example.net").exists()
    assert client.post("/email/change/forged/", {"email": "x@example.com"}).status_code == 404
