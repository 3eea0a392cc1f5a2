"""Citizen portal views: thin, they parse a form, call a service, render a template."""

from __future__ import annotations

from typing import Any

import segno
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kokugai.cases.replies import case_for_reply, case_reply, case_reply_awaited
from kokugai.core.audit import audit_citizen
from kokugai.core.errors import ApplicationError
from kokugai.core.i18n import current_lang
from kokugai.core.net import client_rate_key
from kokugai.rules import offices
from kokugai.tracking.services import TrackerError, reference_parse, tracker_lookup
from kokugai.tracking.stages import STAGES, Stage
from kokugai.tracking.status import TrackerStatus, tracker_status
from kokugai.web.models import PreRegistration
from kokugai.web.portal import prereg as prereg_services
from kokugai.web.portal.forms import (
    MAIL_CHANNELS,
    EmailChangeForm,
    PlanForm,
    PreRegistrationCodeResendForm,
    PreRegistrationEmailForm,
    ReplyForm,
    TrackerForm,
    office_label,
)

#: the planner's answers as typed, in the session (issue 16.6)
PLAN_ANSWERS = "plan_answers"


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "portal/home.html")


# --- planner ---------------------------------------------------------------------------


def _chosen_route(request: HttpRequest) -> int | None:
    """The route index posted by "make my checklist for this route", if any."""
    try:
        return int(request.POST.get("route", ""))
    except ValueError:
        return None


@require_http_methods(["GET", "POST"])
def plan(request: HttpRequest) -> HttpResponse:
    """The planner: the same situation and plan as ``kokugai plan``, as a form."""
    from kokugai.rules.planner import SituationError
    from kokugai.tracking.planning import plan_for
    from kokugai.web.portal import steps
    from kokugai.web.portal.prereg_flow import plan_carry

    form = PlanForm(request.POST or None)
    result = None
    situation = None
    if request.method == "POST":
        # What was typed, kept: "Change my answers" and the language switch return to the
        # filled form (issue 16.6).
        request.session[PLAN_ANSWERS] = {name: request.POST.get(name, "") for name in form.fields}
        if request.POST.get(steps.LANGUAGE_FIELD):
            return steps.switch_language(request, redirect("portal:plan"))
    else:
        saved = request.session.get(PLAN_ANSWERS)
        form = PlanForm(initial=saved if isinstance(saved, dict) else None)
    if request.method == "POST" and form.is_valid():
        situation = form.situation()
        try:
            # The one wiring shared with the CLI and the API (assumptions, learned durations).
            result = plan_for(situation, lang=current_lang())
        except SituationError as exc:
            target = PlanForm.FIELD_OF.get(exc.field, exc.field)
            form.add_error(
                target if target in form.fields else None, exc.message.get(current_lang())
            )
        else:
            # Pre-registration reuses these answers and preselects the route chosen for the
            # checklist ("make my checklist for this route"), else the recommended one.
            plan_carry(request.session, situation, result, _chosen_route(request))
    context: dict[str, Any] = {
        "form": form,
        "plan": result,
        "situation": situation,
        "draft_form_id": "" if result else "k-question",
    }
    if result is not None:
        from kokugai.web.portal.planview import plan_view

        context["view"] = plan_view(result, current_lang(), _chosen_route(request))
        # The answers again, for "make my checklist for this route" (a POST of the same form).
        context["posted"] = [(k, request.POST.getlist(k)) for k in form.fields if k in request.POST]
    return render(request, "portal/plan.html", context, status=400 if form.errors else 200)


# --- pre-registration ------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def preregister(request: HttpRequest) -> HttpResponse:
    """The start page: what pre-registration is, its limits, and "Start now". The planner's
    answers are carried into the draft here (nothing is asked twice)."""
    from kokugai.web.portal.prereg_flow import JOURNEY, seed_from_plan

    draft = JOURNEY.draft(request)
    carried = seed_from_plan(request.session, draft)
    if request.method == "POST":
        return redirect(JOURNEY.next_url(draft))
    response = render(
        request,
        "portal/prereg_start.html",
        {
            "limits_text": prereg_services.limits_text(),
            "carried": carried or bool(draft.carried),
            "started": bool(draft.raw),
        },
    )
    response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["GET", "POST"])
