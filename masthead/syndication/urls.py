"""Outbound syndication for readers and crawlers: feeds, sitemaps, robots.txt.

Included before Wagtail's catch-all, so these paths win over any page slug.
"""

from django.urls import path, re_path

from .feeds.base import FEED_FORMATS, SCOPES
from .feeds.views import feed
from .robots import robots_txt
from .sitemaps import news_sitemap, sitemap

app_name = "syndication"

FORMAT = "(?P<feed_format>{})".format("|".join(FEED_FORMATS))
KIND = "(?P<kind>{})".format("|".join(SCOPES))

urlpatterns = [
    re_path(rf"^feeds/{FORMAT}/$", feed, name="feed"),
    re_path(rf"^feeds/{KIND}/(?P<slug>[-\w]+)/{FORMAT}/$", feed, name="scoped_feed"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("news-sitemap.xml", news_sitemap, name="news_sitemap"),
    path("robots.txt", robots_txt, name="robots"),
]
