"""Settings that editors give the whole magazine, and its standing pages."""

from django.db import models
from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page

from .blocks import SOCIAL_NETWORKS, NavigationLinkBlock, SocialProfileBlock
from .information_page import InformationPage
from .page_log import kept_until_pages_change

__all__ = ["InformationPage", "SiteSettings"]

# The standing pages the footer links, in the order it prints them.
FOOTER_PAGE_FIELDS = ("about_page", "contact_page", "privacy_page", "terms_page")


def _footer_page(label: str) -> models.ForeignKey:
    return models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=f"{label} page",
        help_text=f"Linked as “{label}” in the footer of every page (by its title).",
    )


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    name = models.CharField("magazine name", max_length=100, default="Masthead")
    tagline = models.CharField(max_length=200, blank=True)
    navigation = StreamField([("link", NavigationLinkBlock())], blank=True)
    social_profiles = StreamField([("profile", SocialProfileBlock())], blank=True)
    postal_address = models.TextField(
        blank=True, help_text="Printed in the footer of every page and every email."
    )
    newsletter_blurb = models.TextField(
        blank=True, help_text="The invitation shown in the newsletter signup box."
    )
    full_text_in_feeds = models.BooleanField(
        default=False, help_text="Put the whole article, not only the dek, into the feeds."
    )
    about_page = _footer_page("About")
    contact_page = _footer_page("Contact")
    privacy_page = _footer_page("Privacy")
    terms_page = _footer_page("Terms")
    # The version of what this row shows, for the fragments keeping the header
    # and footer drawn (core/fragments.py).
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("tagline")], heading="Magazine"),
        FieldPanel("navigation"),
        FieldPanel("social_profiles", heading="Follow us"),
        FieldPanel("postal_address"),
        FieldPanel("newsletter_blurb"),
        FieldPanel("full_text_in_feeds"),
        MultiFieldPanel([FieldPanel(name) for name in FOOTER_PAGE_FIELDS], heading="Footer links"),
    ]

    class Meta:
        verbose_name = "site settings"

    @cached_property
    def chrome_pages(self) -> dict[int, Page]:
        """The pages the header and footer link (navigation, footer links),
        by id, in one query: their versions, and the footer's and the signup
        box's links without a query per page. Kept in the cache until a page
        or these settings change (page_log.py)."""
        request = getattr(self, "_request", None)  # set by for_request()
        key = (self.pk, self.updated_at)
        return kept_until_pages_change(request, "chrome-pages", key, self._chrome_pages_read)

    def _chrome_pages_read(self) -> dict[int, Page]:
        page_ids = [link["value"].get("page") for link in self.navigation.raw_data]
        page_ids += [getattr(self, f"{name}_id") for name in FOOTER_PAGE_FIELDS]
        pages = Page.objects.filter(pk__in=[pk for pk in page_ids if pk is not None])
        return {page.pk: page for page in pages.order_by("pk")}

    @cached_property
    def chrome_version(self) -> tuple:
        """What the header and footer print, as a fragment version: this row,
        and the title, address and state of each page they link."""
        return (
            self.pk,
            self.updated_at,
            tuple(
                (page.pk, page.title, page.url_path, page.live)
                for page in self.chrome_pages.values()
            ),
        )

    def _chosen_page(self, name: str) -> Page | None:
        return self.chrome_pages.get(getattr(self, f"{name}_id"))

    @property
    def footer_pages(self) -> list[Page]:
        """The chosen standing pages, in the footer's order, live or not (the
        footer names them all as shown: publishing one again must purge it)."""
        chosen = (self._chosen_page(name) for name in FOOTER_PAGE_FIELDS)
        return [page for page in chosen if page is not None]

    @property
    def privacy_link_page(self) -> Page | None:
        """The privacy page, when one is chosen and live (the signup box links it)."""
        page = self._chosen_page("privacy_page")
        return page if page is not None and page.live else None

    @property
    def follow_links(self) -> list[dict]:
        labels = dict(SOCIAL_NETWORKS)
        return [
            {
                "network": block.value["network"],
                "label": labels.get(block.value["network"], ""),
                "url": block.value["url"],
            }
            for block in self.social_profiles
        ]
