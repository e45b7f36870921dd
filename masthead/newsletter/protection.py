"""How the signup form is protected without Django's CSRF cookie.

Public pages must be identical for every reader (cacheable), so the signup
box carries no CSRF token. Instead: the browser must say the form came from
this site (Origin, or Referer), attempts are rate-limited per client and per
address, a honeypot field catches simple bots, and nothing is mailed to a
reader without double opt-in.
"""

import ipaddress
from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Site

from masthead.core import ratelimit
from masthead.core.ratelimit import client_address

from .addresses import mailbox_of


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


def network_of(address: str) -> str:
    """The network a reader's address belongs to (IPv4 /24, IPv6 /64): one
    machine has many addresses of its network, so limits count the network."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    prefix = 24 if ip.version == 4 else 64
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False))


def signup_allowed_for_client(request) -> bool:
    return ratelimit.hit(
        "signup-network",
        network_of(client_address(request)),
        limit=settings.MASTHEAD_SIGNUP_LIMIT_PER_IP,
        window_seconds=3600,
    )


def signup_allowed_for_address(email: str) -> bool:
    return ratelimit.hit(
        "signup-address",
        mailbox_of(email),
        limit=settings.MASTHEAD_SIGNUP_LIMIT_PER_ADDRESS,
        window_seconds=3600,
    )
