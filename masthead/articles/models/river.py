"""A paginated river of teasers, shared by every listing page."""

from functools import partial

from django.core.paginator import EmptyPage, InvalidPage, PageNotAnInteger, Paginator
from django.db.models import Count, QuerySet, Window
from django.http import Http404

from masthead.core.page_log import kept_until_pages_change

from .teaser_listing import TeaserListing

RIVER_PAGE_SIZE = 20


class RiverPaginator(Paginator):
    """Finds a page's articles on narrow rows, then reads what their teasers print.

    Sorting and skipping whole rows (bodies included, with the joins a teaser
    needs) costs more the deeper the page; sorting ids costs little, and the
    same query counts the whole river (a window over the sorted rows) instead
    of a second pass over it. The page's articles are `TeaserRef`s
    (teaser_listing.py): the listing queryset loads them, with its prefetches,
    only when a teaser must be drawn.

    Given `request` and `kept_as` (what the river is, e.g. a section's page
    type and id), a page's rows are kept in the cache until any page changes
    (core/page_log.py), as a fragment is.
    """

    def __init__(self, object_list, per_page, request=None, kept_as=None):
        super().__init__(object_list, per_page)
        self.request = request
        self.kept_as = kept_as

    def page(self, number):
        number = page_number(number, self.error_messages)
        if self.kept_as is None:
            rows = self._rows(number)
        else:
            key = (self.kept_as, number, self.per_page)
            rows = kept_until_pages_change(
                self.request, "river-rows", key, partial(self._rows, number)
            )
        # No row, no total: only the first page of an empty river has none to show.
        self.__dict__["count"] = rows[0][1] if rows else 0
        if not rows and number > 1:
            raise EmptyPage(self.error_messages["no_results"])
        listing = TeaserListing([pk for pk, _ in rows], self.object_list, request=self.request)
        return self._get_page(listing.refs, number, self)

    def _rows(self, number) -> list[tuple[int, int]]:
        """(id, the river's total) of each article on page `number`."""
        bottom = (number - 1) * self.per_page
        return list(
            self.object_list.prefetch_related(None)
            .annotate(river_total=Window(Count("pk")))
            .values_list("pk", "river_total")[bottom : bottom + self.per_page]
        )


def page_number(number, error_messages=Paginator.default_error_messages) -> int:
    """Paginator.validate_number without the count, which comes with the page."""
    try:
        if isinstance(number, float) and not number.is_integer():
            raise ValueError
        number = int(number)
    except (TypeError, ValueError) as error:
        raise PageNotAnInteger(error_messages["invalid_page"]) from error
    if number < 1:
        raise EmptyPage(error_messages["min_page"])
    return number


def is_first_page(request) -> bool:
    """Whether the reader asked for a river's first page, known before the
    river is read (a number that is no page is not the first: the river
    answers it with a 404)."""
    try:
        return page_number(request.GET.get("page", 1)) == 1
    except InvalidPage:
        return False


def paginate_river(queryset, request, per_page: int = RIVER_PAGE_SIZE, kept_as=None):
    """The requested page of a river; a page number out of range is a 404.
    With `kept_as`, the page's rows are kept in the cache (RiverPaginator)."""
    if isinstance(queryset, QuerySet):
        paginator = RiverPaginator(queryset, per_page, request=request, kept_as=kept_as)
    else:
        paginator = Paginator(queryset, per_page)
    try:
        return paginator.page(request.GET.get("page", 1))
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404("No such page of this river.") from error
