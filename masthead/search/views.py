"""Site search over published articles, with Wagtail's search backend."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.shortcuts import render

from masthead.articles.models import ArticlePage

PAGE_SIZE = 20
MAX_QUERY = 200


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY]
    results = None
    if query:
        matches = ArticlePage.objects.live().for_listing().search(query, order_by_relevance=True)
        try:
            results = Paginator(matches, PAGE_SIZE).page(request.GET.get("page", 1))
        except (EmptyPage, PageNotAnInteger) as error:
            raise Http404("No such page of results.") from error
    return render(request, "search/search.html", {"query": query, "results": results})
