"""Mixin for pages whose body is a river of teasers (section, format, author)."""

from masthead.core.page_log import ViewRestrictionsInOneQuery
from masthead.images.renditions import HERO_RENDITIONS, TEASER_RENDITIONS

from .river import is_first_page, paginate_river


class RiverPageMixin(ViewRestrictionsInOneQuery):
    """Adds `river` (a paginated page of articles) to the template context, and
    `river_lead`: whether the river opens with its newest piece shown large.

    Subclasses define `river_queryset(renditions)`: their listing queryset,
    prefetching those renditions. Those whose first page opens with a lead set
    `opens_with_lead`; page 2 and beyond never do.
    """

    opens_with_lead = False

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        lead = self.opens_with_lead and is_first_page(request)
        # The lead's large picture comes in the query that reads the teasers' pictures.
        renditions = HERO_RENDITIONS if lead else TEASER_RENDITIONS
        queryset = self.river_queryset(renditions)
        # The river's rows are kept until a page changes (core/page_log.py).
        context["river"] = paginate_river(queryset, request, kept_as=(type(self).__name__, self.pk))
        context["river_lead"] = lead
        return context
