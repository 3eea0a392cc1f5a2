"""The write path of notifications: queue one (or hold it), verify or change an address.

``notification_queue`` writes the row and its django-tasks-db task row in the caller's
transaction: both become durable with the change that caused them (and a rolled-back
transition leaves neither). The worker reads the outbox itself as well, so a row whose task is
missing is delivered anyway: the row is the source of truth.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import secrets
import uuid
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kokugai.core import clock
from kokugai.core.audit import audit_citizen, audit_record
from kokugai.core.errors import ApplicationError
from kokugai.core.links import absolute_url
from kokugai.core.tokens import LinkExpired, LinkInvalid, LinkKind, LinkUsed, link_make, link_read
from kokugai.notifications.catalogue import CATALOGUE, normalise_language
from kokugai.notifications.errors import NotificationError
from kokugai.notifications.models import EmailChangeRequest, Notification, Status
from kokugai.people.selectors import mask_email

#: Context key words that must never reach an email (特定個人情報 and identifying data).
FORBIDDEN_KEY_WORDS = frozenset(
    {"mynumber", "kojin", "bangou", "birth", "birthday", "birthdate", "dob", "password", "pin"}
)


def _forbidden_key(key: str) -> bool:
    lowered = key.lower()
    return "my_number" in lowered or bool(FORBIDDEN_KEY_WORDS & set(lowered.split("_")))


#: The link to verify an address; the request row's ``expires_at`` is its age (a newer request
#: cuts it short), so the token itself does not expire.
EMAIL_VERIFY = LinkKind("email_verify", "kokugai.notifications.email_change", None)


def _message_id() -> str:
    domain = settings.KOKUGAI_MESSAGE_ID_DOMAIN
    return f"<{uuid.uuid4().hex}@{domain}>"


def _check_address(address: str, field: str = "to") -> str:
    address = (address or "").strip()
    try:
        validate_email(address)
    except ValidationError:
        raise ApplicationError(
            NotificationError.INVALID_EMAIL,
            _("This is not a valid email address."),
            fields={field: address},
        ) from None
    return address


def _attachments(items: list[tuple[str, str | bytes, str]] | None) -> list[dict[str, str]]:
    stored = []
    for filename, content, mimetype in items or []:
        raw = content.encode("utf-8") if isinstance(content, str) else bytes(content)
        stored.append(
            {
                "filename": filename,
                "mimetype": mimetype,
                "content_b64": base64.b64encode(raw).decode("ascii"),
            }
        )
    return stored


def _person_of(case: Any, person: Any) -> Any:
    if person is not None:
        return person
    return case.person if case is not None else None


def _verified_address(person: Any) -> str | None:
    """The person's address if it is verified now (read from the database, not the instance)."""
    from kokugai.people.models import Person

    row = Person.objects.filter(pk=person.pk).values("email", "email_verified_at").first()
    if row and row["email"] and row["email_verified_at"] is not None:
        return str(row["email"])
    return None


def notification_queue(
    *,
    template: str,
    to: str,
    language: str,
    context: dict[str, Any],
    case: Any = None,
    person: Any = None,
    attachments: list[tuple[str, str | bytes, str]] | None = None,
    hold: bool = False,
) -> Notification:
    """Write a notification in the current transaction; delivery starts when it commits.

    ``attachments``: ``[(filename, content, mimetype)]``, e.g. an ICS file.
    ``hold``: the person's address is not verified yet. The row is kept ``held`` (never sent,
    never lost) and released to the verified address by ``email_change_verify``; if the address
    is already verified, it is queued to that address at once. ``to`` may then be empty.
    Raises ApplicationError ``notification_unknown_template``, ``notification_context_missing``,
    ``notification_context_forbidden``, ``notification_hold_without_person`` or
    ``invalid_email``.
    """
    entry = CATALOGUE.get(template)
    if entry is None:
        raise ApplicationError(
            NotificationError.UNKNOWN_TEMPLATE,
            _("There is no notification of this name."),
            fields={"template": template},
        )
    missing = [key for key in entry.required_keys if key not in context]
    if missing:
        raise ApplicationError(
            NotificationError.CONTEXT_MISSING,
            _("The notification lacks some values."),
            fields={"context": missing},
        )
    forbidden = [k for k in context if _forbidden_key(k)]
    if forbidden:
        raise ApplicationError(
            NotificationError.CONTEXT_FORBIDDEN,
            _("Personal identifiers may not be sent by email."),
            fields={"context": forbidden},
        )
    status = Status.QUEUED
    if hold:
        owner = _person_of(case, person)
        if owner is None:
            raise ApplicationError(
                NotificationError.HOLD_WITHOUT_PERSON,
                _("A notification can wait for a verified address only if it has a person."),
                fields={"hold": True},
            )
        verified = _verified_address(owner)
        if verified is not None:
            to = verified
        else:
            status = Status.HELD
            # Kept for the record only: a held row goes to whatever address gets verified.
            to = (to or "").strip()
    if status == Status.QUEUED:
        to = _check_address(to)
    # Dates, Decimals and lazy strings become plain JSON values now, not at delivery time.
    plain_context = json.loads(json.dumps(context, cls=DjangoJSONEncoder))
    now = timezone.now()
    notification = Notification.objects.create(
        template=template,
        language=normalise_language(language),
        to=to,
        context=plain_context,
        attachments=_attachments(attachments),
        case=case,
        person=person,
        status=status,
        next_attempt_at=now,
        message_id=_message_id(),
        # Story time: the case page and the demo show when it was queued in the story.
        created_at=clock.now(),
        deliverable_since=now if status == Status.QUEUED else None,
    )
    if status == Status.QUEUED:
        _enqueue_in_transaction(notification.pk)
    return notification