def prereg_question(request: HttpRequest, slug: str) -> HttpResponse:
    from kokugai.web.portal import steps
    from kokugai.web.portal.prereg_flow import JOURNEY

    return steps.question(request, JOURNEY, slug)


@require_http_methods(["GET", "POST"])
def prereg_check(request: HttpRequest) -> HttpResponse:
    from kokugai.web.portal import steps
    from kokugai.web.portal.prereg_flow import JOURNEY

    return steps.check(request, JOURNEY)


@require_http_methods(["GET", "POST"])
def prereg_sent(request: HttpRequest) -> HttpResponse:
    """ "Check your email", with "wrong address? change it" while it is unconfirmed. Only the
    browser that made the pre-registration (its session) can change the address."""
    p = PreRegistration.objects.filter(pk=request.session.get("prereg_sent")).first()
    can_change = p is not None and not p.is_verified and p.used_at is None
    form = PreRegistrationEmailForm(request.POST or None)
    status = 200
    changed = False
    if request.method == "POST":
        if not can_change:
            return redirect("portal:prereg_sent")
        if form.is_valid():
            try:
                p = prereg_services.preregistration_change_email(
                    prereg_id=p.pk, new_email=form.cleaned_data["email"]
                )
            except ApplicationError as exc:
                form.add_error("email", str(exc.message))
                status = exc.status
            else:
                request.session["prereg_sent_changed"] = True
                return redirect("portal:prereg_sent")
        status = status if status != 200 else 400
    else:
        changed = bool(request.session.pop("prereg_sent_changed", False))
        form = PreRegistrationEmailForm()
    response = render(
        request,
        "portal/prereg_sent.html",
        {
            "email": p.email if p else "",
            "p": p,
            "form": form,
            "can_change": can_change,
            "changed": changed,
            "open_change": bool(form.errors),
            "verify_days": prereg_services.VERIFY_MAX_AGE.days,
        },
        status=status,
    )
    response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["GET", "POST"])
def prereg_code_resend(request: HttpRequest) -> HttpResponse:
    """ "Send my code again": the same answer whether or not anything matched."""
    form = PreRegistrationCodeResendForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                prereg_services.preregistration_code_resend(
                    email=form.cleaned_data["email"],
                    birth_date=form.cleaned_data["birth_date"],
                    client=client_rate_key(request),
                )
            except ApplicationError as exc:
                form.add_error(None, str(exc.message))
                status = exc.status
            else:
                response = render(request, "portal/prereg_code_resent.html")
                response["Cache-Control"] = "no-store"
                return response
        else:
            status = 400
    response = render(request, "portal/prereg_code_resend.html", {"form": form}, status=status)
    response["Cache-Control"] = "no-store"
    return response


def _qr_svg(code: str) -> str:
    qr = segno.make(code, error="m", micro=False)
    # Inline SVG, no XML declaration; the title makes it an image with a name for readers.
    return qr.svg_inline(scale=5, border=2, title=code, dark="#000", light="#fff")


@require_GET
def prereg_verify(request: HttpRequest, token: str) -> HttpResponse:
    try:
        p = prereg_services.preregistration_verify(token)
    except ApplicationError as exc:
        return _link_refused(request, "preregistration_verify", exc)
    lang = current_lang()
    context: dict[str, Any] = {
        "p": p,
        "token": token,
        "code_display": prereg_services.code_display(p.code),
        "qr_svg": mark_safe(_qr_svg(p.code)),  # noqa: S308 - generated by segno from our code
        "is_mail": p.channel in MAIL_CHANNELS,
        "intake": _office_name(p.intake_office_code, lang),
        "pickup": _office_name(p.pickup_office_code, lang),
        "honseki": _office_name(p.honseki_code, lang),
        "expires": (p.created_at + prereg_services.retention()).date(),
    }
    return render(request, "portal/prereg_done.html", context)


def _office_name(code: str, lang: str) -> str:
    o = offices.office(code)
    return office_label(o, lang) if o is not None else code


