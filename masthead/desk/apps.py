from django.apps import AppConfig


class DeskConfig(AppConfig):
    """The editorial desk: roles, section editors, draft links and, later, review."""

    name = "masthead.desk"
    label = "desk"
    verbose_name = "Editorial desk"
