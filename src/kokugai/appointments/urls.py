from django.urls import path

from kokugai.appointments import views

app_name = "appointments"
urlpatterns = [
    path("book/family/<str:token>/", views.household_book, name="household_book"),
    path("book/<str:token>/", views.book, name="book"),
    path("manage/<str:token>/", views.manage, name="manage"),
    path("manage/<str:token>/appointment.ics", views.manage_ics, name="manage_ics"),
    path("intake/", views.intake_list, name="intake_list"),
    path("intake/<int:service_id>/", views.intake, name="intake"),
    path("staff/", views.staff_home, name="staff_home"),
    path(
        "staff/counter/<int:counter_id>/<str:day>/",
        views.staff_counter_day,
        name="staff_counter_day",
    ),
    path("staff/<int:service_id>/<str:day>/", views.staff_day, name="staff_day"),
]
