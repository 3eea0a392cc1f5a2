from django.urls import path

from kokugai.web.portal import family, views

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    path("plan/", views.plan, name="plan"),
    path("plan/household/", family.plan_household, name="plan_household"),
    path("preregister/", views.preregister, name="prereg"),
    path("preregister/q/<slug:slug>/", views.prereg_question, name="prereg_question"),
    path("preregister/check/", views.prereg_check, name="prereg_check"),
    path("preregister/sent/", views.prereg_sent, name="prereg_sent"),
    path("preregister/family/", family.preregister_family, name="family_prereg"),
    path("preregister/family/sent/", family.family_prereg_sent, name="family_prereg_sent"),
    path(
        "preregister/family/verify/<str:token>/",
        family.family_prereg_verify,
        name="family_prereg_verify",
    ),
    path("preregister/code/", views.prereg_code_resend, name="prereg_code_resend"),
    path("preregister/verify/<str:token>/", views.prereg_verify, name="prereg_verify"),
    path("preregister/verify/<str:token>/application.pdf", views.prereg_pdf, name="prereg_pdf"),
    path("offices/search/", views.office_search, name="office_search"),
    path("track/", views.track, name="track"),
    path("track/household/", family.track_household, name="track_household"),
    path("track/links/", views.track_links, name="track_links"),
    path("track/tasks/", views.tasks, name="tasks"),
    path("email/change/<str:token>/", views.email_change, name="email_change"),
    path("email/verify/<str:token>/", views.email_verify, name="email_verify"),
    path("reply/done/", views.reply_done, name="reply_done"),
    path("reply/<str:token>/", views.reply, name="reply"),
]
