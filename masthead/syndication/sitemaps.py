"""Sitemaps for search engines: every live page, and the last 48 hours' news.

Republished pieces are left out of both: their canonical address is the
partner's original, and a sitemap lists only canonical addresses.

Each address's `<lastmod>` is the last change a reader would see: an
article's "Updated" date, else its publication date; a page listing
articles (front page, river, section, format, author, topic, partner), its
newest piece's; the topics index, its topics' newest piece's; any other page,
its last publication. Other apps add addresses of their own with the
`masthead_sitemap_entries` hook: a function of the request returning
`{"location": absolute URL, "lastmod": datetime}` dicts (the newsletter's
round-up archive).
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import Max, Q
from django.db.models.functions import Coalesce
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.views.decorators.http import require_safe
from wagtail import hooks
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from masthead.articles.models import (
    ArticleAuthor,
    ArticleIndexPage,
    ArticlePage,
    AuthorPage,
    FormatPage,
    HomePage,
    SectionPage,
    TopicIndexPage,
    TopicPage,
)
from masthead.core.absolute_urls import site_absolute_url
from masthead.core.models import SiteSettings
from masthead.core.surrogate_keys import LIST_ALL, SITEMAPS, shows
from masthead.partners.models import Partner

REPUBLISHED = Q(partner__isnull=False) & ~Q(original_url="")
NEWS_WINDOW = timedelta(hours=48)
# Google News reads at most 1,000 addresses from one news sitemap.
NEWS_LIMIT = 1000
ENTRIES_HOOK = "masthead_sitemap_entries"


def _later(*moments):
    present = [moment for moment in moments if moment is not None]
    return max(present) if present else None


def article_changed_at(article):
    """When the piece last changed for its readers: "Updated", else published."""
    return _later(article.display_date, article.updated_at)


def _newest(prefix: str = "") -> dict:
    return {
        "published": Max(Coalesce(f"{prefix}published_at", f"{prefix}first_published_at")),
        "updated": Max(f"{prefix}updated_at"),
    }


def _newest_by(rows, group: str, prefix: str = "") -> dict:
    """The newest change among the articles of `rows`, for each value of `group`."""
    rows = rows.order_by().values(group).annotate(**_newest(prefix))
    return {row[group]: _later(row["published"], row["updated"]) for row in rows}


class ArticleChanges:
    """The newest change of the live, public articles listed on each page, read
    in a few grouped queries (not one per page)."""

    def __init__(self):
        self.articles = ArticlePage.objects.live().public()

    @cached_property
    def everything(self):
        row = self.articles.order_by().aggregate(**_newest())
        return _later(row["published"], row["updated"])

    @cached_property
    def by_section(self) -> dict:
        primary = _newest_by(self.articles, "section_id")
        further = _newest_by(
            ArticlePage.further_sections.through.objects.filter(articlepage__in=self.articles),
            "sectionpage_id",
            "articlepage__",
        )
        return {pk: _later(primary.get(pk), further.get(pk)) for pk in {*primary, *further}}

    @cached_property
    def by_format(self) -> dict:
        return _newest_by(self.articles, "format_id")

    @cached_property
    def by_author(self) -> dict:
        credits = ArticleAuthor.objects.filter(article__in=self.articles)
        return _newest_by(credits, "author_id", "article__")

    @cached_property
    def by_topic(self) -> dict:
        tagged = ArticlePage.topics.through.objects.filter(articlepage__in=self.articles)
        return _newest_by(tagged, "topicpage_id", "articlepage__")

    @cached_property
    def by_partner(self) -> dict:
        return _newest_by(self.articles.filter(partner__isnull=False), "partner_id")

    def of_page(self, page):
        """The newest change among the articles `page` lists, if it lists any."""
        if isinstance(page, HomePage | ArticleIndexPage):
            return self.everything
        if isinstance(page, SectionPage):
            return self.by_section.get(page.pk)
        if isinstance(page, FormatPage):
            return self.by_format.get(page.pk)
        if isinstance(page, AuthorPage):
            return self.by_author.get(page.pk)
        if isinstance(page, TopicPage):
            return self.by_topic.get(page.pk)
        if isinstance(page, TopicIndexPage):
            return _later(*self.by_topic.values())
        return None


class MagazineSitemap(Sitemap):
    """Every live, public page of the request's site except republished pieces,
    the partners' pages, and the addresses other apps hand in (ENTRIES_HOOK)."""

    def __init__(self, request=None):
        super().__init__(request)
        self.changes = ArticleChanges()

    def items(self):
        republished = ArticlePage.objects.filter(REPUBLISHED).values("pk")
        return super().items().exclude(pk__in=republished)

    def page_changed_at(self, page):
        if isinstance(page, ArticlePage):
            return article_changed_at(page)
        return self.changes.of_page(page) or page.last_published_at

    def partner_entries(self) -> list[dict]:
        """The pages of the partners whose pieces we carry."""
        newest = self.changes.by_partner
        partners = Partner.objects.filter(pk__in=list(newest)).order_by("slug")
        entries = []
        # No `partner-<id>` key: a partner's terms are not printed here, and
        # a renamed partner's address reaches the sitemap with the next piece
        # published (`sitemaps`) or when the cached copy ages out.
        for partner in partners:
            path = reverse("articles:partner", args=[partner.slug])
            entries.append(
                {"location": site_absolute_url(self.request, path), "lastmod": newest[partner.pk]}
            )
        return entries

    def _urls(self, page, protocol, domain):
        urls = [
            {
                "item": item,
                "location": item.get_full_url(self.request),
                "lastmod": self.page_changed_at(item),
            }
            for item in self.paginator.page(page).object_list.iterator()
        ]
        if page == 1:
            urls += self.partner_entries()
            for entries in hooks.get_hooks(ENTRIES_HOOK):
                urls += entries(self.request)
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls


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
