"""The staff console: thin views over kokugai.cases (access, selectors, services).

Every case read goes through ``access_case_by_id`` (office scoping + audit); every change goes
through a service. Errors are ApplicationErrors, rendered by kokugai.web.errors with their
HTTP status (404 out of scope, 403 wrong office, 409 wrong state or stale version).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_POST

from kokugai.cases import selectors, services
from kokugai.cases.access import (
    access_case_by_id,
    access_identity,
    may_reveal_identity,
    office_roles,
)
from kokugai.cases.errors import (
    CaseError,
    ConfirmationRequiredError,
    ParamsInvalidError,
    StaleVersionError,
    state_label,
)
from kokugai.cases.intake import Applicant, case_intake
from kokugai.cases.models import Case
from kokugai.cases.workflow import workflow_for
from kokugai.core.errors import ApplicationError, Forbidden
from kokugai.core.i18n import current_lang
from kokugai.notifications.models import Status as NotificationStatus
from kokugai.notifications.selectors import (
    failed_notifications_for_case,
    notifications_for_case,
)
from kokugai.people.access import access_mynumber
from kokugai.people.selectors import mask_name, person_mynumber_masked
from kokugai.registry.models import Office, StaffRole
from kokugai.registry.selectors import staff_office_required, staff_role
from kokugai.rules.codes import OfficeKind
from kokugai.tracking.stages import info as stage_info
from kokugai.web.console.family import household_panel
from kokugai.web.console.forms import (
    IntakeForm,
    NoteForm,
    action_data,
    action_fields,
    channel_label,
    office_search,
    procedure_label,
)
from kokugai.web.console.prereg import CODE_SESSION_KEY, INTAKE_SESSION_KEY
from kokugai.web.errors import WebError, handle_application_errors

#: Where the intake view keeps a pre-registration's verified email until the case opens.
VERIFIED_SESSION_KEY = "console_intake_verified_email"

#: Labels of the work queues, in the order the office home shows them.
QUEUE_LABELS: dict[str, Any] = {
    "received": gettext_lazy("Received"),
    "to_review": gettext_lazy("To review"),
    "awaiting_applicant": gettext_lazy("Waiting for the applicant"),
    "to_produce": gettext_lazy("To produce"),
    "to_ship": gettext_lazy("To ship"),
    "arriving": gettext_lazy("Arriving"),
    "ready_for_pickup": gettext_lazy("Ready for pickup"),
    "overdue": gettext_lazy("Overdue"),
    "mail_undeliverable": gettext_lazy("Mail undeliverable"),
}
QUEUE_HELP: dict[str, Any] = {
    "received": gettext_lazy("Taken in here; check the list and forward"),
    "to_review": gettext_lazy("Applications whose 本籍地 is this office"),
    "awaiting_applicant": gettext_lazy("A correction was requested"),
    "to_produce": gettext_lazy("Accepted; order production"),
    "to_ship": gettext_lazy("In production; ship to the pickup office"),
    "arriving": gettext_lazy("Shipped to this office"),
    "ready_for_pickup": gettext_lazy("Waiting for the applicant to collect"),
    "overdue": gettext_lazy("Longer in their stage than expected"),
    "mail_undeliverable": gettext_lazy("Mail to the applicant bounced; reach them another way"),
}
#: The only queues of the production centre's role (its console: ``production.py``).
PRODUCTION_QUEUES = frozenset({"to_produce", "to_ship", "overdue"})
#: Queues whose tile is highlighted on the office home when they are not empty.
ALERT_QUEUES = frozenset({"overdue", "mail_undeliverable"})


#: The guards' reasons as staff read them (kept in cases.services, shared with its errors).
REASON_LABELS = services.REASON_LABELS
reason_label = services.reason_label


def queue_label(queue: str) -> str:
    return str(QUEUE_LABELS.get(queue, queue))


# --- office home and queues ----------------------------------------------------------------


@login_required
@handle_application_errors
@require_GET
def home(request: HttpRequest) -> HttpResponse:
    office = staff_office_required(request.user)
    if staff_role(request.user) == StaffRole.PRODUCER:
        # The production centre's console shows only its work (issue 15 §5).
        return redirect("console:production")
    counts = selectors.case_queue_counts(office)
    queues = [
        {
            "code": code,
            "label": queue_label(code),
            "help": QUEUE_HELP.get(code, ""),
            "count": count,
            "alert": code in ALERT_QUEUES and bool(count),
        }
        for code, count in counts.items()
    ]
    return render(request, "console/home.html", {"office": office, "queues": queues})


@login_required
@handle_application_errors
@require_GET
def queue(request: HttpRequest, queue: str) -> HttpResponse:
    office = staff_office_required(request.user)
    counts = selectors.case_queue_counts(office)
    if queue not in counts or (
        staff_role(request.user) == StaffRole.PRODUCER and queue not in PRODUCTION_QUEUES
    ):
        raise Http404
    page = selectors.case_queue_page(
        office,
        queue,
        after=request.GET.get("after") or None,
        size=settings.KOKUGAI_QUEUE_PAGE_SIZE,
    )
    rows = [_case_row(c) for c in page.cases]
    # The review queue: opening a case sent here starts its review (issue 15 §7).
    opens_review = queue == "to_review" and staff_role(request.user) == StaffRole.REVIEWER
    for row in rows:
        row["opens_review"] = opens_review and row["case"].state == "at_honseki"
    return render(
        request,
        "console/queue.html",
        {
            "office": office,
            "queue": queue,
            "queue_label": queue_label(queue),
            "queue_help": QUEUE_HELP.get(queue, ""),
            "rows": rows,
            "count": counts[queue],
            "next_after": page.next_after,
            "first_page": not request.GET.get("after"),
            "opens_review": any(row["opens_review"] for row in rows),
        },
    )


def _case_row(case: Case) -> dict[str, Any]:
    # Queue lists show the receipt number and stage, never names: the case page (audited)
    # is where personal data is read.
    return {
        "case": case,
        "procedure": procedure_label(case.procedure),
        "state": state_label(case.state, case.procedure),
    }


# --- the case page -------------------------------------------------------------------------


def _actions_context(request: HttpRequest, case: Case) -> dict[str, Any]:
    """The actions panel: what this user may do now, and what is blocked and why."""
    lang = current_lang()
    actions = []
    for t in selectors.case_actions(case, request.user):
        contract = t.contract
        actions.append(
            {
                "name": t.name,
                "label": t.label.get(lang),
                "transition": t,
                # Irreversible steps are links to their confirmation page, apart from the rest.
                "irreversible": contract.needs_confirmation,
                "danger": t.name in DANGER_ACTIONS,
                "fields": action_fields(t.name, lang),
                "has_office_field": any(p.kind == "office" for p in contract.params),
            }
        )
    return {
        "actions": actions,
        "blocked": [
            {"label": t.label.get(lang), "reasons": [reason_label(r) for r in reasons]}
            for t, reasons in selectors.case_blocked_actions(case, request.user)
        ],
        "reversible_actions": [a for a in actions if not a["irreversible"]],
        "irreversible_actions": [a for a in actions if a["irreversible"]],
    }


def _checklist_context(request: HttpRequest, case: Case) -> dict[str, Any]:
    """The checklist: each item with the system's evidence (if it knows the fact) and whether
    this user may tick it; ``checklist_open`` counts what "mark all" would tick."""
    rows = selectors.case_checklist_rows(case, request.user)
    return {
        "checklist": rows,
        "checklist_open": sum(1 for r in rows if r["markable"]),
    }


def _case_context(request: HttpRequest, case: Case) -> dict[str, Any]:
    office = staff_office_required(request.user)
    person = case.person
    roles = sorted(r.value for r in office_roles(case, office))
    return {
        "office": office,
        "case": case,
        "roles": roles,
        "procedure": procedure_label(case.procedure),
        "channel": channel_label(case.channel),
        "state_label": state_label(case.state, case.procedure),
        "person": {
            "family_name": person.family_name,
            "given_name_masked": mask_name(person.given_name),
            "kana": f"{person.family_name_kana} {mask_name(person.given_name_kana)}",
            "romaji": person.family_name_romaji,
            "birth_year": person.birth_date.year,
            "mynumber": person_mynumber_masked(person),
            "honseki": person.honseki,
            "country": person.country,
            "city": person.city,
            "timezone": person.timezone,
            "email_verified": person.email_verified_at is not None,
            "email_undeliverable": person.email_undeliverable,
            "has_mynumber": bool(person.mynumber_ciphertext),
        },
        "may_reveal_mynumber": request.user.has_perm("people.reveal_mynumber"),
        "may_reveal_identity": may_reveal_identity(request.user, case),
        "offices": [
            (_("Intake office"), case.intake_office),
            (_("本籍地"), case.honseki_office),
            (_("Production"), case.production_office),
            (_("Pickup office"), case.pickup_office),
            (_("Holds the case now"), case.holder_office),
        ],
        "history": _history_rows(case, selectors.case_history(case)),
        "public_stage": stage_info(case.state).label,
        "notes": list(case.notes.select_related("author", "office").order_by("-at")),
        "deliveries": _delivery_rows(case),
        "failed_count": failed_notifications_for_case(case).count(),
        "note_form": NoteForm(),
        "reply": selectors.case_pending_reply(case),
        **_checklist_context(request, case),
        **_actions_context(request, case),
    }


def _delivery_rows(case: Case) -> list[dict[str, Any]]:
    """What happened to each mail of the case, for staff answering "I got nothing"."""
    rows = []
    for n in notifications_for_case(case)[:50]:
        log = sorted(n.log.all(), key=lambda a: (a.at, a.pk))
        replies = [a for a in log if a.smtp_code or a.smtp_reply]
        last = replies[-1] if replies else None
        reply = f"{last.smtp_code or ''} {last.smtp_reply or ''}".strip() if last else ""
        rows.append(
            {
                "template": n.template,
                "status": n.status,
                "status_label": n.get_status_display(),
                "failed": n.status == NotificationStatus.FAILED,
                "held": n.status == NotificationStatus.HELD,
                "attempts": n.attempts,
                "reply": (reply or n.last_error)[:300],
                "created_at": n.created_at,
                "sent_at": n.sent_at,
            }
        )
    return rows


def pickup_choices(query: str, case: Case | None = None) -> list[dict[str, str]]:
    """The pickup-office picker: municipalities and missions, never the current one."""
    current = case.pickup_office.code if case is not None and case.pickup_office else ""
    return [
        r
        for r in office_search(query)
        if r["kind"] in (OfficeKind.MUNICIPALITY.value, OfficeKind.MISSION.value)
        and r["code"] != current
    ]


@login_required
@handle_application_errors
@require_GET
def case_detail(request: HttpRequest, case_id: int) -> HttpResponse:
    case = access_case_by_id(request.user, case_id, why="console.case_page")
    context = _case_context(request, case)
    context["household_panel"] = household_panel(request, case)
    # The no-JavaScript path of the pickup-office picker: search by GET, choose in the form.
    query = request.GET.get("pickup_q", "").strip()[:100]
    context["pickup_query"] = query
    context["pickup_results"] = pickup_choices(query, case) if query else None
    return render(request, "console/case.html", context)


def _checklist_changed(request: HttpRequest, case: Case, done: str) -> HttpResponse:
    """After a checklist change: with htmx, the checklist, the actions panel (out-of-band:
    a step the checklist blocked may be open now) and a spoken status; without JavaScript,
    back to the case page with the same result and a message."""
    if request.htmx:
        context = {
            "case": case,
            "oob": True,
            "done": done,
            **_checklist_context(request, case),
            **_actions_context(request, case),
        }
        return render(request, "console/_checklist_changed.html", context)
    messages.success(request, done)
    return redirect(reverse("console:case", args=[case.pk]) + "#checklist")


@login_required
@handle_application_errors
@require_POST
def case_checklist(request: HttpRequest, case_id: int, code: str) -> HttpResponse:
    case = access_case_by_id(request.user, case_id, why="console.checklist")
    checked = request.POST.get("checked", "1") == "1"
    entry = services.checklist_check(
        case=case, code=code, actor=request.user, checked=checked, note=request.POST.get("note", "")
    )
    label = entry.label_en if current_lang() == "en" else entry.label_ja
    done = (
        _("Checked: %(item)s") % {"item": label}
        if checked
        else _("No longer checked: %(item)s") % {"item": label}
    )
    return _checklist_changed(request, case, done)


@login_required
@handle_application_errors
@require_POST
def case_checklist_all(request: HttpRequest, case_id: int) -> HttpResponse:
    """ "Mark all I have checked": one POST ticks every open required item this user may tick
    (one audit row per item, sharing a batch id)."""
    case = access_case_by_id(request.user, case_id, why="console.checklist")
    ticked = services.checklist_check_all(case=case, actor=request.user)
    done = ngettext(
        "%(n)s item marked as checked.", "%(n)s items marked as checked.", len(ticked)
    ) % {"n": len(ticked)}
    return _checklist_changed(request, case, done)


@login_required
@handle_application_errors
@require_POST
def case_note(request: HttpRequest, case_id: int) -> HttpResponse:
    case = access_case_by_id(request.user, case_id, why="console.note")
    form = NoteForm(request.POST)
    if not form.is_valid():
        raise ApplicationError(
            CaseError.NOTE_EMPTY, _("The note is empty."), fields={"text": "required"}, status=400
        )
    services.case_note_add(case=case, actor=request.user, text=form.cleaned_data["text"])
    messages.success(request, _("Note added."))
    return redirect(reverse("console:case", args=[case.pk]) + "#notes")


#: Steps whose button is styled as dangerous (they end the application).
DANGER_ACTIONS = frozenset({"reject", "withdraw", "confirm_withdrawal"})


def _action_page(
    request: HttpRequest,
    case: Case,
    name: str,
    *,
    values: Any = None,
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> HttpResponse:
    """One transition on its own page: its inputs and, if irreversible, the consequence."""
    transition = next(
        (t for t in selectors.case_actions(case, request.user) if t.name == name), None
    )
    if transition is None:
        # Not possible now for this user (state, office part, role or guard): say why.
        raise services.TransitionNotAllowedError(name, case.state, case.procedure)
    lang = current_lang()
    contract = transition.contract
    context = _case_context(request, case)
    context.update(
        {
            "action": {
                "name": name,
                "label": transition.label.get(lang),
                "consequence": contract.consequence.get(lang) if contract.consequence else "",
                "danger": name in DANGER_ACTIONS,
                "fields": action_fields(name, lang, values, errors),
                "has_office_field": any(p.kind == "office" for p in contract.params),
            },
            "errors": errors or {},
            "expected_version": (values or {}).get("expected_version", case.version),
        }
    )
    query = request.GET.get("pickup_q", "").strip()[:100]
    context["pickup_query"] = query
    context["pickup_results"] = pickup_choices(query, case) if query else None
    response = render(request, "console/action.html", context, status=status)
    add_never_cache_headers(response)
    return response


@login_required
@handle_application_errors
def case_action(request: HttpRequest, case_id: int, name: str) -> HttpResponse:
    """GET: the step's page (the confirmation step of an irreversible one). POST: fire it.

    The input goes, as posted, to ``services.case_transition_input``, which checks it against
    the transition's contract; refused input comes back on the page, field by field (400).
    """
    case = access_case_by_id(request.user, case_id, why=f"console.{name}")
    if request.method not in ("GET", "POST"):
        return HttpResponse(status=405, headers={"Allow": "GET, POST"})
    if request.method == "GET":
        return _action_page(request, case, name)
    try:
        expected = int(request.POST.get("expected_version", ""))
    except ValueError:
        raise ApplicationError(
            WebError.FORM_INVALID,
            _("The form is incomplete: reload the case page and try again."),
            fields={"expected_version": "required"},
            status=400,
        ) from None
    data = action_data(request.POST, name)
    try:
        services.case_transition_input(
            case=case, name=name, actor=request.user, data=data, expected_version=expected
        )
    except ParamsInvalidError as exc:
        return _action_page(
            request, case, name, values=request.POST, errors=exc.fields, status=exc.status
        )
    except ConfirmationRequiredError:
        # Posted from the case page: this is the confirmation step, with what was typed.
        return _action_page(request, case, name, values=request.POST)
    messages.success(request, _action_label(case, name))  # the layout adds "Done:"
    target = reverse("console:case", args=[case.pk])
    if request.htmx:
        return HttpResponse(status=204, headers={"HX-Redirect": target})
    return redirect(target)


@login_required
@handle_application_errors
@require_POST
def case_reveal_identity(request: HttpRequest, case_id: int) -> HttpResponse:
    """The full name and birth date, for the staff who verify identity (audited, with why)."""
    case = access_case_by_id(request.user, case_id, why="console.reveal_identity")
    identity = access_identity(request.user, case, reason=request.POST.get("reason", ""))
    response = render(
        request,
        "console/identity.html",
        {
            "office": staff_office_required(request.user),
            "case": case,
            "identity": identity,
            "reason": request.POST.get("reason", "").strip()[:200],
        },
    )
    add_never_cache_headers(response)
    return response


@login_required
@handle_application_errors
@require_POST
def case_reveal_mynumber(request: HttpRequest, case_id: int) -> HttpResponse:
    """Show the full My Number once, in this response only (never in a URL, never cached)."""
    case = access_case_by_id(request.user, case_id, why="console.reveal_mynumber")
    reason = request.POST.get("reason", "").strip()[:200]
    if not reason:
        raise ApplicationError(
            CaseError.REVEAL_REASON_REQUIRED,
            _("Say why you need to see the full My Number."),
            fields={"reason": "required"},
            status=400,
        )
    number = access_mynumber(request.user, case.person_id, why=f"console: {reason}")
    response = render(
        request,
        "console/mynumber.html",
        {
            "office": staff_office_required(request.user),
            "case": case,
            "mynumber": " ".join(number[i : i + 4] for i in range(0, len(number), 4)),
            "reason": reason,
        },
    )
    add_never_cache_headers(response)
    return response


def _history_rows(case: Case, events: Any) -> list[dict[str, Any]]:
    rows = []
    for ev in events:
        rows.append(
            {
                "label": _("Case opened")
                if ev.transition == "open"
                else _action_label(case, ev.transition),
                "from_state": ev.from_state,
                "from_label": state_label(ev.from_state, case.procedure) if ev.from_state else "",
                "to_label": state_label(ev.to_state, case.procedure),
                "at": ev.at,
                "office": ev.office,
                "actor": ev.actor_label or (ev.actor.get_username() if ev.actor else ""),
                "note": ev.note,
            }
        )
    return rows


def _action_label(case: Case, name: str) -> str:
    for t in workflow_for(case.procedure).transitions:
        if t.name == name:
            return t.label.get(current_lang())
    return name


# --- intake --------------------------------------------------------------------------------


@sensitive_post_parameters("mynumber")  # never in an error report
@login_required
@handle_application_errors
def intake(request: HttpRequest) -> HttpResponse:
    office = staff_office_required(request.user)
    if staff_role(request.user) == StaffRole.PRODUCER:
        raise Forbidden("role_not_allowed", _("Cases are opened at an intake counter."))
    if request.method == "POST" and "clear_prereg" in request.POST:
        # "Start again": forget the loaded pre-registration (kept until a case is opened).
        for key in (INTAKE_SESSION_KEY, CODE_SESSION_KEY, VERIFIED_SESSION_KEY):
            request.session.pop(key, None)
        return redirect("console:intake")
    # Kept in the session (not popped) so that a reload shows the loaded data again; the
    # URL carries no personal data. Cleared when the case opens or by "start again".
    initial = dict(request.session.get(INTAKE_SESSION_KEY) or {})
    if initial.get("email_verified_at"):
        # The citizen proved the address through the portal's link; remember that
        # server-side (never trust a form field for it) until the case is opened.
        request.session[VERIFIED_SESSION_KEY] = {
            "email": initial.get("email", ""),
            "at": initial["email_verified_at"],
        }
    search_results: list[dict[str, str]] | None = None
    query = ""
    status = 200
    if request.method == "POST":
        query = request.POST.get("honseki_q", "").strip()
        picked = request.POST.get("pick_honseki", "")
        if picked or "honseki_search" in request.POST:
            # The no-JavaScript path of the 本籍地 picker: search or pick, open nothing.
            data = request.POST.dict()
            if picked:
                data["honseki"] = picked
            else:
                search_results = office_search(query) if query else []
            form = IntakeForm(initial=data, office=office)
        else:
            form = IntakeForm(request.POST, office=office)
            case = None
            if form.is_valid():
                try:
                    case = _open_case(request, form)
                except ApplicationError as exc:
                    if exc.code != "mynumber_not_usable":
                        raise
                    # Keep what the clerk typed (but the My Number: it is never echoed back,
                    # see forms.NoEchoTextInput): the fix is usually one field.
                    form.add_error("mynumber", ValidationError(str(exc.message), code=exc.code))
                    status = exc.status
            if case is not None:
                for key in (INTAKE_SESSION_KEY, CODE_SESSION_KEY, VERIFIED_SESSION_KEY):
                    request.session.pop(key, None)
                messages.success(
                    request,
                    _("Case opened. Receipt number: %(receipt)s")
                    % {"receipt": case.receipt_number},
                )
                return redirect("console:case", case_id=case.pk)
    else:
        form = IntakeForm(initial=initial, office=office)
    if initial.get("preregistration"):
        # Loaded: what is left to type is the My Number (never part of a pre-registration).
        form.fields["mynumber"].widget.attrs["autofocus"] = True
    return render(
        request,
        "console/intake.html",
        {
            "preregistration": initial.get("preregistration", ""),
            "office": office,
            "form": form,
            "search_results": search_results,
            "honseki_query": query,
            "honseki_name": _office_display(form["honseki"].value()),
        },
        status=status,
    )


def _office_display(code: object) -> str:
    if not isinstance(code, str) or not code.strip():
        return ""
    found = Office.objects.filter(code=code.strip()).first()
    return found.name(current_lang()) if found else ""


def _open_case(request: HttpRequest, form: IntakeForm) -> Case:
    d = form.cleaned_data
    office = form.office
    assert office is not None
    # Read, not taken: if the case does not open (a My Number to fix), a retry or a reload
    # still has them; the intake view clears them once the case is open.
    verified = request.session.get(VERIFIED_SESSION_KEY) or {}
    proved = bool(verified) and verified.get("email", "").casefold() == d["email"].casefold()
    return case_intake(
        actor=request.user,
        office=office,
        applicant=Applicant(
            **{k: v for k, v in form.person_fields().items() if k != "nationalities"}
        ),
        mynumber=d["mynumber"],
        procedure=d["procedure"],
        channel=d["channel"],
        pickup_office=d["pickup_office"],
        departure_date=d["departure_date"],
        with_certificates=d["with_certificates"],
        note=d["note"],
        email_verified_at=parse_datetime(verified["at"]) if proved else None,
        preregistration=str(request.session.get(CODE_SESSION_KEY, "") or ""),
    )


@login_required
@require_GET
def offices_search(request: HttpRequest) -> HttpResponse:
    query = (request.GET.get("q") or request.GET.get("honseki_q") or "").strip()
    field = request.GET.get("field", "honseki")
    if field not in ("honseki", "pickup_office"):
        field = "honseki"
    if request.GET.get("style") == "radio":
        return render(
            request,
            "console/_office_radios.html",
            {"results": pickup_choices(query) if query else None, "query": query},
        )
    results = office_search(query) if query else []
    return render(
        request,
        "console/_office_results.html",
        {"results": results, "query": query, "field": field},
    )


# --- the review queue: opening a case starts its review (issue 15 §7) ---------------------

#: The note of a review started by opening the case from the review queue (both languages:
#: the history is read by staff of either).
OPEN_REVIEW_NOTE = "開いて審査開始 / review started on opening the case"


@login_required
@handle_application_errors
@require_POST
def case_open_review(request: HttpRequest, case_id: int) -> HttpResponse:
    """Open a case from the review queue: if the reviewer may start its review now, this is
    the start (one transition, audited, with its note); otherwise it only opens the case.

    A POST (the queue's button), never a GET: a link prefetched or followed from elsewhere
    must not change a case."""
    case = access_case_by_id(request.user, case_id, why="console.open_review")
    may_start = any(t.name == "start_review" for t in selectors.case_actions(case, request.user))
    if may_start:
        try:
            expected = int(request.POST.get("expected_version", ""))
        except ValueError:
            expected = None
        try:
            services.case_transition_input(
                case=case,
                name="start_review",
                actor=request.user,
                data={"note": OPEN_REVIEW_NOTE},
                expected_version=expected,
            )
        except StaleVersionError:
            pass  # someone else moved it meanwhile: open it as it is now
        else:
            messages.success(request, _action_label(case, "start_review"))
    return redirect("console:case", case_id=case.pk)