@require_GET
def prereg_pdf(request: HttpRequest, token: str) -> HttpResponse:
    from kokugai.web.portal.pdf import application_pdf

    try:
        p = prereg_services.preregistration_verify(token)
    except ApplicationError as exc:
        return _link_refused(request, "preregistration_pdf", exc)
    if p.channel not in MAIL_CHANNELS:
        raise Http404("only for applications by mail")
    data = application_pdf(p, lang=current_lang())
    resp = HttpResponse(data, content_type="application/pdf")
    resp["Content-Disposition"] = f'inline; filename="kokugai-{p.code}.pdf"'
    resp["Cache-Control"] = "no-store"
    return resp


@require_GET
def office_search(request: HttpRequest) -> HttpResponse:
    """``<option>`` elements for the office pickers' datalists (htmx)."""
    field = request.GET.get("for", "")
    q = request.GET.get(field) or request.GET.get("q", "")
    hits = offices.search(q, limit=15) if len(q.strip()) >= 1 else []
    if field in ("honseki", "visit_municipality"):
        hits = [o for o in hits if isinstance(o, offices.Municipality)]
    lang = current_lang()
    options = [(f"{o.office_code} {office_label(o, lang)}", o.office_code) for o in hits]
    return render(request, "portal/_office_options.html", {"options": options})


# --- status tracker --------------------------------------------------------------------


def _steps(status: TrackerStatus | None) -> list[dict[str, Any]]:
    """The progress list: each main-path stage marked done / current / todo in words, with
    the day it was reached (past and current steps)."""
    if status is None or not status.info.step:
        return []
    lang = current_lang()
    out = []
    for info in STAGES.values():
        if not info.step or info.stage in (Stage.ACTION_NEEDED, Stage.DONE):
            continue
        if info.step < status.info.step:
            mark = "done"
        elif info.step == status.info.step:
            mark = "current"
        else:
            mark = "todo"
        reached = status.stage_dates.get(info.stage) if mark != "todo" else None
        if mark == "current" and reached is None:
            reached = status.since
        out.append({"label": info.label.get(lang), "mark": mark, "date": reached})
    return out


def _link_refused(request: HttpRequest, kind: str, error: ApplicationError) -> HttpResponse:
    """One clear page for every link that cannot be used (tampered, expired, replayed): what
    happened, what to do next. Audited (an attacker probing links shows up); changes nothing.
    """
    audit_citizen(
        action="link.refused",
        object_type="link",
        object_id=kind,
        detail={"reason": error.code},
    )
    status = error.status if 400 <= error.status < 500 else 400
    response = render(
        request,
        "portal/link_invalid.html",
        {"error": {"code": error.code, "message": error.message}, "kind": kind},
        status=status,
    )
    response["Cache-Control"] = "no-store"
    return response


def _status_page(
    request: HttpRequest, form: TrackerForm, status: TrackerStatus | None, code: int, **extra: Any
) -> HttpResponse:
    from kokugai.tracking.services import links_token

    context: dict[str, Any] = {
        "form": form,
        "status": status,
        "lang": current_lang(),
        "steps": _steps(status),
        **extra,
    }
    if status is not None and "case" in extra:
        from kokugai.tracking.tasklist import tasks_token

        context["links_token"] = links_token(extra["case"])
        context["tasks_token"] = tasks_token(extra["case"])
    response = render(request, "portal/track.html", context, status=code)
    response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["GET", "POST"])
def track(request: HttpRequest) -> HttpResponse:
    """Status only: no link that acts on the case is ever on this page (see track_links)."""
    # POST, never GET: the birth date must not end up in URLs, logs or browser history.
    form = TrackerForm(request.POST or None)
    status_code = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                case = tracker_lookup(
                    reference=form.cleaned_data["reference"],
                    birth_date=form.cleaned_data["birth_date"],
                    client_ip=client_rate_key(request),
                )
                status = tracker_status(
                    case,
                    departure_date=form.cleaned_data["departure_date"],
                    reference=reference_parse(form.cleaned_data["reference"]).value,
                    case_departure=True,
                )
            except TrackerError as exc:
                status_code = exc.status
                target = "reference" if exc.code.startswith("reference_") else None
                form.add_error(target, str(exc.message))
            else:
                return _status_page(request, form, status, 200, case=case)
        else:
            status_code = 400
    return _status_page(request, form, None, status_code)


