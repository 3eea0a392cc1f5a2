"""The office admin's scope in the Django admin: the rows of their own office only."""

from __future__ import annotations

from typing import Any

from django.contrib.admin.options import BaseModelAdmin

from kokugai.registry import staff_access
from kokugai.registry.models import Office


def office_admin_of(request: Any) -> Office | None:
    """The office a non-superuser administers, or None (superusers and everyone else)."""
    return staff_access.office_admin_office(getattr(request, "user", None))


class OwnOfficeRows(BaseModelAdmin):
    """An office admin views, changes and deletes only the rows of their own office
    (``row_office_id``); anyone else has Django's own permissions. Adding is each admin's."""

    def row_office_id(self, obj: Any) -> Any:
        return obj.office_id

    def _own(self, request: Any, obj: Any) -> bool | None:
        """True/False for an office admin (their office or not), None for anyone else."""
        office = office_admin_of(request)
        if office is None:
            return None
        return obj is None or self.row_office_id(obj) == office.pk

    def has_view_permission(self, request: Any, obj: Any = None) -> bool:
        own = self._own(request, obj)
        return super().has_view_permission(request, obj) if own is None else own

    def has_change_permission(self, request: Any, obj: Any = None) -> bool:
        own = self._own(request, obj)
        return super().has_change_permission(request, obj) if own is None else own

    def has_delete_permission(self, request: Any, obj: Any = None) -> bool:
        own = self._own(request, obj)
        return super().has_delete_permission(request, obj) if own is None else own
