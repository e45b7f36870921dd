"""Telling the page cache in front to forget what changed.

`purge(keys, urls)` is the one interface the apps call, after the change is
committed. Which cache hears it is a setting (MASTHEAD_CACHE_PURGER):

- "varnish": a PURGE request carrying the surrogate keys in `xkey-purge` to
  each Varnish of MASTHEAD_VARNISH_URLS (deploy/varnish/masthead.vcl drops
  every object filed under one of them);
- "frontendcache": Wagtail's frontend-cache backends (WAGTAILFRONTENDCACHE:
  Cloudflare, CloudFront, ...), by URL, for a CDN that has no surrogate keys;
- "memory": kept in `memory_purges`, for tests;
- "": nothing in front, nothing to tell.

Varnish is our own server at an address the operator configured, reached on
the private network: this is not fetching from outside, so it does not go
through the safe fetcher (which refuses such addresses). A purge that fails
is logged and never fails the change that caused it.
"""

import http.client
import logging
from collections.abc import Iterable
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

logger = logging.getLogger(__name__)
KEYS_PER_REQUEST = 100
TIMEOUT_SECONDS = 2.0

memory_purges: list[tuple[frozenset[str], frozenset[str]]] = []


def purging() -> bool:
    """Whether a cache is configured to hear purges (callers may skip working
    out what to purge when none is)."""
    return bool(settings.MASTHEAD_CACHE_PURGER)


def purge(keys: Iterable[str], urls: Iterable[str] = ()) -> None:
    """Purge the responses filed under `keys` (and, for URL-only caches, `urls`)
    once the current transaction commits."""
    purger = settings.MASTHEAD_CACHE_PURGER
    if not purger:
        return
    key_set, url_set = frozenset(keys), frozenset(urls)
    if key_set or url_set:
        transaction.on_commit(lambda: _send(purger, key_set, url_set))


def purge_files(urls: Iterable[str]) -> None:
    """Purge the responses at `urls` themselves (files under /media/, which
    carry no surrogate keys: a picture taken down must not stay in the cache)."""
    purger = settings.MASTHEAD_CACHE_PURGER
    url_set = frozenset(urls)
    if purger and url_set:
        transaction.on_commit(lambda: _send(purger, frozenset(), url_set, by_url=True))


def _send(purger: str, keys: frozenset[str], urls: frozenset[str], by_url: bool = False) -> None:
    try:
        if purger == "varnish":
            for server in settings.MASTHEAD_VARNISH_URLS:
                if by_url:
                    _varnish_purge_paths(server, sorted(urls))
                else:
                    _varnish_purge(server, sorted(keys))
        elif purger == "frontendcache":
            _frontend_cache_purge(urls)
        elif purger == "memory":
            memory_purges.append((keys, urls))
        else:
            logger.error("MASTHEAD_CACHE_PURGER=%r is not a purger; nothing purged", purger)
    except Exception:  # the change is made; a cache that did not hear stays stale until its TTL
        logger.exception("purging %s failed", purger)


def _varnish_purge(server: str, keys: list[str]) -> None:
    parts = urlsplit(server)
    for start in range(0, len(keys), KEYS_PER_REQUEST):
        chunk = " ".join(keys[start : start + KEYS_PER_REQUEST])
        connection = http.client.HTTPConnection(
            parts.hostname or "127.0.0.1", parts.port or 80, timeout=TIMEOUT_SECONDS
        )
        try:
            connection.request("PURGE", "/", headers={"xkey-purge": chunk})
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                logger.warning("Varnish at %s answered %s to a purge", server, response.status)
        finally:
            connection.close()


def _varnish_purge_paths(server: str, urls: list[str]) -> None:
    """PURGE each URL's path, under the host readers ask for (Varnish files
    objects by host and path): the URL's own, or the magazine's public one."""
    parts = urlsplit(server)
    public_host = urlsplit(settings.WAGTAILADMIN_BASE_URL).netloc
    for url in urls:
        target = urlsplit(url)
        connection = http.client.HTTPConnection(
            parts.hostname or "127.0.0.1", parts.port or 80, timeout=TIMEOUT_SECONDS
        )
        try:
            connection.request(
                "PURGE", target.path or "/", headers={"Host": target.netloc or public_host}
            )
            connection.getresponse().read()
        finally:
            connection.close()


def _frontend_cache_purge(urls: frozenset[str]) -> None:
    if urls:
        purge_urls_from_cache(sorted(urls))
