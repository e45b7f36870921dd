"""The partner's public page: everything republished from it, as a river."""

from django.shortcuts import get_object_or_404, render

from masthead.core.surrogate_keys import key_of, shows
from masthead.partners.models import Partner

from .models import ArticlePage
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
