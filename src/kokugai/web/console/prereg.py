"""Console: load a citizen's pre-registration into the intake form (nothing typed twice).

Mounted by the console's urls.py as ``prereg/`` (name ``prereg_load``). The clerk types or
scans the code and submits (POST: loading records who loaded it); its data becomes the
``initial`` of the intake form (through the session key the intake view reads). Loading
uses nothing up: the pre-registration is used only when the case is opened, through
``preregistration_use`` in the case-opening transaction (``cases.intake``).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from kokugai.core.errors import ApplicationError
from kokugai.registry.selectors import staff_office_required
from kokugai.web.models import PreRegistration
from kokugai.web.portal.forms import PreRegistrationCodeForm
from kokugai.web.portal.prereg import preregistration_load, preregistration_mark_used

if TYPE_CHECKING:
    from kokugai.cases.models import Case
    from kokugai.core.models import User

#: The session key the console's intake view pops its ``initial`` from.
INTAKE_SESSION_KEY = "console_intake_initial"
#: The code of the pre-registration loaded into the intake form, until a case is opened.
CODE_SESSION_KEY = "console_intake_prereg_code"


def _session_safe(initial: dict[str, Any]) -> dict[str, Any]:
    # The session is JSON: dates travel as ISO strings (forms parse them back).
    out: dict[str, Any] = {}
    for key, value in initial.items():
        if isinstance(value, dt.date | dt.datetime):
            out[key] = value.isoformat()
        elif value is not None:
            out[key] = value
    return out


def other_office_note(planned_office: str) -> str:
    """The intake note when the citizen planned another office, in both languages (the
    note is read by clerks of either language, and later by the 本籍地)."""
    return f"事前登録時の受付予定窓口: {planned_office} / pre-registered for {planned_office}"


@login_required
@require_http_methods(["GET", "POST"])
def prereg_load(request: HttpRequest) -> HttpResponse:
    office = staff_office_required(request.user)
    if request.method == "POST":
        form = PreRegistrationCodeForm(request.POST)
    else:
        # GET ?code=… (a QR scanner that opens URLs) only fills the field: a GET changes
        # nothing, the clerk confirms with the button.
        form = PreRegistrationCodeForm(initial={"code": request.GET.get("code", "")[:20]})
    # The field a QR scanner types into: focused when the page opens.
    form.fields["code"].widget.attrs.update({"autofocus": True, "autocomplete": "off"})
    if form.is_bound and form.is_valid():
        try:
            initial = preregistration_load(
                form.cleaned_data["code"], actor=request.user, office_code=office.code
            )
        except ApplicationError as exc:
            form.add_error("code", str(exc.message))
        else:
            if initial.get("intake_office") and initial["intake_office"] != office.code:
                # The citizen planned another office; the clerk takes it in here anyway.
                initial["note"] = other_office_note(initial["intake_office"])
            if initial.get("pickup_office") == initial.get("intake_office") != office.code:
                initial.pop("pickup_office")
            request.session[INTAKE_SESSION_KEY] = _session_safe(initial)
            request.session[CODE_SESSION_KEY] = initial["preregistration"]
            return redirect("console:intake")
    return render(
        request,
        "portal/console/prereg_load.html",
        {"form": form, "office": office, "title": _("Load a pre-registration")},
        status=400 if form.errors else 200,
    )


def prereg_code_take(request: HttpRequest) -> str:
    """The code of the pre-registration loaded into this intake ("" if none), taken out of
    the session: the case-opening service uses it up (``preregistration_use``)."""
    return str(request.session.pop(CODE_SESSION_KEY, "") or "")


def preregistration_use(code: str, case: Case, actor: User) -> None:
    """Use up pre-registration ``code`` for ``case`` (registered with
    ``cases.intake.preregistration_consumer_set``; called inside the case-opening transaction:
    a pre-registration already used for another case raises Conflict and the new case rolls
    back with it).
    """
    prereg = PreRegistration.objects.filter(code=code).only("birth_date").first()
    # The clerk may have abandoned that intake and opened a case for someone else: a
    # pre-registration is used only by a case of the person it describes.
    if prereg is None or prereg.birth_date != case.person.birth_date:
        return
    preregistration_mark_used(code=code, case=case, actor=actor)
