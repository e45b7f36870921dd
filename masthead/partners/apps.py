from django.apps import AppConfig


class PartnersConfig(AppConfig):
    name = "masthead.partners"
    label = "partners"
    verbose_name = "Partners"

    def ready(self):
        # Receivers need the models, ready only from now on.
        from . import signal_handlers  # noqa: F401, PLC0415
