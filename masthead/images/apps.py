from django.apps import AppConfig

from .policy import pillow_limits_apply


class ImagesConfig(AppConfig):
    name = "masthead.images"
    label = "images"
    verbose_name = "Credited images"

    def ready(self):
        # Pillow keeps its PNG text limits in module globals: set them once, for the process.
        pillow_limits_apply()
        # Receivers need the models, ready only from now on.
        from . import signal_handlers  # noqa: F401, PLC0415
