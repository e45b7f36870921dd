"""Settings that editors give the whole magazine."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

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
