"""The partner's public page: everything republished from it."""

from django.shortcuts import get_object_or_404, render

from masthead.articles.models import ArticlePage
from masthead.articles.models.river import paginate_river

from .models import Partner


def partner_page(request, slug):
    partner = get_object_or_404(Partner, slug=slug)
    articles = ArticlePage.objects.live().filter(partner=partner).for_listing()
    return render(
        request,
        "syndication/partner_page.html",
        {"partner": partner, "river": paginate_river(articles, request)},
    )
