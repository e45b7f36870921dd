"""Reports → Most read: each page read in the last 30 days, with its reads
today, in the last 7 days and in the last 30, most read this week first
(every column sorts; the list exports as CSV or Excel).

Seeing it needs "view" on daily reads (superusers have it; the desk's roles
grant it to the newsroom). Refusals answer as Wagtail's own views do.
"""

from django.db.models import Q, Sum
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.tables import NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

from .models import DailyReads
from .services import period_start

reads_permission_policy = ModelPermissionPolicy(DailyReads)
PERIODS = {"today": 1, "week": 7, "month": 30}


def may_see_reads(user) -> bool:
    return reads_permission_policy.user_has_permission(user, "view")


def _edit_url(page: Page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


class MostReadReport(ReportView):
    page_title = "Most read"
    header_icon = "doc-full-inverse"
    index_url_name = "readership_most_read"
    index_results_url_name = "readership_most_read_results"
    permission_policy = reads_permission_policy
    permission_required = "view"
    default_ordering = "-week"
    no_results_message = "No piece has been read in the last 30 days."
    columns = [
        TitleColumn("title", label="Piece", get_url=_edit_url),
        NumberColumn("today", label="Today", sort_key="today"),
        NumberColumn("week", label="Last 7 days", sort_key="week"),
        NumberColumn("month", label="Last 30 days", sort_key="month"),
    ]
    list_export = ["title", "today", "week", "month"]
    export_headings = {
        "title": "Piece",
        "today": "Today",
        "week": "Last 7 days",
        "month": "Last 30 days",
    }

    def get_filename(self) -> str:
        return f"most-read-{timezone.localdate().isoformat()}"

    def get_base_queryset(self):
        today = timezone.localdate()
        # The join is limited to the last 30 days first; each column sums its part of it.
        totals = {
            name: Sum(
                "daily_reads__count",
                filter=Q(daily_reads__day__gte=period_start(days, today)),
                default=0,
            )
            for name, days in PERIODS.items()
        }
        return (
            Page.objects.filter(daily_reads__day__gte=period_start(PERIODS["month"], today))
            .annotate(**totals)
            .only("pk", "title")
        )

    def order_queryset(self, queryset):
        # Pieces read as often keep one order from page to page of the report.
        return queryset.order_by(self.ordering, "title", "pk")
