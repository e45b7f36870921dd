"""What Wagtail's page log tells the public pages: whether anything has
changed since a choice was kept, and which view restrictions guard a page.

Wagtail logs every publication, unpublication, move, deletion, edit and
change of a view restriction (PageLogEntry), in whichever process made it:
an editor's, the scheduler's, an import's. The newest entry's primary key,
with how many entries lie just below it, is therefore a *generation* of the
pages: any change to any page gives a new one. (The count is for changes
that commit out of order: an entry's key is taken when it is written, so a
slower change can commit after a newer one without moving the newest key on;
it adds one to the entries just below it.) Choices that depend on which
pieces are live and what they are called are kept in the cache under it
(`kept_until_pages_change`: the front page's selection, rivers' pages of
ids, related pieces, teaser versions, the header's pages, what an article
page reads of other pages), and made again after the next change
(docs/page-cache.md).
"""

from collections.abc import Callable, Hashable
from typing import TypeVar

from django.db import connection
from django.db.models import Q
from django.http import HttpRequest
from wagtail.models import Page, PageLogEntry, PageViewRestriction

from .fragments import enabled, kept

T = TypeVar("T")

_REQUEST_ATTRIBUTE = "_masthead_pages_generation"


# How far below the newest entry a change committed late is still seen: one
# whose entry is older than the last RECENT_ENTRIES is taken for settled.
RECENT_ENTRIES = 500
_LOG = PageLogEntry._meta.db_table
GENERATION_SQL = (
    f"SELECT max(id), count(*) FROM {_LOG} WHERE id > (SELECT max(id) FROM {_LOG}) - %s"  # noqa: S608
)


def pages_generation(request: HttpRequest | None = None) -> tuple[int, int]:
    """The page log's newest entry and the number of entries among the
    RECENT_ENTRIES up to it, read once per request (one query on the log's
    primary key): everything a request renders sees one generation."""
    if request is not None and _REQUEST_ATTRIBUTE in request.__dict__:
        return request.__dict__[_REQUEST_ATTRIBUTE]
    with connection.cursor() as cursor:
        # Plain SQL: Django takes longer to write this query than the database to answer it.
        cursor.execute(GENERATION_SQL, [RECENT_ENTRIES])
        newest, entries = cursor.fetchone()
    generation = (newest or 0, entries)
    if request is not None:
        request.__dict__[_REQUEST_ATTRIBUTE] = generation
    return generation


def kept_until_pages_change(
    request: HttpRequest | None, name: str, key: Hashable, compute: Callable[[], T]
) -> T:
    """What `compute()` returns, kept in the cache (core/fragments.py) under
    `key` and the pages' generation, so that it is worked out again after any
    page changes; worked out every time for previews and without a request."""
    if not enabled(request):
        return compute()
    return kept(request, name, (key, pages_generation(request)), compute)


def ancestor_paths(page: Page) -> list[str]:
    """The tree paths of `page` and of every page above it, worked out from its
    own path (each level adds `Page.steplen` characters) without a query."""
    step = page.steplen
    return [page.path[:end] for end in range(step, len(page.path) + 1, step)]


def view_restrictions(page: Page):
    """The view restrictions that apply to `page`: its own and its ancestors',
    an alias's taken from the page it copies, as Wagtail's
    `Page.get_view_restrictions()` finds them, in one query instead of two."""
    paths = ancestor_paths(page)
    aliased = Page.objects.filter(path__in=paths, alias_of__isnull=False).values("alias_of")
    on_path = Q(page__path__in=paths, page__alias_of__isnull=True)
    return PageViewRestriction.objects.filter(on_path | Q(page__in=aliased))


class ViewRestrictionsInOneQuery:
    """For page models: Wagtail's view-restriction check, served on every
    public page, asks `view_restrictions()` (one query, not two)."""

    def get_view_restrictions(self):
        return view_restrictions(self)
