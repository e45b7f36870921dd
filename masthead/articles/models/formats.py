"""Formats: what kind of piece an article is. Each has its own listing page."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from .article_page import ArticlePage
from .format_kind import FormatKind
from .listing import RiverPageMixin


class FormatPage(RiverPageMixin, Page):
    """A format's listing page. The title is what readers see in the kicker:
    the Brief format may be called "QiOSK"."""

    kind = models.CharField(max_length=20, choices=FormatKind.choices, unique=True)
    intro = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("kind"), FieldPanel("intro")]
    parent_page_types = ["articles.HomePage"]
    subpage_types = []

    @property
    def is_short_form(self) -> bool:
        return self.kind == FormatKind.BRIEF

    @property
    def opens_with_lead(self) -> bool:
        """Briefs stay a compact list of headlines, with no piece shown large."""
        return not self.is_short_form

    def river_queryset(self, renditions):
        return ArticlePage.objects.live().filter(format=self).for_listing(renditions)
