"""The search box on every console page (issue 15.3): one hit opens the case, several are
listed like a queue (receipt number, procedure, state; the name masked)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from kokugai.cases.search import LIMIT, case_search
from kokugai.people.selectors import mask_name
from kokugai.registry.selectors import staff_office_required
from kokugai.web.console.views import _case_row
from kokugai.web.errors import handle_application_errors


@login_required
@handle_application_errors
@require_GET
def search(request: HttpRequest) -> HttpResponse:
    office = staff_office_required(request.user)
    query = request.GET.get("q", "").strip()[:100]
    hits = case_search(request.user, query) if query else []  # type: ignore[arg-type]
    if len(hits) == 1:
        return redirect("console:case", case_id=hits[0].pk)
    rows = [
        {
            **_case_row(c),
            "name": mask_name(c.person.family_name) + " " + mask_name(c.person.given_name),
        }
        for c in hits
    ]
    return render(
        request,
        "console/search.html",
        {"office": office, "query": query, "rows": rows, "limit": LIMIT},
    )
