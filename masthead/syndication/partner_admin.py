"""The partners' admin: their terms, sites and feeds, and how each feed is doing.

A feed's address is checked as the safe fetcher will check it when the partner
is saved (partners.models.validate_fetchable_url), with a sentence saying why
an address is refused; its status (last polled, last success, last error,
pieces imported) is shown on the partner's page and in the listing.
"""

from django import forms
from django.db.models import Prefetch
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
    Panel,
)
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.snippets import SnippetViewSet

from masthead.partners.models import Partner, PartnerFeed

from .models import feeds_with_status


class PartnerFeedForm(WagtailAdminModelForm):
    # Django's own message for an address it cannot read ("Enter a valid URL.")
    # says nothing of what would do; file: and ftp: addresses land here too.
    url = forms.URLField(
        label="Feed URL",
        max_length=500,
        assume_scheme="https",
        error_messages={
            "invalid": "Enter the feed's full http:// or https:// address, as the partner "
            "publishes it (https://ledger.example/feed.xml)."
        },
    )

    class Meta:
        model = PartnerFeed
        fields = ["url", "active"]


class PartnerFeedsPanel(InlinePanel):
    """The partner's feeds, edited with PartnerFeedForm."""

    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["form"] = PartnerFeedForm
        return options


class FeedStatusPanel(Panel):
    """Each saved feed's status, read-only, on the partner's page."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "syndication/admin/feed_status_panel.html"

        def is_shown(self) -> bool:
            return self.instance is not None and self.instance.pk is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            feeds = PartnerFeed.objects.filter(partner=self.instance).order_by("sort_order")
            context["feeds"] = feeds_with_status(feeds)
            return context


def feeds_summary(partner: Partner) -> str:
    """ "2 feeds, 14 pieces imported, 1 with an error", for the partners' listing."""
    feeds = list(partner.feeds.all())
    if not feeds:
        return "No feeds"
    imported = sum(feed.items_imported for feed in feeds)
    failing = sum(1 for feed in feeds if feed.last_error)
    parts = [
        f"{len(feeds)} feed{'s' if len(feeds) != 1 else ''}",
        f"{imported} piece{'s' if imported != 1 else ''} imported",
    ]
    if failing:
        parts.append(f"{failing} with an error")
    return ", ".join(parts)


class PartnerViewSet(SnippetViewSet):
    """Partners are edited here, where their permission, sites, feeds and the
    section their pieces start in are set for importing."""

    model = Partner
    icon = "group"
    menu_label = "Partners"
    menu_order = 300
    add_to_admin_menu = True
    list_display = [
        "name",
        "site_url",
        "permission_scope",
        "permission_expires_on",
        Column("feeds", label="Feeds", accessor=feeds_summary),
    ]
    search_fields = ["name"]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("site_url"),
        FieldPanel("other_hosts"),
        FieldPanel("logo"),
        FieldPanel("attribution_template"),
        PageChooserPanel("default_section", "articles.SectionPage"),
        MultiFieldPanel(
            [
                FieldPanel("permission_granted_on"),
                FieldPanel("permission_granted_by"),
                FieldPanel("permission_scope"),
                FieldPanel("permission_expires_on"),
                FieldPanel("licence"),
            ],
            heading="Permission",
        ),
        PartnerFeedsPanel(
            "feeds",
            panels=[FieldPanel("url"), FieldPanel("active")],
            label="Feed",
            heading="Feeds polled for new pieces",
        ),
        FeedStatusPanel(heading="Feed status"),
    ]

    def get_queryset(self, request):
        feeds = feeds_with_status(PartnerFeed.objects.order_by("sort_order"))
        return Partner.objects.prefetch_related(Prefetch("feeds", queryset=feeds))
