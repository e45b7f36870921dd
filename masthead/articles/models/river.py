"""A paginated river of teasers, shared by every listing page."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import QuerySet
from django.http import Http404

RIVER_PAGE_SIZE = 20


class RiverPaginator(Paginator):
    """Finds a page's articles on narrow rows, then loads only those articles.

    Sorting and skipping whole rows (bodies included, with the joins a teaser
    needs) costs more the deeper the page; sorting ids costs little. The second
    query loads the page's articles with everything the listing queryset asks for.
    """

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        ids = list(self.object_list.prefetch_related(None).values_list("pk", flat=True)[bottom:top])
        # Unordered: the ids give the order, and sorting wide rows costs time.
        page_articles = self.object_list.filter(pk__in=ids).order_by()
        found = {article.pk: article for article in page_articles}
        return self._get_page([found[pk] for pk in ids if pk in found], number, self)


def paginate_river(queryset, request, per_page: int = RIVER_PAGE_SIZE):
    """The requested page of a river; a page number out of range is a 404."""
    paginator_class = RiverPaginator if isinstance(queryset, QuerySet) else Paginator
    paginator = paginator_class(queryset, per_page)
    try:
        return paginator.page(request.GET.get("page", 1))
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404("No such page of this river.") from error
