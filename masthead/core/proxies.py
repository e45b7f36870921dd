"""Proxy headers are believed only when the proxy itself sent them.

Behind Varnish (and a TLS server in front of it), the reader's address and
whether they came over HTTPS reach Django in `X-Forwarded-For` and
`X-Forwarded-Proto`. Anyone can send those headers; they mean something only
when the connection comes from a proxy of ours, MASTHEAD_TRUSTED_PROXIES
(addresses or networks; loopback by default). So, first thing in every
request:

- from a trusted proxy: REMOTE_ADDR becomes the reader's address, the
  right-most address in X-Forwarded-For that is not itself a trusted proxy
  (each proxy appends the address it was reached from); the other forwarded
  headers are kept for Django (SECURE_PROXY_SSL_HEADER);
- from anyone else: every X-Forwarded-* header (and MASTHEAD_CLIENT_IP_HEADER)
  is dropped, so it can neither fake an HTTPS request nor another reader's
  address in the rate limits.
"""

import ipaddress
from collections.abc import Callable
from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest, HttpResponse

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def _networks(entries: tuple[str, ...]) -> tuple[IPNetwork, ...]:
    return tuple(ipaddress.ip_network(entry.strip(), strict=False) for entry in entries if entry)


def is_trusted_proxy(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return False
    return any(ip in network for network in _networks(tuple(settings.MASTHEAD_TRUSTED_PROXIES)))


def _forwarded_client(forwarded_for: str, remote_addr: str) -> str:
    hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
    for hop in reversed(hops):
        if not is_trusted_proxy(hop):
            try:
                return str(ipaddress.ip_address(hop))
            except ValueError:
                return remote_addr  # garbage in the header: keep the proxy's own address
    return hops[0] if hops else remote_addr


class TrustedProxyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        meta = request.META
        remote_addr = meta.get("REMOTE_ADDR", "")
        if is_trusted_proxy(remote_addr):
            forwarded_for = meta.get("HTTP_X_FORWARDED_FOR", "")
            if forwarded_for:
                meta["REMOTE_ADDR"] = _forwarded_client(forwarded_for, remote_addr)
        else:
            client_header = settings.MASTHEAD_CLIENT_IP_HEADER
            for key in [k for k in meta if k.startswith("HTTP_X_FORWARDED_")]:
                del meta[key]
            if client_header:
                meta.pop(client_header, None)
        return self.get_response(request)
