"""Articles' own views: the partner's page, and the direct routes to the front
page, articles, sections, topics and authors.

The direct routes find an article (or a section) by its address in one query
instead of walking the page tree from the front page (two queries a level),
then hand it to Wagtail's own serve view as the route Wagtail would have
found. Privacy, previews, redirects and the user bar behave as for any page;
when nothing live is at the address, Wagtail routes the request as usual.
The site itself is found in a lighter query than Wagtail's (core/sites.py).
"""

from django.shortcuts import get_object_or_404, render
from wagtail.url_routing import RouteResult
from wagtail.views import serve

from masthead.core.sites import site_for_request
from masthead.core.surrogate_keys import key_of, shows
from masthead.images.renditions import picture_specs, renditions_prefetch
from masthead.partners.models import Partner

from .models import ArticlePage, AuthorPage, SectionPage, TopicPage
from .models.river import paginate_river


def partner_page(request, slug):
    partner = get_object_or_404(Partner, slug=slug)
    shows(partner, f"list-{key_of(partner)}")
    articles = ArticlePage.objects.live().filter(partner=partner).for_listing()
    return render(
        request,
        "articles/partner_page.html",
        {"partner": partner, "river": paginate_river(articles, request)},
    )


def _serve_found(request, queryset, slug):
    """Serve the live page of `queryset` at the request's address, as Wagtail
    would route to it (the address below the site's root page is its
    `url_path`, which has no index: the slug's finds it); without one, let
    Wagtail route the request."""
    path = request.path_info.lstrip("/")
    site = site_for_request(request)
    if site is not None and not hasattr(request, "_wagtail_route_for_request"):
        url_path = site.root_page.url_path + path
        found = queryset.filter(slug=slug, url_path=url_path, live=True).order_by()[:1]
        for page in found:
            request._wagtail_route_for_request = RouteResult(page)
    return serve(request, path)


def front_page(request):
    # Wagtail routes "/" to the site's root page, as its specific page (a
    # query); the front page comes with the site instead.
    site = site_for_request(request, "root_page__homepage")
    home = getattr(site.root_page, "homepage", None) if site is not None else None
    if home is not None and home.live and not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = RouteResult(home)
    return serve(request, "")


def article_page(request, slug):
    # The article page prints its picture and, if republished, its partner.
    return _serve_found(request, ArticlePage.objects.select_related("hero_image", "partner"), slug)


def section_page(request, slug):
    return _serve_found(request, SectionPage.objects.all(), slug)


def topic_page(request, slug):
    return _serve_found(request, TopicPage.objects.all(), slug)


def author_page(request, slug):
    # The author's page prints their portrait: read with them, its sizes in one query.
    authors = AuthorPage.objects.select_related("photo").prefetch_related(
        renditions_prefetch("photo", picture_specs("portrait"))
    )
    return _serve_found(request, authors, slug)
