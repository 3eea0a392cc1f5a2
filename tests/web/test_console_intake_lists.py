"""Console intake without typed codes (issue 15.4): the country from a list in the staff
member's language, the time zone derived (asked only where a country has several), the
pickup office named with its code."""

from __future__ import annotations

import pytest
from django.urls import reverse
from test_console import _client, _fast_passwords_and_clean_cache, _intake_data, world

from kokugai.cases.models import Case

pytestmark = pytest.mark.django_db
__all__ = ["_fast_passwords_and_clean_cache", "world"]  # fixtures


def test_countries_are_listed_in_the_staff_language(client, world):
    _client(client, world, "sumida-clerk")
    html = client.get(reverse("console:intake")).content.decode()
    assert '<option value="TW">台湾 (TW)</option>' in html
    assert "東京都墨田区 (131075)" in html  # the default pickup office, by name and code
    client.cookies["django_language"] = "en"
    html = client.get(reverse("console:intake"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<option value="TW">Taiwan (TW)</option>' in html


def test_time_zone_is_derived_from_a_one_zone_country(client, world):
    _client(client, world, "sumida-clerk")
    response = client.post(reverse("console:intake"), _intake_data(timezone=""))
    assert response.status_code == 302, response.context["form"].errors
    assert Case.objects.get().person.timezone == "Asia/Taipei"


def test_time_zone_is_asked_where_a_country_has_several(client, world):
    _client(client, world, "sumida-clerk")
    response = client.post(
        reverse("console:intake"), _intake_data(country="US", city="Boston", timezone="")
    )
    assert response.status_code == 200
    assert "timezone" in response.context["form"].errors
    response = client.post(
        reverse("console:intake"),
        _intake_data(country="US", city="Boston", timezone="America/New_York"),
    )
    assert response.status_code == 302
    assert Case.objects.get().person.timezone == "America/New_York"


def test_an_unknown_country_code_is_refused(client, world):
    _client(client, world, "sumida-clerk")
    response = client.post(reverse("console:intake"), _intake_data(country="XX"))
    assert "country" in response.context["form"].errors
