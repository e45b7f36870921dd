from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import Partner


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = "Partners"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "site_url", "permission_scope", "permission_expires_on"]
    search_fields = ["name"]


register_snippet(PartnerViewSet)


@hooks.register("register_admin_urls")
def register_syndication_admin_urls():
    return [path("syndication/import/", admin_views.import_by_url, name="syndication_import")]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return MenuItem(
        "Import partner piece",
        reverse("syndication_import"),
        icon_name="download",
        order=310,
    )
