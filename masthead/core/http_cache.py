"""How a shared cache (Varnish, a CDN) and browsers may keep our responses.

Every response to an anonymous reader's GET or HEAD that sets no cookie is
public: a shared cache keeps it for MASTHEAD_CACHE_SHARED_SECONDS (it is purged
on change, purge.py), a browser for MASTHEAD_CACHE_BROWSER_SECONDS, and a stale
copy may be served while a fresh one is fetched or while the site is down. It
carries the surrogate keys of what it shows (`xkey`, surrogate_keys.py).
Anything else (the admin, editors, previews, draft links, POST answers,
responses setting a cookie, errors) is `private, no-store`. A view that set
its own Cache-Control keeps it. ETags and 304 answers come from Django's
ConditionalGetMiddleware, which sits outside this one.
"""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control

from .surrogate_keys import address_key, collecting

# Never shared, whatever the answer. A draft link's address is one reviewer's
# (desk/views.py), and its 404s, one per made-up token, would only fill a cache.
PRIVATE_PREFIXES = ("/admin/", "/django-admin/", "/healthz/", "/draft/")
# Answers that may be shared, and how long compared with a page: a redirect or
# a "not found" can change without a purge (a page published at that address).
SHARED_STATUSES = {200: "long", 301: "short", 302: "short", 404: "short", 410: "short"}
SURROGATE_KEY_HEADER = "xkey"


def _is_anonymous_read(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD") or request.path.startswith(PRIVATE_PREFIXES):
        return False
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


def _private(response: HttpResponse) -> None:
    response.headers.pop("Cache-Control", None)
    patch_cache_control(response, private=True, no_store=True)


class SharedCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with collecting() as keys:
            response = self.get_response(request)
        if response.has_header("Cache-Control"):
            if response.cookies and "private" not in response["Cache-Control"]:
                _private(response)  # a cookie is somebody's: never shared
            return response
        kind = SHARED_STATUSES.get(response.status_code)
        if kind is None or response.cookies or not _is_anonymous_read(request):
            _private(response)
            return response
        shared = settings.MASTHEAD_CACHE_SHARED_SECONDS
        if kind == "short":
            shared = min(shared, settings.MASTHEAD_CACHE_SHORT_SECONDS)
            # A page published at this address purges this answer (signal_handlers.py).
            keys.add(address_key(request.path))
        patch_cache_control(
            response,
            public=True,
            max_age=settings.MASTHEAD_CACHE_BROWSER_SECONDS,
            s_maxage=shared,
            stale_while_revalidate=settings.MASTHEAD_CACHE_STALE_SECONDS,
            stale_if_error=settings.MASTHEAD_CACHE_STALE_IF_ERROR_SECONDS,
        )
        if keys:
            response[SURROGATE_KEY_HEADER] = " ".join(sorted(keys))
        return response
