"""Surrogate keys: every public response names what it shows.

While a page renders, its templates say what they print (`shows`): a teaser
shows its article's page, a byline its authors' pages, a credit its image, the
header and footer the site settings, a river "lists" a section. The cache
middleware (http_cache.py) sends the keys collected in the `xkey` header;
Varnish files the cached page under each of them, and a change purges exactly
the pages filed under its keys (purge.py).

The keys:

- `page-<id>`: the page's own content is printed (in full, or as a teaser,
  kicker or byline), so publishing that page changes this response;
- `list-<id>`: the response lists the articles of page <id> (a section, a
  format, an author, a partner's page), so a new article there changes it;
  `list-all`: it lists articles of the whole magazine (front page, river,
  feeds, search);
- `most-read`: the response prints the magazine's most-read lists;
  `most-read-<id>`: those of page <id> (a section); purged when the
  scheduler finds a list changed;
- `address-<digest>`: a not-found answer or a redirect at that address
  (address_key), purged when a page is published there: an embargoed piece's
  address must not answer "not found" from the cache after its time;
- `image-<id>`, `partner-<id>`, `settings`, `sitemaps`, `roundups`.
"""

import hashlib
from collections.abc import Iterable
from contextvars import ContextVar

from django.db.models import Model
from wagtail.models import Page

_collected: ContextVar[set[str] | None] = ContextVar("masthead_surrogate_keys", default=None)

SETTINGS = "settings"
SITEMAPS = "sitemaps"
ROUNDUPS = "roundups"
LIST_ALL = "list-all"
MOST_READ = "most-read"


def key_of(thing: object) -> str:
    """The key of what a template prints: a page, an image, a partner, or a key."""
    if isinstance(thing, str):
        return thing
    if isinstance(thing, Page):
        return f"page-{thing.pk}"
    if isinstance(thing, Model):
        return f"{thing._meta.model_name.removeprefix('credited')}-{thing.pk}"
    raise TypeError(f"No surrogate key for {thing!r}")


def list_key(page: Page | int | None) -> str:
    """The key of a response listing the articles of `page` (a page or its id;
    None: of the magazine)."""
    if page is None:
        return LIST_ALL
    return f"list-{page if isinstance(page, int) else page.pk}"


def most_read_key(page: Page | int | None) -> str:
    """The key of a response printing the most-read lists of `page` (a page or
    its id; None: of the magazine)."""
    if page is None:
        return MOST_READ
    return f"{MOST_READ}-{page if isinstance(page, int) else page.pk}"


def address_key(path: str) -> str:
    """The key of an answer at `path` (a URL's path, unquoted) that a page
    published there replaces: a not-found answer, a redirect. A digest, so
    that any path makes one token of the `xkey` header."""
    return "address-" + hashlib.sha256(path.encode()).hexdigest()[:16]


def collecting() -> "_Collection":
    """Collect the keys of what is rendered inside the `with` block."""
    return _Collection()


def shows(*things: object) -> str:
    """Record that the response being rendered shows `things`; prints nothing.

    Outside a collection (a management command, an email) it does nothing.
    """
    keys = _collected.get()
    if keys is not None:
        keys.update(key_of(thing) for thing in things if thing is not None)
    return ""


def lists(*pages: Page | int | None) -> str:
    """Record that the response lists the articles of `pages`; prints nothing."""
    return shows(*(list_key(page) for page in pages))


def shows_all(things: Iterable[object]) -> str:
    return shows(*things)


class _Collection:
    def __enter__(self) -> set[str]:
        self.keys: set[str] = set()
        self._token = _collected.set(self.keys)
        return self.keys

    def __exit__(self, *exc: object) -> None:
        _collected.reset(self._token)
