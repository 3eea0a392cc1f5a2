"""Encryption at rest for 特定個人情報 (the My Number) and keyed hashes to find it.

* AES-256-GCM with a key ring: ``settings.MYNUMBER_KEYS`` = ``"id:base64key,id2:base64key"``,
  newest first. New values are encrypted with the newest key; old rows are decrypted with the
  key whose id they carry, and re-encrypted by ``kokugai rotate_mynumber_keys``.
* Blind index: HMAC-SHA256 under a key derived (HKDF) from ``settings.KOKUGAI_INDEX_KEY``,
  which is independent of SECRET_KEY and of the encryption keys, so rotating either of
  those never breaks lookups.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from functools import lru_cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings

NONCE_BYTES = 12


class KeyRingError(ValueError):
    """The configured key ring is malformed (bad id, bad base64, wrong key length)."""


class KeyMismatchError(InvalidTag):
    """The ciphertext does not open with the key it names: another key under the same id
    (e.g. a database restored without its keys) or altered data."""


class UnknownKeyError(KeyError):
    """A ciphertext names a key id that is no longer in the ring."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True)
class KeyRing:
    keys: tuple[tuple[str, bytes], ...]

    @classmethod
    def parse(cls, spec: str) -> KeyRing:
        keys: list[tuple[str, bytes]] = []
        for part in (p.strip() for p in spec.split(",")):
            if not part:
                continue
            key_id, sep, b64 = part.partition(":")
            if not sep or not key_id or len(key_id) > 16:
                raise KeyRingError("each key must be 'id:base64key' with an id of 1-16 chars")
            try:
                key = base64.b64decode(b64, validate=True)
            except (binascii.Error, ValueError) as exc:
                raise KeyRingError(f"key {key_id!r}: not base64") from exc
            if len(key) != 32:
                raise KeyRingError(f"key {key_id!r}: AES-256 needs 32 bytes, got {len(key)}")
            if any(key_id == k for k, _ in keys):
                raise KeyRingError(f"key id {key_id!r} appears twice")
            keys.append((key_id, key))
        if not keys:
            raise KeyRingError("the key ring is empty")
        return cls(tuple(keys))

    @property
    def current_id(self) -> str:
        return self.keys[0][0]

    def key(self, key_id: str) -> bytes:
        for k, v in self.keys:
            if k == key_id:
                return v
        raise UnknownKeyError(key_id)


def keyring() -> KeyRing:
    return _parsed(str(settings.MYNUMBER_KEYS))


@lru_cache(maxsize=4)
def _parsed(spec: str) -> KeyRing:
    return KeyRing.parse(spec)


def encrypt(plaintext: str, *, aad: bytes = b"") -> tuple[str, bytes]:
    """Return ``(key_id, nonce + ciphertext)`` under the newest key."""
    ring = keyring()
    nonce = os.urandom(NONCE_BYTES)
    blob = AESGCM(ring.key(ring.current_id)).encrypt(nonce, plaintext.encode(), aad)
    return ring.current_id, nonce + blob


def decrypt(key_id: str, blob: bytes, *, aad: bytes = b"") -> str:
    """Decrypt with the named key; raises InvalidTag if the data or aad was tampered with."""
    data = bytes(blob)
    try:
        key = keyring().key(key_id)
    except UnknownKeyError:
        raise UnknownKeyError(
            f"My Number key {key_id!r} is not in KOKUGAI_MYNUMBER_KEYS: this data was written "
            "with a key this installation does not have (restore the keys with the database)"
        ) from None
    try:
        return AESGCM(key).decrypt(data[:NONCE_BYTES], data[NONCE_BYTES:], aad).decode()
    except InvalidTag:
        raise KeyMismatchError(
            f"My Number ciphertext does not open with key {key_id!r}: the key under that id "
            "differs from the one it was written with (a database restored without its keys?) "
            "or the data was altered"
        ) from None


def needs_rotation(key_id: str) -> bool:
    return key_id != keyring().current_id


def new_key_spec(key_id: str) -> str:
    """A fresh ``id:base64key`` entry to put in front of KOKUGAI_MYNUMBER_KEYS."""
    return f"{key_id}:{base64.b64encode(secrets.token_bytes(32)).decode()}"


# --- blind index -------------------------------------------------------------------------


def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    material = str(settings.KOKUGAI_INDEX_KEY or "")
    if not material:
        # Never hash under an empty key: every lookup hash would be guessable.
        raise KeyRingError("KOKUGAI_INDEX_KEY is not set")
    return material.encode()


@lru_cache(maxsize=4)
def _derive(material: bytes, purpose: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=b"kokugai-blind-index-v1", info=purpose
    ).derive(material)


def blind_index(value: str, *, purpose: str = "mynumber") -> str:
    """Hex HMAC-SHA256 of ``value`` under a per-purpose key (equal values, equal hashes)."""
    return _hmac(_index_material(), value, purpose)


def _hmac(material: bytes, value: str, purpose: str) -> str:
    key = _derive(material, purpose.encode())
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()


def blind_index_previous(value: str, *, purpose: str = "mynumber") -> str | None:
    """The hash under ``KOKUGAI_INDEX_KEY_PREVIOUS`` while an index-key rotation runs, else None.

    Rows not yet re-hashed by ``kokugai rotate_index_key`` still carry this hash, so lookups
    and the duplicate check try it too until the rotation reports 0 rows left.
    """
    previous = str(settings.KOKUGAI_INDEX_KEY_PREVIOUS or "")
    if not previous or previous == str(settings.KOKUGAI_INDEX_KEY):
        return None
    return _hmac(previous.encode(), value, purpose)
