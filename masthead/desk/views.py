"""/draft/<token>/: a page's newest draft for the reviewer who holds the link.

The page is drawn as Wagtail's preview draws it (its latest revision, through
`serve_preview`, with `request.is_preview` set: no fragment is read or kept,
no read is counted), with a banner and a noindex tag from base.html
(`request.draft_link`). Nothing about the answer may be kept by anyone but
the reviewer: `private, no-store`, no cookie, no referrer sent on to the
sites the draft links to. An unknown, expired or revoked token gets the same
404 page.
"""

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control

from .models import DraftLink


def draft_link_page(request: HttpRequest, token: str) -> HttpResponse:
    link = DraftLink.objects.for_token(token)
    if link is None:
        raise Http404("No such draft link.")
    draft = link.page.specific.get_latest_revision_as_object()
    if not draft.is_previewable():
        raise Http404("This page has no preview.")
    request.is_preview = True
    request.preview_mode = draft.default_preview_mode
    request.draft_link = link
    response = draft.serve_preview(request, draft.default_preview_mode)
    if hasattr(response, "render"):
        response = response.render()
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "no-referrer"
    return response
