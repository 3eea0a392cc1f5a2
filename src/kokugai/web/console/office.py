"""The office admin's page for their office's contact details (postal address, phone,
opening hours text). The permission check and the ``office.update`` audit row are in
``registry.services.office_contact_update``; this view only shows the form."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from kokugai.core.errors import ApplicationError, Forbidden
from kokugai.registry.errors import RegistryError
from kokugai.registry.models import Office
from kokugai.registry.selectors import staff_office_required
from kokugai.registry.services import CONTACT_FIELDS, may_edit_office, office_contact_update


class OfficeContactForm(forms.Form):
    postal_address = forms.CharField(
        label=gettext_lazy("Postal address (Japanese)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Where applications by mail are sent; with the postcode"),
    )
    postal_address_en = forms.CharField(
        label=gettext_lazy("Postal address (English)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    phone = forms.CharField(
        label=gettext_lazy("Phone"),
        required=False,
        max_length=40,
        widget=forms.TextInput(attrs={"autocomplete": "off", "inputmode": "tel"}),
    )
    email = forms.EmailField(label=gettext_lazy("Email"), required=False)
    website = forms.URLField(label=gettext_lazy("Website"), required=False, assume_scheme="https")
    hours_text_ja = forms.CharField(
        label=gettext_lazy("Opening hours (Japanese)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    hours_text_en = forms.CharField(
        label=gettext_lazy("Opening hours (English)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


@login_required
@require_http_methods(["GET", "POST"])
def office_details(request: HttpRequest) -> HttpResponse:
    office: Office = staff_office_required(request.user)
    if not may_edit_office(request.user, office):
        raise Forbidden(
            RegistryError.OFFICE_NOT_ADMINISTERED,
            _("Only this office's admin may change its details."),
        )
    initial = {name: getattr(office, name) for name in CONTACT_FIELDS}
    form = OfficeContactForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        changes = {n: form.cleaned_data[n] for n in CONTACT_FIELDS if n in form.changed_data}
        try:
            office_contact_update(actor=request.user, office=office, **changes)
        except ApplicationError as exc:
            for field, errors in exc.fields.items():
                for e in errors if isinstance(errors, list) else [errors]:
                    form.add_error(field if field in form.fields else None, e)
            if not exc.fields:
                form.add_error(None, str(exc.message))
        else:
            messages.success(request, _("The office's details were saved."))
            return redirect("console:office")
    return render(
        request,
        "console/office.html",
        {"office": office, "form": form},
        status=400 if form.errors else 200,
    )