def _enqueue_in_transaction(pk: int) -> None:
    """The task row is written now, in the caller's transaction (django-tasks-db writes it
    through the same connection), so it commits or rolls back with the notification."""
    from kokugai.notifications.delivery import _enqueue

    _enqueue(pk)


def notifications_release_held(*, person: Any) -> int:
    """Queue the held rows of ``person`` to their verified address; returns how many.

    Rows stay held if the address is not verified (nothing is ever sent to an unverified one).
    """
    address = _verified_address(person)
    if address is None:
        return 0
    held = Notification.objects.select_for_update(of=("self",)).filter(
        Q(person=person) | Q(case__person=person), status=Status.HELD
    )
    now = timezone.now()
    released = 0
    for notification in held:
        notification.to = address
        notification.status = Status.QUEUED
        notification.next_attempt_at = now
        notification.deliverable_since = now
        notification.save(update_fields=["to", "status", "next_attempt_at", "deliverable_since"])
        _enqueue_in_transaction(notification.pk)
        released += 1
    return released


def notification_cancel(*, notification: Notification) -> bool:
    """Cancel a notification that has not gone out yet (e.g. a reminder for a cancelled slot)."""
    return bool(
        Notification.objects.filter(
            pk=notification.pk, status__in=(Status.HELD, Status.QUEUED, Status.RETRYING)
        ).update(status=Status.CANCELLED, lease_until=None)
    )


# --- email change ----------------------------------------------------------------------------


def _token_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _email_change_ttl() -> dt.timedelta:
    return dt.timedelta(hours=float(settings.KOKUGAI_EMAIL_CHANGE_TTL_HOURS))


def _verification_link(*, person: Any, address: str, template: str) -> EmailChangeRequest:
    now = clock.now()
    # An older link must not win over the newest request.
    EmailChangeRequest.objects.filter(
        person=person, verified_at__isnull=True, expires_at__gt=now
    ).update(expires_at=now)
    secret = secrets.token_urlsafe(32)
    request = EmailChangeRequest.objects.create(
        person=person,
        new_email=address,
        token_hash=_token_hash(secret),
        created_at=now,
        expires_at=now + _email_change_ttl(),
    )
    token = link_make(EMAIL_VERIFY, {"r": request.pk, "s": secret})
    verify_url = absolute_url("portal:email_verify", token)
    notification_queue(
        template=template,
        to=address,
        language=person.language,
        context={
            "verify_url": verify_url,
            "expires_at": request.expires_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        },
        person=person,
    )
    request.token = token
    return request


@transaction.atomic
def email_change_request(*, person: Any, new_email: str, actor: Any = None) -> EmailChangeRequest:
    """Send a signed, expiring link to ``new_email``; nothing changes until it is opened.

    The returned request carries the raw ``token`` attribute (not stored) for callers that
    show or test it. Raises ApplicationError ``invalid_email`` or ``email_unchanged``.
    """
    new_email = _check_address(new_email, "new_email")
    if person.email and person.email.lower() == new_email.lower() and person.email_verified_at:
        raise ApplicationError(
            NotificationError.EMAIL_UNCHANGED,
            _("This is already the registered address."),
            fields={"new_email": new_email},
        )
    request = _verification_link(person=person, address=new_email, template="email_change_verify")
    _audit_link_sent(person, actor, "person.email_change_requested", "new_email", request)
    return request


def _audit_link_sent(
    person: Any, actor: Any, action: str, key: str, request: EmailChangeRequest
) -> None:
    audit_record(
        actor=actor,
        actor_label="" if actor is not None else "citizen",
        action=action,
        object_type="person",
        object_id=person.pk,
        office_code=person.honseki.code,
        detail={key: mask_email(request.new_email), "request": request.pk},
    )


@transaction.atomic
def email_verification_start(*, person: Any, email: str, actor: Any = None) -> EmailChangeRequest:
    """Confirm an address typed at intake: keep it as pending, send a link to it.

    Until the link is opened (``email_change_verify``) the address is not used: mails queued
    with ``hold=True`` wait for it. A person who already has a verified address goes through
    the email change instead (the old address keeps working and is told of the change).
    The returned request carries the raw ``token``. Raises ApplicationError ``invalid_email``
    or ``email_unchanged``.
    """
    email = _check_address(email, "email")
    if person.email_verified_at is not None:
        return email_change_request(person=person, new_email=email, actor=actor)
    # Pending: stored so the staff see what was typed; unused until verified.
    person.email = email
    person.save(update_fields=["email"])
    request = _verification_link(person=person, address=email, template="email_verify")
    _audit_link_sent(person, actor, "person.email_verification_requested", "email", request)
    return request


