"""Question pages (GOV.UK "one thing per page"): a small step list and a draft in the session.

A :class:`Journey` is an ordered list of :class:`Step` s. Each step is one question (or a
small group) with its own form; ``applies`` makes it conditional on earlier answers. What
the citizen typed is kept as typed, per step, in the session (:class:`Draft`): no database
row exists until the journey is submitted, a change of language keeps it, and every page is
validated again on the server from the draft, so a forged or stale draft cannot skip a check.

The next page is always the first applicable step that is not answered yet (or the
check-your-answers page when none is left): answers carried over from elsewhere (the
planner) are simply answered already, so nothing is asked twice, and a change made from the
check page comes back to it unless the change opened a new question.

The views (:func:`question`, :func:`check`) are generic; a journey supplies its steps, its
URL names and what submitting does. The family pre-registration builds on the same parts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.conf import settings
from django.contrib.sessions.backends.base import SessionBase
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation

from kokugai.core.forms import SaysWhatToDo

Answers = dict[str, Any]

#: The hidden field of every question form that the header's language button fills
#: (``<button form=... name=_language>``): the page is kept in the draft, not lost.
LANGUAGE_FIELD = "_language"
#: ``?from=check``: the page was opened from a change link of the check page.
FROM_CHECK = "check"


class StepForm(SaysWhatToDo, forms.Form):
    """A question page's form. ``answers``: the cleaned answers of the earlier steps (a
    question may depend on them: offices near where one lives, the chosen route)."""

    def __init__(self, *args: Any, answers: Answers | None = None, **kwargs: Any) -> None:
        self.answers: Answers = dict(answers or {})
        super().__init__(*args, **kwargs)


@dataclass(frozen=True)
class Step:
    slug: str
    form: type[StepForm]
    #: the page's heading: the question, in the source language (gettext_lazy)
    title: Any
    #: shown only when this says so, given the earlier answers
    applies: Callable[[Answers], bool] = lambda answers: True
    template: str = "portal/question.html"
    #: the check page's rows: (label, value) pairs of this step's answers
    summary: Callable[[Answers], list[tuple[Any, str]]] | None = None


class Draft:
    """The answers as typed, per step, kept in the session under ``key``.

    ``raw[slug]``: the step's fields as strings; ``suggested``: initial values that are not
    answers (a preselected recommendation); ``carried``: the fields filled from elsewhere.
    """

    def __init__(self, session: SessionBase, key: str) -> None:
        self.session = session
        self.key = key
        stored = session.get(key)
        self.data: dict[str, Any] = stored if isinstance(stored, dict) else {}
        self.data.setdefault("raw", {})
        self.data.setdefault("suggested", {})
        self.data.setdefault("carried", [])

    @property
    def raw(self) -> dict[str, dict[str, str]]:
        return self.data["raw"]

    @property
    def suggested(self) -> dict[str, str]:
        return self.data["suggested"]

    @property
    def carried(self) -> list[str]:
        return self.data["carried"]

    @property
    def empty(self) -> bool:
        return not self.raw and not self.suggested

    def put(self, slug: str, values: Mapping[str, str]) -> None:
        self.raw[slug] = dict(values)
        self.save()

    def save(self) -> None:
        self.session[self.key] = self.data
        self.session.modified = True

    def clear(self) -> None:
        self.session.pop(self.key, None)
        self.data = {"raw": {}, "suggested": {}, "carried": []}


def _typed(form: forms.Form, data: Mapping[str, Any]) -> dict[str, str]:
    """The form's own fields from a POST, as typed (a missing checkbox is an empty string)."""
    out: dict[str, str] = {}
    for name in form.fields:
        key = form.add_prefix(name)
        value = data.get(key, "")
        out[name] = value if isinstance(value, str) else str(value)
    return out


@dataclass
class Walk:
    """The draft read through the journey: the answers of the applicable steps in order,
    and the first step still to ask (None: every applicable step is answered)."""

    answers: Answers
    steps: list[Step]
    pending: Step | None
    forms: dict[str, StepForm] = field(default_factory=dict)


