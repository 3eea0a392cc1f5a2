from django.urls import path

from kokugai.appointments import views

app_name = "appointments"
urlpatterns = [
    path("book/<str:token>/", views.book, name="book"),
    path("manage/<str:token>/", views.manage, name="manage"),
    path("manage/<str:token>/appointment.ics", views.manage_ics, name="manage_ics"),
    path("staff/", views.staff_home, name="staff_home"),
    path("staff/<int:service_id>/<str:day>/", views.staff_day, name="staff_day"),
]
