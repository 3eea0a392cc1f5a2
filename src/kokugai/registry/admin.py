"""Django admin for office admins and reference data (not for the staff's daily case work)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin

from kokugai.registry.models import Closure, Counter, Office, OpeningHours, StaffProfile


class CounterInline(admin.TabularInline):
    model = Counter
    extra = 0


class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
    extra = 0
    readonly_fields = ("is_default",)


class ClosureInline(admin.TabularInline):
    model = Closure
    extra = 0


@admin.register(Office)
class OfficeAdmin(admin.ModelAdmin):
    list_display = ("code", "name_ja", "kind", "country", "timezone", "is_active")
    list_filter = ("kind", "is_active", "country")
    search_fields = ("code", "name_ja", "name_en", "name_kana")
    inlines = (CounterInline, OpeningHoursInline, ClosureInline)

    def save_formset(self, request: Any, form: Any, formset: Any, change: bool) -> None:
        # Hours an admin saved are the office's own, no longer the generic defaults.
        instances = formset.save(commit=False)
        for obj in instances:
            if isinstance(obj, OpeningHours):
                obj.is_default = False
            obj.save()
        for obj in formset.deleted_objects:
            obj.delete()
        formset.save_m2m()


@admin.register(StaffProfile)
class StaffProfileAdmin(admin.ModelAdmin):
    list_display = ("user", "office", "role")
    list_filter = ("role",)
    search_fields = ("user__username", "office__code", "office__name_ja")
    autocomplete_fields = ("office",)
