from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "masthead.articles"
    label = "articles"
    verbose_name = "Articles"

    def ready(self):
        # Django connects receivers here: they need the models, ready only from now on.
        from . import signal_handlers  # noqa: F401, PLC0415
