"""Teasers drawn once and then served from the fragment cache (core/fragments.py).

`teasers()` draws a river's teasers: it asks the cache for all of them at
once, under each teaser's version (models/teaser_listing.py) and variant, and
draws with the teaser component only those it lacks; a listing of
`TeaserRef`s then loads its full articles, in one batch. The markup is the
component's, byte for byte.
"""

from collections.abc import Iterable
from typing import Any

from django.http import HttpRequest
from django.utils.safestring import SafeString

from masthead.core.components import render_component
from masthead.core.fragments import fragments

from .models.teaser_listing import TeaserRef, teaser_version

TEASER = "articles/components/teaser.html"


def _article(item):
    return item.article if isinstance(item, TeaserRef) else item


def teasers(
    request: HttpRequest | None,
    articles: Iterable[Any],
    compact: bool = False,
    compact_after_first: bool = False,
    heading_level: int = 2,
    lead: bool = False,
    dense: bool = False,
    thumbnail_first: bool = False,
    priority_first: bool = False,
    lead_first: bool = False,
) -> list[SafeString]:
    """The teasers of `articles` (loaded articles or `TeaserRef`s), in order.

    compact: every teaser compact; compact_after_first: all but the first;
    dense: every teaser a line of a headline list, with thumbnail_first the
    first with a small picture (section rails); priority_first: the first
    picture is the page's first (fetched at once, not lazy); lead_first: the
    first is the listing's lead (the large form, never compact), drawn in the
    same batch as the rest; lead, heading_level: as the teaser component's.
    """
    articles = list(articles)
    variants = [
        {
            "compact": bool(
                (compact or (compact_after_first and position > 0))
                and not (lead_first and position == 0)
            ),
            "lead": bool(lead or (lead_first and position == 0)),
            "heading_level": heading_level,
            "dense": dense,
            "thumbnail": bool(dense and thumbnail_first and position == 0),
            "priority": bool(priority_first and position == 0),
        }
        for position in range(len(articles))
    ]
    versions = [
        (teaser_version(article), tuple(sorted(variant.items())))
        for article, variant in zip(articles, variants, strict=True)
    ]

    def prepare(positions):
        for position in positions:
            if isinstance(articles[position], TeaserRef):
                articles[position].listing.load()

    def render(position):
        article = _article(articles[position])
        if article is None:  # unpublished since the listing was read
            return ""
        return render_component(TEASER, request, article=article, **variants[position])

    return [html for html in fragments(request, "teaser", versions, render, prepare) if html]


def teaser(request: HttpRequest | None, article: Any, **variant: Any) -> SafeString:
    """One teaser (the front page's lead), from the cache when it is there."""
    drawn = teasers(request, [article], **variant)
    return drawn[0] if drawn else SafeString("")
