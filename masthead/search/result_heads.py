"""The results' heads (picture, kicker, headline, byline, date) drawn once and
then served from the fragment cache (core/fragments.py), as teasers are: a
page of results reads its pieces' teaser versions in two narrow queries
(articles.models.teaser_listing) and loads the full pieces only to draw the
heads the cache lacks. The excerpts differ with each search and are never kept.
"""

from django.http import HttpRequest
from django.utils.safestring import SafeString

from masthead.articles.models.teaser_listing import TeaserRef
from masthead.core.components import render_component
from masthead.core.fragments import fragments

RESULT = "search/components/result.html"


def result_heads(request: HttpRequest | None, refs: list[TeaserRef]) -> list[SafeString]:
    """The head of each result, in order; the first picture is the page's first."""

    def prepare(positions):
        for position in positions:
            refs[position].listing.load()

    def render(position):
        article = refs[position].article
        if article is None:  # unpublished since the results were read
            return ""
        return render_component(RESULT, request, article=article, priority=position == 0)

    versions = [(ref.version, position == 0) for position, ref in enumerate(refs)]
    return fragments(request, "search-result", versions, render, prepare)
