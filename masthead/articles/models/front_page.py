"""The front page: a lead story, featured stories, the LATEST river, rails."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page

LATEST_COUNT = 12
RAIL_COUNT = 3
QIOSK_COUNT = 5


class FeaturedStory(Orderable):
    home = ParentalKey("articles.HomePage", on_delete=models.CASCADE, related_name="featured")
    article = models.ForeignKey("articles.ArticlePage", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = "featured story"


class HomePage(Page):
    lead_story = models.ForeignKey(
        "articles.ArticlePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Leave empty to lead with the newest piece.",
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("lead_story"), InlinePanel("featured", label="Featured story", max_num=6)],
            heading="Curated",
        ),
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = "front page"

    def get_context(self, request, *args, **kwargs):
        from .article_index import ArticleIndexPage
        from .article_page import ArticlePage
        from .formats import FormatKind
        from .sections import SectionPage

        context = super().get_context(request, *args, **kwargs)
        live = ArticlePage.objects.live()
        curated_ids = [self.lead_story_id] if self.lead_story_id else []
        curated_ids += [story.article_id for story in self.featured.all()]
        curated = {a.pk: a for a in live.filter(pk__in=curated_ids).for_listing()}
        lead = curated.get(self.lead_story_id)
        featured = [curated[pk] for pk in curated_ids[1 if lead else 0 :] if pk in curated]

        river = list(live.exclude(pk__in=curated_ids).for_listing()[: LATEST_COUNT + 1])
        if lead is None and river:
            lead = river.pop(0)
        context.update(
            lead=lead,
            featured=featured,
            latest=river[:LATEST_COUNT],
            briefs=live.of_kind(FormatKind.BRIEF).for_listing()[:QIOSK_COUNT],
            rails=self._section_rails(live, SectionPage),
            archive=ArticleIndexPage.objects.live().first(),
        )
        return context

    def _section_rails(self, live, section_model):
        sections = list(
            section_model.objects.live().filter(show_on_front_page=True).order_by("path")
        )
        by_section = {section.pk: [] for section in sections}
        for article in live.latest_per_section(sections, RAIL_COUNT).for_listing():
            by_section[article.section_id].append(article)
        return [(section, by_section[section.pk]) for section in sections if by_section[section.pk]]
