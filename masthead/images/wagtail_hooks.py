from django.urls import path
from wagtail import hooks

from .admin_views import ImageMultipleAddView


@hooks.register("register_admin_urls", order=-1)
def register_admin_urls():
    # Ahead of Wagtail's own "images/multiple/add/" (the order), which it replaces.
    return [
        path(
            "images/multiple/add/",
            ImageMultipleAddView.as_view(),
            name="masthead_images_add_multiple",
        ),
    ]
