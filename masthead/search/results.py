"""A search as the results page shows it: one page of pieces with excerpts,
the total, the counts of each filter, and a suggestion for a misspelt word.

A filter's count is the number of results a reader gets by choosing it.
Choosing a second value of the same kind replaces the first, so the counts of
a chosen kind are made without its own filter. Counts are exact up to
engines.base.EXACT_UP_TO matches; above, the engine may estimate them from its
sample, and the page says "about". An estimated filter count is then what
choosing it shows when the filtered search is counted in the same sample;
otherwise the two agree within the samples' error.
"""

import math
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from wagtail.models import Page

from masthead.articles.models import ArticlePage
from masthead.articles.models.teaser_listing import TeaserListing

from .documents import FACET_BASE, FacetKind, facet_key, facet_split
from .engines import engine
from .excerpts import excerpt
from .models import SearchDocument, SearchWord
from .query import SearchQuery

PAGE_SIZE = 20
MAX_PAGE = 500  # deeper than anyone reads; bounds the engine's work
SUGGEST_BELOW = 3  # results; a query finding more is not misspelt
ALL_FACETS = range(FACET_BASE, (max(FacetKind) + 1) * FACET_BASE)
FACETS_SHOWN = 12  # values per kind, most results first (years: all, newest first)


def kind_keys(kind: FacetKind) -> range:
    return range(facet_key(kind, 0), facet_key(kind, FACET_BASE - 1) + 1)


@dataclass(frozen=True)
class Filters:
    chosen: dict[FacetKind, int] = field(default_factory=dict)
    newest_first: bool = False

    @property
    def required(self) -> list[int]:
        return sorted(facet_key(kind, value) for kind, value in self.chosen.items())

    def without(self, kind: FacetKind) -> list[int]:
        return sorted(facet_key(k, v) for k, v in self.chosen.items() if k != kind)


@dataclass(frozen=True)
class FacetValue:
    kind: FacetKind
    value: int
    label: str
    count: int
    chosen: bool
    estimated: bool = False


@dataclass
class SearchResults:
    query: SearchQuery
    filters: Filters
    total: int = 0
    page_number: int = 1
    articles: list = field(default_factory=list)  # TeaserRefs, best first
    excerpts: dict = field(default_factory=dict)
    facets: dict[FacetKind, list[FacetValue]] = field(default_factory=dict)
    suggestion: str = ""
    estimated: bool = False  # the total is an estimate (engines.base.EXACT_UP_TO)

    @property
    def page_count(self) -> int:
        return min(MAX_PAGE, math.ceil(self.total / PAGE_SIZE))

    @property
    def paginator_page(self):
        """Django's page object, for the pagination component."""
        return Paginator(range(min(self.total, MAX_PAGE * PAGE_SIZE)), PAGE_SIZE).page(
            self.page_number
        )


def page_clamped(page_number: int, total: int) -> int:
    last = max(1, min(MAX_PAGE, math.ceil(total / PAGE_SIZE)))
    return min(max(1, page_number), last)


def facet_values(
    counts: dict[int, tuple[int, bool]], filters: Filters
) -> dict[FacetKind, list[FacetValue]]:
    """Each kind's values to show, from (count, estimated) per facet key."""
    by_kind: dict[FacetKind, dict[int, int]] = {}
    for key, (count, _) in counts.items():
        kind, value = facet_split(key)
        by_kind.setdefault(kind, {})[value] = count
    # Titles only of the values that may be shown: those with the most
    # results (ties included, and a few more in case a page is gone) and the chosen.
    page_ids = [filters.chosen[kind] for kind in filters.chosen if kind != FacetKind.YEAR]
    for kind, values in by_kind.items():
        if kind != FacetKind.YEAR:
            ranked = sorted(values.values(), reverse=True)
            least = ranked[min(len(ranked), 2 * FACETS_SHOWN) - 1]
            page_ids += [value for value, count in values.items() if count >= least]
    titles = dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "title"))
    facets = {}
    for kind in FacetKind:
        values = by_kind.get(kind, {})
        chosen = filters.chosen.get(kind)
        if kind == FacetKind.YEAR:
            order = sorted(values, reverse=True)
        else:
            order = sorted(values, key=lambda v: (-values[v], titles.get(v, "").casefold()))
            order = order[:FACETS_SHOWN]
            if chosen in values and chosen not in order:
                order.append(chosen)
        facets[kind] = [
            FacetValue(
                kind,
                value,
                str(value) if kind == FacetKind.YEAR else titles.get(value, ""),
                values[value],
                value == chosen,
                counts[facet_key(kind, value)][1],
            )
            for value in order
            if kind == FacetKind.YEAR or value in titles
        ]
    return facets


def suggestion_for(query: SearchQuery, filters: Filters) -> str:
    """The query with its unknown words replaced by the magazine's closest
    words, when that finds something; else ""."""
    search_engine = engine()
    known = set(SearchWord.objects.filter(word__in=query.words).values_list("word", flat=True))
    unknown = [word for word in query.words if word not in known and not word.isdigit()]
    if not unknown:
        return ""
    replaced = dict.fromkeys(unknown)
    for word in unknown:
        candidates = search_engine.similar_words(word, limit=3)
        replaced[word] = candidates[0] if candidates else None
    if not any(replaced.values()):
        return ""
    words = tuple(replaced.get(word) or word for word in query.words)
    suggested = SearchQuery(words, query.phrases)
    # Offered only if it finds something: one piece is enough to know (the
    # best, which the engines find without counting every match).
    if not search_engine.ids(suggested, filters.required, False, 0, 1):
        return ""
    return str(suggested)


def search_run(query: SearchQuery, filters: Filters, page_number: int = 1) -> SearchResults:
    results = SearchResults(query=query, filters=filters)
    if query.is_empty:
        return results
    search_engine = engine()
    tally = search_engine.tally(query, filters.required, ALL_FACETS)
    results.total, results.estimated = tally.total, tally.estimated
    counts = {key: (count, tally.estimated) for key, count in tally.counts.items()}
    for kind, value in filters.chosen.items():
        # A chosen kind's other values: what choosing each instead would find.
        keys = kind_keys(kind)
        others = search_engine.tally(query, filters.without(kind), keys)
        counts = {key: counted for key, counted in counts.items() if key not in keys}
        counts.update({key: (count, others.estimated) for key, count in others.counts.items()})
        # The chosen value finds this page's results, however the others were counted.
        counts[facet_key(kind, value)] = (results.total, results.estimated)
    results.facets = facet_values(counts, filters)
    results.page_number = page_clamped(page_number, results.total)
    if results.total:
        offset = (results.page_number - 1) * PAGE_SIZE
        ids = search_engine.ids(
            query, filters.required, filters.newest_first, offset, PAGE_SIZE, results.total
        )
        # Known by their teaser versions; loaded only to draw a result the
        # fragment cache lacks (result_heads.py).
        listing = TeaserListing(ids, ArticlePage.objects.live().public().for_listing())
        results.articles = listing.refs
        bodies = dict(SearchDocument.objects.filter(pk__in=ids).values_list("pk", "body"))
        results.excerpts = {pk: excerpt(bodies.get(pk, ""), query.all_words) for pk in ids}
    if results.total < SUGGEST_BELOW:
        results.suggestion = suggestion_for(query, filters)
    return results
