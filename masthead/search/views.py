"""The search page: a GET form, results with filters, nothing per visitor.

Whatever arrives in the address is bounded and checked before use; a filter
or page that is not a number is left out and the page says so. A database
error becomes a message on the page, never a server error.
"""

import logging
from urllib.parse import urlencode

from django.db import DatabaseError
from django.shortcuts import render

from masthead.core.surrogate_keys import lists

from .documents import FACET_BASE, FacetKind
from .query import query_clean, query_parse
from .result_heads import result_heads
from .results import Filters, search_run

logger = logging.getLogger(__name__)

FILTER_PARAMETERS = {
    "section": FacetKind.SECTION,
    "format": FacetKind.FORMAT,
    "author": FacetKind.AUTHOR,
    "topic": FacetKind.TOPIC,
    "year": FacetKind.YEAR,
}
PARAMETER_OF = {kind: name for name, kind in FILTER_PARAMETERS.items()}
KIND_HEADINGS = {
    FacetKind.SECTION: "Section",
    FacetKind.FORMAT: "Format",
    FacetKind.AUTHOR: "Author",
    FacetKind.TOPIC: "Topic",
    FacetKind.YEAR: "Year",
}


def number(text: str) -> int | None:
    """A small positive whole number, or None for anything else."""
    text = text.strip()
    if text.isascii() and text.isdigit() and len(text) <= 8:
        return int(text)
    return None


def number_text(count: int, estimated: bool) -> str:
    """A count as the page prints it: exact with thousands separated, or an
    estimate rounded to two significant figures."""
    rounded = round(count, 2 - len(str(count))) if estimated and count >= 100 else count
    return f"{rounded:,}"


def count_text(count: int, estimated: bool) -> str:
    """A filter's count: an estimate marked with "~"."""
    return ("~" if estimated else "") + number_text(count, estimated)


def filters_read(parameters) -> tuple[Filters, bool]:
    """The filters in the address, and whether any had to be left out."""
    chosen, refused = {}, False
    for name, kind in FILTER_PARAMETERS.items():
        text = parameters.get(name, "")
        if not text:
            continue
        value = number(text)
        if value is None or not 0 < value < FACET_BASE:
            refused = True
        else:
            chosen[kind] = value
    return Filters(chosen=chosen, newest_first=parameters.get("sort") == "newest"), refused


def address(query: str, filters: Filters, **changes) -> str:
    """The search page's address for this query and filters, with `changes`
    (a parameter set to None is left out)."""
    parameters = {"q": query}
    parameters.update({PARAMETER_OF[kind]: value for kind, value in filters.chosen.items()})
    if filters.newest_first:
        parameters["sort"] = "newest"
    parameters.update(changes)
    return "?" + urlencode({k: v for k, v in parameters.items() if v not in (None, "")})


def facet_groups(results, query_text: str) -> list[dict]:
    groups = []
    for kind, values in results.facets.items():
        if not values:
            continue
        name = PARAMETER_OF[kind]
        options = [
            {
                "label": value.label,
                "count": count_text(value.count, value.estimated),
                "estimated": value.estimated,
                "chosen": value.chosen,
                "url": address(
                    query_text,
                    results.filters,
                    page=None,
                    **{name: None if value.chosen else value.value},
                ),
            }
            for value in values
        ]
        groups.append({"heading": KIND_HEADINGS[kind], "options": options})
    return groups


def search(request):
    query_text = query_clean(request.GET.get("q", ""))
    query = query_parse(query_text)
    filters, refused = filters_read(request.GET)
    page_number = number(request.GET.get("page", "1")) or 1
    results, failed = None, False
    if not query.is_empty:
        try:
            results = search_run(query, filters, page_number)
        except DatabaseError:
            logger.exception("Search failed for %r", str(query))
            failed = True
    lists(None)  # results change as pieces are published (the page cache's keys)
    groups = facet_groups(results, query_text) if results else []
    context = {
        "query": query_text,
        "parsed": query,
        "results": results,
        "failed": failed,
        "refused": refused,
        "facet_groups": groups,
        "estimated_facets": any(option["estimated"] for g in groups for option in g["options"]),
        "total_text": number_text(results.total, results.estimated) if results else "",
        "sort_relevance_url": address(query_text, filters, sort=None, page=None),
        "first_page_url": address(query_text, filters, page=None),
        "sort_newest_url": address(query_text, filters, sort="newest", page=None),
        "suggestion_url": address(results.suggestion, filters, page=None)
        if results and results.suggestion
        else "",
    }
    if results:
        heads = result_heads(request, results.articles)
        context["rows"] = [
            (head, results.excerpts.get(ref.pk))
            for ref, head in zip(results.articles, heads, strict=True)
            if head
        ]
        number_now = results.page_number
        if number_now > 1:
            context["previous_url"] = address(query_text, filters, page=number_now - 1)
        if number_now < results.page_count:
            context["next_url"] = address(query_text, filters, page=number_now + 1)
    return render(request, "search/search.html", context)
