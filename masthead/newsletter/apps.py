from django.apps import AppConfig


class NewsletterConfig(AppConfig):
    name = "masthead.newsletter"
    label = "newsletter"
    verbose_name = "Newsletter"

    def ready(self):
        # Django connects receivers here: they need the models, ready only from now on.
        from . import signal_handlers  # noqa: F401, PLC0415
