"""Reminders that no transition triggers: card expiry, certificate renewal, return switch.

They live in `cases` (not `notifications`, which sits below it) because they read open
cases; they send through ``notifications.services.notification_queue``.

Renewing from abroad takes 2–3 months (the 在外公館 forwards to the 本籍地 and back), so the
holder of an active overseas card is reminded 6 and 3 months before the card or its
certificates expire. A holder who moved back to Japan is reminded of the switch deadline
(marked assumption ``return_switch_deadline_days``, counted from the opening of the
return_to_japan case, which files the 転入届 at the same time) while that case is still open.

Each stage is sent at most once (``Reminder`` rows, unique per kind, person, due date, lead).
When a run finds several stages already passed (first run, worker down), only the nearest
one is sent: one mail, not a burst of stale ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q

from kokugai.cases.models import Case
from kokugai.core import clock, config
from kokugai.notifications.models import Reminder
from kokugai.notifications.services import notification_queue

JST = ZoneInfo("Asia/Tokyo")

# The lead days (settings.KOKUGAI_EXPIRY_REMINDER_DAYS, default 180 and 90: 6 and 3 months,
# as a renewal from abroad takes 2–3 months; KOKUGAI_RETURN_REMINDER_DAYS, 30 and 7).

#: Open cases that already renew what a reminder would be about: then it is not sent.
_RENEWING = {
    "card_expiry_reminder": ("new_issuance", "reissue"),
    "cert_renewal_reminder": ("cert_renewal", "new_issuance", "reissue"),
}


def _leads(days: Sequence[int]) -> tuple[int, ...]:
    return tuple(sorted(days, reverse=True))


def stage(today: dt.date, due_on: dt.date, leads: Iterable[int]) -> int | None:
    """The nearest lead already reached (days left ≤ lead) before the due date, or None."""
    left = (due_on - today).days
    if left < 0:
        return None
    reached = [lead for lead in leads if left <= lead]
    return min(reached) if reached else None


def _japan_today() -> dt.date:
    return clock.now().astimezone(JST).date()


def _send(
    *,
    kind: str,
    person: Any,
    due_on: dt.date,
    lead: int,
    context: dict[str, Any],
    card: Any = None,
    case: Any = None,
) -> bool:
    """Queue one reminder and its record together; False if this stage was already sent."""
    if Reminder.objects.filter(kind=kind, person=person, due_on=due_on, lead_days=lead).exists():
        return False
    try:
        with transaction.atomic():
            reminder = Reminder.objects.create(
                kind=kind,
                person=person,
                card=card,
                case=case,
                due_on=due_on,
                lead_days=lead,
                created_at=clock.now(),
            )
            # Held until verified if the address is not: the reminder is never lost.
            reminder.notification = notification_queue(
                template=kind,
                to=person.email,
                language=person.language,
                context=context,
                person=person,
                hold=True,
            )
            reminder.save(update_fields=["notification"])
    except IntegrityError:
        return False  # a concurrent run recorded the same stage first
    return True


def _renewing(person: Any, kind: str) -> bool:
    procedures = _RENEWING.get(kind, ())
    return (
        bool(procedures)
        and person.cases.filter(procedure__in=procedures, closed_at__isnull=True).exists()
    )


def card_reminders_send(*, today: dt.date | None = None) -> dict[str, int]:
    """Card expiry and certificate renewal reminders for active overseas cards."""
    from kokugai.people.models import Card, CardKind, CardStatus

    today = today or _japan_today()
    leads = _leads(settings.KOKUGAI_EXPIRY_REMINDER_DAYS)
    horizon = today + dt.timedelta(days=max(leads))
    sent = {"card_expiry_reminder": 0, "cert_renewal_reminder": 0}
    cards = (
        Card.objects.filter(kind=CardKind.OVERSEAS, status=CardStatus.ACTIVE)
        .filter(
            Q(expires_on__range=(today, horizon))
            | Q(signing_cert_expires_on__range=(today, horizon))
            | Q(auth_cert_expires_on__range=(today, horizon))
        )
        .select_related("person")
    )
    for card in cards:
        certs = [d for d in (card.signing_cert_expires_on, card.auth_cert_expires_on) if d]
        due = {
            "card_expiry_reminder": card.expires_on,
            "cert_renewal_reminder": min(certs, default=None),
        }
        if due["cert_renewal_reminder"] == card.expires_on:
            # Certificates that end with the card are renewed with it: one mail, about the card.
            due["cert_renewal_reminder"] = None
        for kind, due_on in due.items():
            if due_on is None:
                continue
            lead = stage(today, due_on, leads)
            if lead is None or _renewing(card.person, kind):
                continue
            if _send(
                kind=kind,
                person=card.person,
                card=card,
                due_on=due_on,
                lead=lead,
                context={"expires_on": due_on.isoformat()},
            ):
                sent[kind] += 1
    return sent


def return_switch_deadline(opened_on: dt.date) -> dt.date:
    days = config.assumptions().int("return_switch_deadline_days")
    return opened_on + dt.timedelta(days=days)


def return_reminders_send(*, today: dt.date | None = None) -> dict[str, int]:
    """Switch reminders for holders whose return_to_japan case is open with the deadline near."""
    today = today or _japan_today()
    leads = _leads(settings.KOKUGAI_RETURN_REMINDER_DAYS)
    sent = 0
    cases = Case.objects.filter(procedure="return_to_japan", closed_at__isnull=True).select_related(
        "person"
    )
    for case in cases:
        due_on = return_switch_deadline(case.opened_at.astimezone(JST).date())
        lead = stage(today, due_on, leads)
        if lead is None:
            continue
        if _send(
            kind="return_switch_reminder",
            person=case.person,
            case=case,
            due_on=due_on,
            lead=lead,
            # The procedure's one name (継続利用 at the new municipality) comes from the rules.
            context={"deadline": due_on.isoformat(), "procedure": case.procedure},
        ):
            sent += 1
    return {"return_switch_reminder": sent}


def reminders_send(*, today: dt.date | None = None) -> dict[str, int]:
    """Daily: every reminder that is due today and was not sent before."""
    return {**card_reminders_send(today=today), **return_reminders_send(today=today)}
