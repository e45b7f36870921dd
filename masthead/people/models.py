"""Authors: the people in the byline.

`Author` is the person as printed: name (the page title), role, bio, photo and
profiles. Articles point at it. The page a reader visits is its subclass
`articles.AuthorPage`, which adds the author's articles; the split keeps this
app below the articles app (docs/architecture.md).
"""

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
    # Where it may stand is decided by the front page above (articles.HomePage).
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["authors"] = (
            Author.objects.child_of(self).live().select_related("photo").order_by("title")
        )
        return context


class Author(Page):
    """An author as the byline and the bio print them. The page title is the
    author's name as printed. Created as an `articles.AuthorPage`, never alone."""

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
    is_creatable = False

    class Meta:
        verbose_name = "author"

    @property
    def name(self) -> str:
        return self.title
