from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "masthead.search"
    label = "masthead_search"
    verbose_name = "Search"

    def ready(self):
        # Django connects receivers here: they need the models, ready only from now on.
        from . import signal_handlers  # noqa: F401, PLC0415
