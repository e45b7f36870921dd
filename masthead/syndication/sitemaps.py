"""Sitemaps for search engines: every live page, and the last 48 hours' news.

Republished pieces are left out of both: their canonical address is the
partner's original, and a sitemap lists only canonical addresses.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from masthead.articles.models import ArticlePage
from masthead.core.models import SiteSettings
from masthead.core.surrogate_keys import LIST_ALL, SITEMAPS, shows

REPUBLISHED = Q(partner__isnull=False) & ~Q(original_url="")
NEWS_WINDOW = timedelta(hours=48)
# Google News reads at most 1,000 addresses from one news sitemap.
NEWS_LIMIT = 1000


class MagazineSitemap(Sitemap):
    """Every live, public page of the request's site except republished pieces."""

    def items(self):
        republished = ArticlePage.objects.filter(REPUBLISHED).values("pk")
        return super().items().exclude(pk__in=republished)


@require_safe
def sitemap(request):
    shows(SITEMAPS, LIST_ALL)
    return wagtail_sitemap(request, sitemaps={"pages": MagazineSitemap})


def news_articles(now=None):
    """Our own live, public articles published in the last 48 hours, newest first."""
    now = now or timezone.now()
    since = now - NEWS_WINDOW
    published_recently = Q(published_at__gte=since, published_at__lte=now) | Q(
        published_at__isnull=True, first_published_at__gte=since
    )
    return (
        ArticlePage.objects.live()
        .public()
        .filter(published_recently)
        .exclude(REPUBLISHED)
        .defer_streamfields()
        .newest_first()[:NEWS_LIMIT]
    )


def news_language() -> str:
    """The publication's language as Google News wants it: "en", but "zh-cn"."""
    code = settings.LANGUAGE_CODE.lower()
    return code if code in {"zh-cn", "zh-tw"} else code.split("-")[0]


@require_safe
def news_sitemap(request):
    """A Google News sitemap (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap)."""
    shows(SITEMAPS, LIST_ALL)
    articles = [
        {"url": article.get_full_url(request), "title": article.title, "date": article.display_date}
        for article in news_articles()
    ]
    context = {
        "publication": SiteSettings.for_request(request).name,
        "language": news_language(),
        "articles": articles,
    }
    return render(request, "syndication/news_sitemap.xml", context, content_type="application/xml")
