"""Serves uploaded media when no web server or CDN sits in front (the demo).

Production serves media from nginx or a bucket and sets MASTHEAD_SERVE_MEDIA=false.
"""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

urlpatterns = (
    [re_path(r"^(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})]
    if settings.MASTHEAD_SERVE_MEDIA
    else []
)