def _link_invalid() -> LinkInvalid:
    return LinkInvalid(_("This link is not valid. Please request a new one."))


def _link_expired() -> LinkExpired:
    return LinkExpired(_("This link has expired. Please request a new one."))


@transaction.atomic
def email_change_verify(*, token: str) -> Any:
    """Switch the person to the verified address; tell the old address; audit for the 本籍地.

    Returns the Person. Raises ``link_invalid``, ``link_expired`` or ``link_used``
    (``kokugai.core.tokens``); nothing changes then.
    """
    data = link_read(EMAIL_VERIFY, token)
    try:
        pk, secret = int(data["r"]), str(data["s"])
    except (KeyError, TypeError, ValueError):
        raise _link_invalid() from None
    request = (
        EmailChangeRequest.objects.select_for_update()
        .select_related("person", "person__honseki")
        .filter(pk=pk)
        .first()
    )
    if request is None or not hmac.compare_digest(_token_hash(secret), request.token_hash):
        raise _link_invalid()
    if request.verified_at is not None:
        raise LinkUsed()
    now = clock.now()
    if now >= request.expires_at:
        raise _link_expired()

    person = request.person
    # Only a verified address may be told: an unverified one was never confirmed as theirs.
    old_email = person.email if person.email_verified_at is not None else ""
    person.email = request.new_email
    person.email_verified_at = now
    person.email_undeliverable = False
    person.save(update_fields=["email", "email_verified_at", "email_undeliverable"])
    request.verified_at = now
    request.save(update_fields=["verified_at"])
    if old_email and old_email.lower() != request.new_email.lower():
        notification_queue(
            template="email_change_notice_old",
            to=old_email,
            language=person.language,
            context={"new_email_masked": mask_email(request.new_email)},
            person=person,
        )
    released = notifications_release_held(person=person)
    audit_citizen(
        action="person.email_changed",
        object_type="person",
        object_id=person.pk,
        office_code=person.honseki.code,
        detail={
            "old_email": mask_email(old_email) if old_email else "",
            "new_email": mask_email(request.new_email),
            "request": request.pk,
            "released": released,
        },
    )
    return person


# --- a bounced address: changed by the office, or by a link sent to the OLD address --------

EMAIL_CODE_SALT = "kokugai.notifications.email_change_code"
EMAIL_CODE_MAX_AGE = dt.timedelta(hours=1)
#: The link mailed to the OLD address to change it (possession of that mailbox is the proof).
EMAIL_CHANGE = LinkKind("email_change", EMAIL_CODE_SALT, EMAIL_CODE_MAX_AGE)


def _address_digest(address: str) -> str:
    """Binds a change link to the address it was sent to, without putting it in the link."""
    return hmac.new(
        settings.SECRET_KEY.encode("utf-8"),
        f"{EMAIL_CODE_SALT}|{address.strip().casefold()}".encode(),
        hashlib.sha256,
    ).hexdigest()[:32]


@transaction.atomic
def email_change_code_send(*, person: Any) -> str:
    """Send a link to change the address to the person's current, verified address (the old
    one, even if mail to it bounced: a full mailbox recovers). Returns that address masked.

    Possession of the old mailbox is the proof; a citizen without it changes the address at
    an office (``cases.services.case_update_email``, staff-only). Raises ApplicationError
    ``email_change_office_only`` (409) when there is no verified address to send to.
    """
    if not person.email or person.email_verified_at is None:
        raise ApplicationError(
            NotificationError.EMAIL_CHANGE_OFFICE_ONLY,
            _("There is no confirmed address to send the link to: please ask at an office."),
            status=409,
        )
    token = link_make(EMAIL_CHANGE, {"p": person.pk, "h": _address_digest(person.email)})
    expires = clock.now() + EMAIL_CODE_MAX_AGE
    notification_queue(
        template="email_change_code",
        to=person.email,
        language=person.language,
        context={
            "change_url": absolute_url("portal:email_change", token),
            "expires_at": expires.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        },
        person=person,
    )
    audit_citizen(
        action="person.email_change_code_sent",
        object_type="person",
        object_id=person.pk,
        office_code=person.honseki.code,
        detail={"to": mask_email(person.email)},
    )
    return mask_email(person.email)


def email_change_code_person(token: str) -> Any:
    """The person whose old mailbox received ``token``, or ``link_invalid`` (tampered,
    unknown, or the address has changed since: a replay after the change) or
    ``link_expired``. Reads only."""
    from kokugai.people.models import Person

    try:
        data = link_read(EMAIL_CHANGE, token)
    except LinkExpired:
        raise _link_expired() from None
    except LinkInvalid:
        raise _link_invalid() from None
    try:
        pk, digest = int(data["p"]), str(data["h"])
    except (KeyError, TypeError, ValueError):
        raise _link_invalid() from None
    person = Person.objects.select_related("honseki").filter(pk=pk).first()
    if (
        person is None
        or not person.email
        or not hmac.compare_digest(_address_digest(person.email), digest)
    ):
        raise _link_invalid()
    return person
