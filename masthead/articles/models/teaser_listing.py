"""The articles of a listing, known by what their teasers print until a teaser
must be drawn.

A teaser prints its article, its picture with the picture's credit, its
format and section (the kicker) and its authors (the byline). The version of
a teaser (its key in the fragment cache, core/fragments.py) is made of
theirs: the article's `last_published_at`, live revision and URL path, the
picture's `updated_at`, and the title and URL path of the format, the section
and each author. A `TeaserListing` reads those for all of a page's articles
in two narrow queries and stands each article in with a `TeaserRef`; the full
articles (with the listing queryset's joins and prefetches) are loaded only
if a teaser is missing from the cache or something else asks for them, all
of the listing's at once.
"""

from collections import defaultdict

from wagtail.images import get_image_model

from masthead.core.page_log import kept_until_pages_change

from .byline import ArticleAuthor

VERSION_FIELDS = (
    "pk",
    "last_published_at",
    "live_revision_id",
    "url_path",
    "hero_image_id",
    "hero_image__updated_at",
    "format_id",
    "format__title",
    "format__url_path",
    "section_id",
    "section__title",
    "section__url_path",
)


def _title_and_path(page) -> tuple:
    return (page.title, page.url_path) if page is not None else (None, None)


def teaser_version(article) -> tuple:
    """What a teaser of `article` prints, as a fragment version. A `TeaserRef`
    knows its own; a loaded article reads it from its relations (prefetched by
    the listing querysets)."""
    if isinstance(article, TeaserRef):
        return article.version
    image = article.hero_image
    return (
        article.pk,
        article.last_published_at,
        article.live_revision_id,
        article.url_path,
        article.hero_image_id,
        image.updated_at if image is not None else None,
        article.format_id,
        *_title_and_path(article.format),
        article.section_id,
        *_title_and_path(article.section),
        tuple((author.pk, author.title, author.url_path) for author in article.authors),
    )


PICTURE = VERSION_FIELDS.index("hero_image_id")
PICTURE_TIME = VERSION_FIELDS.index("hero_image__updated_at")


def _with_authors(rows: dict[int, tuple]) -> dict[int, tuple]:
    """Each row of VERSION_FIELDS, by article id, with its byline's authors added."""
    credits = (
        ArticleAuthor.objects.filter(article_id__in=list(rows))
        .order_by("sort_order", "pk")
        .values_list("article_id", "author_id", "author__title", "author__url_path")
    )
    authors = defaultdict(list)
    for article_id, *author in credits:
        authors[article_id].append(tuple(author))
    return {pk: (*row, tuple(authors[pk])) for pk, row in rows.items()}


def _versions_read(queryset, ids) -> dict[int, tuple]:
    """The teaser versions of the articles `ids` of `queryset`, by id (two queries)."""
    narrow = queryset.prefetch_related(None).filter(pk__in=ids).order_by()
    return _with_authors({row[0]: row for row in narrow.values_list(*VERSION_FIELDS)})


def _with_pictures_now(versions: dict[int, tuple]) -> dict[int, tuple]:
    """`versions` with each picture's `updated_at` read now (a new credit is
    not a page's change)."""
    picture_ids = {version[PICTURE] for version in versions.values()} - {None}
    if not picture_ids:
        return versions
    pictures = get_image_model().objects.filter(pk__in=picture_ids).order_by()
    updated = dict(pictures.values_list("pk", "updated_at"))
    return {
        pk: (*version[:PICTURE_TIME], updated.get(version[PICTURE]), *version[PICTURE_TIME + 1 :])
        for pk, version in versions.items()
    }


class TeaserListing:
    """The articles `ids` of `queryset` (in that order), as `refs`.

    `rows`: their VERSION_FIELDS, when the query that chose them read those too.
    `request`: keep the versions' page part until a page changes.
    """

    def __init__(self, ids, queryset, rows=None, request=None):
        self.queryset = queryset
        if rows is not None:
            versions = _with_authors({row[0]: row for row in rows})
        elif request is None:
            versions = _versions_read(queryset, ids)
        else:
            # What pages say (the articles, their formats, sections and authors)
            # is kept until a page changes; the pictures' versions, when kept,
            # are read afresh in one query on their ids.
            key = (queryset.model._meta.label, tuple(ids))
            read_now: list[bool] = []

            def read():
                read_now.append(True)
                return _versions_read(queryset, ids)

            versions = kept_until_pages_change(request, "teasers", key, read)
            if not read_now:
                versions = _with_pictures_now(versions)
        self.refs = [TeaserRef(pk, versions[pk], self) for pk in ids if pk in versions]
        self._articles: dict = {}
        self._loaded = False

    @classmethod
    def first(cls, queryset, count: int) -> "TeaserListing":
        """The first `count` articles of `queryset`, chosen and versioned in one query."""
        rows = list(queryset.prefetch_related(None).values_list(*VERSION_FIELDS)[:count])
        return cls([row[0] for row in rows], queryset, rows)

    def load(self) -> None:
        """Load every article of the listing, in one batch of queries."""
        if not self._loaded:
            ids = [ref.pk for ref in self.refs]
            self._articles = {a.pk: a for a in self.queryset.filter(pk__in=ids).order_by()}
            self._loaded = True

    def article(self, pk):
        """The full article, or None if it left the listing since it was read."""
        self.load()
        return self._articles.get(pk)


class TeaserRef:
    """An article of a listing: its id and teaser version, and the full article
    when anything else about it is asked for (loading the whole listing)."""

    __slots__ = ("pk", "version", "listing")

    def __init__(self, pk: int, version: tuple, listing: TeaserListing):
        self.pk = pk
        self.version = version
        self.listing = listing

    @property
    def article(self):
        return self.listing.article(self.pk)

    def __getattr__(self, name):
        if name in TeaserRef.__slots__:  # not set yet (copying, unpickling)
            raise AttributeError(name)
        return getattr(self.article, name)

    def __eq__(self, other):
        other_pk = getattr(other, "pk", None) if hasattr(other, "_meta") else None
        if isinstance(other, TeaserRef):
            other_pk = other.pk
        return other_pk is not None and other_pk == self.pk

    def __hash__(self):
        return hash(self.pk)

    def __repr__(self):
        return f"<TeaserRef {self.pk}>"
