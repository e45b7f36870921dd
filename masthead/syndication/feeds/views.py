"""One view for every feed: it hands the request to the feed's format."""

from django.views.decorators.http import require_safe

from .json_feed import json_feed
from .rss_atom import ArticleAtomFeed, ArticleRssFeed

FEED_VIEWS = {"rss": ArticleRssFeed(), "atom": ArticleAtomFeed(), "json": json_feed}


@require_safe
def feed(request, feed_format: str, kind: str = "", slug: str = ""):
    """The magazine's feed, or a section's, format's, author's or topic's (`kind`, `slug`)."""
    return FEED_VIEWS[feed_format](request, kind=kind, slug=slug)
