"""Staff API keys of an office: made and revoked by the office's admin, hashed at rest.

A key is ``kgk_<prefix>_<secret>``: the prefix (10 hex characters) names it in lists and
logs, the secret (32 random bytes) is never stored; the row keeps SHA-256 of the whole key
(a random 256-bit secret needs no slow hash). Each key acts through its own service account
(``ApiKey.account``: a ``User`` without a usable password, with a ``StaffProfile`` in the
office and the role chosen at creation), so the case services check it like any staff member.
Creating and revoking are audited (``apikey.create``, ``apikey.revoke``).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils.translation import gettext as _

from kokugai.core import clock
from kokugai.core.audit import audit_record
from kokugai.core.errors import ApplicationError, Forbidden, NotFound
from kokugai.core.models import User
from kokugai.registry.errors import ApiKeyError
from kokugai.registry.models import ApiKey, ApiScope, Office, StaffProfile, StaffRole
from kokugai.registry.staff_access import office_admin_office

if TYPE_CHECKING:
    from collections.abc import Iterable

PREFIX = "kgk_"
#: Roles a key may act in (an office admin's work is not for machines).
KEY_ROLES = (StaffRole.CLERK, StaffRole.REVIEWER, StaffRole.PRODUCER)


def _hash(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def _admin_office(actor: User | None) -> Office:
    office = office_admin_office(actor)
    if office is None:
        raise Forbidden(
            ApiKeyError.NOT_OFFICE_ADMIN.value,
            _("Only the office's admin manages its API keys."),
        )
    return office


def _scopes(scopes: Iterable[str]) -> list[str]:
    chosen = sorted(set(scopes))
    valid = {s.value for s in ApiScope}
    if not chosen or any(s not in valid for s in chosen):
        raise ApplicationError(
            ApiKeyError.SCOPES_INVALID.value,
            _("Choose the key's scopes: read, act or both."),
            fields={"scopes": "invalid"},
            status=422,
        )
    return chosen


@transaction.atomic
def apikey_create(
    *, actor: User, name: str, role: str, scopes: Iterable[str]
) -> tuple[ApiKey, str]:
    """Make a key for the office ``actor`` administers; returns (row, the key itself).

    The key is returned once, here: show it to the admin and forget it.
    """
    office = _admin_office(actor)
    name = name.strip()
    if not name:
        raise ApplicationError(
            ApiKeyError.NAME_REQUIRED.value,
            _("Name the system that will use the key."),
            fields={"name": "required"},
            status=422,
        )
    if role not in {r.value for r in KEY_ROLES}:
        raise ApplicationError(
            ApiKeyError.ROLE_INVALID.value,
            _("A key acts as a counter clerk, a reviewer or production."),
            fields={"role": "invalid"},
            status=422,
        )
    chosen = _scopes(scopes)
    prefix = secrets.token_hex(5)
    raw = f"{PREFIX}{prefix}_{secrets.token_urlsafe(32)}"
    account = User(username=f"apikey-{prefix}", is_active=True, first_name=name[:150])
    account.set_unusable_password()
    account.save()
    StaffProfile.objects.create(user=account, office=office, role=role)
    key = ApiKey.objects.create(
        office=office,
        name=name[:100],
        prefix=prefix,
        key_hash=_hash(raw),
        scopes=chosen,
        account=account,
        created_at=clock.now(),
        created_by=actor,
    )
    audit_record(
        actor=actor,
        action="apikey.create",
        object_type="apikey",
        object_id=key.pk,
        office_code=office.code,
        detail={"prefix": prefix, "role": role, "scopes": chosen, "name": key.name},
    )
    return key, raw


@transaction.atomic
def apikey_revoke(*, actor: User, key_id: int) -> ApiKey:
    """Revoke a key of the office ``actor`` administers (at once; it cannot come back).

    Another office's key is ``api_key_not_found``, like a missing one.
    """
    office = _admin_office(actor)
    key = ApiKey.objects.select_for_update().filter(pk=key_id, office=office).first()
    if key is None:
        raise NotFound(code=ApiKeyError.NOT_FOUND.value)
    if key.revoked_at is None:
        key.revoked_at = clock.now()
        key.revoked_by = actor
        key.save(update_fields=["revoked_at", "revoked_by"])
        User.objects.filter(pk=key.account_id).update(is_active=False)
        audit_record(
            actor=actor,
            action="apikey.revoke",
            object_type="apikey",
            object_id=key.pk,
            office_code=office.code,
            detail={"prefix": key.prefix},
        )
    return key


def apikey_list(*, actor: User) -> list[ApiKey]:
    office = _admin_office(actor)
    return list(ApiKey.objects.filter(office=office).select_related("account__staff"))


def apikey_named(raw: str) -> ApiKey | None:
    """The key whose prefix ``raw`` carries, active or not, whether or not the rest matches
    (to attribute a failed attempt to the key it names; never to authenticate)."""
    if not raw.startswith(PREFIX) or len(raw) > 200:
        return None
    prefix = raw[len(PREFIX) :].split("_", 1)[0]
    return ApiKey.objects.select_related("office").filter(prefix=prefix).first()


def apikey_authenticate(raw: str) -> ApiKey | None:
    """The active key ``raw`` is, or None (unknown, malformed or revoked)."""
    if not raw.startswith(PREFIX) or len(raw) > 200:
        return None
    prefix = raw[len(PREFIX) :].split("_", 1)[0]
    key = (
        ApiKey.objects.select_related("account__staff__office", "office")
        .filter(prefix=prefix, revoked_at__isnull=True)
        .first()
    )
    if key is None or not hmac.compare_digest(key.key_hash, _hash(raw)):
        return None
    if not key.account.is_active:
        return None
    now = clock.now()
    if key.last_used_at is None or (now - key.last_used_at).total_seconds() > 60:
        # At most one write a minute per key: "last used" is for the admin, not an audit.
        ApiKey.objects.filter(pk=key.pk).update(last_used_at=now)
    return key
