"""Serves uploaded media when no web server or CDN sits in front (the demo,
`make serve` with Varnish in front).

Every stored name is unique (originals get a generated name, renditions a
name of their filter and a hash), so a file never changes under its URL: it
may be kept for a year by every cache. Production may serve media from nginx
or a bucket instead and set MASTHEAD_SERVE_MEDIA=false.
"""

from django.conf import settings
from django.http import Http404
from django.urls import re_path
from django.utils.cache import patch_cache_control
from django.views.static import serve

ONE_YEAR = 365 * 24 * 3600


def serve_media(request, path):
    if not settings.MASTHEAD_SERVE_MEDIA:
        raise Http404("Media are served by the web server.")
    # MEDIA_ROOT is read per request, not at import, so overrides take effect.
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    patch_cache_control(response, public=True, max_age=ONE_YEAR, immutable=True)
    return response


urlpatterns = [re_path(r"^(?P<path>.*)$", serve_media)]
