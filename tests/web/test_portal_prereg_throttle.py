"""Issue 11 point 2 and issue 14 point 10: pre-registration cannot flood a mailbox, and a
double submission creates one pre-registration and sends one mail."""

from __future__ import annotations

import threading

import pytest
import time_machine
from django.db import connections

from kokugai.core import clock
from kokugai.core.models import AuditEntry
from kokugai.notifications.models import Notification
from kokugai.web.models import PreRegistration
from kokugai.web.portal import prereg
from web.prereg_walk import walk
from web.test_portal_prereg import FORM, NOW
from web.test_portal_prereg_code import FIELDS


def _verify_mails(to: str | None = None) -> int:
    qs = Notification.objects.filter(template="preregistration_verify")
    return (qs.filter(to=to) if to else qs).count()


@pytest.mark.django_db
def test_twelve_posts_in_three_seconds_do_not_send_twelve_mails_to_one_address(client):
    codes = []
    with clock.frozen(NOW):
        for i in range(12):
            # Different names from different addresses: a flood aimed at one mailbox.
            data = {**FORM, "given_name_romaji": f"Taro{'x' * i}"}
            r = walk(client, data, REMOTE_ADDR=f"198.51.100.{i}")
            codes.append(r.status_code)
    limit = prereg.limits()["per_email"]
    assert codes == [302] * limit + [429] * (12 - limit)
    assert _verify_mails("taro@example.com") == limit
    assert PreRegistration.objects.count() == limit
    refused = AuditEntry.objects.filter(action="preregistration.rate_limited")
    assert refused.count() == 12 - limit
    assert refused.first().detail == {"limits": ["prereg.email"]}


@pytest.mark.django_db
def test_one_client_is_limited_too(client, settings):
    settings.KOKUGAI_PREREGISTRATION_LIMITS = {"per_client": 2}
    with clock.frozen(NOW):
        codes = [
            walk(
                client,
                {**FORM, "email": f"family{i}@example.com"},
                REMOTE_ADDR="2001:db8:5:5::" + str(i + 1),  # one /64: one client
            ).status_code
            for i in range(3)
        ]
    assert codes == [302, 302, 429]
    assert _verify_mails() == 2


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("ja", "確認メールは1つのメールアドレスに60分間で3通まで"),
        ("en", "one email address receives at most 3 confirmation mails"),
    ],
)
def test_the_page_states_the_limits_in_words(client, lang, words):
    page = client.get("/preregister/", HTTP_ACCEPT_LANGUAGE=lang).content.decode()
    assert 'id="prereg-limits"' in page and words in page
    with clock.frozen(NOW):
        for i in range(4):
            r = walk(
                client,
                {**FORM, "given_name_romaji": "T" * (i + 1)},
                HTTP_ACCEPT_LANGUAGE=lang,
                REMOTE_ADDR=f"192.0.2.{i}",
            )
    assert r.status_code == 429 and 'role="alert"' in r.content.decode()
    assert words in r.content.decode()


@pytest.mark.django_db
def test_the_same_form_posted_twice_is_one_preregistration_and_one_mail(client):
    with clock.frozen(NOW):
        first = walk(client, FORM)
        # The check page sent again (a double click): the draft is gone, nothing is sent.
        again = client.post("/preregister/check/")
        # The same answers given again from the start (a resubmitted form).
        second = walk(client, FORM)
    assert first.status_code == second.status_code == again.status_code == 302
    assert again["Location"].startswith("/preregister/q/")
    assert PreRegistration.objects.count() == 1
    assert _verify_mails() == 1
    # The second answer shows the same "check your mail" page for the same pre-registration.
    assert client.get("/preregister/sent/").status_code == 200


def _race(jobs):
    barrier = threading.Barrier(len(jobs))
    outcomes: list[str] = []
    lock = threading.Lock()

    def run(job):
        try:
            barrier.wait(timeout=30)
            result = str(job().pk)
        except Exception as exc:
            result = f"error:{exc}"
        finally:
            connections.close_all()
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    return outcomes


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_identical_posts_create_one_and_send_one_mail():
    with time_machine.travel(NOW, tick=False):
        fields = dict(FIELDS)
        outcomes = _race(
            [(lambda: prereg.preregistration_create(client="192.0.2.1", **fields))] * 8
        )
    assert not [o for o in outcomes if o.startswith("error")], outcomes
    assert len(set(outcomes)) == 1
    assert PreRegistration.objects.count() == 1
    assert _verify_mails() == 1
