"""A paginated river of teasers, shared by every listing page."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404

RIVER_PAGE_SIZE = 20


def paginate_river(queryset, request, per_page: int = RIVER_PAGE_SIZE):
    """The requested page of a river; a page number out of range is a 404."""
    paginator = Paginator(queryset, per_page)
    try:
        return paginator.page(request.GET.get("page", 1))
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404("No such page of this river.") from error
