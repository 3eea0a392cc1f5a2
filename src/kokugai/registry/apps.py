from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "kokugai.registry"
    label = "registry"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_delete

        from kokugai.registry.models import StaffProfile
        from kokugai.registry.staff_access import staff_profile_removed

        post_delete.connect(
            staff_profile_removed, sender=StaffProfile, dispatch_uid="kokugai.staff_profile_removed"
        )