@dataclass(frozen=True)
class Journey:
    name: str
    steps: tuple[Step, ...]
    #: session key of the draft
    draft_key: str
    #: URL names: a question (takes the slug), the check page, the start page
    question_url: str
    check_url: str
    start_url: str
    #: does what submitting means (creates the rows, sends mail) and returns the response
    submit: Callable[[HttpRequest, Answers, Draft], HttpResponse]
    check_template: str = "portal/check_answers.html"
    #: extra context for every page of the journey: (request, step or None, answers)
    context: Callable[[HttpRequest, Step | None, Answers], dict[str, Any]] | None = None

    def step(self, slug: str) -> Step | None:
        return next((s for s in self.steps if s.slug == slug), None)

    def draft(self, request: HttpRequest) -> Draft:
        return Draft(request.session, self.draft_key)

    def form(self, step: Step, draft: Draft, answers: Answers, data: Any = None) -> StepForm:
        if data is not None:
            return step.form(data, answers=answers)
        raw = draft.raw.get(step.slug)
        initial = dict(raw) if raw is not None else self.suggestions(step, draft)
        return step.form(initial=initial, answers=answers)

    def suggestions(self, step: Step, draft: Draft) -> dict[str, str]:
        form = step.form(answers={})
        return {k: v for k, v in draft.suggested.items() if k in form.fields}

    def walk(self, draft: Draft, *, upto: str | None = None) -> Walk:
        """Validate the draft step by step (the server's word, not the browser's)."""
        answers: Answers = {}
        shown: list[Step] = []
        bound: dict[str, StepForm] = {}
        pending: Step | None = None
        for step in self.steps:
            if step.slug == upto:
                break
            if not step.applies(answers):
                continue
            shown.append(step)
            raw = draft.raw.get(step.slug)
            if raw is None:
                pending = pending or step
                continue
            form = step.form(raw, answers=answers)
            bound[step.slug] = form
            if form.is_valid():
                if pending is None:
                    answers.update(form.cleaned_data)
            else:
                pending = pending or step
        return Walk(answers, shown, pending, bound)

    def url(self, step: Step, *, from_check: bool = False) -> str:
        path = reverse(self.question_url, args=[step.slug])
        return f"{path}?from={FROM_CHECK}" if from_check else path

    def next_url(self, draft: Draft) -> str:
        walk = self.walk(draft)
        return self.url(walk.pending) if walk.pending else reverse(self.check_url)

    def previous_url(self, step: Step, draft: Draft, *, from_check: bool) -> str:
        if from_check:
            return reverse(self.check_url)
        walk = self.walk(draft, upto=step.slug)
        return self.url(walk.steps[-1]) if walk.steps else reverse(self.start_url)

    def page_context(
        self, request: HttpRequest, step: Step | None, answers: Answers
    ) -> dict[str, Any]:
        return self.context(request, step, answers) if self.context else {}


def switch_language(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """What Django's ``set_language`` does, for a question form's own language button."""
    lang = request.POST.get(LANGUAGE_FIELD, "")
    if lang in dict(settings.LANGUAGES):
        translation.activate(lang)
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            lang,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            path=settings.LANGUAGE_COOKIE_PATH,
            domain=settings.LANGUAGE_COOKIE_DOMAIN,
            secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        )
    return response


def _no_store(response: HttpResponse) -> HttpResponse:
    # The pages show what was typed (names, a birth date): never kept in a shared cache.
    response["Cache-Control"] = "no-store"
    return response


def question(request: HttpRequest, journey: Journey, slug: str) -> HttpResponse:
    """One question page: GET shows it (filled from the draft), POST checks and saves it."""
    step = journey.step(slug)
    draft = journey.draft(request)
    before = journey.walk(draft, upto=slug)
    if step is None or before.pending is not None or not step.applies(before.answers):
        # Not reachable yet (an earlier question is open) or not needed for these answers.
        return redirect(journey.next_url(draft))
    from_check = request.GET.get("from") == FROM_CHECK
    here = journey.url(step, from_check=from_check)
    status = 200
    if request.method == "POST":
        form = journey.form(step, draft, before.answers, data=request.POST)
        typed = _typed(form, request.POST)
        if request.POST.get(LANGUAGE_FIELD):
            # The header's language button posts this form: keep what was typed, come back.
            draft.put(step.slug, typed)
            return switch_language(request, redirect(here))
        if form.is_valid():
            draft.put(step.slug, typed)
            walk = journey.walk(draft)
            if walk.pending is not None:
                return redirect(journey.url(walk.pending, from_check=from_check))
            return redirect(journey.check_url)
        status = 400
    else:
        form = journey.form(step, draft, before.answers)
    context = {
        "form": form,
        "step": step,
        "journey": journey,
        "back_url": journey.previous_url(step, draft, from_check=from_check),
        "action_url": here,
        "draft_form_id": "k-question",
        **journey.page_context(request, step, before.answers),
    }
    return _no_store(render(request, step.template, context, status=status))


def check(request: HttpRequest, journey: Journey) -> HttpResponse:
    """Check your answers: each answer with a link back to its question; POST submits."""
    draft = journey.draft(request)
    walk = journey.walk(draft)
    if walk.pending is not None:
        return redirect(journey.url(walk.pending))
    if request.method == "POST":
        return _no_store(journey.submit(request, walk.answers, draft))
    return _no_store(check_page(request, journey, walk))


def check_page(
    request: HttpRequest, journey: Journey, walk: Walk, *, status: int = 200, error: str = ""
) -> HttpResponse:
    rows = []
    for step in walk.steps:
        pairs = step.summary(walk.answers) if step.summary else []
        for i, (label, value) in enumerate(pairs):
            rows.append(
                {
                    "label": label,
                    "value": value,
                    "change_url": journey.url(step, from_check=True),
                    "step": step,
                    "first": i == 0,
                }
            )
    context = {
        "rows": rows,
        "journey": journey,
        "answers": walk.answers,
        "error": error,
        "back_url": journey.url(walk.steps[-1]) if walk.steps else reverse(journey.start_url),
        **journey.page_context(request, None, walk.answers),
    }
    return render(request, journey.check_template, context, status=status)
