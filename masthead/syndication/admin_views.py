"""Admin: import a partner's piece by pasting its address.

An import creates a page under the articles index, so only a user who may add
pages there may import (Wagtail's page permissions, as its own "add" view asks).
"""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods
from wagtail.admin.auth import require_admin_access, user_passes_test

from masthead.articles.models import ArticleIndexPage
from masthead.core.fetch import FetchError
from masthead.partners.models import Partner, PartnerFeed

from .services.importing import ImportRefused, partner_article_import


class ImportByURLForm(forms.Form):
    url = forms.URLField(label="Address of the partner's article", assume_scheme="https")
    partner = forms.ModelChoiceField(
        queryset=Partner.objects.all(),
        required=False,
        help_text="Leave empty to find the partner from the address.",
    )


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
    error = ""
    if request.method == "POST" and form.is_valid():
        try:
            result = partner_article_import(form.cleaned_data["url"], form.cleaned_data["partner"])
        except (ImportRefused, FetchError) as problem:
            error = str(problem)
        else:
            if result.created:
                messages.success(request, "Imported as a draft. Review it, then publish.")
            else:
                messages.info(request, "This piece was imported before: here it is.")
            return redirect(reverse("wagtailadmin_pages:edit", args=[result.article.pk]))
    feeds = PartnerFeed.objects.select_related("partner").order_by("partner__name")
    return render(
        request, "syndication/admin/import.html", {"form": form, "error": error, "feeds": feeds}
    )
