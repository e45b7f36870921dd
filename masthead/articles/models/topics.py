"""Topics: what a piece is about (Drones, Sanctions, Taiwan), across sections.

Editors tag a piece with a few topics; each topic is a page with its river and
feeds, under the topics index at /topics/.
"""

from django.db import models
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce, Lower
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from .article_page import ArticlePage
from .listing import RiverPageMixin


def topics_a_to_z(index: "TopicIndexPage") -> list["TopicPage"]:
    """The live topics under `index`, A to Z, each with `article_count`: how
    many live pieces it tags. One query, however many topics."""
    tagged = (
        ArticlePage.topics.through.objects.filter(
            topicpage_id=OuterRef("pk"), articlepage__live=True
        )
        .order_by()
        .values("topicpage_id")
        .annotate(count=Count("articlepage_id"))
        .values("count")
    )
    topics = TopicPage.objects.child_of(index).live()
    topics = topics.annotate(article_count=Coalesce(Subquery(tagged), 0))
    return list(topics.order_by(Lower("title"), "pk"))


class TopicIndexPage(Page):
    """/topics/: every topic the magazine follows, A to Z."""

    intro = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["articles.HomePage"]
    subpage_types = ["articles.TopicPage"]
    max_count = 1

    class Meta:
        verbose_name = "topics index"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = topics_a_to_z(self)
        return context


class TopicPage(RiverPageMixin, Page):
    """A topic's page: what it covers, and the pieces tagged with it, newest first."""

    intro = models.TextField(
        blank=True, help_text="One or two sentences under the title: what the topic covers."
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["articles.TopicIndexPage"]
    subpage_types = []
    opens_with_lead = True

    class Meta:
        verbose_name = "topic"

    def river_queryset(self, renditions):
        return ArticlePage.objects.live().on_topic(self).for_listing(renditions)
