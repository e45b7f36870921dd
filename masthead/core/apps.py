from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "masthead.core"
    label = "core"
    verbose_name = "Site"

    def ready(self) -> None:
        # Registering the system checks is importing their module.
        from . import checks, signal_handlers  # noqa: F401, PLC0415
