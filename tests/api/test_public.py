"""The public reference endpoints and the error shape they share."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from hypothesis import given, settings
from hypothesis import strategies as st

from kokugai.rules.checkdigits import mynumber_check_digit

API = "/api/v1"


def assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"code", "message", "fields"}
    assert body["code"] == code
    assert isinstance(body["message"], str) and body["message"]
    assert isinstance(body["fields"], dict)
    return body


def post_json(client, url: str, data: object):
    return client.post(url, data=json.dumps(data), content_type="application/json")


# --- My Number: POST only, never echoed ---------------------------------------------------


def test_mynumber_valid(client):
    r = post_json(client, f"{API}/check/mynumber", {"number": "1234 5678 9018"})
    assert r.status_code == 200
    assert r.json() == {"valid": True}


@pytest.mark.parametrize(
    ("number", "code"),
    [
        ("123456789019", "mynumber_check_digit"),
        ("12345678901", "mynumber_length"),
        ("12345678901x", "mynumber_non_digit"),
    ],
)
def test_mynumber_faults_are_named_and_not_echoed(client, number, code):
    r = post_json(client, f"{API}/check/mynumber?lang=en", {"number": number})
    body = assert_error(r, 400, code)
    assert body["fields"] == {"number": code.removeprefix("mynumber_")}
    assert number not in r.content.decode()
    assert "digit" in body["message"]


def test_mynumber_message_japanese_by_default(client):
    body = post_json(client, f"{API}/check/mynumber", {"number": "123456789019"}).json()
    assert "検査用数字" in body["message"]


def test_mynumber_is_not_reachable_by_get(client):
    # Design §8: a My Number never goes into a URL, so there is no GET form to misuse.
    r = client.get(f"{API}/check/mynumber/123456789018")
    assert_error(r, 404, "not_found")
    r = client.get(f"{API}/check/mynumber")
    assert r.status_code == 405
    assert r.json()["code"] == "method_not_allowed"


@pytest.mark.parametrize(
    "data", [{}, {"number": 123456789018}, {"number": None}, {"number": "1" * 65}]
)
def test_mynumber_bad_body_is_invalid_input_without_the_value(client, data):
    body = assert_error(post_json(client, f"{API}/check/mynumber", data), 422, "invalid_input")
    assert list(body["fields"]) == ["number"]
    assert "123456789018" not in json.dumps(body)


def test_malformed_json_is_an_error_shape(client):
    r = client.post(f"{API}/check/mynumber", data="{not json", content_type="application/json")
    assert r.status_code in (400, 422)
    assert set(r.json()) == {"code", "message", "fields"}


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="0123456789", min_size=11, max_size=11))
def test_mynumber_endpoint_agrees_with_the_rule(base):
    client = Client()
    good = base + str(mynumber_check_digit(base))
    bad = base + str((mynumber_check_digit(base) + 1) % 10)
    assert post_json(client, f"{API}/check/mynumber", {"number": good}).status_code == 200
    r = post_json(client, f"{API}/check/mynumber", {"number": bad})
    assert r.json()["code"] == "mynumber_check_digit"


# --- local government codes ----------------------------------------------------------------


def test_lgcode_valid(client):
    r = client.get(f"{API}/check/lgcode/131075")
    assert r.status_code == 200
    body = r.json()
    assert body["valid"] is True
    assert body["code"] == "131075"
    assert body["name"] == "東京都墨田区"
    assert body["kind"] == "special_ward"
    assert body["administered"] is True


def test_lgcode_full_width_is_normalized(client):
    r = client.get(f"{API}/check/lgcode/０２２０３９")
    assert r.status_code == 200
    assert r.json()["name"] == "青森県八戸市"


def test_lgcode_not_administered(client):
    assert client.get(f"{API}/check/lgcode/016951").json()["administered"] is False


@pytest.mark.parametrize(
    ("code", "error"),
    [
        ("131076", "lgcode_check_digit"),
        ("13107", "lgcode_length"),
        ("13107a", "lgcode_non_digit"),
        ("221317", "lgcode_unknown_code"),
    ],
)
def test_lgcode_faults(client, code, error):
    body = assert_error(client.get(f"{API}/check/lgcode/{code}?lang=en"), 400, error)
    assert body["fields"] == {"code": error.removeprefix("lgcode_")}


# --- offices -------------------------------------------------------------------------------


def test_offices_search_by_name(client):
    r = client.get(f"{API}/offices", {"q": "八戸"})
    assert r.status_code == 200
    found = r.json()
    assert found[0]["code"] == "022039"
    assert found[0]["kind"] == "municipality"
    assert found[0]["display_name"] == "青森県八戸市"
    assert found[0]["country"] is None


def test_offices_search_missions_in_english(client):
    found = client.get(f"{API}/offices", {"q": "Taipei", "lang": "en"}).json()
    missions = [o for o in found if o["kind"] == "mission"]
    assert missions
    assert missions[0]["country"] == "TW"
    assert missions[0]["display_name"] == missions[0]["name_en"]


def test_offices_search_limit(client):
    assert len(client.get(f"{API}/offices", {"q": "市", "limit": 3}).json()) == 3


@pytest.mark.parametrize(
    "params", [{}, {"q": ""}, {"q": "市", "limit": 0}, {"q": "x", "limit": "a"}]
)
def test_offices_search_bad_query(client, params):
    body = assert_error(client.get(f"{API}/offices", params), 422, "invalid_input")
    assert set(body["fields"]) <= {"q", "limit"} and body["fields"]


def test_offices_stats(client):
    r = client.get(f"{API}/offices/stats")
    assert r.json() == {"municipalities": 1741, "wards": 171, "missions": r.json()["missions"]}
    assert r.json()["missions"] > 100


def test_unknown_path_is_error_shape(client):
    assert_error(client.get(f"{API}/no/such/thing"), 404, "not_found")


def test_validation_message_follows_accept_language(client):
    r = client.get(f"{API}/offices", HTTP_ACCEPT_LANGUAGE="en")
    assert r.json()["message"] == "Some of the input is invalid."
    r = client.get(f"{API}/offices")
    assert r.json()["message"] == "入力内容に誤りがあります。"


def test_offices_search_names_municipalities_in_english_with_the_kanji(client):
    """Issue 16 §8: in English a municipality's label is its English name with the kanji
    beside it, as the pages and mails write it (not the kanji and its code)."""
    found = client.get(f"{API}/offices", {"q": "八戸", "lang": "en"}).json()
    assert found[0]["code"] == "022039"
    assert found[0]["display_name"] == "Hachinohe City, Aomori (青森県八戸市)"
