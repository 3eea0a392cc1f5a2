"""Citizen portal views: thin, they parse a form, call a service, render a template."""

from __future__ import annotations

from typing import Any

import segno
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kokugai.cases.replies import case_for_reply, case_reply, case_reply_awaited
from kokugai.core.audit import audit_record
from kokugai.core.errors import ApplicationError
from kokugai.core.net import client_rate_key
from kokugai.rules import offices
from kokugai.tracking.services import TrackerError, tracker_lookup
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
    PreRegistrationForm,
    ReplyForm,
    TrackerForm,
    office_label,
)


def _lang() -> str:
    return "en" if (get_language() or "ja").startswith("en") else "ja"


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "portal/home.html")


# --- planner ---------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def plan(request: HttpRequest) -> HttpResponse:
    """The planner: the same situation and plan as ``kokugai plan``, as a form."""
    from kokugai.rules.planner import SituationError
    from kokugai.tracking.planning import plan_for

    form = PlanForm(request.POST or None)
    result = None
    situation = None
    if request.method == "POST" and form.is_valid():
        situation = form.situation()
        try:
            # The one wiring shared with the CLI and the API (assumptions, learned durations).
            result = plan_for(situation, lang=_lang())
        except SituationError as exc:
            target = PlanForm.FIELD_OF.get(exc.field, exc.field)
            form.add_error(target if target in form.fields else None, exc.message.get(_lang()))
    return render(
        request,
        "portal/plan.html",
        {"form": form, "plan": result, "situation": situation},
        status=400 if form.errors else 200,
    )


# --- pre-registration ------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def preregister(request: HttpRequest) -> HttpResponse:
    form = PreRegistrationForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            p = prereg_services.preregistration_create(
                client=client_rate_key(request), **form.model_fields()
            )
        except ApplicationError as exc:
            form.add_error(None, str(exc.message))
            status = exc.status
        else:
            request.session["prereg_sent"] = p.pk
            return redirect("portal:prereg_sent")
    if form.errors and status == 200:
        status = 400
    return render(
        request,
        "portal/prereg_form.html",
        {"form": form, "limits_text": prereg_services.limits_text()},
        status=status,
    )


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
    lang = _lang()
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
    data = application_pdf(p, lang=_lang())
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
    lang = _lang()
    options = [(f"{o.office_code} {office_label(o, lang)}", o.office_code) for o in hits]
    return render(request, "portal/_office_options.html", {"options": options})


# --- status tracker --------------------------------------------------------------------


def _steps(status: TrackerStatus | None) -> list[dict[str, str]]:
    """The progress list: each main-path stage marked done / current / todo in words."""
    if status is None or not status.info.step:
        return []
    lang = _lang()
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
        out.append({"label": info.label.get(lang), "mark": mark})
    return out


def _link_refused(request: HttpRequest, kind: str, error: ApplicationError) -> HttpResponse:
    """One clear page for every link that cannot be used (tampered, expired, replayed): what
    happened, what to do next. Audited (an attacker probing links shows up); changes nothing.
    """
    audit_record(
        actor=None,
        actor_label="citizen",
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


def _tracker_error(exc: TrackerError) -> ApplicationError:
    return ApplicationError(exc.code, exc.text.get(_lang()), status=exc.status)


def _status_page(
    request: HttpRequest, form: TrackerForm, status: TrackerStatus | None, code: int, **extra: Any
) -> HttpResponse:
    from kokugai.tracking.services import links_token

    context: dict[str, Any] = {
        "form": form,
        "status": status,
        "lang": _lang(),
        "steps": _steps(status),
        **extra,
    }
    if status is not None and "case" in extra:
        context["links_token"] = links_token(extra["case"])
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
                status = tracker_status(case, departure_date=form.cleaned_data["departure_date"])
            except TrackerError as exc:
                status_code = exc.status
                target = "reference" if exc.code.startswith("reference_") else None
                form.add_error(target, exc.text.get(_lang()))
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
        return _link_refused(request, "tracker_links", _tracker_error(exc))
    what = "email_change" if request.POST.get("what") == "email_change" else "case"
    try:
        sent_to = tracker_links_send(case=case, what=what)
    except TrackerError as exc:
        status = tracker_status(case)
        return _status_page(
            request,
            TrackerForm(),
            status,
            exc.status,
            case=case,
            links_error=exc.text.get(_lang()),
        )
    response = render(
        request,
        "portal/track_links_sent.html",
        {"sent_to": sent_to, "what": what},
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
            "office": case.honseki_office.name(_lang()),
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
