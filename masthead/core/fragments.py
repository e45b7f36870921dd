"""Fragments: pieces of pages kept rendered in the cache (`caches["default"]`).

A fragment is looked up by a key made of the versions of what it shows: a
page's `last_published_at` and live revision, a picture's or the site
settings' `updated_at`, the titles and URL paths it prints. An edit changes
the key, so the next render draws the fragment afresh; nothing is ever
deleted, and every web process sees the change at once, whatever cache it
has (each process has its own local-memory cache when there is no Redis).
Entries nobody asks for any more age out. The key also holds the site
(URLs are the site's) and a digest of the code and the settings that shape
the HTML, so a deploy never serves markup drawn by the previous release.

A fragment keeps the surrogate keys collected while it was drawn
(surrogate_keys.py) and replays them when it is served from the cache: the
page cache is told what a response shows either way.

What never goes into a fragment: anything that depends on the request beyond
its site (a CSRF token, the user, a URL built from the Host header).
Previews draw their fragments afresh and keep none. See docs/page-cache.md.
"""

import hashlib
from collections.abc import Callable, Hashable, Sequence
from functools import cache, partial
from pathlib import Path
from typing import TypeGuard, TypeVar

import django
import wagtail
from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Site

from .surrogate_keys import collecting, shows

PACKAGE_DIR = Path(__file__).resolve().parent.parent
# What the markup is made from: the templates and the code that fills them.
SOURCE_SUFFIXES = {".py", ".html", ".txt"}
# Settings that change the markup without changing any data.
SETTINGS_IN_KEY = ("TIME_ZONE", "LANGUAGE_CODE", "USE_TZ", "MEDIA_URL", "STATIC_URL")
Entry = tuple[str, tuple[str, ...]]  # the HTML and its surrogate keys
T = TypeVar("T")


@cache
def source_digest() -> str:
    """A digest of the project's source and of Django's and Wagtail's versions."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{django.__version__} {wagtail.__version__}".encode())
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.suffix in SOURCE_SUFFIXES and "migrations" not in path.parts:
            digest.update(str(path.relative_to(PACKAGE_DIR)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def enabled(request: HttpRequest | None) -> TypeGuard[HttpRequest]:
    """Fragments are kept for live pages rendered for a request; a preview
    (a draft, a revision) must never be kept, nor served a live page's."""
    return (
        request is not None
        and settings.MASTHEAD_FRAGMENT_SECONDS > 0
        and not getattr(request, "is_preview", False)
    )


def _key_prefix(request: HttpRequest) -> str:
    """What every key of the request shares: the code, the settings, the site
    (worked out once per request)."""
    prefix = request.__dict__.get("_masthead_fragment_prefix")
    if prefix is None:
        site = Site.find_for_request(request)
        own_settings = tuple(getattr(settings, setting) for setting in SETTINGS_IN_KEY)
        site_part = (site.pk, site.root_url) if site is not None else (None, "")
        prefix = repr((source_digest(), own_settings, site_part))
        request.__dict__["_masthead_fragment_prefix"] = prefix
    return prefix


def fragment_key(request: HttpRequest, name: str, version: Hashable) -> str:
    """The cache key of fragment `name` showing things at `version` on the request's site."""
    material = _key_prefix(request) + repr((name, version))
    digest = hashlib.blake2b(material.encode(), digest_size=20).hexdigest()
    return f"masthead:fragment:{name}:{digest}"


def _prefetched(request: HttpRequest) -> dict[str, Entry]:
    store = request.__dict__.setdefault("_masthead_fragments", {})
    return store


def prefetch(request: HttpRequest | None, wanted: Sequence[tuple[str, Hashable]]) -> None:
    """Ask the cache for several fragments at once (one round trip to Redis);
    `fragment()` then finds them without asking again."""
    if not enabled(request):
        return
    keys = [fragment_key(request, name, version) for name, version in wanted]
    _prefetched(request).update(caches["default"].get_many(keys))


def _serve(entry: Entry) -> SafeString:
    html, keys = entry
    shows(*keys)
    return mark_safe(html)  # noqa: S308 (HTML we rendered and escaped ourselves)


def _draw(render: Callable[[], str]) -> Entry:
    with collecting() as keys:
        html = str(render())
    return html, tuple(sorted(keys))


def fragment(
    request: HttpRequest | None, name: str, version: Hashable, render: Callable[[], str]
) -> SafeString:
    """The fragment `name` at `version`: from the cache, or drawn by `render()` and kept."""
    if not enabled(request) or version in (None, ""):  # no version (a missing variable): no key
        return mark_safe(str(render()))  # noqa: S308 (what a template or macro rendered)
    key = fragment_key(request, name, version)
    entry = _prefetched(request).pop(key, None) or caches["default"].get(key)
    if entry is None:
        entry = _draw(render)
        caches["default"].set(key, entry, settings.MASTHEAD_FRAGMENT_SECONDS)
    return _serve(entry)


def kept(request: HttpRequest | None, name: str, version: Hashable, compute: Callable[[], T]) -> T:
    """A value worked out by `compute()` (ids chosen for a page, say), kept in
    the cache under `version` as a fragment is; previews always work it out."""
    if not enabled(request):
        return compute()
    key = fragment_key(request, name, version)
    value = caches["default"].get(key)
    if value is None:
        value = compute()
        caches["default"].set(key, value, settings.MASTHEAD_FRAGMENT_SECONDS)
    return value


def fragments(
    request: HttpRequest | None,
    name: str,
    versions: Sequence[Hashable],
    render: Callable[[int], str],
    prepare: Callable[[list[int]], None] | None = None,
) -> list[SafeString]:
    """Several fragments of one kind, asked for at once. For those the cache
    lacks, `prepare(positions)` readies what they show (one batch of queries),
    then `render(position)` draws each one."""
    if not enabled(request):
        positions = list(range(len(versions)))
        if prepare is not None:
            prepare(positions)
        return [mark_safe(str(render(position))) for position in positions]  # noqa: S308
    keys = [fragment_key(request, name, version) for version in versions]
    found = caches["default"].get_many(keys)
    missing = [position for position, key in enumerate(keys) if key not in found]
    if missing:
        if prepare is not None:
            prepare(missing)
        new = {keys[position]: _draw(partial(render, position)) for position in missing}
        caches["default"].set_many(new, settings.MASTHEAD_FRAGMENT_SECONDS)
        found.update(new)
    return [_serve(found[key]) for key in keys]
