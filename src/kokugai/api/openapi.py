"""The committed OpenAPI document: generated from the code, byte-for-byte deterministic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

OPENAPI_PATH = Path(__file__).with_name("openapi.json")
#: Fixed rather than read from the URLconf, so the document does not depend on the mount.
PATH_PREFIX = "/api/v1/"


def openapi_schema() -> dict[str, Any]:
    from kokugai.api.api import api

    return dict(api.get_openapi_schema(path_prefix=PATH_PREFIX))


def openapi_document() -> str:
    return json.dumps(openapi_schema(), sort_keys=True, ensure_ascii=False, indent=2) + "\n"


def openapi_committed() -> str:
    return OPENAPI_PATH.read_text(encoding="utf-8") if OPENAPI_PATH.exists() else ""


def openapi_write() -> bool:
    """Write the document; True if it changed."""
    text = openapi_document()
    if openapi_committed() == text:
        return False
    OPENAPI_PATH.write_text(text, encoding="utf-8")
    return True
