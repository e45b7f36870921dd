from django.apps import AppConfig


class ImagesConfig(AppConfig):
    name = "masthead.images"
    label = "images"
    verbose_name = "Credited images"
