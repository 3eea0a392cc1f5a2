from django.contrib import admin
from django.urls import include, path

from kokugai.api.api import api
from kokugai.web import health

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("appointments/", include("kokugai.appointments.urls")),
    path("", include("kokugai.web.urls")),
]

handler404 = "kokugai.web.errors.page_not_found"
handler403 = "kokugai.web.errors.permission_denied"
