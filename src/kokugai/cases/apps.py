from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "kokugai.cases"
    label = "cases"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from kokugai.cases.announce import webhooks_announce
        from kokugai.cases.events import subscribe

        # Every transition (and the opening), in its transaction: other systems' webhooks.
        subscribe(webhooks_announce)
