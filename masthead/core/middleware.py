"""The public site's web surface: which methods it answers and what its pages
may load.

Public pages run no script, load only the magazine's own styles and pictures
(and the video players an article embeds), and may not be framed, so their
Content-Security-Policy can be strict. The admin (Wagtail's, with its scripts)
and logged-in editors (Wagtail's user bar on public pages) are left to
Wagtail's own headers.
"""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed

PUBLIC_METHODS = ("GET", "HEAD", "POST")
ADMIN_PREFIXES = ("/admin/", "/django-admin/")


def _is_admin(request: HttpRequest) -> bool:
    return request.path.startswith(ADMIN_PREFIXES)


class PublicMethodsMiddleware:
    """Answer PUT, DELETE, PATCH and the like on public paths with 405 Method
    Not Allowed, before the CSRF check would answer with its 403 page."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method not in PUBLIC_METHODS and not _is_admin(request):
            return HttpResponseNotAllowed(PUBLIC_METHODS)
        return self.get_response(request)


class ContentSecurityPolicyMiddleware:
    """Add MASTHEAD_CONTENT_SECURITY_POLICY to public responses for anonymous readers."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        editor = user is not None and user.is_authenticated
        if not _is_admin(request) and not editor:
            response.headers.setdefault(
                "Content-Security-Policy", settings.MASTHEAD_CONTENT_SECURITY_POLICY
            )
        return response
