"""Serves uploaded media when no web server or CDN sits in front (the demo).

Production serves media from nginx or a bucket and sets MASTHEAD_SERVE_MEDIA=false.
"""

from django.conf import settings
from django.http import Http404
from django.urls import re_path
from django.views.static import serve


def serve_media(request, path):
    if not settings.MASTHEAD_SERVE_MEDIA:
        raise Http404("Media are served by the web server.")
    # MEDIA_ROOT is read per request, not at import, so overrides take effect.
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [re_path(r"^(?P<path>.*)$", serve_media)]
