"""/robots.txt: crawl everything but the admin, and read the sitemaps."""

from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from masthead.core.absolute_urls import site_root_url
from masthead.core.surrogate_keys import SETTINGS, shows

DISALLOWED = ["/admin/", "/django-admin/"]


@require_safe
def robots_txt(request):
    shows(SETTINGS)
    root_url = site_root_url(request)
    sitemaps = [
        root_url + reverse(name) for name in ("syndication:sitemap", "syndication:news_sitemap")
    ]
    return render(
        request,
        "syndication/robots.txt",
        {"disallowed": DISALLOWED, "sitemaps": sitemaps},
        content_type="text/plain; charset=utf-8",
    )
