"""Syndication in the admin: partners (partner_admin.py), importing a piece by
its address (admin_views.py) and the import history (history_views.py)."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from . import admin_views
from .history_views import ImportHistoryView
from .partner_admin import PartnerViewSet

register_snippet(PartnerViewSet)


class PartnerImportMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_import_partner_pieces(request.user)


class ImportHistoryMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.HISTORY_PERMISSION)


@hooks.register("register_admin_urls")
def register_syndication_admin_urls():
    return [
        path("syndication/import/", admin_views.import_by_url, name="syndication_import"),
        path(
            "syndication/import/<int:pk>/",
            admin_views.import_status,
            name="syndication_import_status",
        ),
        path(
            "syndication/history/",
            ImportHistoryView.as_view(),
            name="syndication_import_history",
        ),
        path(
            "syndication/history/results/",
            ImportHistoryView.as_view(results_only=True),
            name="syndication_import_history_results",
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


@hooks.register("register_reports_menu_item")
def register_import_history_menu_item():
    return ImportHistoryMenuItem(
        "Partner imports",
        reverse("syndication_import_history"),
        name="partner-imports",
        icon_name="download",
        order=1100,
    )
