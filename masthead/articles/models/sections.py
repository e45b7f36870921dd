"""Sections: regions and themes, each a landing page with its own river."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from .article_page import ArticlePage
from .listing import RiverPageMixin
from .most_read import most_read_select


class SectionIndexPage(Page):
    """/sections/: every section the magazine covers."""

    intro = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["articles.HomePage"]
    subpage_types = ["articles.SectionPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = SectionPage.objects.child_of(self).live().order_by("path")
        return context


class SectionPage(RiverPageMixin, Page):
    class Kind(models.TextChoices):
        REGION = "region", "Region"
        THEME = "theme", "Theme"

    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.REGION)
    intro = models.TextField(blank=True, help_text="One or two sentences under the title.")
    show_on_front_page = models.BooleanField(
        default=True, help_text="Give this section a rail of its latest pieces on the front page."
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("intro"),
        FieldPanel("show_on_front_page"),
    ]
    parent_page_types = ["articles.SectionIndexPage"]
    subpage_types = []
    opens_with_lead = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["most_read"] = most_read_select(self)
        return context

    def river_queryset(self, renditions):
        return ArticlePage.objects.live().in_section(self).for_listing(renditions)
