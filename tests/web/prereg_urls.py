"""The site's URLs plus the console's pre-registration loader, until the console mounts it."""

from django.urls import path

from kokugai.urls import urlpatterns as site
from kokugai.web.console.prereg import prereg_load

urlpatterns = [path("console/prereg/", prereg_load, name="prereg_load"), *site]
