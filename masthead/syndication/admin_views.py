"""Admin: import a partner's piece by pasting its address.

An import creates a page under the articles index, so only a user who may add
pages there may import (Wagtail's page permissions, as its own "add" view asks).
The address is checked here first, without fetching (the fetcher's rules and
the partner's sites), so a wrong address or partner is explained at once. The
import runs in the task worker (an ImportRequest); the page the editor is sent
to waits for it, reloading itself, and then opens the draft.
"""

from django import forms
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods
from wagtail.admin.auth import require_admin_access, user_passes_test

from masthead.articles.models import ArticleIndexPage
from masthead.core.fetch import RefusedURL, check_url_without_lookup
from masthead.partners.models import Partner, PartnerFeed

from .models import ImportAttempt, ImportRequest, feeds_with_status
from .services.history import import_attempt_record
from .services.partner_checks import ImportRefused, partner_for_import
from .services.refusals import refusal_message
from .tasks import import_partner_piece

HISTORY_PERMISSION = "partners.view_partner"


class ImportByURLForm(forms.Form):
    url = forms.URLField(
        label="Address of the partner's article",
        assume_scheme="https",
        max_length=2000,
        error_messages={"invalid": "Enter the piece's full address, starting with https://."},
    )
    partner = forms.ModelChoiceField(
        queryset=Partner.objects.all(),
        required=False,
        help_text="Leave empty to find the partner from the address.",
    )
    # An address refused before anything was fetched: why, for the history.
    refusal = ""
    refused_url = ""
    refused_partner: Partner | None = None

    def clean(self):
        cleaned = super().clean()
        url, chosen = cleaned.get("url"), cleaned.get("partner")
        if not url:
            return cleaned
        try:
            check_url_without_lookup(url)
            cleaned["partner"] = partner_for_import(url, chosen)
        except (RefusedURL, ImportRefused) as problem:
            self.refusal, self.refused_url = refusal_message(problem), url
            self.refused_partner = chosen
            mismatch = isinstance(problem, ImportRefused) and chosen is not None
            self.add_error("partner" if mismatch else "url", self.refusal)
        return cleaned


def may_import_partner_pieces(user) -> bool:
    articles_index = ArticleIndexPage.objects.first()
    if articles_index is None:
        # The first import creates the magazine's structure: a superuser's job.
        return user.is_superuser
    return articles_index.permissions_for_user(user).can_add_subpage()


@require_admin_access
@user_passes_test(may_import_partner_pieces)
@require_http_methods(["GET", "POST"])
def import_by_url(request):
    form = ImportByURLForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        import_request = ImportRequest.objects.create(
            url=form.cleaned_data["url"],
            partner=form.cleaned_data["partner"],
            requested_by=request.user,
        )
        import_partner_piece.enqueue(import_request.pk)
        return redirect("syndication_import_status", import_request.pk)
    if form.refusal:
        import_attempt_record(
            form.refused_url,
            ImportAttempt.Outcome.REFUSED,
            reason=form.refusal,
            partner=form.refused_partner,
            requested_by=request.user,
        )
    return _import_page(request, form)


def _import_page(request, form: ImportByURLForm, error: str = ""):
    feeds = feeds_with_status(PartnerFeed.objects.order_by("partner__name", "sort_order"))
    context = {
        "form": form,
        "error": error,
        "feeds": feeds,
        "show_history": request.user.has_perm(HISTORY_PERMISSION),
    }
    return render(request, "syndication/admin/import.html", context)


@require_admin_access
@user_passes_test(may_import_partner_pieces)
@require_http_methods(["GET"])
def import_status(request, pk: int):
    """Wait for the import (the page reloads itself), then open the draft or
    show the form again with what went wrong."""
    import_request = get_object_or_404(ImportRequest, pk=pk)
    if import_request.requested_by_id != request.user.pk and not request.user.is_superuser:
        raise Http404("No such import.")
    if import_request.status == ImportRequest.Status.DONE and import_request.article_id:
        level = messages.SUCCESS if import_request.created else messages.INFO
        if "without its picture" in import_request.message:
            level = messages.WARNING
        messages.add_message(request, level, import_request.message)
        return redirect(reverse("wagtailadmin_pages:edit", args=[import_request.article_id]))
    if import_request.is_finished:
        form = ImportByURLForm(
            initial={"url": import_request.url, "partner": import_request.partner_id}
        )
        return _import_page(request, form, import_request.message or "The piece was not imported.")
    return render(request, "syndication/admin/import_waiting.html", {"import": import_request})
