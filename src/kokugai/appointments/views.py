"""Thin views: the citizen's booking and manage pages (signed links) and the staff day view.

Every refusal is an ApplicationError from the services, shown with its stable code; the
views decide nothing themselves.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from kokugai.appointments import ics, selectors, services, slots
from kokugai.appointments.access import (
    access_booking_by_manage_token,
    access_case_by_book_token,
    access_household_by_book_token,
    book_token_make,
    day_names_reveal,
    manage_token_make,
)
from kokugai.appointments.errors import AppointmentError, SlotClosed, TokenExpired, TokenInvalid
from kokugai.appointments.models import Booking, BookingStatus, ServiceKind, ServiceType, Slot
from kokugai.cases.models import Case
from kokugai.core import clock
from kokugai.core.audit import audit_citizen, audit_record
from kokugai.core.errors import ApplicationError, NotFound
from kokugai.core.i18n import current_lang
from kokugai.core.models import User
from kokugai.registry.models import Counter, Office
from kokugai.rules.dates import format_date
from kokugai.rules.timezones import zone_name

#: Office-local days listed per page of the day picker.
DAYS_PER_PAGE = 14


def _error(request: HttpRequest, exc: ApplicationError) -> HttpResponse:
    if isinstance(exc, TokenInvalid | TokenExpired):
        # A tampered or expired link is audited like every other refused citizen link.
        audit_citizen(
            action="link.refused",
            object_type="link",
            object_id=request.resolver_match.url_name if request.resolver_match else "",
            detail={"reason": exc.code},
        )
    return render(request, "appointments/error.html", {"error": exc}, status=exc.status)


def _picker(
    request: HttpRequest,
    *,
    service: ServiceType,
    case: Case | None,
    applicant_zone: str,
    exclude: Slot | None = None,
) -> dict[str, Any]:
    """A day first, then that day's times (``?day=YYYY-MM-DD``: plain links, no JavaScript).

    Days on or after the citizen's departure from Japan, when the case knows it, are not
    offered: a pickup after the flight home is no pickup.
    """
    lang = current_lang()
    # The days with a free place from ONE grouped query; the slots of the chosen day only.
    days = selectors.slot_days_free(service=service, case=case, exclude=exclude)
    departure = case.departure_date if case is not None else None
    if departure is not None:
        days = [(d, n) for d, n in days if d < departure]
    try:
        page = max(int(request.GET.get("page", "1")), 1)
    except ValueError:
        page = 1
    chosen = _parse_date(request.GET.get("day"))
    chosen_slots: list[Slot] = []
    if chosen in dict(days):
        chosen_slots = selectors.slot_list_free(
            service=service, case=case, exclude=exclude, day=chosen
        )
    if not chosen_slots:
        chosen = None
    day_links = [
        {
            "day": d,
            "iso": d.isoformat(),
            "label": selectors.day_label(d, lang),
            "free": free,
            "current": d == chosen,
        }
        for d, free in days[(page - 1) * DAYS_PER_PAGE : page * DAYS_PER_PAGE]
    ]
    shown = (
        selectors.day_groups_render(
            [(chosen, chosen_slots)],
            office_zone=service.office.timezone,
            applicant_zone=applicant_zone,
            lang=lang,
        )
        if chosen is not None
        else []
    )
    return {
        "days": shown,
        "day_links": day_links,
        "chosen_day": chosen,
        "departure_date": departure,
        "applicant_zone_name": zone_name(applicant_zone, lang),
        "office_zone_name": zone_name(service.office.timezone, lang),
        "page": page,
        "has_next": len(days) > page * DAYS_PER_PAGE,
        "has_prev": page > 1,
        "any_free": bool(days),
    }


def _where(service: ServiceType) -> dict[str, Any]:
    lang = current_lang()
    office, counter = service.office, service.counter
    return {
        "service": service,
        "service_name": service.name(lang),
        "office_name": office.name(lang),
        "counter_name": counter.name(lang),
        "floor": counter.floor,
        "office_zone": office.timezone,
        "office_zone_abbrev": slots.format_office(clock.now(), office.timezone).split(" ")[-1],
        "office_zone_name": zone_name(office.timezone, lang),
    }


def _slot_from_post(request: HttpRequest, service: ServiceType) -> Slot:
    try:
        slot_id = int(request.POST.get("slot", ""))
    except ValueError:
        raise SlotClosed(fields={"slot": request.POST.get("slot", "")}) from None
    slot = Slot.objects.filter(pk=slot_id, service=service).first()
    if slot is None:
        raise SlotClosed(fields={"slot": slot_id})
    return slot


def _parse_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


@require_http_methods(["GET", "POST"])
def book(request: HttpRequest, token: str) -> HttpResponse:
    try:
        case = access_case_by_book_token(token)
        active = selectors.booking_get_active(case)
        if active is not None:
            return HttpResponseRedirect(_manage_path(active))
        service = services.service_for_case(case)
        services.booking_open_check(case, service)
        services.family_together_refuse(case, service)
    except ApplicationError as exc:
        return _error(request, exc)

    zone = case.person.timezone
    error: ApplicationError | None = None
    if request.method == "POST":
        try:
            if request.POST.get("action") == "waitlist":
                services.waitlist_join(
                    case=case,
                    earliest=_parse_date(request.POST.get("earliest")),
                    latest=_parse_date(request.POST.get("latest")),
                    language=current_lang(),
                )
                messages.success(
                    request, _("You are on the waitlist. We will book a freed place for you.")
                )
                return HttpResponseRedirect(request.path)
            booking = services.appointment_book(
                case=case, slot=_slot_from_post(request, service), language=current_lang()
            )
        except ApplicationError as exc:
            error = exc
        else:
            messages.success(request, _("Your appointment is booked."))
            return HttpResponseRedirect(_manage_path(booking))

    context = {
        "case": case,
        "applicant_zone": zone,
        "applicant_zone_name": zone_name(zone, current_lang()),
        "last_day": case.pickup_deadline,
        "error": error,
        **_where(service),
        **_picker(request, service=service, case=case, applicant_zone=zone),
    }
    return render(request, "appointments/book.html", context, status=error.status if error else 200)


@require_http_methods(["GET", "POST"])
def household_book(request: HttpRequest, token: str) -> HttpResponse:
    """The family's one pickup, from the link mailed to the representative: a day, then a
    time; every member is booked together or nobody (``households.household_pickup_book``)."""
    from kokugai.appointments import households

    try:
        household = access_household_by_book_token(token)
        to_book, waiting, booked = households.household_unbooked(household)
        if household.pickup_together:
            households.household_waiting_refuse(waiting)
    except ApplicationError as exc:
        return _error(request, exc)
    lang = current_lang()
    zone = household.representative.timezone if household.representative else "Asia/Tokyo"
    context: dict[str, Any] = {
        "household": household,
        "to_book": to_book,
        "booked": [
            {
                "booking": b,
                "when": slots.format_dual(
                    b.slot.starts_at, b.slot.service.office.timezone, b.applicant_timezone
                ),
            }
            for b in booked
        ],
        "error": None,
    }
    if not to_book:
        return render(request, "appointments/household_book.html", context)
    error: ApplicationError | None = None
    try:
        service = services.service_for_case(to_book[0])
        if request.method == "POST":
            slot = _slot_from_post(request, service)
            households.household_pickup_book(
                household=household,
                starts_at=slot.starts_at,
                cases=None if household.pickup_together else to_book,
            )
            messages.success(request, _("Your family's appointment is booked."))
            return HttpResponseRedirect(request.path)
    except ApplicationError as exc:
        if request.method != "POST":
            return _error(request, exc)
        error = exc
    minutes = households.family_visit_minutes(service, len(to_book))
    context |= {
        "error": error,
        "minutes": minutes,
        "applicant_zone": zone,
        "applicant_zone_name": zone_name(zone, lang),
        "last_day": min((c.pickup_deadline for c in to_book if c.pickup_deadline), default=None),
        **_where(service),
        **_picker(request, service=service, case=to_book[0], applicant_zone=zone),
    }
    return render(
        request,
        "appointments/household_book.html",
        context,
        status=error.status if error else 200,
    )


def _manage_path(booking: Booking) -> str:
    return reverse("appointments:manage", args=[manage_token_make(booking)])


def _when_in_words(booking: Booking, lang: str) -> str:
    """``2026年1月16日(金)（令和8年） 10:00（日本時間） / 台北時間 9:00``: the date as the
    language writes it and both zones named in words (the ISO form stays in ``data-dual``)."""
    office_zone = booking.slot.service.office.timezone
    here = booking.slot.starts_at.astimezone(ZoneInfo(office_zone))
    text = f"{format_date(here.date(), lang)} {here:%H:%M} ({zone_name(office_zone, lang)})"
    zone = booking.applicant_timezone
    if zone and zone != office_zone:
        there = booking.slot.starts_at.astimezone(ZoneInfo(zone))
        when = f"{there:%H:%M}"
        if there.date() != here.date():
            when = f"{format_date(there.date(), lang, era=False)} {when}"
        text += f" / {zone_name(zone, lang)} {when}"
    return text


@require_http_methods(["GET", "POST"])
def manage(request: HttpRequest, token: str) -> HttpResponse:
    try:
        booking = access_booking_by_manage_token(token)
    except ApplicationError as exc:
        return _error(request, exc)
    service = booking.slot.service
    error: ApplicationError | None = None
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "cancel":
                services.appointment_cancel(booking=booking)
                messages.success(request, _("Your appointment is cancelled."))
            elif action == "reschedule":
                services.appointment_reschedule(
                    booking=booking, slot=_slot_from_post(request, service)
                )
                messages.success(request, _("Your appointment is changed."))
            return HttpResponseRedirect(request.path)
        except ApplicationError as exc:
            error = exc
            booking.refresh_from_db()

    zone = booking.applicant_timezone
    context: dict[str, Any] = {
        "booking": booking,
        "case": booking.case,
        "last_day": booking.case.pickup_deadline if booking.case else None,
        "error": error,
        "applicant_zone": zone,
        "applicant_zone_name": zone_name(zone, current_lang()),
        "when": services.appointment_times(booking),
        "when_in_words": _when_in_words(booking, current_lang()),
        "is_booked": booking.status == BookingStatus.BOOKED,
        "is_cancelled": booking.status == BookingStatus.CANCELLED,
        "token": token,
        **_where(service),
    }
    if context["is_booked"]:
        context.update(
            _picker(
                request,
                service=service,
                case=booking.case,
                applicant_zone=zone,
                exclude=booking.slot,
            )
        )
    if context["is_cancelled"]:
        context["book_again_url"] = (
            reverse("appointments:book", args=[book_token_make(booking.case)])
            if booking.case is not None
            else reverse("appointments:intake", args=[service.pk])
        )
    return render(
        request, "appointments/manage.html", context, status=error.status if error else 200
    )


def manage_ics(request: HttpRequest, token: str) -> HttpResponse:
    try:
        booking = access_booking_by_manage_token(token)
    except ApplicationError as exc:
        return _error(request, exc)
    response = HttpResponse(ics.booking_ics(booking), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="appointment.ics"'
    return response


# --- intake by appointment (no case yet) -------------------------------------------------


def _intake_service(service_id: int) -> ServiceType:
    service = (
        ServiceType.objects.select_related("office", "counter")
        .filter(
            pk=service_id,
            kind=ServiceKind.INTAKE,
            is_active=True,
            citizen_bookable=True,
        )
        .first()
    )
    if service is None:
        raise NotFound()
    return service


def intake_list(request: HttpRequest) -> HttpResponse:
    """Offices whose counters take applications by appointment."""
    lang = current_lang()
    rows = [
        {
            "service": s,
            "office_name": s.office.name(lang),
            "counter_name": s.counter.name(lang),
            "floor": s.counter.floor,
        }
        for s in selectors.intake_service_list()
    ]
    return render(request, "appointments/intake_list.html", {"rows": rows})


@require_http_methods(["GET", "POST"])
def intake(request: HttpRequest, service_id: int) -> HttpResponse:
    try:
        service = _intake_service(service_id)
    except ApplicationError as exc:
        return _error(request, exc)
    form = {
        "name": request.POST.get("name", ""),
        "email": request.POST.get("email", ""),
        "timezone": request.POST.get("timezone", "") or service.office.timezone,
    }
    error: ApplicationError | None = None
    if request.method == "POST":
        try:
            booking = services.appointment_book_intake(
                service=service,
                slot=_slot_from_post(request, service),
                name=form["name"],
                email=form["email"],
                language=current_lang(),
                applicant_timezone=form["timezone"],
            )
        except ApplicationError as exc:
            error = exc
        else:
            messages.success(request, _("Your appointment is booked."))
            return HttpResponseRedirect(_manage_path(booking))
    zone = form["timezone"]
    if error is not None and "timezone" in error.fields:
        zone = service.office.timezone
    context = {
        "error": error,
        "form": form,
        "applicant_zone": zone,
        "applicant_zone_name": zone_name(zone, current_lang()),
        "timezones": selectors.timezone_choices(),
        **_where(service),
        **_picker(request, service=service, case=None, applicant_zone=zone),
    }
    return render(
        request, "appointments/intake.html", context, status=error.status if error else 200
    )


# --- staff -----------------------------------------------------------------------------


def _staff_office(request: HttpRequest) -> Office:
    profile = getattr(request.user, "staff", None)
    if profile is None:
        raise NotFound()
    return Office.objects.get(pk=profile.office_id)


def _staff_counter(request: HttpRequest, counter_id: int) -> Counter:
    # Another office's counter looks exactly like a missing one.
    office = _staff_office(request)
    counter = Counter.objects.select_related("office").filter(pk=counter_id, office=office).first()
    if counter is None:
        raise NotFound()
    return counter


def _office_today(office: Office) -> dt.date:
    # "Today" at the counter, not in UTC: a mission in Los Angeles works on its own date.
    return slots.local_date(clock.now(), office.timezone)


@login_required
def staff_home(request: HttpRequest) -> HttpResponse:
    try:
        office = _staff_office(request)
    except ApplicationError as exc:
        return _error(request, exc)
    lang = current_lang()
    counters: dict[int, dict[str, Any]] = {}
    for s in selectors.service_list_for_office(office.pk):
        entry = counters.setdefault(
            s.counter_id,
            {"counter": s.counter, "name": s.counter.name(lang), "services": []},
        )
        entry["services"].append(s.name(lang))
    return render(
        request,
        "appointments/staff_home.html",
        {"office": office, "counters": list(counters.values()), "today": _office_today(office)},
    )


@login_required
def staff_day(request: HttpRequest, service_id: int, day: str) -> HttpResponse:
    """Old per-service address: the day view is per counter now."""
    try:
        office = _staff_office(request)
    except ApplicationError as exc:
        return _error(request, exc)
    service = ServiceType.objects.filter(pk=service_id, office=office).first()
    if service is None:
        return _error(request, NotFound())
    return HttpResponseRedirect(
        reverse("appointments:staff_counter_day", args=[service.counter_id, day])
    )


def _who(booking: Booking) -> str:
    return booking.case.receipt_number if booking.case is not None else booking.contact_name


def _staff_post(
    request: HttpRequest, services_here: list[ServiceType], day: dt.date
) -> tuple[str, Booking | None]:
    """Do the posted step; return what to tell the clerk and the booking it changed."""
    actor: User = request.user
    action = request.POST.get("action")
    if action in {"check_in", "no_show"}:
        booking = Booking.objects.filter(
            pk=request.POST.get("booking"), slot__service__in=services_here
        ).first()
        if booking is None:
            raise NotFound()
        if action == "check_in":
            services.appointment_check_in(booking=booking, actor=actor)
            return _("Checked in: %(who)s") % {"who": _who(booking)}, booking
        services.appointment_no_show(booking=booking, actor=actor)
        return _("Marked as not attended: %(who)s") % {"who": _who(booking)}, booking
    elif action == "capacity":
        service = next((s for s in services_here if str(s.pk) == request.POST.get("service")), None)
        if service is None:
            raise NotFound()
        services.day_capacity_adjust(
            service=service, day=day, delta=int(request.POST.get("delta", "0")), actor=actor
        )
    elif action == "slot_capacity":
        slot = Slot.objects.filter(pk=request.POST.get("slot"), service__in=services_here).first()
        if slot is None:
            raise NotFound()
        services.slot_capacity_set(
            slot=slot, capacity=int(request.POST.get("capacity", "")), actor=actor
        )
    return _("Capacity changed."), None


@login_required
@require_http_methods(["GET", "POST"])
def staff_counter_day(request: HttpRequest, counter_id: int, day: str) -> HttpResponse:
    """One counter's day: every service booked there, its bookings and its slots."""
    try:
        counter = _staff_counter(request, counter_id)
    except ApplicationError as exc:
        return _error(request, exc)
    the_day = _parse_date(day)
    if the_day is None:
        return _error(request, NotFound())
    office = counter.office
    services_here = selectors.service_list_for_counter(counter)
    error: ApplicationError | None = None
    reveal = request.method == "POST" and request.POST.get("action") == "reveal_names"
    if request.method == "POST" and not reveal:
        try:
            done, booking = _staff_post(request, services_here, the_day)
        except ApplicationError as exc:
            error = exc
        except ValueError:
            error = ApplicationError(AppointmentError.INVALID_NUMBER, _("Enter a whole number."))
        else:
            if request.htmx and booking is not None:
                # Check-in from the day view: the row shows its new status, the status line
                # says what happened (the page stays where the clerk is).
                booking = Booking.objects.select_related("slot", "case").get(pk=booking.pk)
                return render(
                    request,
                    "appointments/_booking_changed.html",
                    {"row": _booking_row(booking, office.timezone), "done": done},
                )
            messages.success(request, done)
            return HttpResponseRedirect(request.path)

    lang = current_lang()
    zone = office.timezone
    sections: list[dict[str, Any]] = []
    for service in services_here:
        services.slots_materialise(service=service, start=the_day, end=the_day)
        rows = [
            _booking_row(b, zone)
            for b in selectors.booking_list_for_day(service=service, day=the_day)
        ]
        day_slots = [
            {"slot": s, "time": slots.format_office(s.starts_at, zone).split(" ")[1]}
            for s in selectors.slot_list_for_day(service=service, day=the_day)
        ]
        sections.append(
            {"service": service, "name": service.name(lang), "rows": rows, "slots": day_slots}
        )
    shown = [row["booking"] for section in sections for row in section["rows"]]
    if reveal and shown:
        # "Show names": an audited read (appointment.reveal_names), for this response only.
        try:
            names = day_names_reveal(actor=request.user, counter=counter, bookings=shown)
        except ApplicationError as exc:
            return _error(request, exc)
        for section in sections:
            for row in section["rows"]:
                row["name"] = names.get(row["booking"].pk, "")
    if shown:
        # Names and receipt numbers of the day's citizens: a read of personal data.
        audit_record(
            actor=request.user,
            action="appointments.day_read",
            object_type="counter",
            object_id=counter.pk,
            office_code=office.code,
            detail={
                "day": the_day.isoformat(),
                "bookings": [b.pk for b in shown],
                "cases": sorted({b.case_id for b in shown if b.case_id}),
            },
        )
    context = {
        "error": error,
        "office": office,
        "counter": counter,
        "counter_name": counter.name(lang),
        "floor": counter.floor,
        "office_zone": zone,
        "day": the_day,
        "today": _office_today(office),
        "day_label": selectors.day_label(the_day, lang),
        "prev_day": (the_day - dt.timedelta(days=1)).isoformat(),
        "next_day": (the_day + dt.timedelta(days=1)).isoformat(),
        "sections": sections,
        "revealed": reveal and bool(shown),
        "has_bookings": bool(shown),
    }
    response = render(
        request, "appointments/staff_day.html", context, status=error.status if error else 200
    )
    if reveal:
        add_never_cache_headers(response)  # names: not kept by the browser's cache
    return response


def _booking_row(b: Booking, zone: str) -> dict[str, Any]:
    return {
        "booking": b,
        "office_time": slots.format_office(b.slot.starts_at, zone),
        "applicant_time": slots.format_applicant(b.slot.starts_at, b.applicant_timezone),
        "case_url": reverse("console:case", args=[b.case_id]) if b.case_id else "",
        "who": _who(b),
    }
