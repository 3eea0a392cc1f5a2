"""Staff sign-in pages: password, second factor, enrolment, passkeys, password change/reset.

Thin views over ``kokugai.core.staffauth`` (every check and audit row is there). A session
whose second factor is pending reaches only these pages (the middleware makes it anonymous
everywhere else); its user is ``request.staff_pending``.
"""

from __future__ import annotations

import json
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from kokugai.core.models import User
from kokugai.core.staffauth import passkeys, services, throttle
from kokugai.core.staffauth.errors import StaffAuthError
from kokugai.core.staffauth.models import Passkey
from kokugai.core.staffauth.services import SigninError
from kokugai.web.console.forms import CodeForm, NewPasswordForm, PasswordChangeForm, SigninForm

NEXT_KEY = "kokugai_signin_next"
CODES_KEY = "kokugai_new_recovery_codes"


def _pending(request: HttpRequest) -> User | None:
    return getattr(request, "staff_pending", None)


def _safe_next(request: HttpRequest, target: str | None) -> str:
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("console:home")


def _after_second_factor(request: HttpRequest, user: User) -> str:
    return _safe_next(request, request.session.pop(NEXT_KEY, None))


def _error_status(exc: SigninError) -> int:
    return 429 if exc.status == 429 else (410 if exc.status == 410 else 400)


# --- step 1 ------------------------------------------------------------------------------------


@sensitive_post_parameters("password")
@never_cache
@csrf_protect
@require_http_methods(["GET", "POST"])
def login(request: HttpRequest) -> HttpResponse:
    if _pending(request) is not None:
        if request.GET.get("next"):
            request.session[NEXT_KEY] = _safe_next(request, request.GET.get("next"))
        return redirect("console:login_verify")
    if request.user.is_authenticated:
        return redirect(_safe_next(request, request.GET.get("next")))
    form = SigninForm(request.POST or None)
    status = 200
    error = ""
    if request.method == "POST" and form.is_valid():
        try:
            user = services.signin_password(
                request, form.cleaned_data["username"], form.cleaned_data["password"]
            )
        except SigninError as exc:
            error, status = str(exc.message), _error_status(exc)
        else:
            request.session[NEXT_KEY] = _safe_next(
                request, request.POST.get("next") or request.GET.get("next")
            )
            if not services.has_factor(user):
                return redirect("console:login_enrol")
            return redirect("console:login_verify")
    return render(
        request,
        "console/login.html",
        {"form": form, "error": error, "next": request.GET.get("next", "")},
        status=status,
    )


@require_POST
def logout(request: HttpRequest) -> HttpResponse:
    services.signout(request)
    return redirect("console:login")


# --- step 2 ------------------------------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "POST"])
def verify(request: HttpRequest) -> HttpResponse:
    user = _pending(request)
    if user is None:
        return redirect("console:home" if request.user.is_authenticated else "console:login")
    if not services.has_factor(user):
        return redirect("console:login_enrol")
    form = CodeForm(request.POST or None)
    status, error = 200, ""
    if request.method == "POST" and form.is_valid():
        try:
            services.signin_second_factor(request, user, form.cleaned_data["code"])
        except SigninError as exc:
            if exc.code == StaffAuthError.SECOND_FACTOR_RESTART:
                messages.error(request, exc.message)
                return redirect("console:login")
            error, status = str(exc.message), _error_status(exc)
        else:
            response = redirect(_after_second_factor(request, user))
            throttle.remember_device(request, response, user.get_username())
            return response
    has_passkey = Passkey.objects.filter(user=user, confirmed=True).exists()
    return render(
        request,
        "console/verify.html",
        {"form": form, "error": error, "has_passkey": has_passkey, "pending": user},
        status=status,
    )


@never_cache
@require_http_methods(["GET", "POST"])
def enrol(request: HttpRequest) -> HttpResponse:
    user = _pending(request) or (request.user if request.user.is_authenticated else None)
    if user is None:
        return redirect("console:login")
    if not services.may_enrol(request, user):
        return redirect("console:login_verify")
    device = services.totp_pending_device(user)
    form = CodeForm(request.POST or None)
    status, error = 200, ""
    if request.method == "POST" and form.is_valid():
        try:
            codes = services.totp_enrol_confirm(request, user, form.cleaned_data["code"])
        except SigninError as exc:
            error, status = str(exc.message), _error_status(exc)
        else:
            request.session[CODES_KEY] = codes
            response = redirect("console:recovery_codes")
            throttle.remember_device(request, response, user.get_username())
            return response
    return render(
        request,
        "console/enrol.html",
        {
            "form": form,
            "error": error,
            "qr_svg": services.totp_qr_svg(device),
            "secret": services.totp_secret_text(device),
            "pending": user,
        },
        status=status,
    )


