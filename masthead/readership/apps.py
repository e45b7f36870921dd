from django.apps import AppConfig


class ReadershipConfig(AppConfig):
    name = "masthead.readership"
    label = "readership"
    verbose_name = "Readership"
