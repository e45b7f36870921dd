"""/articles/: the home of every article and the full LATEST archive."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from .article_page import ArticlePage
from .listing import RiverPageMixin


class ArticleIndexPage(RiverPageMixin, Page):
    """Articles live here whatever their section, so moving a piece between
    sections never changes its URL."""

    intro = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["articles.HomePage"]
    subpage_types = ["articles.ArticlePage"]
    max_count = 1

    def river_queryset(self, renditions):
        return ArticlePage.objects.live().child_of(self).for_listing(renditions)
