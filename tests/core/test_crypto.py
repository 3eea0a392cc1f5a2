"""AES-256-GCM key ring and the blind index."""

from __future__ import annotations

import base64

import pytest
from cryptography.exceptions import InvalidTag
from hypothesis import given
from hypothesis import strategies as st

from kokugai.core import crypto

K1 = "k1:" + base64.b64encode(b"\x01" * 32).decode()
K2 = "k2:" + base64.b64encode(b"\x02" * 32).decode()


@pytest.fixture
def ring(settings):
    settings.MYNUMBER_KEYS = K1
    return settings


@given(st.text(max_size=40))
def test_round_trip(text):
    from django.conf import settings

    old = settings.MYNUMBER_KEYS
    settings.MYNUMBER_KEYS = K1
    try:
        key_id, blob = crypto.encrypt(text, aad=b"x")
        assert key_id == "k1"
        assert crypto.decrypt(key_id, blob, aad=b"x") == text
    finally:
        settings.MYNUMBER_KEYS = old


def test_ciphertext_is_randomised_and_hides_plaintext(ring):
    _, a = crypto.encrypt("123456789018")
    _, b = crypto.encrypt("123456789018")
    assert a != b
    assert b"123456789018" not in a


def test_tampering_and_wrong_aad_fail(ring):
    key_id, blob = crypto.encrypt("123456789018", aad=b"person")
    flipped = blob[:-1] + bytes([blob[-1] ^ 1])
    with pytest.raises(InvalidTag):
        crypto.decrypt(key_id, flipped, aad=b"person")
    with pytest.raises(InvalidTag):
        crypto.decrypt(key_id, blob, aad=b"other")


def test_rotation_newest_first_old_keys_still_decrypt(settings):
    settings.MYNUMBER_KEYS = K1
    old_id, old_blob = crypto.encrypt("secret")
    settings.MYNUMBER_KEYS = f"{K2},{K1}"
    assert crypto.needs_rotation(old_id)
    new_id, _ = crypto.encrypt("secret")
    assert new_id == "k2" and not crypto.needs_rotation(new_id)
    assert crypto.decrypt(old_id, old_blob) == "secret"
    settings.MYNUMBER_KEYS = K2
    with pytest.raises(crypto.UnknownKeyError):
        crypto.decrypt(old_id, old_blob)


@pytest.mark.parametrize(
    "spec",
    ["", "k1", "k1:not-base64!", "k1:" + base64.b64encode(b"short").decode(), f"{K1},{K1}"],
)
def test_malformed_key_ring_is_refused(spec):
    with pytest.raises(crypto.KeyRingError):
        crypto.KeyRing.parse(spec)


def test_new_key_spec_parses():
    ring = crypto.KeyRing.parse(crypto.new_key_spec("k9"))
    assert ring.current_id == "k9"


def test_blind_index_is_keyed_and_per_purpose(settings):
    settings.KOKUGAI_INDEX_KEY = "index-material-a"
    a = crypto.blind_index("123456789018")
    assert a == crypto.blind_index("123456789018")
    assert len(a) == 64 and "123456789018" not in a
    assert a != crypto.blind_index("123456789018", purpose="other")
    settings.KOKUGAI_INDEX_KEY = "index-material-b"
    assert crypto.blind_index("123456789018") != a
