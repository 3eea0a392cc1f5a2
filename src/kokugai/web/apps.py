from typing import Any

from django.apps import AppConfig
from django.core import checks


def check_pdf_font(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    from kokugai.web.portal import pdffont

    if pdffont.font_path() is None:
        return [
            checks.Warning(
                "The font for names in the application PDF (IPAmj明朝) is missing: "
                "the PDF will be refused.",
                hint="Install the Debian package fonts-ipamj-mincho, or set KOKUGAI_PDF_FONT "
                "to the path of ipamjm.ttf. Tried: " + ", ".join(pdffont.font_paths()),
                id="kokugai.W001",
            )
        ]
    return []


class WebConfig(AppConfig):
    name = "kokugai.web"
    label = "web"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        checks.register(check_pdf_font)
        from kokugai.cases.intake import preregistration_consumer_set
        from kokugai.web.console.prereg import preregistration_use

        preregistration_consumer_set(preregistration_use)
