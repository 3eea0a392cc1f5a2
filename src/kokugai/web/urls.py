from django.urls import include, path

urlpatterns = [
    path("console/", include("kokugai.web.console.urls")),
    path("", include("kokugai.web.portal.urls")),
]
