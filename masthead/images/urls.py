"""The icons drawn from the logo, at the addresses browsers look for them.

Included before Wagtail's catch-all, so these paths win over any page slug.
"""

from django.urls import path

from . import icon_views

app_name = "images"

urlpatterns = [
    path("favicon.ico", icon_views.favicon, name="favicon"),
    path("apple-touch-icon.png", icon_views.touch_icon, name="touch_icon"),
    path("icon-<int:size>.png", icon_views.app_icon, name="app_icon"),
    path("manifest.webmanifest", icon_views.manifest, name="manifest"),
]
