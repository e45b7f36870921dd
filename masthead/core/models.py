"""Settings that editors give the whole magazine."""

from django.db import models
from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page

from .blocks import SOCIAL_NETWORKS, NavigationLinkBlock, SocialProfileBlock


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
    ]

    class Meta:
        verbose_name = "site settings"

    @cached_property
    def chrome_version(self) -> tuple:
        """What the header and footer print, as a fragment version: this row,
        and the title and address of each page in the navigation."""
        page_ids = [link["value"].get("page") for link in self.navigation.raw_data]
        pages = Page.objects.filter(pk__in=[pk for pk in page_ids if pk is not None])
        return (
            self.pk,
            self.updated_at,
            tuple(pages.order_by("pk").values_list("pk", "title", "url_path")),
        )

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
