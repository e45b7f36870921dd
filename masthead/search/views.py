"""Site search over published articles, with Wagtail's search backend.

Readers type words, not query syntax: their text is reduced to its words and
searched as plain text, so quotes, operators and control characters can never
reach the full-text engine's parser. A backend error becomes an empty result
with a message, never a server error.
"""

import logging
import re

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db import DatabaseError
from django.http import Http404
from django.shortcuts import render
from wagtail.search.query import PlainText

from masthead.articles.models import ArticlePage
from masthead.core.surrogate_keys import lists

logger = logging.getLogger(__name__)

PAGE_SIZE = 20
MAX_QUERY = 200
MAX_WORDS = 12
WORD = re.compile(r"\w+")


def search_words(text: str) -> list[str]:
    """The words of what a reader typed: letters and digits in any script."""
    return WORD.findall(text[:MAX_QUERY])[:MAX_WORDS]


def search_results(words: list[str], page_number) -> Page:
    """One page of published articles matching every word, most relevant first."""
    matches = (
        ArticlePage.objects.live()
        .for_listing()
        .search(PlainText(" ".join(words), operator="and"), order_by_relevance=True)
    )
    page = Paginator(matches, PAGE_SIZE).page(page_number)
    page.object_list = list(page.object_list)  # run the query here, where errors are caught
    return page


def search(request):
    query = request.GET.get("q", "").replace("\x00", "").strip()[:MAX_QUERY]
    words = search_words(query)
    results, failed = None, False
    if words:
        try:
            results = search_results(words, request.GET.get("page", 1))
        except (EmptyPage, PageNotAnInteger) as error:
            raise Http404("No such page of results.") from error
        except DatabaseError:
            logger.exception("Search failed for %r", words)
            failed = True
    lists(None)  # results change as articles are published (the page cache's keys)
    context = {"query": query, "results": results, "failed": failed}
    return render(request, "search/search.html", context)
