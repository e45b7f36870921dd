"""Absolute URLs built from the Wagtail site record, never from the Host header."""

from wagtail.models import Site


def site_root_url(request=None) -> str:
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site is not None else ""


def site_absolute_url(request, url: str) -> str:
    if not url or url.startswith(("http://", "https://")):
        return url
    return site_root_url(request) + url
