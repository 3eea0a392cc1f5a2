"""Model fields shared by the apps.

:class:`CodeField` stores a code from one of the ``rules`` enums (a procedure, a channel).
Its choices come from the enum at run time (admin, forms, ``full_clean``), but they are left
out of migrations: the list belongs to the rules, so adding a procedure or a channel to
``rules.codes`` needs no migration (docs/architecture.md, "Adding a procedure").
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from django.db import models


class CodeField(models.CharField):
    """A ``CharField`` holding a value of ``enum``; migrations do not freeze its choices."""

    def __init__(self, *args: Any, enum: type[StrEnum] | None = None, **kwargs: Any) -> None:
        if enum is not None:
            kwargs["choices"] = [(m.value, m.value) for m in enum]
        kwargs.setdefault("max_length", 32)
        super().__init__(*args, **kwargs)

    def deconstruct(self) -> Any:
        name, _path, args, kwargs = super().deconstruct()
        kwargs.pop("choices", None)
        # Migrations record a plain CharField: the field class is a run-time convenience.
        return name, "django.db.models.CharField", args, kwargs
