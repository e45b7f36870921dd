"""The magazine's standing pages: About, Contact, Privacy, Terms.

Plain pages about the magazine itself, not about what it covers: a title, an
intro and a rich-text body. They live directly under the site's front page;
the site settings choose which one the footer links as "About", "Privacy"...
"""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from .page_log import ViewRestrictionsInOneQuery

# Headings, emphasis, links and lists: enough for a policy, nothing that
# would make a standing page look like an article.
BODY_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]


class InformationPage(ViewRestrictionsInOneQuery, Page):
    intro: "models.TextField[str, str]" = models.TextField(
        blank=True, max_length=500, help_text="One or two sentences printed under the title."
    )
    body = RichTextField(features=BODY_FEATURES, blank=True)
    show_postal_address: "models.BooleanField[bool, bool]" = models.BooleanField(
        default=False,
        help_text="Print the magazine's postal address (from the site settings) after the "
        "text, as on a Contact page.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("show_postal_address"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "standing page"

    @classmethod
    def can_exist_under(cls, parent: Page) -> bool:
        """Only directly under a site's front page (its root page), whatever
        type that page is: core does not name the front page's type."""
        return super().can_exist_under(parent) and parent.is_site_root()
