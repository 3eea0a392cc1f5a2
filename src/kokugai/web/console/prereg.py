"""Console: load a citizen's pre-registration into the intake form (nothing typed twice).

Mounted by the console's urls.py as ``prereg/`` (name ``prereg_load``). The clerk types or
scans the code; the pre-registration is marked used and its data becomes the ``initial``
of the intake form (through the session key the intake view reads).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from kokugai.core.errors import ApplicationError
from kokugai.registry.selectors import staff_office_required
from kokugai.web.portal.forms import PreRegistrationCodeForm
from kokugai.web.portal.prereg import preregistration_load

#: The session key the console's intake view pops its ``initial`` from.
INTAKE_SESSION_KEY = "console_intake_initial"


def _session_safe(initial: dict[str, Any]) -> dict[str, Any]:
    # The session is JSON: dates travel as ISO strings (forms parse them back).
    out: dict[str, Any] = {}
    for key, value in initial.items():
        if isinstance(value, dt.date | dt.datetime):
            out[key] = value.isoformat()
        elif value is not None:
            out[key] = value
    return out


@login_required
@require_http_methods(["GET", "POST"])
def prereg_load(request: HttpRequest) -> HttpResponse:
    office = staff_office_required(request.user)
    # GET ?code=… lets a QR scanner that opens URLs land here directly.
    data = (
        request.POST if request.method == "POST" else request.GET if "code" in request.GET else None
    )
    form = PreRegistrationCodeForm(data)
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
                initial["note"] = f"pre-registered for {initial['intake_office']}"
            if initial.get("pickup_office") == initial.get("intake_office") != office.code:
                initial.pop("pickup_office")
            request.session[INTAKE_SESSION_KEY] = _session_safe(initial)
            return redirect("console:intake")
    return render(
        request,
        "portal/console/prereg_load.html",
        {"form": form, "office": office},
        status=400 if form.errors else 200,
    )
