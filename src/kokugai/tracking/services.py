"""The public status tracker: find a case by receipt number or 申請書ID plus birth date.

Order matters and is part of the contract:
1. the reference's check digit is verified first (a typo gets a precise message, and no
   lookup, no rate-limit charge, no audit of a non-reference);
2. rate limits, counted atomically in one statement (``tracking.ratelimit``): per client
   (all lookups; IPv6 per /64), per reference and client (failed lookups, low), per
   reference across clients (failed lookups, a much higher ceiling) and, for the 申請書ID,
   failed lookups across all clients (an anomaly ceiling per hour);
3. one query by reference; the birth date is compared in constant time, against a dummy
   when nothing was found, so a wrong ID and a wrong birth date cost the same and answer
   the same ``not_found``;
4. every lookup that reached step 2 is audited (``tracker.lookup``), hit, miss or refused.

A hit shows status only. Receipt number + birth date is not a credential: every link that
acts on the case (book, manage, reply, change the address) goes only to the verified
mailbox (``tracker_links_send``), and the page says where, masked.
"""

from __future__ import annotations

import datetime as dt
import hmac
import logging
from dataclasses import dataclass
from typing import Literal

from django.conf import settings
from django.db import transaction
from django.utils.crypto import salted_hmac

from kokugai.cases.models import Case
from kokugai.core import clock
from kokugai.core.audit import audit_citizen
from kokugai.core.errors import ApplicationError, CoreError, NotFound
from kokugai.core.net import rate_key
from kokugai.core.tokens import LinkExpired, LinkInvalid, LinkKind, link_make, link_read
from kokugai.registry.selectors import offices_cached
from kokugai.rules import checkdigits
from kokugai.rules.types import Text
from kokugai.tracking.errors import REFERENCE_FAULTS, TrackingError
from kokugai.tracking.ratelimit import (
    Limit,
    exceeded,
    rate_count,
    rate_counts_purge,
    rate_hit,
    rate_undo,
)

logger = logging.getLogger(__name__)

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
    # Failed 申請書ID lookups from all clients together per window: an anomaly ceiling.
    "failed_application_id_global": 500,
    "failed_application_id_window_s": 3600,
    # "Send my links": mails per case per window (each one is audited).
    "links_per_case": 3,
    "links_per_case_window_s": 3600,
}

#: What the status page reads of a case, fetched with the lookup's one query: the person.
#: Its offices come from the per-process office cache (:func:`status_offices_attach`), so the
#: lookup is a two-table join, not six (compiling and planning that join was most of a
#: lookup's own time).
STATUS_RELATED = ("person",)
STATUS_OFFICES = (
    "holder_office",
    "pickup_office",
    "intake_office",
    "honseki_office",
    "production_office",
)


def status_offices_attach(case: Case) -> Case:
    """Set the case's offices from the per-process cache (registry.selectors.offices_cached):
    no query when every one was read in the last minute."""
    ids = {f: getattr(case, f"{f}_id") for f in STATUS_OFFICES}
    offices = offices_cached(pk for pk in ids.values() if pk is not None)
    for name, pk in ids.items():
        if pk is not None and pk in offices:
            setattr(case, name, offices[pk])
    return case


NOT_FOUND_MESSAGE = Text(
    "該当する申請が見つかりません。番号と生年月日をご確認ください。",
    "No application matches. Please check the number and the birth date.",
)
RATE_LIMITED_MESSAGE = Text(
    "照会の回数が多すぎます。しばらくしてからもう一度お試しください。",
    "Too many lookups. Please wait a while and try again.",
)
UNRECOGNIZED_MESSAGE = Text(
    "受付番号（例：R2026-4821-9375-0164-8352）または23桁の申請書IDを入力してください。",
    "Enter a receipt number (e.g. R2026-4821-9375-0164-8352) or a 23-digit application ID (申請書ID).",
)

# Compared against when no case was found, so both misses run the same comparison.
_DUMMY_BIRTH_DATE = "1900-01-01"


