"""The client's address behind proxies, and the /64 that IPv6 clients are counted by."""

from __future__ import annotations

import pytest
from django.test import RequestFactory

from kokugai.core.net import client_address, client_rate_key, rate_key

rf = RequestFactory()


def _request(remote: str, forwarded: str | None = None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return rf.get("/", **extra)


def test_without_trusted_proxies_forwarded_for_is_ignored(settings):
    settings.KOKUGAI_TRUSTED_PROXIES = ""
    assert client_address(_request("203.0.113.9", "198.51.100.1")) == "203.0.113.9"


def test_forwarded_for_from_an_untrusted_peer_is_ignored(settings):
    settings.KOKUGAI_TRUSTED_PROXIES = "10.0.0.0/8"
    assert client_address(_request("203.0.113.9", "198.51.100.1")) == "203.0.113.9"


def test_a_trusted_proxy_names_the_client(settings):
    settings.KOKUGAI_TRUSTED_PROXIES = "10.0.0.1"
    assert client_address(_request("10.0.0.1", "198.51.100.7")) == "198.51.100.7"


def test_a_client_cannot_choose_its_address_through_a_trusted_proxy(settings):
    # The client sends "X-Forwarded-For: 1.2.3.4"; the proxy appends the real peer.
    settings.KOKUGAI_TRUSTED_PROXIES = "10.0.0.0/8"
    request = _request("10.0.0.1", "1.2.3.4, 198.51.100.7")
    assert client_address(request) == "198.51.100.7"


def test_a_chain_of_trusted_proxies_is_walked(settings):
    settings.KOKUGAI_TRUSTED_PROXIES = "10.0.0.0/8, 192.168.0.0/16"
    request = _request("10.0.0.1", "198.51.100.7, 192.168.1.5")
    assert client_address(request) == "198.51.100.7"


def test_garbage_in_forwarded_for_stops_at_the_last_trusted_hop(settings):
    settings.KOKUGAI_TRUSTED_PROXIES = "10.0.0.0/8"
    assert client_address(_request("10.0.0.1", "not-an-address")) == "10.0.0.1"


def test_ports_and_brackets_are_removed(settings):
    settings.KOKUGAI_TRUSTED_PROXIES = "10.0.0.0/8"
    assert client_address(_request("10.0.0.1", "[2001:db8::5]:443")) == "2001:db8::5"
    assert client_address(_request("10.0.0.1", "198.51.100.7:5555")) == "198.51.100.7"


def test_ipv4_mapped_ipv6_is_the_ipv4_address(settings):
    settings.KOKUGAI_TRUSTED_PROXIES = ""
    assert client_address(_request("::ffff:198.51.100.7")) == "198.51.100.7"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("2001:db8:1:2::1", "2001:db8:1:2:ffff:ffff:ffff:ffff"),
        ("2001:db8:1:2::", "2001:db8:1:2::9"),
    ],
)
def test_ipv6_addresses_in_one_64_share_a_rate_key(a, b):
    assert rate_key(a) == rate_key(b) == "2001:db8:1:2::/64"


def test_ipv6_addresses_in_different_64s_do_not_share_a_rate_key():
    assert rate_key("2001:db8:1:2::1") != rate_key("2001:db8:1:3::1")


def test_ipv4_rate_key_is_the_address():
    assert rate_key("198.51.100.7") == "198.51.100.7"
    assert rate_key("198.51.100.7") != rate_key("198.51.100.8")


def test_client_rate_key_combines_both(settings):
    settings.KOKUGAI_TRUSTED_PROXIES = "10.0.0.1"
    assert client_rate_key(_request("10.0.0.1", "2001:db8:9:9::42")) == "2001:db8:9:9::/64"
