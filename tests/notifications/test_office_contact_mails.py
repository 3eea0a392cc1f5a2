"""Issue 16 §2: every mail that names an office gives its postal address, phone and opening
hours (one block, ``_office_contact_*``), and marks invented demo details as such."""

from __future__ import annotations

import pytest

from kokugai.core import clock
from kokugai.notifications.models import Notification
from kokugai.notifications.rendering import render
from kokugai.registry import services as registry_services
from tracking.story import SeedStory, at

pytestmark = pytest.mark.django_db


def test_arrival_mail_gives_the_pickup_offices_contact_in_both_languages():
    story = SeedStory()
    registry_services.demo_office_contacts_ensure()
    story.apply()
    for step in SeedStory.STEPS[1:9]:  # … receive
        getattr(story, step)()
    mail = Notification.objects.get(template="arrived")
    ja = render("arrived", "ja", mail.context)
    en = render("arrived", "en", mail.context)
    assert "窓口の連絡先" in ja.text and "03-0000-0130" in ja.text and "吾妻橋" in ja.text
    assert "受付時間: 平日 8:30〜17:00" in ja.text
    assert "デモ用の架空の連絡先" in ja.text
    assert "Contact the office" in en.text and "Azumabashi" in en.text
    assert "Invented example data" in en.text
    assert "03-0000-0130" in en.html and "<br>" in en.html


def test_correction_mail_names_the_honseki_office_with_its_contact():
    story = SeedStory()
    registry_services.demo_office_contacts_ensure()
    story.apply()
    for step in ("forward", "start_review", "request_correction"):
        getattr(story, step)()
    mail = Notification.objects.get(template="correction_requested")
    assert "0178-00-0203" in render("correction_requested", "ja", mail.context).text


def test_an_office_without_details_adds_no_empty_block():
    story = SeedStory()  # no demo contacts: the offices have no address yet
    story.apply()
    with clock.frozen(at(2025, 10, 28)):
        mail = Notification.objects.get(template="received")
    text = render("received", "ja", mail.context).text
    assert "窓口の連絡先" not in text
