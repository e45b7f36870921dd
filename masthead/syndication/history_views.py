"""Admin: the import history (Reports → Partner imports), one line per attempt
to import a partner's piece, by an editor or from a feed.

Whoever may view the partners may read it: the Partnerships and
Editor-in-chief roles (desk/roles.py).
"""

import django_filters
from django.urls import reverse
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from masthead.partners.models import Partner

from .models import ImportAttempt


class ImportAttemptFilterSet(WagtailFilterSet):
    outcome = django_filters.ChoiceFilter(
        choices=ImportAttempt.Outcome.choices, empty_label="Any result"
    )
    partner = django_filters.ModelChoiceFilter(
        queryset=Partner.objects.all(), empty_label="Any partner"
    )

    class Meta:
        model = ImportAttempt
        fields = ["outcome", "partner"]


class ArticleColumn(TitleColumn):
    empty_value_display = "—"


def _article_edit_url(attempt: ImportAttempt) -> str | None:
    if attempt.article_id is None:
        return None
    return reverse("wagtailadmin_pages:edit", args=[attempt.article_id])


class ImportHistoryView(ReportView):
    page_title = "Partner imports"
    header_icon = "download"
    index_url_name = "syndication_import_history"
    index_results_url_name = "syndication_import_history_results"
    filterset_class = ImportAttemptFilterSet
    permission_policy = ModelPermissionPolicy(Partner)
    permission_required = "view"
    no_results_message = "No piece has been imported yet."
    columns = [
        DateColumn("attempted_at", label="When"),
        Column("source", label="By"),
        Column("partner", label="Partner"),
        Column("url", label="Address"),
        Column("outcome", label="Result", accessor="get_outcome_display"),
        Column("reason", label="Why refused"),
        ArticleColumn(
            "article",
            label="Article",
            accessor=lambda attempt: attempt.article.title if attempt.article else "",
            get_url=_article_edit_url,
        ),
    ]

    def get_queryset(self):
        return ImportAttempt.objects.select_related("partner", "feed", "requested_by", "article")
