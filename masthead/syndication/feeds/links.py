"""The feeds a page advertises with <link rel="alternate"> in its <head>."""

from wagtail.models import Site

from masthead.core.absolute_urls import site_root_url
from masthead.core.models import SiteSettings

from .base import FEED_FORMATS, feed_path, scope_of


def advertised_feeds(request, page=None) -> list[dict]:
    """A section's, format's, author's or topic's own feeds first, then the magazine's.

    Each is a dict with the link's `type`, `title` and absolute `url`.
    """
    name = _magazine_name(request)
    root_url = site_root_url(request)
    scopes = []
    kind = scope_of(page)
    if kind and getattr(page, "live", False):
        scopes.append((f"{name}: {page.title}", kind, page.slug))
    scopes.append((name, "", ""))
    return [
        {
            "type": feed_format.mime_type,
            "title": f"{title} ({feed_format.label})",
            "url": root_url + feed_path(key, kind, slug),
        }
        for title, kind, slug in scopes
        for key, feed_format in FEED_FORMATS.items()
    ]


def _magazine_name(request) -> str:
    if request is not None:
        return SiteSettings.for_request(request).name
    site = Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site).name if site is not None else ""
