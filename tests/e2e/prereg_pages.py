"""The citizen's pre-registration question pages, answered in a real browser (issue 16.5).

``preregister(page, base, lang)`` starts from /preregister/ after the planner has run (its
answers are carried over: date of birth, 本籍地, where one lives, certificates) and answers
each question page it is shown, checking each with axe; it ends by sending the check page.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

NAMES = {
    "family_name": "国外",
    "given_name": "太郎",
    "family_name_kana": "コクガイ",
    "given_name_kana": "タロウ",
    "family_name_romaji": "KOKUGAI",
    "given_name_romaji": "TARO",
}


def _slug(page: Any) -> str:
    m = re.search(r"/preregister/q/([^/]+)/", page.url)
    return m.group(1) if m else ("check" if page.url.endswith("/preregister/check/") else "")


def preregister(
    page: Any,
    base: str,
    lang: str,
    *,
    axe_check: Callable[..., Any],
    screenshot: Callable[..., Any],
    shots: str = "portal-preregister",
    channel: str = "municipality_visit",
    pickup: str = "131075",
    after: dict[str, Callable[[], None]] | None = None,
    send: bool = True,
) -> list[str]:
    """Answer the question pages; returns the slugs of the pages shown, in order.

    ``after[slug]`` runs once that page is answered, before "Continue"."""
    page.goto(f"{base}/preregister/")
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == lang
    axe_check(page, f"pre-registration start ({lang})")
    page.click("#start")
    shown: list[str] = []
    answers: dict[str, Callable[[], None]] = {
        "route": lambda: page.check(f"input[name=channel][value={channel}]"),
        "name": lambda: [page.fill(f"#id_{k}", v) for k, v in NAMES.items()],
        "birth-date": lambda: page.fill("#id_birth_date", "1990-04-01"),
        "sex": lambda: page.check("input[name=sex][value=male]"),
        "honseki": lambda: page.fill("#id_honseki", "022039"),
        "residence": lambda: (
            page.select_option("#id_country", "TW"),
            page.fill("#id_city", "Taipei"),
        ),
        "intake": lambda: page.fill("#id_intake_office", "131075"),
        "departure": lambda: page.fill("#id_departure_date", "2099-01-01"),
        "pickup": lambda: page.check(f"input[name=pickup][value='{pickup}']"),
        "certificates": lambda: page.check("input[name=with_certificates][value=true]"),
        "contact": lambda: page.fill("#id_email", "taro@example.com"),
    }
    for _ in range(15):
        page.wait_for_load_state()
        slug = _slug(page)
        shown.append(slug)
        if slug == "check":
            break
        assert slug in answers, page.url
        axe_check(page, f"pre-registration question {slug} ({lang})")
        answers[slug]()
        if after and slug in after:
            after[slug]()  # e.g. switch the language with the page filled in
        if slug in ("route", "pickup"):
            screenshot(page, f"{shots}-{slug}-{lang}")
        page.click("#continue")
    assert shown[-1] == "check", shown
    axe_check(page, f"pre-registration check answers ({lang})")
    assert page.locator("#answers a.k-change-link").count() >= 5
    screenshot(page, f"{shots}-check-{lang}")
    if send:
        page.click("#send")
    return shown
