"""/favicon.ico, /apple-touch-icon.png, the app icons and /manifest.webmanifest.

Public responses like any page: the cache middleware makes them shareable
(core/http_cache.py) and they name what they show, so saving the site
settings, the logo setting or the logo itself purges them.
"""

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from .icons import APP_ICON_SIZES, brand_for, icon_bytes, short_name

PAPER = "#fffefa"


def _icon(request: HttpRequest, kind: str, content_type: str) -> HttpResponse:
    brand = brand_for(request)
    brand.shows()
    return HttpResponse(icon_bytes(brand, kind), content_type=content_type)


@require_safe
def favicon(request: HttpRequest) -> HttpResponse:
    return _icon(request, "favicon", "image/x-icon")


@require_safe
def touch_icon(request: HttpRequest) -> HttpResponse:
    return _icon(request, "touch", "image/png")


@require_safe
def app_icon(request: HttpRequest, size: int) -> HttpResponse:
    if size not in APP_ICON_SIZES:
        raise Http404("No icon of that size.")
    return _icon(request, str(size), "image/png")


@require_safe
def manifest(request: HttpRequest) -> HttpResponse:
    brand = brand_for(request)
    brand.shows()
    data = {
        "name": brand.name,
        "short_name": short_name(brand.name),
        "start_url": "/",
        "scope": "/",
        "display": "browser",
        "theme_color": brand.theme_colour,
        "background_color": PAPER,
        "icons": [
            {
                "src": reverse("images:app_icon", args=[size]),
                "sizes": f"{size}x{size}",
                "type": "image/png",
                "purpose": "any",
            }
            for size in APP_ICON_SIZES
        ],
    }
    return JsonResponse(
        data, content_type="application/manifest+json", json_dumps_params={"ensure_ascii": False}
    )
