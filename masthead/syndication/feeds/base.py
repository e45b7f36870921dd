"""Which articles a feed holds, and the feed's own title and addresses.

There is one feed for the whole magazine and one for each section, format,
author and topic, each in three formats. Every URL is built from the Wagtail
site's root, never from the Host header, so every reader gets the same bytes.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.http import Http404
from django.urls import reverse

from masthead.articles.models import ArticlePage, AuthorPage, FormatPage, SectionPage, TopicPage
from masthead.core.absolute_urls import site_root_url
from masthead.core.models import SiteSettings
from masthead.core.surrogate_keys import SETTINGS, lists, shows
from masthead.images.renditions import HERO_RENDITIONS

from .entries import FeedEntry, entry_for

FEED_LENGTH = 30


@dataclass(frozen=True)
class FeedFormat:
    label: str
    mime_type: str


FEED_FORMATS = {
    "rss": FeedFormat("RSS", "application/rss+xml"),
    "atom": FeedFormat("Atom", "application/atom+xml"),
    "json": FeedFormat("JSON Feed", "application/feed+json"),
}


@dataclass(frozen=True)
class FeedScope:
    """A part of the magazine with its own feeds: a section, a format, an author or a topic."""

    model: type
    # (live articles, the page) -> the page's articles, through a named queryset
    articles: Callable
    # (the page) -> the feed's description
    description: Callable[..., str]


SCOPES = {
    "section": FeedScope(
        SectionPage,
        lambda live, page: live.in_section(page),
        lambda page: page.intro or f"The latest pieces on {page.title}.",
    ),
    "format": FeedScope(
        FormatPage,
        lambda live, page: live.of_kind(page.kind),
        lambda page: page.intro or f"{page.title}: the latest pieces.",
    ),
    "author": FeedScope(
        AuthorPage,
        lambda live, page: live.by_author(page),
        lambda page: f"The latest pieces by {page.title}.",
    ),
    "topic": FeedScope(
        TopicPage,
        lambda live, page: live.on_topic(page),
        lambda page: page.intro or f"The latest pieces on {page.title}.",
    ),
}


def scope_of(page) -> str:
    """The scope ("section", "format", "author", "topic") a page has feeds for, or ""."""
    for kind, scope in SCOPES.items():
        if isinstance(page, scope.model):
            return kind
    return ""


def feed_path(feed_format: str, kind: str = "", slug: str = "") -> str:
    if kind:
        return reverse(
            "syndication:scoped_feed",
            kwargs={"kind": kind, "slug": slug, "feed_format": feed_format},
        )
    return reverse("syndication:feed", kwargs={"feed_format": feed_format})


@dataclass
class FeedChannel:
    """One feed: what it is called, where it lives, and its entries, newest first."""

    title: str
    description: str
    home_page_url: str
    root_url: str
    publisher: str
    language: str = field(default_factory=lambda: settings.LANGUAGE_CODE)
    kind: str = ""
    slug: str = ""
    entries: list[FeedEntry] = field(default_factory=list)

    def feed_url(self, feed_format: str) -> str:
        return self.root_url + feed_path(feed_format, self.kind, self.slug)


def scope_page(kind: str, slug: str):
    """The live, public section, format, author or topic page with this slug, or a 404."""
    scope = SCOPES.get(kind)
    if scope is None:
        raise Http404("No such kind of feed.")
    page = scope.model.objects.live().public().filter(slug=slug).order_by("path").first()
    if page is None:
        raise Http404(f"No {kind} called {slug!r}.")
    return page


def feed_articles(
    page=None, limit: int = FEED_LENGTH, with_corrections: bool = False
) -> list[ArticlePage]:
    """The newest live, public articles of the magazine or of one scope's page.

    A fixed number of queries however many there are: `for_listing` joins the
    byline, format, section, partner and hero image; further sections and
    topics (the entries' categories) are the feed's addition, and the
    corrections when the full text (which ends with them) is given.
    """
    live = ArticlePage.objects.live().public()
    if page is not None:
        live = SCOPES[scope_of(page)].articles(live, page)
    related = ["further_sections", "topics", *(["corrections"] if with_corrections else [])]
    articles = list(live.for_listing(HERO_RENDITIONS).prefetch_related(*related)[:limit])
    # For the page cache: the feed is named after the page, lists its
    # articles and prints each one with its byline, sections, topics and
    # picture (core/surrogate_keys.py).
    lists(page)
    for article in articles:
        shows(article, article.section, article.format, article.hero_image, *article.authors)
        shows(*article.topics.all())
    shows(SETTINGS, page)
    return articles


def feed_channel(request, kind: str = "", slug: str = "") -> FeedChannel:
    """The magazine's feed, or the feed of the section, format, author or topic `slug`."""
    site_settings = SiteSettings.for_request(request)
    name = site_settings.name
    root_url = site_root_url(request)
    page = scope_page(kind, slug) if kind else None
    if page is None:
        channel = FeedChannel(
            title=name,
            description=site_settings.tagline or f"The latest pieces from {name}.",
            home_page_url=root_url + "/",
            root_url=root_url,
            publisher=name,
        )
    else:
        channel = FeedChannel(
            title=f"{name}: {page.title}",
            description=SCOPES[kind].description(page),
            home_page_url=page.get_full_url(request),
            root_url=root_url,
            publisher=name,
            kind=kind,
            slug=page.slug,
        )
    full_text = site_settings.full_text_in_feeds
    articles = feed_articles(page, with_corrections=full_text)
    channel.entries = [entry_for(article, request, full_text) for article in articles]
    return channel
