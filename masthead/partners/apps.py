from django.apps import AppConfig


class PartnersConfig(AppConfig):
    name = "masthead.partners"
    label = "partners"
    verbose_name = "Partners"
