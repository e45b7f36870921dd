from django.apps import AppConfig


class SyndicationConfig(AppConfig):
    name = "masthead.syndication"
    label = "syndication"
    verbose_name = "Syndication"
