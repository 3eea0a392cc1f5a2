from django.apps import AppConfig


class StaffAuthConfig(AppConfig):
    name = "kokugai.core.staffauth"
    label = "staffauth"
    verbose_name = "staff sign-in"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from kokugai.core.staffauth.services import on_logged_in

        user_logged_in.connect(on_logged_in, dispatch_uid="kokugai.staffauth.logged_in")
