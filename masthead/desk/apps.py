from django.apps import AppConfig


class DeskConfig(AppConfig):
    """The editorial desk: roles, section editors and, later, review and draft links."""

    name = "masthead.desk"
    label = "desk"
    verbose_name = "Editorial desk"
