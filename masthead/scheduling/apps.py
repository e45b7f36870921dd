from django.apps import AppConfig


class SchedulingConfig(AppConfig):
    name = "masthead.scheduling"
    label = "scheduling"
    verbose_name = "Scheduling"
