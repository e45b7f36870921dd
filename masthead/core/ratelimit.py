"""Fixed-window rate limits kept in the cache (Redis in production).

Keys never hold a raw IP address: the address is hashed with the secret key.
The "ratelimit" cache is Redis when configured, else a database table, so
every web process (and machine) counts together.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest


def _key(scope: str, identity: str) -> str:
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{identity}".encode()).hexdigest()[:32]
    return f"ratelimit:{scope}:{digest}"


def client_address(request: HttpRequest) -> str:
    """The reader's address: from MASTHEAD_CLIENT_IP_HEADER behind a proxy."""
    header = settings.MASTHEAD_CLIENT_IP_HEADER
    if header and request.META.get(header):
        return request.META[header].split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def used(scope: str, identity: str) -> int:
    """How many attempts this window has counted so far."""
    return int(caches["ratelimit"].get(_key(scope, identity)) or 0)


def hit(scope: str, identity: str, *, limit: int, window_seconds: int) -> bool:
    """Count one attempt; False when the limit for this window is already used up."""
    key = _key(scope, identity)
    if caches["ratelimit"].add(key, 1, timeout=window_seconds):
        return True
    try:
        count = caches["ratelimit"].incr(key)
    except ValueError:  # expired between add() and incr()
        caches["ratelimit"].add(key, 1, timeout=window_seconds)
        return True
    return count <= limit
