from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "kokugai.registry"
    label = "registry"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from kokugai.registry.models import Office, StaffProfile
        from kokugai.registry.selectors import offices_cache_clear
        from kokugai.registry.staff_access import staff_profile_removed

        post_delete.connect(
            staff_profile_removed, sender=StaffProfile, dispatch_uid="kokugai.staff_profile_removed"
        )
        for signal in (post_save, post_delete):
            signal.connect(
                offices_cache_clear, sender=Office, dispatch_uid="kokugai.offices_cache_clear"
            )
