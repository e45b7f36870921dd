"""Mixin for pages whose body is a river of teasers (section, format, author)."""

from .river import paginate_river


class RiverPageMixin:
    """Adds `river` (a paginated page of articles) to the template context.

    Subclasses define `river_queryset()`.
    """

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["river"] = paginate_river(self.river_queryset(), request)
        return context
