"""The guard of every staff request (after Django's and django-otp's middleware).

For a signed-in session it
- ends it (audited) after ``KOKUGAI_SESSION_IDLE_SECONDS`` without a request, after
  ``KOKUGAI_SESSION_MAX_SECONDS`` since sign-in, or when the account's session epoch moved
  (an admin reset the factors or password, or removed the staff profile);
- treats a session whose second factor is still pending as *anonymous* everywhere except the
  sign-in pages (``KOKUGAI_SIGNIN_FLOW_URLS``), so the console, the admin and the staff API
  all refuse it with their own "please sign in";
- sends an account that must change its password to the change page (API: 403).
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.contrib import auth
from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext as _

from kokugai.core import clock
from kokugai.core.audit import audit_record
from kokugai.core.staffauth import services
from kokugai.core.staffauth.models import AccountState

#: Rewrite the last-seen stamp at most this often (seconds), not on every request.
SEEN_GRANULARITY = 60


def _url_name(request: HttpRequest) -> str:
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return ""
    return match.view_name


async def _anonymous() -> AnonymousUser:
    return AnonymousUser()


class StaffAccessMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if user.is_authenticated:
            response = self._guard(request, user)
            if response is not None:
                return response
        return self.get_response(request)

    def _end(self, request: HttpRequest, user: object, why: str) -> None:
        audit_record(
            actor=user,  # type: ignore[arg-type]
            action="session.expired",
            object_type="user",
            object_id=getattr(user, "pk", ""),
            detail={"why": why},
        )
        auth.logout(request)

    def _guard(self, request: HttpRequest, user: object) -> HttpResponse | None:
        session = request.session
        now = clock.now().timestamp()
        started = session.get(services.AUTH_AT)
        seen = session.get(services.SEEN_AT, started)
        state = (
            AccountState.objects.filter(user_id=user.pk)  # type: ignore[attr-defined]
            .values_list("session_epoch", "must_change_password")
            .first()
        ) or (0, False)
        epoch, must_change = state
        why = ""
        if started is None:
            why = "unstamped"
        elif now - started > settings.KOKUGAI_SESSION_MAX_SECONDS:
            why = "absolute"
        elif now - (seen or started) > settings.KOKUGAI_SESSION_IDLE_SECONDS:
            why = "idle"
        elif session.get(services.EPOCH, 0) != epoch:
            why = "ended"
        if why:
            self._end(request, user, why)
            return None  # now anonymous: the view answers as for anyone signed out
        if now - (seen or 0) >= SEEN_GRANULARITY:
            session[services.SEEN_AT] = now
        name = _url_name(request)
        if not user.is_verified():  # type: ignore[attr-defined]
            request.staff_pending = user  # type: ignore[attr-defined]
            if name not in settings.KOKUGAI_SIGNIN_FLOW_URLS:
                request.user = AnonymousUser()
                request.auser = _anonymous  # type: ignore[attr-defined]
            return None
        if must_change and name not in settings.KOKUGAI_PASSWORD_CHANGE_URLS:
            if request.path_info.startswith("/api/"):
                return JsonResponse(
                    {
                        "code": "password_change_required",
                        "message": _("Change your password in the console first."),
                        "fields": {},
                    },
                    status=403,
                )
            return redirect(reverse("console:password_change"))
        return None
