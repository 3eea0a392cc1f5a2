"""Citizen portal views: thin, they parse a form, call a service, render a template."""

from __future__ import annotations

from typing import Any

import segno
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from kokugai.core.errors import ApplicationError
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
    PreRegistrationForm,
    ReplyForm,
    TrackerForm,
    office_label,
)


def _lang() -> str:
    return "en" if (get_language() or "ja").startswith("en") else "ja"


def client_ip(request: HttpRequest) -> str:
    # REMOTE_ADDR only: X-Forwarded-For is client-controlled unless a trusted proxy set it,
    # and trusting it would let anyone reset their own rate limit.
    return request.META.get("REMOTE_ADDR", "")


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "portal/home.html")


# --- planner ---------------------------------------------------------------------------


def _learned_kwargs(plan_from_json: Any) -> dict[str, Any]:
    """``learned=`` for the planner: the stage durations the tracker learns from history,
    so the planner and the tracker give the same ready date for the same route.

    Passed only when the planner accepts it (rules.planner gains the argument separately).
    """
    import inspect

    from kokugai.tracking.selectors import learned_durations

    if "learned" not in inspect.signature(plan_from_json).parameters:
        return {}
    return {"learned": learned_durations()}


@require_http_methods(["GET", "POST"])
def plan(request: HttpRequest) -> HttpResponse:
    """The planner: the same situation and plan as ``kokugai plan``, as a form."""
    from django.conf import settings

    from kokugai.core import clock
    from kokugai.rules.planner import SituationError, plan_from_json

    form = PlanForm(request.POST or None)
    result = None
    situation = None
    if request.method == "POST" and form.is_valid():
        situation = form.situation()
        try:
            result = plan_from_json(
                situation,
                today=clock.today(),
                overrides=getattr(settings, "KOKUGAI_ASSUMPTIONS", {}),
                lang=_lang(),
                **_learned_kwargs(plan_from_json),
            )
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
    if request.method == "POST" and form.is_valid():
        p = prereg_services.preregistration_create(**form.model_fields())
        request.session["prereg_sent"] = p.pk
        return redirect("portal:prereg_sent")
    return render(
        request, "portal/prereg_form.html", {"form": form}, status=400 if form.errors else 200
    )


@require_GET
def prereg_sent(request: HttpRequest) -> HttpResponse:
    p = PreRegistration.objects.filter(pk=request.session.get("prereg_sent")).first()
    return render(request, "portal/prereg_sent.html", {"email": p.email if p else ""})


def _qr_svg(code: str) -> str:
    qr = segno.make(code, error="m", micro=False)
    # Inline SVG, no XML declaration; the title makes it an image with a name for readers.
    return qr.svg_inline(scale=5, border=2, title=code, dark="#000", light="#fff")


def _verified(token: str) -> PreRegistration:
    try:
        return prereg_services.preregistration_verify(token)
    except ApplicationError as exc:
        raise Http404(exc.message) from exc


@require_GET
def prereg_verify(request: HttpRequest, token: str) -> HttpResponse:
    try:
        p = prereg_services.preregistration_verify(token)
    except ApplicationError as exc:
        return render(
            request,
            "portal/prereg_invalid.html",
            {"error": exc.as_dict()},
            status=exc.status,
        )
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

    p = _verified(token)
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


@require_http_methods(["GET", "POST"])
def track(request: HttpRequest) -> HttpResponse:
    # POST, never GET: the birth date must not end up in URLs, logs or browser history.
    form = TrackerForm(request.POST or None)
    status_code = 200
    status = None
    if request.method == "POST":
        if form.is_valid():
            try:
                case = tracker_lookup(
                    reference=form.cleaned_data["reference"],
                    birth_date=form.cleaned_data["birth_date"],
                    client_ip=client_ip(request),
                )
                status = tracker_status(case, departure_date=form.cleaned_data["departure_date"])
            except TrackerError as exc:
                status_code = exc.status
                target = "reference" if exc.code.startswith("reference_") else None
                form.add_error(target, exc.text.get(_lang()))
        else:
            status_code = 400
    response = render(
        request,
        "portal/track.html",
        {"form": form, "status": status, "lang": _lang(), "steps": _steps(status)},
        status=status_code,
    )
    response["Cache-Control"] = "no-store"
    return response


# --- correction reply ------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def reply(request: HttpRequest, token: str) -> HttpResponse:
    from kokugai.cases import services as case_services
    from kokugai.cases import tokens
    from kokugai.cases.models import Case

    try:
        case_id = tokens.case_id_from_token(token, tokens.REPLY)
    except ApplicationError as exc:
        return render(
            request, "portal/reply_invalid.html", {"error": exc.as_dict()}, status=exc.status
        )
    case = Case.objects.select_related("honseki_office").filter(pk=case_id).first()
    if case is None:
        raise Http404
    done = case.state != "awaiting_applicant"
    form = ReplyForm(request.POST or None)
    if request.method == "POST" and not done and form.is_valid():
        try:
            case_services.case_applicant_replied(
                case=case, text=form.cleaned_data["text"], actor=None
            )
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
    """Ask for a new address; the notifications service mails it a verification link."""
    from kokugai.cases.models import Case
    from kokugai.notifications.services import email_change_request
    from kokugai.tracking.status import case_id_from_email_change_token

    case_id = case_id_from_email_change_token(token)
    case = Case.objects.select_related("person").filter(pk=case_id).first() if case_id else None
    if case is None:
        return render(
            request,
            "portal/reply_invalid.html",
            {"error": {"code": "link_invalid", "message": _("This link is not valid.")}},
            status=404,
        )
    form = EmailChangeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            email_change_request(person=case.person, new_email=form.cleaned_data["email"])
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
        return render(
            request, "portal/reply_invalid.html", {"error": exc.as_dict()}, status=exc.status
        )
    return render(request, "portal/email_verified.html")
