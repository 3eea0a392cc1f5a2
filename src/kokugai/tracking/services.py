"""The public status tracker: find a case by receipt number or 申請書ID plus birth date.

Order matters and is part of the contract:
1. the reference's check digit is verified first (a typo gets a precise message, and no
   lookup, no rate-limit charge beyond the client's, no audit of a non-reference);
2. rate limits: per client (all lookups), per reference and client (failed lookups, low)
   and per reference across clients (failed lookups, a much higher ceiling);
3. one query by reference; the birth date is compared in constant time, against a dummy
   when nothing was found, so a wrong ID and a wrong birth date cost the same and answer
   the same ``not_found``;
4. every lookup that reached step 3 is audited (``tracker.lookup``), hit or miss.
"""

from __future__ import annotations

import datetime as dt
import hmac
from dataclasses import dataclass
from typing import Literal

from django.conf import settings
from django.db import transaction
from django.utils.crypto import salted_hmac

from kokugai.cases.models import Case
from kokugai.core import clock
from kokugai.core.audit import audit_record
from kokugai.core.errors import ApplicationError, NotFound
from kokugai.rules import checkdigits
from kokugai.rules.types import Text
from kokugai.tracking.models import LookupAttempt

ReferenceKind = Literal["receipt", "application_id"]

#: Defaults; a deployment overrides them with KOKUGAI_TRACKER_LIMITS in settings.
DEFAULT_LIMITS: dict[str, int] = {
    "per_client": 10,
    "per_client_window_s": 60,
    # Failed lookups of one reference from one client: a citizen's typos, or one guesser.
    "failed_per_reference_client": 5,
    # Failed lookups of one reference from all clients together: a ceiling against guessing
    # from many addresses, high enough that a stranger's few failures never lock the owner
    # out (a low per-reference limit would let anyone do that with 5 requests).
    "failed_per_reference": 50,
    "failed_per_reference_window_s": 3600,
}

NOT_FOUND_MESSAGE = Text(
    "該当する申請が見つかりません。番号と生年月日をご確認ください。",
    "No application matches. Please check the number and the birth date.",
)
RATE_LIMITED_MESSAGE = Text(
    "照会の回数が多すぎます。しばらくしてからもう一度お試しください。",
    "Too many lookups. Please wait a while and try again.",
)
UNRECOGNIZED_MESSAGE = Text(
    "受付番号（例：R2025-000123-3）または23桁の申請書IDを入力してください。",
    "Enter a receipt number (e.g. R2025-000123-3) or a 23-digit application ID (申請書ID).",
)

# Compared against when no case was found, so both misses run the same comparison.
_DUMMY_BIRTH_DATE = "1900-01-01"


def limits() -> dict[str, int]:
    return {**DEFAULT_LIMITS, **getattr(settings, "KOKUGAI_TRACKER_LIMITS", {})}


def _key(kind: str, value: str) -> str:
    return salted_hmac(f"kokugai.tracking.{kind}", value).hexdigest()


@dataclass(frozen=True)
class Reference:
    kind: ReferenceKind
    value: str  # canonical form


class TrackerError(ApplicationError):
    """An ApplicationError whose message exists in both languages."""

    def __init__(self, code: str, text: Text, *, status: int, field: str | None = None) -> None:
        super().__init__(code, text.en, fields={field: code} if field else {}, status=status)
        self.text = text


def reference_parse(text: str) -> Reference:
    """Recognize and verify a receipt number or 申請書ID (check digit first, no lookup)."""
    kind = checkdigits.kind_of_reference(text or "")
    try:
        if kind == "receipt":
            return Reference("receipt", checkdigits.validate_receipt_number(text))
        if kind == "application_id":
            return Reference("application_id", checkdigits.validate_application_id(text))
    except checkdigits.CheckDigitError as exc:
        raise TrackerError(
            f"reference_{exc.code}", exc.message, status=400, field="reference"
        ) from exc
    raise TrackerError(
        "reference_unrecognized", UNRECOGNIZED_MESSAGE, status=400, field="reference"
    )


def _limited(client_key: str, reference_key: str, now: dt.datetime) -> bool:
    lim = limits()
    client_since = now - dt.timedelta(seconds=lim["per_client_window_s"])
    if (
        LookupAttempt.objects.filter(client_key=client_key, at__gt=client_since).count()
        >= lim["per_client"]
    ):
        return True
    ref_since = now - dt.timedelta(seconds=lim["failed_per_reference_window_s"])
    failed = LookupAttempt.objects.filter(
        reference_key=reference_key, succeeded=False, at__gt=ref_since
    )
    if failed.filter(client_key=client_key).count() >= lim["failed_per_reference_client"]:
        return True
    return failed.count() >= lim["failed_per_reference"]


def tracker_lookup(*, reference: str, birth_date: dt.date, client_ip: str) -> Case:
    """The case matching ``reference`` and ``birth_date``, or TrackerError.

    Codes: ``reference_check_digit`` / ``reference_length`` / ``reference_non_digit`` /
    ``reference_unrecognized`` (400), ``rate_limited`` (429), ``not_found`` (404).
    """
    ref = reference_parse(reference)
    now = clock.now()
    client_key = _key("client", client_ip or "-")
    reference_key = _key("reference", ref.value)
    # One transaction: the limit check, the attempt and the audit row commit together
    # (each commit is a disk flush; the tracker is the site's hottest public page).
    with transaction.atomic():
        if _limited(client_key, reference_key, now):
            # Refused lookups are audited too (they are what an enumeration looks like),
            # but not counted again, so a blocked client's window can expire.
            audit_record(
                actor=None,
                actor_label="citizen",
                action="tracker.lookup",
                object_type="reference",
                object_id=reference_key[:32],
                detail={"result": "rate_limited", "kind": ref.kind},
            )
            case, matches, limited = None, False, True
        else:
            limited = False
            qs = Case.objects.select_related(
                "person", "holder_office", "pickup_office", "intake_office", "honseki_office"
            )
            field = "receipt_number" if ref.kind == "receipt" else "application_id"
            case = qs.filter(**{field: ref.value}).first()
            stored = case.person.birth_date.isoformat() if case is not None else _DUMMY_BIRTH_DATE
            matches = hmac.compare_digest(stored, birth_date.isoformat()) and case is not None
            LookupAttempt.objects.create(
                at=now, client_key=client_key, reference_key=reference_key, succeeded=matches
            )
            audit_record(
                actor=None,
                actor_label="citizen",
                action="tracker.lookup",
                object_type="case" if matches else "reference",
                object_id=case.pk if matches and case is not None else reference_key[:32],
                detail={"result": "hit" if matches else "miss", "kind": ref.kind},
            )
    if limited:
        raise TrackerError("rate_limited", RATE_LIMITED_MESSAGE, status=429)
    if not matches or case is None:
        raise TrackerError("not_found", NOT_FOUND_MESSAGE, status=NotFound.status)
    return case


def lookup_attempts_purge(*, older_than: dt.timedelta | None = None) -> int:
    """Delete attempts older than every rate-limit window; returns how many went."""
    lim = limits()
    window = max(lim["per_client_window_s"], lim["failed_per_reference_window_s"])
    cutoff = clock.now() - (older_than or dt.timedelta(seconds=window))
    deleted, _ = LookupAttempt.objects.filter(at__lt=cutoff).delete()
    return deleted
