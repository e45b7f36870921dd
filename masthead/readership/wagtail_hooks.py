"""Reports → Most read in the admin, and its permission in the group editor."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import MostReadReport, may_see_reads


class MostReadMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_reads(request.user)


@hooks.register("register_admin_urls")
def register_readership_admin_urls():
    return [
        path("reports/most-read/", MostReadReport.as_view(), name="readership_most_read"),
        path(
            "reports/most-read/results/",
            MostReadReport.as_view(results_only=True),
            name="readership_most_read_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_most_read_menu_item():
    return MostReadMenuItem(
        "Most read", reverse("readership_most_read"), name="most-read", icon_name="view", order=50
    )


@hooks.register("register_permissions")
def register_readership_permissions():
    return Permission.objects.filter(content_type__app_label="readership")
