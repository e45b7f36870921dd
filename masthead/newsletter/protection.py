"""How the signup form is protected without Django's CSRF cookie.

Public pages must be identical for every reader (cacheable), so the signup
box carries no CSRF token. Instead: the browser must say the form came from
this site (Origin, or Referer), attempts are rate-limited per client and per
address, a honeypot field catches simple bots, and nothing is mailed to a
reader without double opt-in.
"""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Site

from masthead.core import ratelimit
from masthead.core.ratelimit import client_address


def _origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower() if parts.scheme and parts.netloc else ""


def allowed_origins(request) -> set[str]:
    origins = {f"{request.scheme}://{request.get_host()}".lower()}
    origins |= {origin.lower() for origin in settings.CSRF_TRUSTED_ORIGINS}
    origins |= {site.root_url.lower() for site in Site.objects.all()}
    return origins


def origin_is_allowed(request) -> bool:
    origin = request.headers.get("Origin") or _origin_of(request.headers.get("Referer", ""))
    if not origin or origin == "null":
        return False
    return origin.lower() in allowed_origins(request)


def signup_allowed_for_client(request) -> bool:
    return ratelimit.hit(
        "signup-ip",
        client_address(request),
        limit=settings.MASTHEAD_SIGNUP_LIMIT_PER_IP,
        window_seconds=3600,
    )


def signup_allowed_for_address(email: str) -> bool:
    return ratelimit.hit(
        "signup-address",
        email.strip().lower(),
        limit=settings.MASTHEAD_SIGNUP_LIMIT_PER_ADDRESS,
        window_seconds=3600,
    )
