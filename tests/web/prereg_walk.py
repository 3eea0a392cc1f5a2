"""Walk the pre-registration's question pages as a browser would (issue 16.5).

``walk(client, data)`` starts the journey, and on each question page submits what the page
preselects (the pickup recommendation, carried-over answers) overlaid with ``data``; it
returns the first response that is not a step forward: the check page's answer to "send"
(302 to /preregister/sent/, or 429), or a question page that refused its answers (400).
"""

from __future__ import annotations

import re
from typing import Any

_RADIO_CHECKED = re.compile(r'<input type="radio" name="([^"]+)" value="([^"]*)"[^>]*\bchecked\b')
_TEXT_VALUE = re.compile(r'<input type="(?:text|email|tel)" name="([^"]+)" value="([^"]*)"')


def preselected(html: str) -> dict[str, str]:
    import html as html_lib

    values = {k: html_lib.unescape(v) for k, v in _TEXT_VALUE.findall(html)}
    values.update({k: html_lib.unescape(v) for k, v in _RADIO_CHECKED.findall(html)})
    return values


def walk(client: Any, data: dict[str, Any], *, pages: list[str] | None = None, **extra: Any):
    response = client.post("/preregister/", **extra)
    for _ in range(30):
        url = response["Location"]
        if url.endswith("/preregister/check/"):
            if pages is not None:
                pages.append("check")
            return client.post(url, **extra)
        if "/preregister/q/" not in url:
            return response
        if pages is not None:
            pages.append(url.split("/q/")[1].split("/")[0])
        page = client.get(url, **extra)
        assert page.status_code == 200, (url, page.status_code)
        response = client.post(url, {**preselected(page.content.decode()), **data}, **extra)
        if response.status_code != 302:
            return response
    raise AssertionError("the journey did not end")