def limits() -> dict[str, int]:
    return {**DEFAULT_LIMITS, **settings.KOKUGAI_TRACKER_LIMITS}


def _key(kind: str, value: str) -> str:
    return salted_hmac(f"kokugai.tracking.{kind}", value).hexdigest()


@dataclass(frozen=True)
class Reference:
    kind: ReferenceKind
    value: str  # canonical form


class TrackerError(ApplicationError):
    """An ApplicationError whose message exists in both languages."""

    def __init__(self, code: str, text: Text, *, status: int, field: str | None = None) -> None:
        super().__init__(code, text, fields={field: code} if field else {}, status=status)


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
            REFERENCE_FAULTS[exc.code], exc.message, status=400, field="reference"
        ) from exc
    raise TrackerError(
        TrackingError.REFERENCE_UNRECOGNIZED, UNRECOGNIZED_MESSAGE, status=400, field="reference"
    )


def _limits_for(ref: Reference, client: str) -> tuple[Limit, list[Limit]]:
    """The client's counter and the failure counters this lookup is charged to."""
    lim = limits()
    window = lim["failed_per_reference_window_s"]
    failures = [
        Limit(
            "tracker.failed_ref_client",
            f"{ref.value}|{client}",
            lim["failed_per_reference_client"],
            window,
        ),
        Limit("tracker.failed_ref", ref.value, lim["failed_per_reference"], window),
    ]
    if ref.kind == "application_id":
        # The 申請書ID keeps its official, partly predictable format: beyond the limits per
        # reference, failures across all clients have a ceiling (an anomaly: a sweep from
        # many addresses). Past it, 申請書ID lookups pause for everyone; receipt numbers
        # (random, 50 bits) still work.
        failures.append(
            Limit(
                "tracker.failed_application_id",
                "*",
                lim["failed_application_id_global"],
                lim["failed_application_id_window_s"],
            )
        )
    client_limit = Limit("tracker.client", client, lim["per_client"], lim["per_client_window_s"])
    return client_limit, failures


def _audit_lookup(result: str, ref: Reference, reference_key: str, case: Case | None) -> None:
    audit_citizen(
        action="tracker.lookup",
        object_type="case" if case is not None else "reference",
        object_id=case.pk if case is not None else reference_key[:32],
        detail={"result": result, "kind": ref.kind},
    )


def tracker_lookup(*, reference: str, birth_date: dt.date, client_ip: str) -> Case:
    """The case matching ``reference`` and ``birth_date``, or TrackerError.

    Codes: ``reference_check_digit`` / ``reference_length`` / ``reference_non_digit`` /
    ``reference_unrecognized`` (400), ``rate_limited`` (429), ``not_found`` (404).
    ``client_ip`` is the client's rate key (``kokugai.core.net.client_rate_key``: an IPv6
    client counts per /64); a bare address is reduced to it here too.
    """
    ref = reference_parse(reference)
    now = clock.now()
    client = rate_key(client_ip) if client_ip else "-"
    reference_key = _key("reference", ref.value)
    client_limit, failures = _limits_for(ref, client)
    # One transaction, one commit (one disk flush): the case, the counters and the audit row.
    # The case is read first (a unique-index probe, nothing revealed yet); then ONE
    # statement counts this lookup: on the client's counter always, on the failure counters
    # only when it missed, and reads them back. A hit only reads the failure counters, and
    # is refused when one is already at its limit (as if charged in advance and taken back,
    # without the second statement). A concurrent lookup's statement waits for this commit on
    # the rows they share, then sees the new counts, so concurrent guesses cannot all read
    # "below the limit".
    with transaction.atomic():
        field = "receipt_number" if ref.kind == "receipt" else "application_id"
        found = list(
            Case.objects.select_related(*STATUS_RELATED).filter(**{field: ref.value}).order_by()[:1]
        )
        case: Case | None = found[0] if found else None
        stored = case.person.birth_date.isoformat() if case is not None else _DUMMY_BIRTH_DATE
        matches = hmac.compare_digest(stored, birth_date.isoformat()) and case is not None
        if matches:
            counts = rate_count([client_limit], failures, now=now)
            over = [
                lim
                for lim, n in counts.items()
                if n > lim.limit or (lim in failures and n >= lim.limit)
            ]
        else:
            counts = rate_count([client_limit, *failures], [], now=now)
            over = exceeded(counts)
        if over:
            # A refused lookup is not a failure of the reference: a blocked client must not
            # be able to push a reference's ceiling and lock its owner out. (A refused hit
            # reads the counters once more, so that hit and miss cost the same statements.)
            if matches:
                rate_count([], failures, now=now)
            else:
                rate_undo(failures, now=now)
            anomaly = any(lim.scope == "tracker.failed_application_id" for lim in over)
            result = "anomaly" if anomaly else "rate_limited"
        else:
            result = "hit" if matches else "miss"
        _audit_lookup(result, ref, reference_key, case if result == "hit" else None)
    if result == "anomaly":
        logger.warning("tracker: failed 申請書ID lookups past the hourly ceiling")
    if result in ("anomaly", "rate_limited"):
        raise TrackerError(CoreError.RATE_LIMITED, RATE_LIMITED_MESSAGE, status=429)
    if result != "hit" or case is None:
        raise TrackerError(CoreError.NOT_FOUND, NOT_FOUND_MESSAGE, status=NotFound.status)
    return status_offices_attach(case)


