"""The beacon: the tiny picture an article loads, which counts a read.

The page itself may come from the cache in front (Varnish, a CDN) without
Django seeing the request; the beacon never does (`private, no-store`, and
deploy/varnish/masthead.vcl passes /read/ to the app), so every reader who
loads the page asks for it once. It sets no cookie and nothing about the
request is kept: only the page's count for the day goes up. It answers the
same picture whether it counted or not (a robot, a prefetch, an editor
signed in, a draft or unknown page, a HEAD request).
"""

import base64

from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_safe

from .bots import is_automated
from .services import read_count

# A transparent 1×1 GIF.
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


def is_reader(request: HttpRequest) -> bool:
    """A person reading the page: a GET (a HEAD reads nothing), not a robot or
    a prefetch, and not an editor signed in (checking a piece is not reading it)."""
    if request.method != "GET" or is_automated(request):
        return False
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


@require_safe
def beacon(request: HttpRequest, page_id: int) -> HttpResponse:
    if is_reader(request):
        read_count(page_id)
    response = HttpResponse(PIXEL, content_type="image/gif")
    response["Cache-Control"] = "private, no-store"
    return response
