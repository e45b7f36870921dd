from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from masthead.partners.models import Partner

from . import admin_views


class PartnerViewSet(SnippetViewSet):
    """Partners are edited here, where their permission, feeds and the section
    their pieces start in are set for importing."""

    model = Partner
    icon = "group"
    menu_label = "Partners"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "site_url", "permission_scope", "permission_expires_on"]
    search_fields = ["name"]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("site_url"),
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
        InlinePanel(
            "feeds",
            panels=[FieldPanel("url"), FieldPanel("active")],
            label="Feed",
            heading="Feeds polled for new pieces",
        ),
    ]


register_snippet(PartnerViewSet)


class PartnerImportMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_import_partner_pieces(request.user)


@hooks.register("register_admin_urls")
def register_syndication_admin_urls():
    return [
        path("syndication/import/", admin_views.import_by_url, name="syndication_import"),
        path(
            "syndication/import/<int:pk>/",
            admin_views.import_status,
            name="syndication_import_status",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return PartnerImportMenuItem(
        "Import partner piece",
        reverse("syndication_import"),
        icon_name="download",
        order=310,
    )