def lookup_attempts_purge() -> int:
    """Delete the rate-limit counters of windows that are over; returns how many went."""
    return rate_counts_purge()


# --- links to the verified mailbox -----------------------------------------------------------

#: The "send my links" button on a status page works this long after the lookup.
LINKS = LinkKind("tracker_links", "kokugai.tracking.links", dt.timedelta(minutes=15), compress=True)

LINKS_NO_ADDRESS = Text(
    "確認済みのメールアドレスがないため、リンクをお送りできません。"
    "受取場所または申請した窓口(市区町村・在外公館)で、本人確認のうえメールアドレスを"
    "登録してください。",
    "We have no confirmed email address for you, so we cannot send the link. Please register "
    "an address at your pickup office or where you applied (municipality or mission), with "
    "your ID.",
)
LINKS_UNDELIVERABLE = Text(
    "登録のメールアドレスにお知らせが届きませんでした。アドレスの変更は、窓口(受取場所・"
    "申請した市区町村・在外公館)で本人確認のうえ行うか、登録のアドレスに変更用のリンクを"
    "お送りする方法でのみできます。",
    "Our mail to your registered address could not be delivered. The address can be changed "
    "only at an office (your pickup office, the municipality or mission where you applied), "
    "with your ID, or through a change link sent to the registered address.",
)
LINKS_NOTHING = Text(
    "いま、この申請でお手続きいただくことはありません。",
    "There is nothing for you to do on this application right now.",
)
LINKS_TOO_MANY = Text(
    "リンクは既にお送りしました。メールをご確認ください(迷惑メールのフォルダーも)。"
    "しばらくしてからもう一度お試しいただけます。",
    "We have already sent the link: please check your mailbox (and its spam folder). You can "
    "ask again in a while.",
)


def links_token(case: Case) -> str:
    """What the status page's "send my links" button posts: the case, signed, short-lived."""
    return link_make(LINKS, {"c": case.pk})


def case_from_links_token(token: str) -> Case:
    """The case of a "send my links" token; TrackerError ``link_invalid`` / ``link_expired``."""
    return case_from_token(LINKS, token)


def case_from_token(kind: LinkKind, token: str) -> Case:
    """The case of a short-lived token a tracker result posts (``{"c": case id}``, signed
    as ``kind``); TrackerError ``link_invalid`` (404) / ``link_expired`` (410)."""
    try:
        case_id = int(link_read(kind, token)["c"])
    except LinkExpired as exc:
        raise TrackerError(CoreError.LINK_EXPIRED, LINK_EXPIRED, status=410) from exc
    except (LinkInvalid, KeyError, TypeError, ValueError) as exc:
        raise TrackerError(CoreError.LINK_INVALID, LINK_INVALID, status=404) from exc
    case = Case.objects.select_related(*STATUS_RELATED).filter(pk=case_id).first()
    if case is None:
        raise TrackerError(CoreError.LINK_INVALID, LINK_INVALID, status=404)
    return status_offices_attach(case)


