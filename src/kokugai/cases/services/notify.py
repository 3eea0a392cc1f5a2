"""The notifications of a case: their context, queued in the transition's transaction."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kokugai.cases import tokens
from kokugai.cases.households import HouseholdMember
from kokugai.cases.models import Case
from kokugai.cases.services.common import pickup_counter
from kokugai.cases.workflow import REJECTION_REASONS
from kokugai.registry.models import Office
from kokugai.rules.types import Text


def _office_names(prefix: str, office: Office | None) -> dict[str, str]:
    """The office's names, and its contact (postal address, phone, hours) as text lines
    (``office_contact_ja``/``_en``: the mails' one contact block, ``_office_contact_*``)."""
    if office is None:
        return {f"{prefix}_ja": "", f"{prefix}_en": ""}
    return {
        f"{prefix}_ja": office.name_ja,
        f"{prefix}_en": office.name("en"),
        "office_contact_ja": office.contact("ja").text("ja"),
        "office_contact_en": office.contact("en").text("en"),
    }


def notification_context(case: Case, template: str) -> dict[str, Any]:
    """The context keys the notifications catalogue expects for ``template``."""
    ctx: dict[str, Any] = {
        "receipt_number": case.receipt_number,
        "application_id": case.application_id or "",
        "procedure": case.procedure,
        "tracking_url": tokens.tracking_url(),
    }
    if template == "received":
        ctx |= _office_names("intake_office", case.intake_office)
    elif template in {"forwarded", "accepted", "rejected", "correction_requested"}:
        ctx |= _office_names("honseki_office", case.honseki_office)
    elif template in {"shipped", "collected", "uncollected", "pickup_changed"}:
        ctx |= _office_names("pickup_office", case.pickup_office)
    elif template in {"arrived", "uncollected_warning"}:
        ctx |= _office_names("pickup_office", case.pickup_office)
        ctx["last_day"] = case.pickup_deadline.isoformat() if case.pickup_deadline else ""
    if template == "rejected":
        reason = REJECTION_REASONS.get(case.rejection_reason, Text("", ""))
        ctx |= {"reason_ja": reason.ja, "reason_en": reason.en}
    if template == "correction_requested":
        ctx |= {"correction_text": case.correction_request, "reply_url": tokens.reply_url(case.pk)}
    if template == "arrived":
        counter = pickup_counter(case.pickup_office) if case.pickup_office else None
        ctx |= {
            "counter_ja": counter.name_ja if counter else "",
            "counter_en": counter.name("en") if counter else "",
            "floor": counter.floor if counter else "",
            "booking_url": tokens.booking_url(case.pk),
        }
    return ctx


def _collected_together(case: Case) -> bool:
    """Is the case's person an active member of a household that collects together?"""
    return HouseholdMember.objects.filter(
        case=case, active=True, household__pickup_together=True
    ).exists()


def _queue(case: Case, templates: Iterable[str]) -> list[dict[str, Any]]:
    """Queue the notifications in the caller's transaction; returns what the event records."""
    from kokugai.notifications.catalogue import catalogue_get
    from kokugai.notifications.services import notification_queue

    person = case.person
    out = []
    for template in templates:
        if template == "arrived" and _collected_together(case):
            # The family collects together: the representative gets one mail with one link
            # for the whole household when the last card arrives (``household_arrived``);
            # a member's own "book here" link would only be refused.
            out.append({"template": template, "queued": False, "why": "household_together"})
            continue
        to = person.email if person.email and person.email_verified_at else ""
        if catalogue_get(template) is None:
            out.append({"template": template, "queued": False, "why": "not_in_catalogue"})
            continue
        # An address typed at intake but not verified yet: the mail waits (held) and goes out
        # once the applicant opens the verification link, instead of being dropped.
        hold = not to and bool(person.email)
        if not to and not hold:
            out.append({"template": template, "queued": False, "why": "no_email"})
            continue
        notification_queue(
            template=template,
            to=to,
            language=person.language,
            context=notification_context(case, template),
            case=case,
            person=person,
            hold=hold,
        )
        entry: dict[str, Any] = {"template": template, "queued": True}
        if hold:
            entry["held"] = True
            entry["why"] = "email_not_verified"
        out.append(entry)
    return out
