"""The page's draft links in the admin: make one, copy its address, revoke one.

Reached from the page's header menu ("Share draft for review",
wagtail_hooks.py). Every screen and action asks whether the user may edit the
page; making and revoking are POSTs (with Django's CSRF check). The address
is shown once, in the answer to the POST that made it: only its digest is
stored (models/draft_link.py).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_POST
from wagtail.models import Page

from masthead.core.absolute_urls import site_absolute_url

from .forms import DraftLinkForm
from .models import DraftLink
from .services import draft_link_create, draft_link_revoke


def may_share(page: Page, user) -> bool:
    """Whoever may edit a page may show its draft to a reviewer."""
    return not page.is_root() and page.permissions_for_user(user).can_edit()


def _editable_page(request, page_id: int) -> Page:
    page = get_object_or_404(Page, pk=page_id).specific
    if not may_share(page, request.user):
        raise PermissionDenied  # Wagtail's admin sends the user to the dashboard
    return page


def draft_links(request, page_id: int):
    """The page's active links and the form for a new one (GET), or a new
    link and its address, shown this once (POST)."""
    page = _editable_page(request, page_id)
    form = DraftLinkForm(request.POST or None)
    created = None
    if request.method == "POST" and form.is_valid():
        link, token = draft_link_create(
            page, request.user, days=form.cleaned_data["days"], note=form.cleaned_data["note"]
        )
        address = site_absolute_url(request, reverse("desk:draft_link", args=[token]))
        created = {"link": link, "address": address}
        form = DraftLinkForm()
    links = DraftLink.objects.filter(page=page).active().select_related("created_by")
    return TemplateResponse(
        request,
        "desk/admin/draft_links.html",
        {
            "page": page,
            "form": form,
            "created": created,
            "links": links,
            "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        },
    )


@require_POST
def draft_link_revoke_view(request, page_id: int, link_id: int):
    page = _editable_page(request, page_id)
    link = get_object_or_404(DraftLink, pk=link_id, page_id=page.pk)
    draft_link_revoke(link, request.user)
    whom = f" for \u201c{link.note}\u201d" if link.note else ""
    messages.success(request, f"The draft link{whom} is revoked: it no longer opens the draft.")
    return redirect("desk_admin:draft_links", page.pk)
