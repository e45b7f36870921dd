from django.apps import AppConfig


class DeskConfig(AppConfig):
    """The editorial desk: roles, section editors, draft links, the review workflow."""

    name = "masthead.desk"
    label = "desk"
    verbose_name = "Editorial desk"

    def ready(self):
        from . import signal_handlers  # noqa: PLC0415 (models are ready only now)

        signal_handlers.connect()
