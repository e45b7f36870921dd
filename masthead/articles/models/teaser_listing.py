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


class TeaserListing:
    """The articles `ids` of `queryset` (in that order), as `refs`.

    `rows`: their VERSION_FIELDS, when the query that chose them read those too.
    """

    def __init__(self, ids, queryset, rows=None):
        self.queryset = queryset
        if rows is None:
            narrow = queryset.prefetch_related(None).filter(pk__in=ids).order_by()
            rows = narrow.values_list(*VERSION_FIELDS)
        rows = {row[0]: row for row in rows}
        credits = (
            ArticleAuthor.objects.filter(article_id__in=list(rows))
            .order_by("sort_order", "pk")
            .values_list("article_id", "author_id", "author__title", "author__url_path")
        )
        authors = defaultdict(list)
        for article_id, *author in credits:
            authors[article_id].append(tuple(author))
        self.refs = [
            TeaserRef(pk, (*rows[pk], tuple(authors[pk])), self) for pk in ids if pk in rows
        ]
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
