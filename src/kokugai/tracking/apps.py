from django.apps import AppConfig


class TrackingConfig(AppConfig):
    name = "kokugai.tracking"
    label = "tracking"
    default_auto_field = "django.db.models.BigAutoField"
