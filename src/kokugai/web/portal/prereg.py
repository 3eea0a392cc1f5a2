"""Pre-registration services: create, verify the email, load at the counter, purge.

The code a citizen brings is ``P`` + 8 Crockford base-32 characters + a check character
(Crockford's mod-37 check symbol), printed in two groups: ``PK7M2-QX4R*``-like strings
are read aloud and typed by clerks, so the alphabet avoids I/L/O/U and the check catches a
single wrong character or a swap before any lookup.
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

from kokugai.core import clock
from kokugai.core.audit import audit_citizen, audit_record
from kokugai.core.errors import ApplicationError, Conflict, NotFound
from kokugai.core.models import User
from kokugai.core.tokens import LinkExpired, LinkInvalid, LinkKind, link_make, link_read
from kokugai.notifications.services import notification_queue
from kokugai.web.errors import WebError
from kokugai.web.models import PreRegistration

if TYPE_CHECKING:
    from kokugai.cases.models import Case

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_ALPHABET = ALPHABET + "*~$=U"  # Crockford: 37 check symbols
BODY_LENGTH = 8
VERIFY_SALT = "kokugai.preregistration.verify"
VERIFY_MAX_AGE = dt.timedelta(days=7)
VERIFY = LinkKind("preregistration_verify", VERIFY_SALT, VERIFY_MAX_AGE)
# While one office has it loaded, another office cannot load it.
LOAD_RESERVED_FOR = dt.timedelta(hours=2)

# Crockford decoding: what people type for what they mean.
_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def retention() -> dt.timedelta:
    return dt.timedelta(days=int(settings.KOKUGAI_PREREGISTRATION_DAYS))


def _value(body: str) -> int:
    n = 0
    for ch in body:
        n = n * 32 + ALPHABET.index(ch)
    return n


def check_character(body: str) -> str:
    return CHECK_ALPHABET[_value(body) % 37]


def code_new() -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(BODY_LENGTH))
    return "P" + body + check_character(body)


def code_display(code: str) -> str:
    """``PABCD-EFGH-K``: groups of four are easier to read out at a counter."""
    return f"{code[:5]}-{code[5:9]}-{code[9:]}"


def code_normalize(text: str) -> str:
    """Canonical code from what was typed or scanned, or ApplicationError."""
    import unicodedata

    s = unicodedata.normalize("NFKC", text or "").upper()
    s = "".join(ch for ch in s if ch not in " -‐－ー_")
    if s.startswith("P"):
        s = s[1:]
    # O/I/L are not in either alphabet: they can only be mistyped 0/1.
    body, check = s[:-1].translate(_ALIASES), s[-1:].translate(_ALIASES)
    if len(body) != BODY_LENGTH or any(ch not in ALPHABET for ch in body):
        raise ApplicationError(
            WebError.PREREG_CODE_INVALID,
            _("This is not a pre-registration code."),
            fields={"code": "format"},
        )
    if check != check_character(body):
        raise ApplicationError(
            WebError.PREREG_CODE_CHECK,
            _("The check character of the pre-registration code does not match: please check it."),
            fields={"code": "check_character"},
        )
    return "P" + body + check


def email_digest(email: str) -> str:
    """A keyed hash of the address: binds a link to it without putting it in the URL
    (signed tokens are only signed, anyone can read their payload)."""
    return salted_hmac(VERIFY_SALT + ".email", email.strip().casefold()).hexdigest()[:32]


def verify_token(prereg: PreRegistration) -> str:
    # A token sent to one address is void for another, and the address is not readable.
    return link_make(VERIFY, {"p": prereg.pk, "h": email_digest(prereg.email)})


def verify_url(prereg: PreRegistration) -> str:
    path = reverse("portal:prereg_verify", args=[verify_token(prereg)])
    return settings.KOKUGAI_SITE_URL.rstrip("/") + path


def _send_verification(prereg: PreRegistration) -> None:
    # Through the outbox, in the caller's transaction: never lost, retried, logged.
    notification_queue(
        template="preregistration_verify",
        to=prereg.email,
        language=prereg.language if prereg.language in ("ja", "en") else "ja",
        context={"verify_url": verify_url(prereg), "days": VERIFY_MAX_AGE.days},
    )


def code_qr_png(code: str) -> bytes:
    """The QR code of ``code`` as a PNG (what the counter's scanner reads)."""
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(code, error="m", micro=False).save(buffer, kind="png", scale=8, border=4)
    return buffer.getvalue()


def _send_code(prereg: PreRegistration) -> None:
    """The code and its QR code, mailed to the verified address (issue 16.1): a code that
    lives 30 days is not lost with the 7-day link or a closed browser tab."""
    expires = (prereg.created_at + retention()).date()
    site = settings.KOKUGAI_SITE_URL.rstrip("/")
    notification_queue(
        template="preregistration_code",
        to=prereg.email,
        language=prereg.language if prereg.language in ("ja", "en") else "ja",
        context={
            "code_display": code_display(prereg.code),
            "expires_on": expires.isoformat(),
            "resend_url": site + reverse("portal:prereg_code_resend"),
        },
        attachments=[(f"kokugai-{prereg.code}.png", code_qr_png(prereg.code), "image/png")],
    )


#: Defaults; a deployment overrides them with KOKUGAI_PREREGISTRATION_LIMITS in settings.
#: The form page states them in words (``limits_text``).
DEFAULT_LIMITS: dict[str, int] = {
    # Verification mails to one address: a stranger cannot flood someone's mailbox.
    "per_email": 3,
    "per_email_window_s": 3600,
    # Pre-registrations from one client (IPv6 per /64): a family at one connection fits.
    "per_client": 10,
    "per_client_window_s": 3600,
    # The same data posted again within this time is the same pre-registration (a double
    # click, a resubmitted form): no second row, no second mail.
    "same_within_s": 600,
    # "Send my code again" (email + birth date): per address and per client, whether or not
    # anything matched, so the limit says nothing about what is stored.
    "resend_per_email": 3,
    "resend_per_email_window_s": 3600,
    "resend_per_client": 10,
    "resend_per_client_window_s": 3600,
    # Address corrections of one unconfirmed pre-registration.
    "email_changes": 3,
    "email_changes_window_s": 86400,
}


def limits() -> dict[str, int]:
    return {**DEFAULT_LIMITS, **settings.KOKUGAI_PREREGISTRATION_LIMITS}


def _same_key(fields: dict[str, Any]) -> str:
    """The submission's fingerprint (hashed by the counter, never stored as typed)."""
    return "|".join(f"{k}={fields[k]}" for k in sorted(fields))


def _recent_same(fields: dict[str, Any], since: dt.datetime) -> PreRegistration | None:
    # Only the indexed, identifying fields narrow it down; the rest is compared in Python.
    candidates = PreRegistration.objects.filter(
        email=fields.get("email", ""),
        birth_date=fields.get("birth_date"),
        created_at__gte=since,
        used_at__isnull=True,
    ).order_by("-created_at")
    for candidate in candidates:
        if all(getattr(candidate, k) == v for k, v in fields.items()):
            return candidate
    return None


def preregistration_create(*, client: str = "", **fields: Any) -> PreRegistration:
    """Store the data and queue the verification link (sent once the transaction commits).

    ``client``: the client's rate key (``kokugai.core.net.client_rate_key``). The same data
    posted twice (double click, concurrent posts) returns the first pre-registration and
    sends no second mail; posts past the limits per address or per client raise
    ApplicationError ``prereg_rate_limited`` (429), send nothing and are audited.
    """
    from kokugai.tracking.ratelimit import Limit, exceeded, rate_hit

    lim = limits()
    now = clock.now()
    email_limit = Limit(
        "prereg.email",
        str(fields.get("email", "")).strip().casefold(),
        lim["per_email"],
        lim["per_email_window_s"],
    )
    counted = [email_limit]
    if client:
        counted.append(
            Limit("prereg.client", client, lim["per_client"], lim["per_client_window_s"])
        )
    with transaction.atomic():
        # First statement of the transaction: a second identical post waits here for the
        # first one's commit (its counter row is locked until then), then sees count 2 and
        # finds the first one's row.
        same = Limit("prereg.same", _same_key(fields), 1, lim["same_within_s"])
        if exceeded(rate_hit([same], now=now)):
            existing = _recent_same(fields, now - dt.timedelta(seconds=lim["same_within_s"]))
            if existing is not None:
                return existing
        over = exceeded(rate_hit(counted, now=now))
        if not over:
            for _attempt in range(5):
                code = code_new()
                if not PreRegistration.objects.filter(code=code).exists():
                    break
            prereg = PreRegistration.objects.create(code=code, created_at=now, **fields)
            audit_citizen(
                action="preregistration.create",
                object_type="preregistration",
                object_id=prereg.pk,
            )
            _send_verification(prereg)
            return prereg
    audit_citizen(
        action="preregistration.rate_limited",
        object_type="preregistration",
        object_id="",
        detail={"limits": sorted(limit.scope for limit in over)},
    )
    raise ApplicationError(
        WebError.PREREG_RATE_LIMITED,
        limits_text(),
        fields={"email": "rate_limited"} if email_limit in over else {},
        status=429,
    )


def limits_text() -> str:
    """The limits in words, in the request's language (shown on the form and when refused)."""
    lim = limits()
    return _(
        "To protect mailboxes, one email address receives at most %(email)d confirmation "
        "mails in %(email_minutes)d minutes, and at most %(client)d pre-registrations are "
        "accepted from one connection in %(client_minutes)d minutes. If you reach a limit, "
        "please try again later or fill in the form at the counter."
    ) % {
        "email": lim["per_email"],
        "email_minutes": lim["per_email_window_s"] // 60,
        "client": lim["per_client"],
        "client_minutes": lim["per_client_window_s"] // 60,
    }


@transaction.atomic
def preregistration_resend(prereg: PreRegistration) -> None:
    if not prereg.is_verified:
        _send_verification(prereg)


@transaction.atomic
def preregistration_verify(token: str) -> PreRegistration:
    """Mark the email verified from the link. Clicking twice is fine; a stale link is not."""
    try:
        data = link_read(VERIFY, token)
    except LinkExpired as exc:
        raise LinkExpired(_("The verification link has expired.")) from exc
    except LinkInvalid as exc:
        raise LinkInvalid(_("The verification link is not valid.")) from exc
    prereg = (
        PreRegistration.objects.select_for_update()
        .filter(pk=data.get("p"), used_at__isnull=True)
        .first()
    )
    if prereg is None or not constant_time_compare(
        email_digest(prereg.email), str(data.get("h", ""))
    ):
        raise LinkInvalid(_("This pre-registration no longer exists (used or deleted)."))
    if prereg.email_verified_at is None:
        prereg.email_verified_at = clock.now()
        prereg.save(update_fields=["email_verified_at"])
        audit_citizen(
            action="preregistration.verify",
            object_type="preregistration",
            object_id=prereg.pk,
        )
        # The first confirmation mails the code once; a second click sends nothing more.
        _send_code(prereg)
    return prereg


def _rate_limited(action: str, over: list[Any], *, field: str = "email") -> ApplicationError:
    audit_citizen(
        action=action,
        object_type="preregistration",
        object_id="",
        detail={"limits": sorted(limit.scope for limit in over)},
    )
    return ApplicationError(
        "prereg_rate_limited",
        _("Too many requests for this address or from this connection. Please try again later."),
        fields={field: "rate_limited"},
        status=429,
    )


def preregistration_code_resend(*, email: str, birth_date: dt.date, client: str = "") -> int:
    """ "Send my code again": for every usable pre-registration with this address AND birth
    date, mail the code to its address on record if it is verified (an unconfirmed one gets
    a fresh confirmation link instead, to the same address). Nothing goes to any other
    address, and the caller answers the same whether or not anything matched.

    Counted per address and per client before the lookup (matched or not); past a limit it
    raises ``prereg_rate_limited`` (429), sends nothing and is audited. Returns how many
    mails were queued (for tests and the audit; never shown).
    """
    from kokugai.tracking.ratelimit import Limit, exceeded, rate_hit

    lim = limits()
    now = clock.now()
    wanted = (email or "").strip().casefold()
    counted = [
        Limit(
            "prereg.resend.email", wanted, lim["resend_per_email"], lim["resend_per_email_window_s"]
        )
    ]
    if client:
        counted.append(
            Limit(
                "prereg.resend.client",
                client,
                lim["resend_per_client"],
                lim["resend_per_client_window_s"],
            )
        )
    with transaction.atomic():
        over = exceeded(rate_hit(counted, now=now))
        if not over:
            sent = 0
            candidates = PreRegistration.objects.filter(
                email__iexact=wanted,
                birth_date=birth_date,
                used_at__isnull=True,
                created_at__gte=now - retention(),
            ).order_by("-created_at")[:3]
            for prereg in candidates:
                # Compared again in Python: iexact is the database's idea of case.
                if prereg.email.strip().casefold() != wanted:
                    continue
                if prereg.is_verified:
                    _send_code(prereg)
                else:
                    _send_verification(prereg)
                sent += 1
            audit_citizen(
                action="preregistration.code_resend",
                object_type="preregistration",
                object_id=",".join(str(p.pk) for p in candidates) if sent else "",
                detail={"sent": sent},
            )
            return sent
    raise _rate_limited("preregistration.code_resend_limited", over)


def preregistration_change_email(*, prereg_id: int, new_email: str) -> PreRegistration:
    """Correct a mistyped address before it is confirmed: the pre-registration takes the new
    address and a new confirmation link goes there. The old link is void from now on (the
    token is bound to the address's digest). The caller proves it is the browser that made
    the pre-registration (its session); a confirmed or used one cannot be changed here.
    Counted per pre-registration and per new address (``prereg_rate_limited``, 429).
    """
    from kokugai.tracking.ratelimit import Limit, exceeded, rate_hit

    lim = limits()
    new_email = (new_email or "").strip()
    with transaction.atomic():
        prereg = (
            PreRegistration.objects.select_for_update()
            .filter(pk=prereg_id, used_at__isnull=True, email_verified_at__isnull=True)
            .first()
        )
        if prereg is None:
            raise Conflict(
                WebError.PREREG_EMAIL_FIXED,
                _("This address is already confirmed and can no longer be changed here."),
            )
        if new_email.casefold() == prereg.email.strip().casefold():
            return prereg
        counted = [
            Limit(
                "prereg.change", str(prereg.pk), lim["email_changes"], lim["email_changes_window_s"]
            ),
            Limit(
                "prereg.email", new_email.casefold(), lim["per_email"], lim["per_email_window_s"]
            ),
        ]
        over = exceeded(rate_hit(counted))
        if not over:
            prereg.email = new_email
            prereg.save(update_fields=["email"])
            audit_citizen(
                action="preregistration.email_change",
                object_type="preregistration",
                object_id=prereg.pk,
            )
            _send_verification(prereg)
            return prereg
    raise _rate_limited("preregistration.email_change_limited", over)


def _usable(code: str) -> PreRegistration:
    canonical = code_normalize(code)
    prereg = PreRegistration.objects.filter(
        code=canonical, created_at__gte=clock.now() - retention()
    ).first()
    # Unverified, used and unknown look the same to the counter: the citizen is asked to
    # check their email (or to fill the form at the counter), never told which it was.
    if prereg is None or not prereg.is_verified or prereg.used_at is not None:
        raise NotFound(
            _("No usable pre-registration with this code (unverified, used or expired)."),
            code=WebError.PREREG_NOT_FOUND,
        )
    return prereg


def preregistration_get(code: str) -> PreRegistration:
    """A usable (verified, unused, unexpired) pre-registration, or NotFound."""
    return _usable(code)


def preregistration_initial(prereg: PreRegistration) -> dict[str, Any]:
    """The intake form's ``initial``: field names follow people.Person and cases.Case."""
    return {
        "preregistration": prereg.code,
        "procedure": prereg.procedure,
        "channel": prereg.channel,
        "family_name": prereg.family_name,
        "given_name": prereg.given_name,
        "family_name_kana": prereg.family_name_kana,
        "given_name_kana": prereg.given_name_kana,
        "family_name_romaji": prereg.family_name_romaji,
        "given_name_romaji": prereg.given_name_romaji,
        "birth_date": prereg.birth_date,
        "sex": prereg.sex,
        "honseki": prereg.honseki_code,
        "email": prereg.email,
        # The citizen proved the address with the link: intake need not ask again.
        "email_verified_at": prereg.email_verified_at,
        "phone": prereg.phone,
        "country": prereg.country,
        "city": prereg.city,
        "timezone": prereg.timezone,
        "language": prereg.language,
        "intake_office": prereg.intake_office_code,
        "pickup_office": prereg.pickup_office_code,
        "departure_date": prereg.departure_date,
        "with_certificates": prereg.with_certificates,
    }


@transaction.atomic
def preregistration_load(code: str, *, actor: User, office_code: str = "") -> dict[str, Any]:
    """Load a pre-registration into the intake form: returns the form's ``initial``.

    Only staff who may take a case in (``case_intake_allowed``: a counter clerk of the office)
    load one: the answer is the citizen's personal data, and loading reserves it for the
    office. ``office_code``, if given, must be the actor's own office.

    Loading uses nothing up (a refresh or an abandoned form loses nothing): the same office
    may load it again until a case is opened from it (``preregistration_mark_used``).
    Another office may not while the first office's reservation (LOAD_RESERVED_FOR) runs,
    so two counters do not key in one application at once.
    """
    from kokugai.cases.errors import OfficeNotAllowedError
    from kokugai.cases.intake import case_intake_allowed
    from kokugai.registry.selectors import staff_office

    # Who may, before anything is looked up (a refused caller learns nothing of the code).
    own = staff_office(actor)
    if own is None or (office_code and office_code != own.code):
        raise OfficeNotAllowedError("open", own)
    case_intake_allowed(actor, own)
    office_code = own.code
    prereg = _usable(code)
    prereg = PreRegistration.objects.select_for_update().get(pk=prereg.pk)
    now = clock.now()
    if (
        prereg.loaded_by_office
        and prereg.loaded_by_office != office_code
        and prereg.loaded_at is not None
        and prereg.loaded_at > now - LOAD_RESERVED_FOR
    ):
        raise NotFound(
            _("This pre-registration is being taken in at another office."),
            code=WebError.PREREG_NOT_FOUND,
        )
    prereg.loaded_at = now
    prereg.loaded_by_office = office_code
    prereg.save(update_fields=["loaded_at", "loaded_by_office"])
    audit_record(
        actor=actor,
        action="preregistration.load",
        object_type="preregistration",
        object_id=prereg.pk,
        office_code=office_code,
    )
    return preregistration_initial(prereg)


@transaction.atomic
def preregistration_mark_used(
    *, code: str, case: Case, actor: User | None = None
) -> PreRegistration:
    """Use the pre-registration up for ``case`` (called inside the case-opening transaction).

    Raises Conflict when a case was already opened from it: the caller's transaction then
    rolls back, so one pre-registration never becomes two cases.
    """
    canonical = code_normalize(code)
    prereg = PreRegistration.objects.select_for_update().filter(code=canonical).first()
    if prereg is None or not prereg.is_verified:
        raise NotFound(code=WebError.PREREG_NOT_FOUND)
    if prereg.used_at is not None:
        raise Conflict(
            WebError.PREREG_USED,
            _("A case has already been opened from this pre-registration."),
        )
    office_code = case.intake_office.code if case.intake_office_id else ""
    prereg.used_at = clock.now()
    prereg.used_by_office = office_code
    prereg.case = case
    prereg.save(update_fields=["used_at", "used_by_office", "case"])
    audit_record(
        actor=actor,
        action="preregistration.use",
        object_type="preregistration",
        object_id=prereg.pk,
        office_code=office_code,
        detail={"case": case.pk},
    )
    return prereg


def preregistration_purge(*, now: dt.datetime | None = None) -> int:
    """Delete pre-registrations past their retention period, and used ones a day after they
    were used (their data now lives in the case; a copy is one more place for personal data
    to leak from). One step of the retention purge (kokugai.web.retention); returns how many
    were deleted.
    """
    from kokugai.web.retention import purge

    return purge(now=now, kinds=["preregistrations"]).due["preregistrations"]
