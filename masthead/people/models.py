"""Authors: the people in the byline, each with a page and their articles."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from masthead.core.blocks import SocialProfileBlock


class AuthorIndexPage(Page):
    """/authors/: everyone who writes for the magazine."""

    intro = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["articles.HomePage"]
    subpage_types = ["people.AuthorPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["authors"] = (
            AuthorPage.objects.child_of(self).live().select_related("photo").order_by("title")
        )
        return context


class AuthorPage(Page):
    """An author's page. The page title is the author's name as printed."""

    role = models.CharField(
        max_length=200,
        blank=True,
        help_text='Role or affiliation: "Senior Fellow, Africa Program".',
    )
    bio = RichTextField(features=["bold", "italic", "link"], blank=True)
    photo = models.ForeignKey(
        "images.CreditedImage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    social_links = StreamField([("profile", SocialProfileBlock())], blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("role"),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("social_links"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("role"), index.SearchField("bio")]
    parent_page_types = ["people.AuthorIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "author"

    @property
    def name(self) -> str:
        return self.title

    def river_queryset(self):
        from masthead.articles.models import ArticlePage

        return ArticlePage.objects.live().by_author(self).for_listing()

    def get_context(self, request, *args, **kwargs):
        from masthead.articles.models.river import paginate_river

        context = super().get_context(request, *args, **kwargs)
        context["river"] = paginate_river(self.river_queryset(), request)
        return context