LINK_INVALID = Text(
    "このリンクは無効です。状況確認ページから新しいリンクをご依頼ください。",
    "This link is not valid. Please ask for a new one on the status page.",
)
LINK_EXPIRED = Text(
    "このリンクは有効期限が切れています。状況確認ページから新しいリンクをご依頼ください。",
    "This link has expired. Please ask for a new one on the status page.",
)


def _action_url(case: Case) -> tuple[str, str]:
    """("book" | "manage" | "reply", the link) for the case's stage, or ("", "")."""
    from kokugai.appointments import selectors as appointment_selectors
    from kokugai.appointments import services as appointment_services
    from kokugai.cases import tokens
    from kokugai.tracking.stages import Stage, stage_of

    stage = stage_of(case.state)
    if stage is Stage.READY:
        booking = appointment_selectors.booking_get_active(case)
        if booking is not None:
            return "manage", appointment_services.manage_url(booking)
        return "book", tokens.booking_url(case.pk)
    if stage is Stage.ACTION_NEEDED:
        return "reply", tokens.reply_url(case.pk)
    return "", ""


def tracker_links_send(*, case: Case, what: str = "case") -> str:
    """Mail the link that acts on ``case`` to its verified address; returns it masked.

    ``what``: ``"case"`` (book / manage / reply, by stage) or ``"email_change"`` (a link to
    change an address mail bounced from, sent to that same old address). Never to any other
    address: whoever knows the receipt number and birth date can only make the owner's
    mailbox receive it. Limited per case and audited. TrackerError codes:
    ``links_no_address`` (409: no verified address; the office changes it),
    ``links_undeliverable`` (409: mail bounced; use the office or ``email_change``),
    ``links_nothing`` (409), ``links_rate_limited`` (429).
    """
    from kokugai.cases.services import notification_context
    from kokugai.notifications.services import (
        email_change_code_send,
        notification_queue,
    )
    from kokugai.people.selectors import mask_email

    person = case.person
    if not person.email or person.email_verified_at is None:
        raise TrackerError(TrackingError.LINKS_NO_ADDRESS, LINKS_NO_ADDRESS, status=409)
    if what == "case" and person.email_undeliverable:
        raise TrackerError(TrackingError.LINKS_UNDELIVERABLE, LINKS_UNDELIVERABLE, status=409)
    if what not in ("case", "email_change"):
        raise TrackerError(TrackingError.LINKS_NOTHING, LINKS_NOTHING, status=409)
    action, url = _action_url(case) if what == "case" else ("email_change", "")
    if not action:
        raise TrackerError(TrackingError.LINKS_NOTHING, LINKS_NOTHING, status=409)
    lim = limits()
    per_case = Limit(
        f"tracker.links.{what}", str(case.pk), lim["links_per_case"], lim["links_per_case_window_s"]
    )
    if exceeded(rate_hit([per_case])):
        audit_citizen(
            action="tracker.links",
            object_type="case",
            object_id=case.pk,
            detail={"result": "rate_limited", "what": action},
        )
        raise TrackerError(TrackingError.LINKS_RATE_LIMITED, LINKS_TOO_MANY, status=429)
    with transaction.atomic():
        if what == "email_change":
            masked = email_change_code_send(person=person)
        else:
            context = notification_context(case, "case_links") | {
                "action": action,
                "link_url": url,
            }
            notification_queue(
                template="case_links",
                to=person.email,
                language=person.language,
                context=context,
                case=case,
            )
            masked = mask_email(person.email)
        audit_citizen(
            action="tracker.links",
            object_type="case",
            object_id=case.pk,
            detail={"result": "sent", "what": action, "to": masked},
        )
    return masked
