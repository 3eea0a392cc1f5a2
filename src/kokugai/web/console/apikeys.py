"""Console: the office admin's API keys (``/console/api-keys/``).

Lists the office's keys (prefix, role, scopes, last use), makes a new one (its key is shown
on this one answer and never again) and revokes one. The checks are the services' own
(``registry.apikeys``: only the office's admin, only the office's keys).
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from kokugai.core.errors import ApplicationError
from kokugai.registry.apikeys import KEY_ROLES, apikey_create, apikey_list, apikey_revoke
from kokugai.registry.models import ApiScope
from kokugai.web.errors import handle_application_errors


class ApiKeyForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Name of the system that uses it"), max_length=100)
    role = forms.ChoiceField(
        label=gettext_lazy("Acts as"),
        choices=[(r.value, r.label) for r in KEY_ROLES],
        widget=forms.RadioSelect,
    )
    scopes = forms.MultipleChoiceField(
        label=gettext_lazy("Scopes"),
        choices=ApiScope.choices,
        widget=forms.CheckboxSelectMultiple,
        initial=[ApiScope.READ.value],
    )


@login_required
@handle_application_errors
@require_http_methods(["GET", "POST"])
def api_keys(request: HttpRequest) -> HttpResponse:
    keys = apikey_list(actor=request.user)  # office_admin_required (403) for anyone else
    form = ApiKeyForm(request.POST or None)
    made = None
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                key, raw = apikey_create(
                    actor=request.user,
                    name=form.cleaned_data["name"],
                    role=form.cleaned_data["role"],
                    scopes=form.cleaned_data["scopes"],
                )
            except ApplicationError as exc:
                form.add_error(None, str(exc.message))
                status = exc.status
            else:
                made = {"key": key, "raw": raw}
                form = ApiKeyForm()
                keys = apikey_list(actor=request.user)
        else:
            status = 400
    response = render(
        request,
        "console/api_keys.html",
        {"keys": keys, "form": form, "made": made},
        status=status,
    )
    add_never_cache_headers(response)
    return response


@login_required
@handle_application_errors
@require_POST
def api_key_revoke(request: HttpRequest, key_id: int) -> HttpResponse:
    key = apikey_revoke(actor=request.user, key_id=key_id)
    messages.success(request, _("API key %(prefix)s… revoked.") % {"prefix": key.prefix})
    return redirect("console:api_keys")
