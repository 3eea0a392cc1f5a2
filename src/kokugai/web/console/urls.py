from django.urls import path

from kokugai.web.console import performance, prereg, views
from kokugai.web.errors import handle_application_errors

app_name = "console"
urlpatterns = [
    path("", views.home, name="home"),
    path("login/", views.ConsoleLoginView.as_view(), name="login"),
    path("logout/", views.ConsoleLogoutView.as_view(), name="logout"),
    path("queues/<slug:queue>/", views.queue, name="queue"),
    path("cases/<int:case_id>/", views.case_detail, name="case"),
    path(
        "cases/<int:case_id>/checklist/<slug:code>/",
        views.case_checklist,
        name="case_checklist",
    ),
    path("cases/<int:case_id>/notes/", views.case_note, name="case_note"),
    path(
        "cases/<int:case_id>/mynumber/",
        views.case_reveal_mynumber,
        name="case_reveal_mynumber",
    ),
    path(
        "cases/<int:case_id>/identity/",
        views.case_reveal_identity,
        name="case_reveal_identity",
    ),
    path("cases/<int:case_id>/actions/<slug:name>/", views.case_action, name="case_action"),
    path("intake/", views.intake, name="intake"),
    path("prereg/", handle_application_errors(prereg.prereg_load), name="prereg_load"),
    path("offices/search/", views.offices_search, name="offices_search"),
    path("performance/", performance.performance, name="performance"),
]
