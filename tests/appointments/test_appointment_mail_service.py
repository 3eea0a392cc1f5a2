"""Appointment mails name the booked service: an intake booking is not called a card pickup."""

from __future__ import annotations

import datetime as dt

import pytest

from kokugai.appointments import services
from kokugai.notifications.models import Notification
from kokugai.notifications.rendering import render
from kokugai.notifications.samples import SAMPLE_CONTEXTS
from kokugai.registry.models import Counter

from .conftest import at_jst, slot_at

pytestmark = pytest.mark.django_db
FRIDAY = dt.date(2026, 1, 16)
TEMPLATES = ("appointment_confirmed", "appointment_reminder", "appointment_cancelled")
PICKUP_WORDS = {"ja": "受取", "en": "collect"}


@pytest.fixture
def intake_mail_context(now_arrived, sumida):
    counter = Counter.objects.create(
        office=sumida, code="intake", name_ja="申請窓口", name_en="Application counter", floor="1F"
    )
    intake = services.service_ensure_intake(office=sumida, counter=counter)
    services.appointment_book_intake(
        service=intake,
        slot=slot_at(intake, at_jst(FRIDAY, 10)),
        name="国外 花子",
        email="hanako@example.com",
        language="ja",
        applicant_timezone="Asia/Taipei",
    )
    return Notification.objects.get(template="appointment_confirmed").context


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_an_intake_booking_is_named_as_such(intake_mail_context, template, lang):
    service = intake_mail_context[f"service_{lang}"]
    assert service == (services.INTAKE_NAME_JA if lang == "ja" else services.INTAKE_NAME_EN)
    mail = render(template, lang, intake_mail_context)
    for body in (mail.text, mail.html):
        assert service in body
        assert PICKUP_WORDS[lang] not in body.split(service)[0]  # the opening line says intake
    # The subject stays general: neither the service nor anything about the person.
    assert service not in mail.subject
    assert PICKUP_WORDS[lang] not in mail.subject.lower()
    assert "花子" not in mail.subject


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_pickup_booking_names_the_pickup(template):
    context = {
        **SAMPLE_CONTEXTS[template],
        "service_ja": services.PICKUP_NAME_JA,
        "service_en": services.PICKUP_NAME_EN,
    }
    assert services.PICKUP_NAME_JA in render(template, "ja", context).text
    assert services.PICKUP_NAME_EN in render(template, "en", context).html


@pytest.mark.parametrize("template", TEMPLATES)
def test_without_a_service_name_the_mail_still_reads(template):
    context = {
        k: v for k, v in SAMPLE_CONTEXTS[template].items() if k not in {"service_ja", "service_en"}
    }
    ja = render(template, "ja", context).text
    assert "「」" not in ja and "窓口の予約" in ja
    en = render(template, "en", context).text
    assert ": ." not in en