@never_cache
@login_required
def recovery_codes(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        request.session[CODES_KEY] = services.recovery_codes_issue(request.user)  # type: ignore[arg-type]
        return redirect("console:recovery_codes")
    codes = request.session.pop(CODES_KEY, None)
    if not codes:
        return redirect("console:account")
    return render(
        request,
        "console/recovery_codes.html",
        {"codes": codes, "next": request.session.get(NEXT_KEY) or reverse("console:home")},
    )


# --- passkeys ----------------------------------------------------------------------------------


def _json_body(request: HttpRequest) -> Any:
    try:
        return json.loads(request.body or b"{}")
    except (ValueError, UnicodeDecodeError):
        return None


def _json_error(exc: SigninError) -> JsonResponse:
    return JsonResponse(
        {"code": exc.code, "message": str(exc.message), "fields": {}},
        status=_error_status(exc),
        json_dumps_params={"ensure_ascii": False},
    )


def _not_signed_in() -> JsonResponse:
    return JsonResponse(
        {"code": "not_signed_in", "message": _("Sign in with your password first."), "fields": {}},
        status=401,
    )


@require_POST
def passkey_signin_options(request: HttpRequest) -> HttpResponse:
    user = _pending(request)
    if user is None:
        return _not_signed_in()
    return HttpResponse(passkeys.signin_options(request, user), content_type="application/json")


@require_POST
def passkey_signin(request: HttpRequest) -> HttpResponse:
    user = _pending(request)
    if user is None:
        return _not_signed_in()
    try:
        passkeys.signin_verify(request, user, _json_body(request))
    except SigninError as exc:
        return _json_error(exc)
    response = JsonResponse({"redirect": _after_second_factor(request, user)})
    throttle.remember_device(request, response, user.get_username())
    return response


@login_required
@require_POST
def passkey_register_options(request: HttpRequest) -> HttpResponse:
    options = passkeys.registration_options(request, request.user)  # type: ignore[arg-type]
    return HttpResponse(options, content_type="application/json")


@login_required
@require_POST
def passkey_register(request: HttpRequest) -> HttpResponse:
    body = _json_body(request)
    if not isinstance(body, dict):
        body = {}
    try:
        passkeys.registration_verify(
            request,
            request.user,  # type: ignore[arg-type]
            body.get("credential"),
            str(body.get("name") or ""),
        )
    except SigninError as exc:
        return _json_error(exc)
    messages.success(request, _("The passkey was registered."))
    return JsonResponse({"redirect": reverse("console:account")})


# --- the account page and passwords ------------------------------------------------------------


@never_cache
@login_required
@require_http_methods(["GET"])
def account(request: HttpRequest) -> HttpResponse:
    user = request.user
    return render(
        request,
        "console/account.html",
        {
            "has_totp": TOTPDevice.objects.filter(user=user, confirmed=True).exists(),
            "codes_left": StaticToken.objects.filter(device__user=user).count(),
            "passkeys": Passkey.objects.filter(user=user, confirmed=True).order_by("pk"),
        },
    )


def _password_errors(form: Any, exc: ValidationError) -> None:
    form.add_error("new_password1", exc)


@sensitive_post_parameters("old_password", "new_password1", "new_password2")
@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def password_change(request: HttpRequest) -> HttpResponse:
    form = PasswordChangeForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.password_change(
                    request,
                    request.user,  # type: ignore[arg-type]
                    form.cleaned_data["old_password"],
                    form.cleaned_data["new_password1"],
                )
            except SigninError as exc:
                form.add_error("old_password", str(exc.message))
            except ValidationError as exc:
                _password_errors(form, exc)
            else:
                messages.success(request, _("Your password was changed."))
                return redirect("console:home")
        status = 400
    must = services.must_change_password(request.user)  # type: ignore[arg-type]
    return render(
        request, "console/password_change.html", {"form": form, "must": must}, status=status
    )


@sensitive_post_parameters("new_password1", "new_password2")
@never_cache
@require_http_methods(["GET", "POST"])
def password_reset(request: HttpRequest, uidb64: str, token: str) -> HttpResponse:
    try:
        user = services.password_reset_user(request, uidb64, token)
    except SigninError as exc:
        return render(
            request,
            "console/password_reset.html",
            {"error": str(exc.message), "form": None},
            status=_error_status(exc),
        )
    form = NewPasswordForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.password_reset_complete(
                    request, user, token, form.cleaned_data["new_password1"]
                )
            except ValidationError as exc:
                _password_errors(form, exc)
            except SigninError as exc:
                return render(
                    request,
                    "console/password_reset.html",
                    {"error": str(exc.message), "form": None},
                    status=_error_status(exc),
                )
            else:
                messages.success(request, _("Your new password is set. Sign in with it."))
                return redirect("console:login")
        status = 400
    return render(
        request, "console/password_reset.html", {"form": form, "reset_user": user}, status=status
    )
