"""The application's routes plus ``/bench/ping/``: the baseline every HTTP bench compares
with. It runs through the same server, middleware and database connection as the real
views and commits one row, because a tracker lookup or a booking must commit (the audit
row), so a floor that does not write would flatter nothing but itself."""

from django.db import connection
from django.http import HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from kokugai.urls import urlpatterns as kokugai_urlpatterns


@csrf_exempt
def ping(request):
    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO bench_ping (at) VALUES (now())")
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/ping/", ping), *kokugai_urlpatterns]
