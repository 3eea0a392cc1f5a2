from django.apps import AppConfig


class AppointmentsConfig(AppConfig):
    name = "kokugai.appointments"
    label = "appointments"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Subscribe to the case transitions (cases.events): bookings follow their case.
        from kokugai.appointments import subscriptions  # noqa: F401