@require_POST
def track_links(request: HttpRequest) -> HttpResponse:
    """ "Send my links to my email": only ever to the case's verified address, said masked."""
    from kokugai.tracking.services import case_from_links_token, tracker_links_send

    try:
        case = case_from_links_token(request.POST.get("token", ""))
    except TrackerError as exc:
        return _link_refused(request, "tracker_links", exc)
    what = "email_change" if request.POST.get("what") == "email_change" else "case"
    try:
        sent_to = tracker_links_send(case=case, what=what)
    except TrackerError as exc:
        status = tracker_status(case, case_departure=True)
        return _status_page(
            request,
            TrackerForm(),
            status,
            exc.status,
            case=case,
            links_error=str(exc.message),
        )
    response = render(
        request,
        "portal/track_links_sent.html",
        {"sent_to": sent_to, "what": what},
    )
    response["Cache-Control"] = "no-store"
    return response


@require_POST
def tasks(request: HttpRequest) -> HttpResponse:
    """The task list (plan → pre-register → apply → card made → book → collect). Reached
    only from a tracker result (reference + birth date): it posts a signed, 15-minute token
    of its own, so a shared address opens nothing (no GET, nothing in the URL), and it
    shows only what the tracker result shows."""
    from kokugai.tracking.tasklist import case_from_tasks_token, task_list

    try:
        case = case_from_tasks_token(request.POST.get("tasks_token", ""))
    except TrackerError as exc:
        return _link_refused(request, "tracker_tasks", exc)
    # The reference the person typed on the tracker, if it is this case's (never echo
    # anything else: the heading must not say what a crafted form tells it to).
    typed = request.POST.get("reference", "")
    reference = typed if typed in (case.receipt_number, case.application_id) else ""
    status = tracker_status(case, reference=reference, case_departure=True)
    prereg = PreRegistration.objects.filter(case=case).only("created_at").first()
    tl = task_list(
        status,
        preregistered_on=prereg.created_at.date() if prereg else None,
        opened_on=case.opened_at.date(),
        has_pickup=case.pickup_office_id is not None,
    )
    response = render(
        request,
        "portal/tasks.html",
        {"tasklist": tl, "status": status},
    )
    response["Cache-Control"] = "no-store"
    return response


# --- correction reply ------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def reply(request: HttpRequest, token: str) -> HttpResponse:
    try:
        case = case_for_reply(token)
    except ApplicationError as exc:
        return _link_refused(request, "reply", exc)
    done = not case_reply_awaited(case)
    form = ReplyForm(request.POST or None)
    if request.method == "POST" and not done and form.is_valid():
        try:
            case_reply(token=token, text=form.cleaned_data["text"])
        except ApplicationError as exc:
            form.add_error(None, str(exc.message))
        else:
            return redirect("portal:reply_done")
    return render(
        request,
        "portal/reply.html",
        {
            "form": form,
            "done": done,
            "request_text": case.correction_request,
            "office": case.honseki_office.name(current_lang()),
        },
        status=400 if form.errors else 200,
    )


@require_GET
def reply_done(request: HttpRequest) -> HttpResponse:
    return render(request, "portal/reply_done.html")


# --- email address (when mail to the citizen bounced) -------------------------------------


@require_http_methods(["GET", "POST"])
def email_change(request: HttpRequest, token: str) -> HttpResponse:
    """The link mailed to the OLD address: ask for a new one, which gets a verification link.

    The token proves the old mailbox (``notifications.email_change_code_send``); once the
    address has changed, the same link is void. Without the old mailbox, the office changes it.
    """
    from kokugai.notifications.services import email_change_code_person, email_change_request

    try:
        person = email_change_code_person(token)
    except ApplicationError as exc:
        return _link_refused(request, "email_change", exc)
    form = EmailChangeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            email_change_request(person=person, new_email=form.cleaned_data["email"])
        except ApplicationError as exc:
            form.add_error("email", str(exc.message))
        else:
            return render(request, "portal/email_sent.html")
    return render(
        request, "portal/email_change.html", {"form": form}, status=400 if form.errors else 200
    )


@require_GET
def email_verify(request: HttpRequest, token: str) -> HttpResponse:
    """The link in the verification email: the new address takes effect now."""
    from kokugai.notifications.services import email_change_verify

    try:
        email_change_verify(token=token)
    except ApplicationError as exc:
        return _link_refused(request, "email_verify", exc)
    return render(request, "portal/email_verified.html")
